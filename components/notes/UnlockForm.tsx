import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { NotesController } from './notes-controller';

/** The notes are locked: the passphrase opens them. Says what is waiting. */
export function UnlockForm({ controller }: { controller: NotesController }) {
  const [passphrase, setPassphrase] = useState('');
  const [wrong, setWrong] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const focusRequests = controller.focusCapture.value;
  useEffect(() => {
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
      <label for="unlock-passphrase" class="field-label">
        {t('notesPassphrase')}
      </label>
      <input
        id="unlock-passphrase"
        ref={input}
        type="password"
        data-testid="unlock-passphrase"
        autocomplete="current-password"
        value={passphrase}
        aria-invalid={wrong}
        aria-describedby={wrong ? 'unlock-error' : undefined}
        onInput={(event) => setPassphrase(event.currentTarget.value)}
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
