import { useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { NewPassphraseFields, newPassphraseProblem, PassphraseField } from './PassphraseFields';
import type { NotesController } from './notes-controller';

/** A new passphrase for an open lock; the current one is asked for, so an unattended panel cannot be taken over. */
export function ChangePassphrase({ controller }: { controller: NotesController }) {
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const currentInput = useRef<HTMLInputElement>(null);

  return (
    <form
      aria-labelledby="change-passphrase-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const invalid = newPassphraseProblem(passphrase, repeat);
        setProblem(invalid);
        if (invalid) return;
        void controller.changePassphrase(current, passphrase).then((outcome) => {
          if (outcome === 'changed') {
            setCurrent('');
            setPassphrase('');
            setRepeat('');
          } else if (outcome === 'wrong-passphrase') {
            setProblem(t('notesPassphraseWrongCurrent'));
            currentInput.current?.select();
          }
        });
      }}
    >
      <h4 id="change-passphrase-heading">{t('notesChangePassphraseHeading')}</h4>
      <PassphraseField
        id="current-passphrase"
        label={t('notesCurrentPassphrase')}
        value={current}
        onValue={setCurrent}
        autocomplete="current-password"
        inputRef={currentInput}
      />
      <NewPassphraseFields
        id="changed-passphrase"
        label={t('notesChangePassphraseNew')}
        passphrase={passphrase}
        repeat={repeat}
        onPassphrase={setPassphrase}
        onRepeat={setRepeat}
      />
      {problem && (
        <p role="alert" class="error-text">
          {problem}
        </p>
      )}
      <button type="submit" disabled={current === '' || controller.busy.value}>
        {t('notesChangePassphrase')}
      </button>
    </form>
  );
}
