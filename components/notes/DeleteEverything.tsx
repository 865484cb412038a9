import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { NotesController } from './notes-controller';

/** "Delete everything now": one action, confirmed once. Also the way out of a forgotten passphrase. */
export function DeleteEverything({ controller }: { controller: NotesController }) {
  const [count, setCount] = useState<number | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  // Set when the confirmation closes: back on the button that asked, in the same render that
  // takes the confirmation (which had the focus) away, so no key pressed meanwhile goes to the page.
  const backToStart = useRef(false);
  useLayoutEffect(() => {
    // Focus the safe choice when the confirmation appears.
    if (count !== null) cancel.current?.focus();
    else if (backToStart.current) start.current?.focus();
    backToStart.current = false;
  }, [count]);

  const close = () => {
    backToStart.current = true;
    setCount(null);
  };

  return (
    <section aria-labelledby="delete-all-heading">
      <h3 id="delete-all-heading">{t('notesDeleteAllHeading')}</h3>
      {count === null ? (
        <button type="button" ref={start} class="danger" data-testid="delete-all" onClick={() => void controller.countAll().then(setCount)}>
          {t('notesDeleteAll')}
        </button>
      ) : (
        <div role="group" aria-labelledby="delete-all-question" class="confirm">
          <p id="delete-all-question">
            {t('notesDeleteAllQuestion', [String(count)])}
          </p>
          <button
            type="button"
            class="danger"
            data-testid="delete-all-confirm"
            onClick={() => void controller.deleteEverything().then(close)}
          >
            {t('notesDeleteAllConfirm')}
          </button>{' '}
          <button type="button" ref={cancel} onClick={close}>
            {t('notesCancel')}
          </button>
        </div>
      )}
    </section>
  );
}
