/**
 * Read the answer a host field holds right now, for evaluating follow-up
 * conditions in memory. Read-only; the result is never stored or sent.
 */
import type { AnswerValue } from '../../rules/compiled-pack';
import { normalizeLabel } from '../normalize-text';

/** Free text beyond this is not needed to spot a sensitive phrase and would cost time per keystroke. */
const MAX_ANSWER_CHARS = 5000;

const CUSTOM_OPTION = '[role=radio], [role=checkbox], [role=switch], [role=option]';
const CHECKED_CUSTOM = '[role=radio][aria-checked=true], [role=checkbox][aria-checked=true], [role=switch][aria-checked=true], [role=option][aria-selected=true]';

function optionLabel(input: HTMLInputElement): string {
  return input.labels?.[0]?.textContent ?? input.getAttribute('aria-label') ?? '';
}

function addOption(options: string[], ...texts: (string | null | undefined)[]) {
  for (const text of texts) {
    const normalized = text ? normalizeLabel(text) : '';
    if (normalized && !options.includes(normalized)) options.push(normalized);
  }
}

function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** The radios or checkboxes that answer together with `input` (same name, same form or root). */
function groupOf(input: HTMLInputElement): HTMLInputElement[] {
  if (!input.name) return [input];
  const scope: ParentNode = input.form ?? (input.getRootNode() as ParentNode);
  return Array.from(scope.querySelectorAll<HTMLInputElement>(`input[type="${input.type}"]`)).filter(
    (other) => other.name === input.name,
  );
}

/**
 * @param inputs every radio or checkbox of the group, in document order (their
 *   order gives `positions`, counted from 1, for `{ position: N }` conditions)
 * @param custom the checked custom options; `allCustom` all of them, in order
 */
function answerFromChoices(inputs: HTMLInputElement[], custom: Element[], allCustom: readonly Element[] = custom): AnswerValue {
  const options: string[] = [];
  const texts: string[] = [];
  const positions: number[] = [];
  inputs.forEach((input, index) => {
    if (!input.checked) return;
    const label = optionLabel(input);
    addOption(options, input.value, label);
    texts.push(label || input.value);
    positions.push(index + 1);
  });
  for (const element of custom) {
    const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
    addOption(options, element.getAttribute('data-value'), label);
    texts.push(label);
    const index = allCustom.indexOf(element);
    if (index >= 0) positions.push(index + 1);
  }
  const text = texts.join(', ');
  return { text, options, number: texts.length === 1 ? parseNumber(texts[0] ?? '') : undefined, ...(positions.length > 0 && { positions }) };
}

function textAnswer(raw: string): AnswerValue {
  const text = raw.length > MAX_ANSWER_CHARS ? raw.slice(0, MAX_ANSWER_CHARS) : raw;
  return { text, options: [], number: parseNumber(text) };
}

/**
 * The current answer of a matched field: one control, the container of a group,
 * or every control of a group (all options of a radio group, custom or native).
 */
export function readAnswer(field: Element | readonly Element[]): AnswerValue {
  if (Array.isArray(field)) return readGroup(field as readonly Element[]);
  return readOne(field as Element);
}

function readGroup(controls: readonly Element[]): AnswerValue {
  const first = controls[0];
  if (controls.length <= 1) return first ? readOne(first) : textAnswer('');
  const inputs = controls.filter((c): c is HTMLInputElement => c instanceof HTMLInputElement && (c.type === 'radio' || c.type === 'checkbox'));
  const custom = controls.filter((c) => !(c instanceof HTMLInputElement) && c.matches(CHECKED_CUSTOM));
  if (inputs.length + custom.length > 0 || controls.every((c) => c.getAttribute('role') === 'radio' || c.getAttribute('role') === 'checkbox')) {
    return answerFromChoices(inputs, custom, controls.filter((c) => !(c instanceof HTMLInputElement) && c.matches(CUSTOM_OPTION)));
  }
  // Parts of one answer (a date as day, month, year): joined in order.
  return textAnswer(controls.map((c) => readOne(c).text).filter(Boolean).join(' '));
}

function readOne(field: Element): AnswerValue {
  const tag = field.tagName;
  if (tag === 'SELECT') {
    const select = field as HTMLSelectElement;
    const options: string[] = [];
    const texts: string[] = [];
    const positions: number[] = [];
    // The empty "-- Select --" prompt is no option: positions count from the first real one.
    const choices = Array.from(select.options).filter((option) => option.value !== '');
    choices.forEach((option, index) => {
      if (!option.selected) return;
      addOption(options, option.value, option.textContent);
      texts.push(option.textContent?.trim() ?? '');
      positions.push(index + 1);
    });
    return {
      text: texts.join(', '),
      options,
      number: texts.length === 1 ? parseNumber(texts[0] ?? '') : undefined,
      ...(positions.length > 0 && { positions }),
    };
  }
  if (tag === 'INPUT') {
    const input = field as HTMLInputElement;
    if (input.type === 'radio' || input.type === 'checkbox') return answerFromChoices(groupOf(input), []);
    return textAnswer(input.value);
  }
  if (tag === 'TEXTAREA') return textAnswer((field as HTMLTextAreaElement).value);

  const role = field.getAttribute('role');
  if (role === 'slider' || role === 'spinbutton') return textAnswer(field.getAttribute('aria-valuenow') ?? '');
  if (role === 'radio' || role === 'checkbox' || role === 'switch') {
    return answerFromChoices([], field.getAttribute('aria-checked') === 'true' ? [field] : []);
  }
  if ((field as HTMLElement).isContentEditable || role === 'textbox') return textAnswer(field.textContent ?? '');

  // A group container: fieldset, radiogroup, a legacy option table, a listbox.
  const inputs = Array.from(field.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]'));
  const custom = Array.from(field.querySelectorAll(CHECKED_CUSTOM));
  if (inputs.length > 0 || custom.length > 0 || role === 'radiogroup' || role === 'group' || role === 'listbox') {
    return answerFromChoices(inputs, custom, Array.from(field.querySelectorAll(CUSTOM_OPTION)));
  }
  const inner = field.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select');
  return inner ? readOne(inner) : textAnswer('');
}
