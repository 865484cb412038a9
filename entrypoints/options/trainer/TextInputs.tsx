import type { FieldProblem, FormText } from './scenario-form';
import { inputId } from './scenario-form';
import { languageName, problemText } from './trainer-words';

interface Props {
  /** The field's path in the scenario (`steps.0.says`): gives the inputs their ids. */
  field: string;
  label: string;
  value: FormText;
  /** One input per language the trainer writes in (and one for a text written for every language, if the scenario has it). */
  languages: string[];
  multiline?: boolean;
  hint?: string;
  problems: FieldProblem[];
  onChange(value: FormText): void;
}

/**
 * One text of a scenario, an input per language, each labelled "<label> (<language>)".
 * A problem shows under the input it concerns (the first, when it concerns the
 * whole text), tied to it with aria-describedby and aria-invalid.
 */
export function TextInputs({ field, label, value, languages, multiline, hint, problems, onChange }: Props) {
  const shown = '' in value && !languages.includes('') ? [...languages, ''] : languages;
  const mine = problems.filter((p) => p.field === field);
  const hintId = hint ? `${inputId(field)}-hint` : undefined;
  return (
    <div class="text-field">
      {shown.map((language, i) => {
        const id = inputId(field, language);
        // A problem with the whole text, or in a language without an input, shows at the first input.
        const here = mine.filter((p) => (p.language !== undefined && shown.includes(p.language) ? p.language === language : i === 0));
        const errorId = `${id}-error`;
        const describedBy = [i === 0 ? hintId : undefined, here.length > 0 ? errorId : undefined].filter(Boolean).join(' ') || undefined;
        const common = {
          id,
          value: value[language] ?? '',
          'aria-invalid': here.length > 0 ? ('true' as const) : undefined,
          'aria-describedby': describedBy,
          lang: language || undefined,
          onInput: (event: Event) => onChange({ ...value, [language]: (event.currentTarget as HTMLInputElement).value }),
        };
        return (
          <div class="field" key={language}>
            <label for={id}>
              {label} ({languageName(language)})
            </label>
            {i === 0 && hint && (
              <p id={hintId} class="hint">
                {hint}
              </p>
            )}
            {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
            {here.length > 0 && (
              <p id={errorId} class="field-error">
                {here.map(problemText).join(' ')}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** The problems at one single-value field, shown under it; `id` for aria-describedby. */
export function FieldError({ field, problems }: { field: string; problems: FieldProblem[] }) {
  const here = problems.filter((p) => p.field === field);
  if (here.length === 0) return null;
  return (
    <p id={`${inputId(field)}-error`} class="field-error">
      {here.map(problemText).join(' ')}
    </p>
  );
}

/** aria-invalid and aria-describedby for a single-value field's control. */
export function invalidProps(field: string, problems: FieldProblem[]) {
  const invalid = problems.some((p) => p.field === field);
  return invalid ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${inputId(field)}-error` } : {};
}
