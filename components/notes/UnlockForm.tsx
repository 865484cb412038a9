import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { NotesController } from './notes-controller';
import { PassphraseField } from './PassphraseFields';

/** The notes are locked: the passphrase opens them. Says what is waiting. */
export function UnlockForm({ controller }: { controller: NotesController }) {
  const [passphrase, setPassphrase] = useState('');
  const [wrong, setWrong] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const focusRequests = controller.focusCapture.value;
  useLayoutEffect(() => {
    if (focusRequests > 0) input.current?.focus();
  }, [focusRequests]);

  return (
    <form
      class="unlock"
      aria-labelledby="unlock-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void controller.unlock(passphrase).then((ok) => {
          setWrong(!ok);
          if (ok) {
            setPassphrase('');
            controller.focusCapture.value++;
          } else input.current?.select();
        });
      }}
    >
      <h2 id="unlock-heading">{t('notesLockedHeading')}</h2>
      <p>{t('notesLockedExplain')}</p>
      <PassphraseField
        id="unlock-passphrase"
        label={t('notesPassphrase')}
        value={passphrase}
        onValue={setPassphrase}
        autocomplete="current-password"
        inputRef={input}
        invalid={wrong}
        describedBy={wrong ? 'unlock-error' : undefined}
      />
      <button type="submit" class="primary" disabled={passphrase === '' || controller.busy.value}>
        {t('notesUnlock')}
      </button>
      {wrong && (
        <p id="unlock-error" role="alert" class="error-text">
          {t('notesWrongPassphrase')}
        </p>
      )}
    </form>
  );
}
