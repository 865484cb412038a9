import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { ChangePassphrase } from './ChangePassphrase';
import { formatDuration } from './format';
import { NewPassphraseFields, newPassphraseProblem } from './PassphraseFields';
import type { NotesController } from './notes-controller';

const AUTO_LOCK_CHOICES = [5, 10, 15, 30, 60];

/** The optional passphrase lock, with what it costs said plainly before it is turned on. */
export function LockSetting({ controller }: { controller: NotesController }) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const lock = controller.lock.value;
  if (lock === 'locked') return null;

  return (
    <section aria-labelledby="lock-heading">
      <h3 id="lock-heading">{t('notesLockHeading')}</h3>
      <p>{t('notesLockWhat')}</p>
      <p id="lock-costs">{t('notesLockCosts', [formatDuration(controller.autoLockMinutes.value, 'minute')])}</p>
      {controller.passphraseRequired.value && (
        <p class="locked" data-testid="lock-required">
          {lock === 'off' ? t('notesLockRequiredSetOne') : t('notesLockRequired')}
        </p>
      )}
      {lock === 'off' ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const invalid = newPassphraseProblem(passphrase, repeat);
            setProblem(invalid);
            if (invalid) return;
            void controller.enableLock(passphrase).then(() => {
              setPassphrase('');
              setRepeat('');
            });
          }}
        >
          <NewPassphraseFields
            id="lock-passphrase"
            label={t('notesNewPassphrase')}
            passphrase={passphrase}
            repeat={repeat}
            onPassphrase={setPassphrase}
            onRepeat={setRepeat}
            describedBy="lock-costs"
          />
          {problem && (
            <p role="alert" class="error-text">
              {problem}
            </p>
          )}
          <button type="submit" disabled={controller.busy.value}>
            {t('notesLockTurnOn')}
          </button>
        </form>
      ) : (
        <>
          <p data-testid="lock-state">{t('notesLockIsOn')}</p>
          <button type="button" data-testid="lock-now" onClick={() => void controller.lockNow()}>
            {t('notesLockNow')}
          </button>{' '}
          <label for="auto-lock" class="field-label">
            {t('notesAutoLock')}
          </label>
          <select
            id="auto-lock"
            value={String(controller.autoLockMinutes.value)}
            onChange={(event) => void controller.setAutoLockMinutes(Number(event.currentTarget.value))}
          >
            {AUTO_LOCK_CHOICES.map((n) => (
              <option key={n} value={String(n)}>
                {formatDuration(n, 'minute')}
              </option>
            ))}
          </select>
          <ChangePassphrase controller={controller} />
          {!controller.passphraseRequired.value && (
            <p>
              <button type="button" disabled={controller.busy.value} onClick={() => void controller.disableLock()}>
                {t('notesLockTurnOff')}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
