/**
 * The page's fields that look like assessment questions but matched no pack item,
 * for supervisors adding the host's wording to a pack (the popup's "Questions on
 * this page that no pack item matches"). The DOM half of the rule in
 * rules/question-like.ts: a field is left out when
 *   - none of its controls is drawn (no layout box: display:none, `hidden`, a closed
 *     <details>), nor any label of a native option (a styled radio whose input is
 *     display:none is still a question);
 *   - it is a search field: `type=search`, `role=searchbox`, inside a search landmark
 *     (`<search>`, `role=search`), or named so (`q`, `txtSearch`: `isPageControlName`);
 *   - it is a login field: `type=password`, an `autocomplete` of username,
 *     current-password, new-password or one-time-code, or in a form with a password;
 *   - it sits in the page's navigation, banner or footer (`<nav>`, `role=navigation`,
 *     a `<header>`/`<footer>` outside any article, section, aside or main, and the
 *     banner and contentinfo roles).
 * Buttons, hidden inputs and the extension's own overlay are no fields at all
 * (control-kinds.ts). Read-only; reads option texts, never a value or a choice.
 */
import { answerForm, isListboxButton, isNativeControl } from './control-kinds';
import type { Field } from './list-form-controls';
import type { FieldEntry, PackMatcher } from './match-fields';
import { readText, tidyText } from './read-text';
import { originalSelect } from './select-replacement';
import { nearestItem } from '../../rules/nearest-item';
import {
  isPageControlName, isPageControlText, isQuestionText, looksLikeQuestion, MAX_LABEL_CHARS, MAX_LISTED_UNMATCHED, MAX_OPTION_CHARS, MAX_OPTIONS,
  type QuestionKind, type UnmatchedQuestion, type UnmatchedQuestions,
} from '../../rules/question-like';

const CHROME = 'nav,[role=navigation],[role=search],search,[role=banner],[role=contentinfo],header,footer';
const SECTIONING = 'article,aside,main,nav,section,[role=main],[role=article],[role=region]';
const LOGIN_AUTOCOMPLETE = /\b(username|current-password|new-password|one-time-code)\b/;
const DATE_TYPES = new Set(['date', 'datetime-local', 'month', 'week', 'time']);

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Inside the page's navigation, search, banner or footer: one walk up the ancestors. A
 * `<header>` or `<footer>` of an article or a section of the form is not the page's.
 */
function inPageChrome(el: Element): boolean {
  for (let around = el.closest(CHROME); around; around = around.parentElement?.closest(CHROME) ?? null) {
    const band = around.localName === 'header' || around.localName === 'footer';
    if (!band || around.parentElement?.closest(SECTIONING) == null) return true;
  }
  return false;
}

/** Per listing, whether a form holds a password field: asked once per form, not once per field (a form of 2,000). */
type LoginForms = Map<HTMLFormElement, boolean>;

function isLoginForm(form: HTMLFormElement | null, known: LoginForms): boolean {
  if (!form) return false;
  let login = known.get(form);
  if (login === undefined) known.set(form, (login = form.querySelector('input[type=password]') !== null));
  return login;
}

/** A search, login or navigation field of the page itself (see the module comment). */
export function isPageControlField(control: Element, loginForms: LoginForms = new Map()): boolean {
  const role = control.getAttribute('role');
  if (role === 'searchbox') return true;
  if (isNativeControl(control)) {
    const type = control.getAttribute('type')?.toLowerCase();
    if (type === 'search' || type === 'password') return true;
    if (LOGIN_AUTOCOMPLETE.test(control.getAttribute('autocomplete') ?? '')) return true;
    if (isLoginForm(control.form, loginForms)) return true;
  }
  for (const name of [control.getAttribute('name'), control.id]) if (name && isPageControlName(name)) return true;
  return inPageChrome(control);
}

/** Whether any control of the field (or a native option's label) is drawn. */
function isShown(field: Field): boolean {
  for (const control of field.controls) {
    if (control.getClientRects().length > 0) return true;
    const labels = isNativeControl(control) ? control.labels : null;
    if (labels) for (const label of Array.from(labels)) if (label.getClientRects().length > 0) return true;
  }
  return false;
}

/** How the field takes its answer, as the popup names it. */
export function questionKind(field: Field): QuestionKind {
  const first = field.controls[0] as Element;
  const role = first.getAttribute('role')?.trim().split(' ')[0] ?? '';
  if (field.kind === 'radio') return 'radio-group';
  if (field.kind === 'checkbox') {
    if (role === 'switch') return 'switch';
    if (first.hasAttribute('aria-pressed')) return 'toggle-buttons';
    return field.controls.length > 1 ? 'checkbox-group' : 'checkbox';
  }
  if (first.localName === 'select' || isListboxButton(first) || role === 'listbox') return 'select';
  if (first.localName === 'textarea') return 'textarea';
  if (first.localName === 'input') {
    const type = (first as HTMLInputElement).type;
    if (DATE_TYPES.has(type)) return 'date';
    if (type === 'number' || type === 'range') return 'number';
  }
  if (role === 'combobox') return 'combobox';
  if (role === 'slider' || role === 'spinbutton') return 'number';
  if (first.getAttribute('aria-multiline') === 'true' || (role !== 'textbox' && first.hasAttribute('contenteditable'))) return 'textarea';
  return 'text';
}

function optionTexts(elements: ArrayLike<Element>, text: (el: Element) => string): string[] {
  const out: string[] = [];
  for (let i = 0; i < elements.length && out.length < MAX_OPTIONS; i++) {
    const shown = tidyText(text(elements[i] as Element));
    if (shown && !out.includes(shown)) out.push(clip(shown, MAX_OPTION_CHARS));
  }
  return out;
}

/** A select's options as shown, without the empty "-- Choose --" prompt. */
function selectOptions(select: HTMLSelectElement): string[] {
  return optionTexts(Array.from(select.options).filter((option) => option.value !== ''), (option) => option.textContent ?? '');
}

/** A list widget's options: its real select's, else its listbox's (its own, or the one it names). */
function listOptions(widget: Element): string[] {
  const select = originalSelect(widget);
  if (select) return selectOptions(select);
  let listbox: Element | null = widget.getAttribute('role') === 'listbox' ? widget : null;
  const root = widget.getRootNode() as Document | ShadowRoot;
  const refs = `${widget.getAttribute('aria-controls') ?? ''} ${widget.getAttribute('aria-owns') ?? ''}`.trim();
  for (const id of refs ? refs.split(/\s+/) : []) listbox ??= root.getElementById?.(id) ?? null;
  return listbox ? optionTexts(listbox.querySelectorAll('[role=option]'), (option) => readText(option)) : [];
}

/** One option of a radio, checkbox or toggle group: its label as shown. */
function choiceText(control: Element): string {
  const labelled = control.getAttribute('aria-label');
  if (isNativeControl(control)) {
    const label = control.labels?.[0];
    return label ? readText(label) : (labelled ?? (control as HTMLInputElement).value);
  }
  return labelled ?? readText(control);
}

/** A field's options as the page shows them ([] for free text and a lone on/off control). */
export function fieldOptions(field: Field, kind: QuestionKind): string[] {
  const first = field.controls[0] as Element;
  switch (kind) {
    case 'select':
    case 'combobox':
      return first.localName === 'select' ? selectOptions(first as HTMLSelectElement) : listOptions(first);
    case 'radio-group':
    case 'checkbox-group':
    case 'toggle-buttons':
      return optionTexts(field.controls, choiceText);
    default:
      return [];
  }
}

/**
 * The fields among `entries` that ended with no item and look like questions (the rule
 * above and in rules/question-like.ts), in page order: the first `limit`, each with its
 * kind, options and nearest item, and how many there are in all. Runs when detection
 * reports (after a scan or a pass, not inside one): the question text was kept by the
 * scan (`FieldEntry.question`); here each unmatched field costs a few attribute reads
 * and a layout box once, and its layout box at each later report; only the listed ones
 * read options and look for a near item. A field with candidate items that all went to
 * other fields when matches were resolved ("Have you been able to pay the rent?" near
 * the rent item, which the page's "Monthly rent" field took) ended with none: it is listed
 * too, unless one of its controls is in `answered` (every control of the resolved matches). A generator that yields when `mustYield` says
 * so (every few fields), so a page of 10,000 fields makes no long task.
 */
export function* unmatchedQuestionSteps(
  entries: Iterable<FieldEntry>,
  matcher: PackMatcher,
  answered: ReadonlySet<Element>,
  limit = MAX_LISTED_UNMATCHED,
  mustYield: () => boolean = () => false,
): Generator<void, UnmatchedQuestions, void> {
  const unmatched: FieldEntry[] = [];
  for (const entry of entries) if (entry.question && !isAnswered(entry, answered)) unmatched.push(entry);
  unmatched.sort((a, b) => a.field.order - b.field.order);
  const questions: UnmatchedQuestion[] = [];
  const loginForms: LoginForms = new Map();
  let total = 0;
  for (let i = 0; i < unmatched.length; i++) {
    if ((i & 63) === 63 && mustYield()) yield;
    const entry = unmatched[i] as FieldEntry;
    const { field } = entry;
    // Removed by the page while the listing yielded, or before: the pass that follows reports it.
    const first = field.controls[0];
    if (!first?.isConnected) continue;
    let verdict = verdicts.get(entry);
    if (verdict === undefined) verdicts.set(entry, (verdict = judge(field, entry.question as string, loginForms)));
    // Whether it is drawn can change without the field changing (a section opened): asked every time.
    if (verdict === null || !isShown(field)) continue;
    total++;
    if (questions.length >= limit) continue;
    const { label, kind } = verdict;
    const options = verdict.options ?? fieldOptions(field, kind);
    const near = nearestItem(matcher, label, answerForm(field.kind, first));
    const itemId = near ? matcher.pack.items[near.item]?.id : undefined;
    questions.push({ label, kind, options, ...(near && itemId && { nearest: { itemId, score: Math.round(near.score * 100) / 100 } }) });
  }
  return { total, questions };
}

/** Whether the field answers an item: a candidate of it won, or joined a field that won. */
function isAnswered(entry: FieldEntry, answered: ReadonlySet<Element>): boolean {
  if (entry.hits.length === 0) return false;
  for (const control of entry.field.controls) if (answered.has(control)) return true;
  return false;
}

/** `unmatchedQuestionSteps` run to the end at once (tests, the benchmark). */
export function listUnmatchedQuestions(
  entries: Iterable<FieldEntry>,
  matcher: PackMatcher,
  answered: ReadonlySet<Element>,
  limit = MAX_LISTED_UNMATCHED,
): UnmatchedQuestions {
  const steps = unmatchedQuestionSteps(entries, matcher, answered, limit);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** What a field shows that makes it a question (null: not one), known from its texts, attributes and place. */
interface Verdict {
  label: string;
  kind: QuestionKind;
  /** A select's options, read to tell a page-size choice (other fields' are read when listed). */
  options?: string[];
}

/**
 * Per field entry, the part of the rule that holds as long as the entry does: a changed
 * field is read again into a new entry, so a page reporting often pays for this once.
 */
const verdicts = new WeakMap<FieldEntry, Verdict | null>();

function judge(field: Field, question: string, loginForms: LoginForms): Verdict | null {
  const label = clip(tidyText(question), MAX_LABEL_CHARS);
  if (!isQuestionText(label) || isPageControlText(label) || isPageControlField(field.controls[0] as Element, loginForms)) return null;
  const kind = questionKind(field);
  if (kind !== 'select') return { label, kind };
  // Only a select's options can make it a page-size choice.
  const options = fieldOptions(field, kind);
  return looksLikeQuestion(label, options) ? { label, kind, options } : null;
}
