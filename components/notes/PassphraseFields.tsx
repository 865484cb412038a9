import type { Ref } from 'preact';
import { t } from '../../utils/i18n';
import { MIN_PASSPHRASE_CHARS } from '../../utils/notes/notes-lock';

interface PassphraseFieldProps {
  /** The input's id and test id. */
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** `current-password` or `new-password`, so password managers fill or offer the right thing. */
  autocomplete: 'current-password' | 'new-password';
  inputRef?: Ref<HTMLInputElement>;
  describedBy?: string;
  invalid?: boolean;
}

/** What is wrong with a new passphrase and its repetition, as a message; null when nothing is. */
export function newPassphraseProblem(passphrase: string, repeat: string): string | null {
  if (passphrase.length < MIN_PASSPHRASE_CHARS) return t('notesPassphraseTooShort', [String(MIN_PASSPHRASE_CHARS)]);
  if (passphrase !== repeat) return t('notesPassphraseMismatch');
  return null;
}

/** A labelled password input. */
export function PassphraseField({ id, label, value, onValue, autocomplete, inputRef, describedBy, invalid }: PassphraseFieldProps) {
  return (
    <>
      <label for={id} class="field-label">
        {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        type="password"
        data-testid={id}
        autocomplete={autocomplete}
        value={value}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </>
  );
}

/** A new passphrase typed twice. */
export function NewPassphraseFields(props: {
  id: string;
  label: string;
  passphrase: string;
  repeat: string;
  onPassphrase: (value: string) => void;
  onRepeat: (value: string) => void;
  describedBy?: string;
}) {
  return (
    <>
      <PassphraseField
        id={props.id}
        label={props.label}
        value={props.passphrase}
        onValue={props.onPassphrase}
        autocomplete="new-password"
        describedBy={props.describedBy}
      />
      <PassphraseField
        id={`${props.id}-repeat`}
        label={t('notesRepeatPassphrase')}
        value={props.repeat}
        onValue={props.onRepeat}
        autocomplete="new-password"
      />
    </>
  );
}
