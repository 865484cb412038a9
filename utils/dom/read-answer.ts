/**
 * Read the answer a host field holds right now, for evaluating follow-up
 * conditions in memory. Read-only; the result is never stored or sent.
 *
 * Form libraries keep an answer in many places; all are read:
 * - native inputs, selects, textareas, radio and checkbox groups;
 * - custom options (role=radio/checkbox/switch/option, toggle buttons with
 *   aria-pressed) whose state is in aria-checked/aria-selected/aria-pressed,
 *   in `data-state`, or only in a class ("is-checked", "btn--selected");
 * - a group whose choice a script writes to a hidden input;
 * - select replacements and comboboxes: the real `<select>` hidden inside or
 *   beside the widget, the selected option of the listbox it controls (also one
 *   appended to `<body>`, found by aria-controls/aria-owns), or the value it shows.
 */
import type { AnswerValue } from '../../rules/compiled-pack';
import { normalizeLabel } from '../normalize-text';
import { isListboxButton } from './control-kinds';

/** Free text beyond this is not needed to spot a sensitive phrase and would cost time per keystroke. */
const MAX_ANSWER_CHARS = 5000;
const MAX_SHOWN_VALUE_CHARS = 300;

/** Custom option elements: what a library renders instead of native radios and checkboxes. */
export const CUSTOM_OPTION = '[role=radio],[role=checkbox],[role=switch],[role=option],[role=menuitemradio],[role=menuitemcheckbox],[aria-pressed]';
/** A class token that says an option is chosen ("is-checked", "btn--selected", "active"). */
const CHOSEN_CLASS = /(?:^|[-_])(?:checked|selected|active|pressed|chosen)$/i;
const STATE_ATTRIBUTES = ['aria-checked', 'aria-selected', 'aria-pressed'] as const;
/** The roles of widgets whose answer is a value chosen from a list. */
const LIST_WIDGETS = new Set(['combobox', 'listbox']);

/** A combobox, listbox or select replacement: its answer is a value chosen from a list. */
function isListWidget(el: Element): boolean {
  return LIST_WIDGETS.has(el.getAttribute('role') ?? '') || isListboxButton(el);
}

/** Whether a custom option is chosen. An explicit ARIA state wins over `data-state` and classes. */
export function isCustomChosen(el: Element): boolean {
  for (const attribute of STATE_ATTRIBUTES) {
    const value = el.getAttribute(attribute);
    if (value !== null) return value === 'true' || value === 'mixed';
  }
  const state = el.getAttribute('data-state');
  if (state) return state === 'checked' || state === 'on' || state === 'active';
  const classes = el.classList;
  for (let i = 0; i < classes.length; i++) if (CHOSEN_CLASS.test(classes[i] as string)) return true;
  return false;
}

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

const isEmpty = (answer: AnswerValue) => answer.options.length === 0 && answer.text.trim() === '';

/** The radios or checkboxes that answer together with `input` (same name, same form or root). */
function groupOf(input: HTMLInputElement): HTMLInputElement[] {
  if (!input.name) return [input];
  const scope: ParentNode = input.form ?? (input.getRootNode() as ParentNode);
  return Array.from(scope.querySelectorAll<HTMLInputElement>(`input[type="${input.type}"]`)).filter(
    (other) => other.name === input.name,
  );
}

function customLabel(element: Element): string {
  return element.getAttribute('aria-label') ?? element.textContent ?? '';
}

function answerFromChoices(inputs: readonly HTMLInputElement[], custom: readonly Element[]): AnswerValue {
  const options: string[] = [];
  const texts: string[] = [];
  for (const input of inputs) {
    if (!input.checked) continue;
    const label = optionLabel(input);
    addOption(options, input.value, label);
    texts.push(label || input.value);
  }
  for (const element of custom) {
    const label = customLabel(element);
    addOption(options, element.getAttribute('data-value') ?? element.getAttribute('value'), label);
    texts.push(label.trim());
  }
  const text = texts.join(', ');
  return { text, options, number: texts.length === 1 ? parseNumber(texts[0] ?? '') : undefined };
}

/** A value picked from a list (a combobox, a select replacement): its text is also the option chosen. */
function chosenValue(raw: string): AnswerValue {
  // Zero-width characters keep an empty widget's height ("\u200b"): not an answer.
  const text = raw.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim().slice(0, MAX_SHOWN_VALUE_CHARS);
  const options: string[] = [];
  addOption(options, text);
  return { text, options, number: parseNumber(text) };
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
  // A widget and the native controls inside or beside it: the widget reads them all.
  if (first && isListWidget(first)) return readOne(first);
  const inputs = controls.filter((c): c is HTMLInputElement => c instanceof HTMLInputElement && (c.type === 'radio' || c.type === 'checkbox'));
  const customOptions = controls.filter((c) => !(c instanceof HTMLInputElement) && c.matches(CUSTOM_OPTION));
  if (inputs.length + customOptions.length > 0) {
    const answer = answerFromChoices(inputs, customOptions.filter(isCustomChosen));
    return isEmpty(answer) ? (hiddenChoice(groupContainer(controls), customOptions) ?? answer) : answer;
  }
  // Parts of one answer (a date as day, month, year): joined in order.
  return textAnswer(controls.map((c) => readOne(c).text).filter(Boolean).join(' '));
}

function readSelect(select: HTMLSelectElement): AnswerValue {
  const options: string[] = [];
  const texts: string[] = [];
  for (const option of Array.from(select.options)) {
    // Skip unselected options and the empty "-- Select --" prompt.
    if (!option.selected || option.value === '') continue;
    addOption(options, option.value, option.textContent);
    texts.push(option.textContent?.trim() ?? '');
  }
  return { text: texts.join(', '), options, number: texts.length === 1 ? parseNumber(texts[0] ?? '') : undefined };
}

function readOne(field: Element): AnswerValue {
  const tag = field.tagName;
  if (tag === 'SELECT') return readSelect(field as HTMLSelectElement);
  const role = field.getAttribute('role');
  if (tag === 'INPUT') {
    const input = field as HTMLInputElement;
    if (input.type === 'radio' || input.type === 'checkbox') return answerFromChoices(groupOf(input), []);
    // An autocomplete input: the value a script put there is the option chosen.
    if (role === 'combobox' || input.hasAttribute('aria-autocomplete') || input.hasAttribute('list')) return readListWidget(field);
    return textAnswer(input.value);
  }
  if (tag === 'TEXTAREA') return textAnswer((field as HTMLTextAreaElement).value);

  if (role === 'slider' || role === 'spinbutton') return textAnswer(field.getAttribute('aria-valuenow') ?? '');
  if (isListWidget(field)) return readListWidget(field);
  if (field.matches(CUSTOM_OPTION)) {
    const answer = answerFromChoices([], isCustomChosen(field) ? [field] : []);
    return isEmpty(answer) ? (hiddenChoice(field.parentElement, [field]) ?? answer) : answer;
  }
  if ((field as HTMLElement).isContentEditable || role === 'textbox') return textAnswer(field.textContent ?? '');

  // A group container: fieldset, radiogroup, a legacy option table.
  const inputs = Array.from(field.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]'));
  const custom = Array.from(field.querySelectorAll(CUSTOM_OPTION));
  if (inputs.length > 0 || custom.length > 0 || role === 'radiogroup' || role === 'group') {
    const answer = answerFromChoices(inputs, custom.filter(isCustomChosen));
    return isEmpty(answer) ? (hiddenChoice(field, custom) ?? answer) : answer;
  }
  const inner = field.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input:not([type=hidden]), textarea, select');
  return inner ? readOne(inner) : textAnswer('');
}

// ---- choices a script keeps in a hidden input -----------------------------------------------------

/** The element around a group's options: its radiogroup, group or fieldset, else their common parent. */
function groupContainer(controls: readonly Element[]): Element | null {
  const first = controls[0];
  if (!first) return null;
  const group = first.closest('[role=radiogroup],[role=group],fieldset');
  if (group) return group;
  let parent = first.parentElement;
  for (let depth = 0; parent && depth < 4; depth++, parent = parent.parentElement) {
    if (controls.every((c) => parent!.contains(c))) return parent;
  }
  return null;
}

/**
 * A choice a script wrote to a hidden input in the group (`<input type=hidden
 * name=answer value=…>`): as the option whose value it is, when one says so.
 */
function hiddenChoice(container: Element | null, options: readonly Element[]): AnswerValue | null {
  if (!container) return null;
  const hidden = container.querySelector<HTMLInputElement>('input[type=hidden]');
  const value = hidden?.value.trim();
  if (!value) return null;
  const option = options.find((o) => o.getAttribute('data-value') === value || o.getAttribute('value') === value);
  if (option) return answerFromChoices([], [option]);
  return chosenValue(value);
}

// ---- comboboxes and select replacements ----------------------------------------------------------

/** Whether a native select is a replacement's hidden original (not a visible field of its own). */
function isHiddenOriginal(select: Element): boolean {
  if (select.getAttribute('aria-hidden') === 'true' || select.hasAttribute('hidden') || select.getAttribute('tabindex') === '-1') return true;
  const html = select as HTMLElement;
  if (html.style?.display === 'none') return true;
  const view = select.ownerDocument.defaultView;
  const style = view?.getComputedStyle(select);
  return !!style && (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0');
}

/**
 * The real `<select>` a replacement widget stands for: inside it, or hidden right
 * beside it or beside the wrappers around it — never past the block that holds
 * the question (a label, legend or heading), where another field's select sits.
 */
function originalSelect(widget: Element): HTMLSelectElement | null {
  const inside = widget.querySelector('select');
  if (inside) return inside;
  let at: Element | null = widget;
  for (let depth = 0; at && depth < 4; depth++) {
    for (const sibling of [at.previousElementSibling, at.nextElementSibling, at.previousElementSibling?.previousElementSibling, at.nextElementSibling?.nextElementSibling]) {
      if (sibling?.localName === 'select' && isHiddenOriginal(sibling)) return sibling as HTMLSelectElement;
    }
    const parent: Element | null = at.parentElement;
    if (!parent || parent.querySelector('label,legend,h1,h2,h3,h4,h5,h6') !== null) return null;
    at = parent;
  }
  return null;
}

/** The listbox a combobox names (aria-controls / aria-owns), wherever it was put (often at the end of `<body>`). */
function popupListbox(widget: Element): Element | null {
  const refs = `${widget.getAttribute('aria-controls') ?? ''} ${widget.getAttribute('aria-owns') ?? ''}`.trim();
  if (!refs) return null;
  const root = widget.getRootNode() as Document | ShadowRoot;
  for (const id of refs.split(/\s+/)) {
    const found = root.getElementById?.(id) ?? widget.ownerDocument.getElementById(id);
    if (found) return found;
  }
  return null;
}

function chosenOptions(listbox: Element): Element[] {
  return Array.from(listbox.querySelectorAll('[role=option]')).filter(isCustomChosen);
}

/** What a combobox or select replacement shows as its value, '' while it shows only its placeholder. */
function shownValue(widget: Element): string {
  if (widget instanceof HTMLInputElement) return widget.value;
  if (widget.hasAttribute('data-placeholder')) return '';
  const value = widget.querySelector('input:not([type=hidden])') as HTMLInputElement | null;
  if (value?.value) return value.value;
  // The shown text, without a placeholder element or a visually hidden prompt.
  let text = '';
  for (const node of Array.from(widget.childNodes)) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1 && !(node as Element).hasAttribute('data-placeholder') && !(node as Element).matches('[class*=placeholder],[aria-hidden=true],select,[role=listbox]')) text += ` ${node.textContent ?? ''}`;
  }
  const placeholder = widget.getAttribute('aria-placeholder');
  return placeholder && text.trim() === placeholder.trim() ? '' : text;
}

/** A value chosen from a list: from the real select if there is one, else the listbox's selected option, else what the widget shows. */
function readListWidget(widget: Element): AnswerValue {
  // The real select is the truth: what the widget shows while it is empty is a prompt ("Choose one").
  const select = originalSelect(widget);
  if (select) return readSelect(select);
  const listbox = widget.getAttribute('role') === 'listbox' ? widget : popupListbox(widget);
  if (listbox) {
    const chosen = chosenOptions(listbox);
    if (chosen.length > 0) return answerFromChoices([], chosen);
  }
  if (widget.getAttribute('role') === 'listbox') return textAnswer('');
  return chosenValue(shownValue(widget));
}
