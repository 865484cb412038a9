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
 *   appended to `<body>`, found by aria-controls/aria-owns) or its active option,
 *   or the value it shows (also in a readonly input beside a hidden value): always
 *   a chosen option, never free text, even when the field holds both the hidden
 *   select and the widget;
 * - a lone on/off control (a switch, a single checkbox, one toggle button): its
 *   state as `switchedOn`, never its label, which is the question
 *   (rules/on-off-answer.ts reads it as the item's Yes or No);
 * - a slider (role=slider, `<input type=range>`): the words it shows for its value
 *   (aria-valuetext, an `<output>` for it, its datalist label) as the option chosen,
 *   its value as the number;
 * - a readonly input the page fills (after a choice in a dialog): the value shown, as chosen;
 * - a tag input: the tags beside it (each with its remove button) as the options chosen;
 * - choice chips (plain buttons with no ARIA state, utils/dom/choice-chips.ts): the
 *   ones whose look says chosen (utils/dom/chosen-chips.ts), as the options chosen.
 */
import type { AnswerValue } from '../../rules/compiled-pack';
import { normalizeLabel } from '../normalize-text';
import { numberInField } from '../../rules/answer-number';
import { isListWidget, originalSelect } from './select-replacement';
import { isChoiceChip } from './choice-chips';
import { chosenChips } from './chosen-chips';
import { columnHeaderOf } from './column-header';

/** Free text beyond this is not needed to spot a sensitive phrase and would cost time per keystroke. */
const MAX_ANSWER_CHARS = 5000;
const MAX_SHOWN_VALUE_CHARS = 300;

/** Custom option elements: what a library renders instead of native radios and checkboxes. */
export const CUSTOM_OPTION = '[role=radio],[role=checkbox],[role=switch],[role=option],[role=menuitemradio],[role=menuitemcheckbox],[aria-pressed]';
/** A class token that says an option is chosen ("is-checked", "btn--selected", "active"). */
const CHOSEN_CLASS = /(?:^|[-_])(?:checked|selected|active|pressed|chosen)$/i;
const STATE_ATTRIBUTES = ['aria-checked', 'aria-selected', 'aria-pressed'] as const;
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

/**
 * An option's words: its `<label>`, its aria-label, the header of its column in a question matrix (a radio per cell,
 * labelled by nothing else, or by aria-labelledby naming the row's question and the column), the text its
 * aria-labelledby names, or its title.
 */
function optionLabel(input: HTMLInputElement): string {
  // An empty <label> around a styled radio (common in a matrix) names nothing: the header still may.
  const label = input.labels?.[0];
  const own = (label && labelText(label)) || input.getAttribute('aria-label')?.trim();
  if (own) return own;
  return wordsAfter(input) || (columnHeaderOf(input) ?? labelledByText(input) ?? input.getAttribute('title') ?? '');
}

/** A label's words, or the alt text of its images when it shows only pictures ("<img alt='Ja'>"). */
function labelText(label: Element): string {
  const text = label.textContent?.trim() ?? '';
  if (text !== '') return text;
  return Array.from(label.querySelectorAll('img[alt]'), (img) => img.getAttribute('alt')?.trim() ?? '').filter((alt) => alt !== '').join(' ');
}

/** Option words beyond this are a note or the next question, not the option beside a radio. */
const MAX_WORDS_AFTER_CHARS = 40;

/**
 * The words right after a radio or checkbox that no label names, up to the next control: old forms write
 * `<input type=radio name=TRYGG value=I><font>Ibland</font>`, and the word beside it is the option as the adviser sees it.
 */
function wordsAfter(input: HTMLInputElement): string {
  let text = '';
  for (let next = input.nextSibling; next && text.length <= MAX_WORDS_AFTER_CHARS; next = next.nextSibling) {
    if (next.nodeType === 1) {
      const element = next as Element;
      if (element.matches('input, select, textarea, button, br, p, div, table') || element.querySelector('input, select, textarea')) break;
      text += ' ' + (element.textContent ?? '');
    } else if (next.nodeType === 3) text += ' ' + (next.textContent ?? '');
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length <= MAX_WORDS_AFTER_CHARS ? text : '';
}

function labelledByText(element: Element): string | null {
  const ids = element.getAttribute('aria-labelledby')?.trim();
  if (!ids) return null;
  const root = element.getRootNode() as Document | ShadowRoot;
  const text = ids.split(/\s+/).map((id) => root.getElementById?.(id)?.textContent?.trim() ?? '').filter((t) => t !== '').join(' ');
  return text === '' ? null : text;
}

function addOption(options: string[], ...texts: (string | null | undefined)[]) {
  for (const text of texts) {
    const normalized = text ? normalizeLabel(text) : '';
    if (normalized && !options.includes(normalized)) options.push(normalized);
  }
}

const parseNumber = numberInField;

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

/**
 * @param inputs every radio or checkbox of the group, in document order (their
 *   order gives `positions`, counted from 1, for `{ position: N }` conditions)
 * @param custom the chosen custom options; `allCustom` all of them, in order
 */
function answerFromChoices(inputs: readonly HTMLInputElement[], custom: readonly Element[], allCustom: readonly Element[] = custom): AnswerValue {
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
    const label = customLabel(element);
    addOption(options, element.getAttribute('data-value') ?? element.getAttribute('value'), label);
    texts.push(label.trim());
    const index = allCustom.indexOf(element);
    if (index >= 0) positions.push(index + 1);
  }
  const text = texts.join(', ');
  return { text, options, number: texts.length === 1 ? parseNumber(texts[0] ?? '') : undefined, ...(positions.length > 0 && { positions }) };
}

/** A value picked from a list (a combobox, a select replacement): its text is also the option chosen. */
function chosenValue(raw: string): AnswerValue {
  // Zero-width characters keep an empty widget's height ("\u200b"): not an answer.
  const text = raw.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim().slice(0, MAX_SHOWN_VALUE_CHARS);
  const options: string[] = [];
  addOption(options, text);
  return { text, options, number: parseNumber(text) };
}

/** Controls that are on or off by themselves: a checkbox, a switch, a custom checkbox, a toggle button. */
function isOnOff(el: Element): boolean {
  if (el.localName === 'input') return (el as HTMLInputElement).type === 'checkbox';
  const role = el.getAttribute('role');
  if (role === 'switch' || role === 'checkbox') return true;
  return (role === null || role === 'button') && el.hasAttribute('aria-pressed');
}

/**
 * The answer of a lone on/off control (one switch, checkbox or toggle button, with
 * any native checkbox inside it), or null when the controls are options of a choice.
 * Its label is the question, not the answer: only the state is read.
 */
function loneOnOff(controls: readonly Element[]): AnswerValue | null {
  const outer = controls[0];
  if (!outer || !controls.every((c) => isOnOff(c) && (c === outer || outer.contains(c)))) return null;
  const native = controls.find((c): c is HTMLInputElement => c.localName === 'input');
  if (native && groupOf(native).length > 1) return null;
  return { text: '', options: [], switchedOn: native ? native.checked : isCustomChosen(outer) };
}

/**
 * A field whose answer is a value chosen from a list: a combobox, listbox or
 * select replacement, an autocomplete input, or a readonly input that shows a
 * choice (it opens a list, or a hidden select or hidden input beside it keeps the value).
 */
function isSelectReplacement(el: Element): boolean {
  if (isListWidget(el)) return true;
  if (el.localName !== 'input') return false;
  if (el.hasAttribute('aria-autocomplete') || el.hasAttribute('list')) return true;
  if (!(el as HTMLInputElement).readOnly && el.getAttribute('aria-readonly') !== 'true') return false;
  return el.hasAttribute('aria-haspopup') || originalSelect(el) !== null || el.parentElement?.querySelector(':scope > input[type=hidden]') != null;
}

/** Free text as an answer (cut to the length a phrase is looked for in), with the number it holds. */
export function textAnswer(raw: string): AnswerValue {
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
  // A select replacement and its hidden original (both found under one label): one chosen option, not parts.
  const widget = controls.find(isSelectReplacement);
  if (widget) {
    const original = controls.find((c): c is HTMLSelectElement => c.localName === 'select');
    return original ? readSelect(original) : readOne(widget);
  }
  const onOff = loneOnOff(controls);
  if (onOff) return onOff;
  if (first && isChoiceChip(first)) {
    const answer = answerFromChoices([], chosenChips(controls), controls);
    return isEmpty(answer) ? (hiddenChoice(groupContainer(controls), controls) ?? answer) : answer;
  }
  const inputs = controls.filter((c): c is HTMLInputElement => c instanceof HTMLInputElement && (c.type === 'radio' || c.type === 'checkbox'));
  const customOptions = controls.filter((c) => !(c instanceof HTMLInputElement) && c.matches(CUSTOM_OPTION));
  if (inputs.length + customOptions.length > 0) {
    const answer = answerFromChoices(inputs, customOptions.filter(isCustomChosen), customOptions);
    return isEmpty(answer) ? (hiddenChoice(groupContainer(controls), customOptions) ?? answer) : answer;
  }
  // Parts of one answer (a date as day, month, year): joined in order.
  return textAnswer(controls.map((c) => readOne(c).text).filter(Boolean).join(' '));
}

function readSelect(select: HTMLSelectElement): AnswerValue {
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

function readOne(field: Element): AnswerValue {
  const tag = field.tagName;
  if (tag === 'SELECT') return readSelect(field as HTMLSelectElement);
  const role = field.getAttribute('role');
  if (tag === 'INPUT') {
    const input = field as HTMLInputElement;
    if (input.type === 'radio' || input.type === 'checkbox') return loneOnOff([input]) ?? answerFromChoices(groupOf(input), []);
    // An autocomplete input, or a readonly one showing a choice: the value a script put there is the option chosen.
    // Before the autocomplete check: a range input's datalist gives tick marks, not a list to choose from.
    if (input.type === 'range') return sliderAnswer(rangeWords(input), Number(input.value), Number(input.min || 0), Number(input.step || 1));
    if (isSelectReplacement(input)) return readListWidget(field);
    // The page wrote it (the adviser cannot type there): a choice made elsewhere, in a dialog or a picker.
    if (input.readOnly) return chosenValue(input.value);
    const tags = tagsBeside(input);
    return tags.length > 0 ? tagsAnswer(tags, input.value) : textAnswer(input.value);
  }
  if (tag === 'TEXTAREA') return textAnswer((field as HTMLTextAreaElement).value);

  if (role === 'slider' || role === 'spinbutton') {
    const now = Number.parseFloat(field.getAttribute('aria-valuenow') ?? '');
    if (Number.isNaN(now)) return textAnswer('');
    return sliderAnswer(field.getAttribute('aria-valuetext') ?? '', now, Number.parseFloat(field.getAttribute('aria-valuemin') ?? '') || 0, 1);
  }
  if (isListWidget(field)) return readListWidget(field);
  if (field.matches(CUSTOM_OPTION)) {
    const onOff = loneOnOff([field]);
    if (onOff) return onOff;
    const answer = answerFromChoices([], isCustomChosen(field) ? [field] : []);
    return isEmpty(answer) ? (hiddenChoice(field.parentElement, [field]) ?? answer) : answer;
  }
  if ((field as HTMLElement).isContentEditable || role === 'textbox') return textAnswer(field.textContent ?? '');

  // A group container: fieldset, radiogroup, a legacy option table.
  const inputs = Array.from(field.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]'));
  const custom = Array.from(field.querySelectorAll(CUSTOM_OPTION));
  if (inputs.length > 0 || custom.length > 0 || role === 'radiogroup' || role === 'group') {
    const onOff = loneOnOff([...custom, ...inputs]);
    if (onOff) return onOff;
    const answer = answerFromChoices(inputs, custom.filter(isCustomChosen), custom);
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
  if (option) return answerFromChoices([], [option], options);
  return chosenValue(value);
}

// ---- comboboxes and select replacements ----------------------------------------------------------

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

/**
 * A listbox whose selection follows focus marks its choice only as the active
 * option (aria-activedescendant, on the listbox or on its combobox). A combobox's
 * active option is only a highlight while its list is open.
 */
function activeOption(widget: Element, listbox: Element): Element | null {
  const holder = listbox.hasAttribute('aria-activedescendant') ? listbox : widget;
  if (holder !== listbox && widget.getAttribute('aria-expanded') === 'true') return null;
  const id = holder.getAttribute('aria-activedescendant');
  if (!id) return null;
  return (holder.getRootNode() as Document | ShadowRoot).getElementById?.(id) ?? null;
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
    const all = Array.from(listbox.querySelectorAll('[role=option]'));
    const chosen = all.filter(isCustomChosen);
    if (chosen.length > 0) return answerFromChoices([], chosen, all);
    const active = activeOption(widget, listbox);
    if (active && all.includes(active)) return answerFromChoices([], [active], all);
  }
  if (widget.getAttribute('role') === 'listbox') return textAnswer('');
  return chosenValue(shownValue(widget));
}

// ---- sliders ------------------------------------------------------------------------------------

/**
 * A slider's answer: the words it shows for its value ("2–3 times a week") as the
 * option chosen, its value as the number, and its place on the scale (from 1) as the
 * position. Without words, the value alone (a 0–10 scale).
 */
function sliderAnswer(words: string, value: number, min: number, step: number): AnswerValue {
  const place = Math.round((value - min) / (step > 0 ? step : 1)) + 1;
  const positions = Number.isInteger(place) && place >= 1 ? [place] : undefined;
  const shown = words.trim() ? chosenValue(words) : textAnswer(String(value));
  return { ...shown, number: value, ...(positions && { positions }) };
}

/** The words a range input shows for its value: aria-valuetext, an `<output for>` it, or its datalist option's label. */
function rangeWords(input: HTMLInputElement): string {
  const valueText = input.getAttribute('aria-valuetext');
  if (valueText) return valueText;
  const root = input.getRootNode() as Document | ShadowRoot;
  if (input.id) {
    for (const output of Array.from(root.querySelectorAll?.('output[for]') ?? [])) {
      if ((output.getAttribute('for') ?? '').split(/\s+/).includes(input.id)) return output.textContent ?? '';
    }
  }
  const listId = input.getAttribute('list');
  const list = listId ? root.getElementById?.(listId) : null;
  const listed = list ? Array.from(list.querySelectorAll('option')).find((option) => option.value === input.value) : undefined;
  return listed?.getAttribute('label') ?? listed?.textContent ?? '';
}

// ---- tag inputs ---------------------------------------------------------------------------------

/** A tag's remove control: a button, or an element a library made one ("tag__remove", "chip-close"). */
const REMOVE_CONTROL = 'button,[role=button],[class*=remove],[class*=close],[class*=delete]';
/** Longer than this, a block beside the box is no tag. */
const MAX_TAG_CHARS = 80;

/**
 * The tags a tag input shows before its text box (each a value with its own remove
 * control: "Salary ×"), in order: beside the input, or beside the list item it sits
 * in, never past the block that holds the question.
 */
function tagsBeside(input: HTMLInputElement): string[] {
  let at: Element = input;
  for (let depth = 0; depth < 2; depth++) {
    const box = at.parentElement;
    if (!box || box.matches('form,fieldset,body') || box.querySelector(':scope > label,:scope > legend')) return [];
    const tags: string[] = [];
    for (let sibling = box.firstElementChild; sibling && sibling !== at; sibling = sibling.nextElementSibling) {
      const remove = sibling.querySelector(REMOVE_CONTROL);
      if (!remove) continue;
      const text = (sibling.textContent ?? '').replace(remove.textContent ?? '', '').trim();
      if (text && text.length <= MAX_TAG_CHARS) tags.push(text);
    }
    if (tags.length > 0) return tags;
    at = box;
  }
  return [];
}

/** The tags as the options chosen, with anything typed after them as text. */
function tagsAnswer(tags: readonly string[], typed: string): AnswerValue {
  const options: string[] = [];
  addOption(options, ...tags);
  const text = [...tags, typed.trim()].filter(Boolean).join(', ');
  return { text, options, number: undefined };
}
