/**
 * Which unmatched host fields look like assessment questions: the pure half of the
 * rule (texts and option lists; no DOM). The page half, which reads where a field
 * sits and how it is drawn, is utils/dom/unmatched-questions.ts.
 *
 * A field the pack's matching gave no item is listed for supervisors ("Questions on
 * this page that no pack item matches") when
 *   1. it is shown (a control with a layout box), and is not a search box, a login
 *      field or a control in the page's navigation, banner or footer (DOM half);
 *   2. its question text is human-readable: at least two letters, at most
 *      `MAX_QUESTION_WORDS` words (longer is help text, not a label) (`isQuestionText`);
 *   3. its text does not name a page control rather than a question: search, filter,
 *      sort, rows per page, go to page, language, user name, password, log in, in
 *      English, Swedish and Norwegian Bokmål (`isPageControlText`), unless it ends in
 *      a question mark;
 *   4. it is not a page-size choice: options that are all rising multiples of five
 *      ("10", "25", "50", "All") (`isPageSizeChoice`).
 */

/** How an unmatched field takes its answer, as the popup names it. */
export type QuestionKind =
  | 'text'
  | 'textarea'
  | 'number'
  | 'date'
  | 'select'
  | 'combobox'
  | 'radio-group'
  | 'checkbox'
  | 'checkbox-group'
  | 'switch'
  | 'toggle-buttons';

/** One field that looks like a question and matched no pack item. Host page text only, never a value. */
export interface UnmatchedQuestion {
  /** Its question text as the page shows it (white space collapsed, clipped to `MAX_LABEL_CHARS`). */
  label: string;
  kind: QuestionKind;
  /** A choice's options as the page shows them (first `MAX_OPTIONS`); [] for free text. */
  options: string[];
  /** The pack item whose labels come closest (similarity 0–1, below the matching threshold), if any is near. */
  nearest?: { itemId: string; score: number };
}

/** A bounded list: the first `questions` in page order, and how many there are in all. */
export interface UnmatchedQuestions {
  total: number;
  questions: UnmatchedQuestion[];
}

/** How many unmatched questions a frame, and the popup, lists; `total` counts them all. */
export const MAX_LISTED_UNMATCHED = 50;
export const MAX_OPTIONS = 20;
export const MAX_LABEL_CHARS = 200;
export const MAX_OPTION_CHARS = 80;
/** A label of more words is a paragraph of help text, not a question. */
export const MAX_QUESTION_WORDS = 40;
/** Page-control words are looked for only in labels this short ("Sort by", "Rows per page"). */
const PAGE_CONTROL_WORDS = 6;

const WORD = /[\p{L}\p{N}]+/gu;
const TWO_LETTERS = /\p{L}[^]*\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function words(text: string): string[] {
  return text.toLocaleLowerCase().match(WORD) ?? [];
}

/** How many words `text` has, counted up to `max + 1` without building them (labels are read for every unmatched field). */
function wordCount(text: string, max: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count <= max; i++) {
    const code = text.charCodeAt(i);
    // ASCII letters and digits without a regular expression; other characters (å, ø, ü…) by their Unicode class.
    const part = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || (code > 127 && LETTER_OR_DIGIT.test(text[i] as string));
    if (part && !inWord) count++;
    inWord = part;
  }
  return count;
}

/** Two letters or more, and no more than `MAX_QUESTION_WORDS` words. */
export function isQuestionText(text: string): boolean {
  return TWO_LETTERS.test(text) && wordCount(text, MAX_QUESTION_WORDS) <= MAX_QUESTION_WORDS;
}

/**
 * Words and phrases that name a page's own controls, not an assessment question
 * (each a sequence of whole words, lower case). "page" and "sida"/"side" alone only
 * as the whole label: "side" is also English.
 */
const PAGE_CONTROL_PHRASES = [
  // English
  'search', 'find', 'filter', 'filter by', 'sort', 'sort by', 'order by', 'per page', 'go to page', 'page size',
  'show entries', 'language', 'username', 'user name', 'password', 'log in', 'login', 'sign in', 'remember me',
  'select all', 'quick search',
  // Swedish
  'sök', 'sökord', 'filtrera', 'sortera', 'sortera efter', 'per sida', 'gå till sida', 'sidstorlek', 'språk',
  'användarnamn', 'lösenord', 'logga in', 'kom ihåg mig', 'markera alla', 'snabbsök',
  // Norwegian Bokmål
  'søk', 'søkeord', 'filtrer', 'sorter', 'sorter etter', 'per side', 'gå til side', 'sidestørrelse', 'brukernavn',
  'passord', 'logg inn', 'husk meg', 'velg alle', 'hurtigsøk',
].map((phrase) => phrase.split(' '));
const WHOLE_LABEL_ONLY = new Set(['page', 'sida', 'side', 'sidan', 'siden']);

function containsPhrase(text: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= text.length; i++) {
    let j = 0;
    while (j < phrase.length && text[i + j] === phrase[j]) j++;
    if (j === phrase.length) return true;
  }
  return false;
}

/**
 * A short label naming a control of the page itself ("Search cases", "Rows per page",
 * "Sortera efter", "Brukernavn"), not a question put to a client. A label ending in a
 * question mark is a question whatever its words ("Do you use a password manager?").
 */
export function isPageControlText(text: string): boolean {
  if (text.trimEnd().endsWith('?') || wordCount(text, PAGE_CONTROL_WORDS) > PAGE_CONTROL_WORDS) return false;
  const found = words(text);
  if (found.length === 0) return false;
  if (found.length === 1 && WHOLE_LABEL_ONLY.has(found[0] as string)) return true;
  return PAGE_CONTROL_PHRASES.some((phrase) => containsPhrase(found, phrase));
}

const PAGE_SIZE_OPTION = /^\s*(?:(\d+)|all|alla|alle)\s*$/i;

/**
 * A choice of how many rows to show: two or more numbers, each a multiple of 5 and
 * rising ("10", "25", "50", "100", perhaps "All"). A count a client gives starts at 0
 * or 1 ("0", "1", "2", "3 or more") and is not one.
 */
export function isPageSizeChoice(options: readonly string[]): boolean {
  let previous = 0;
  let numbers = 0;
  for (const option of options) {
    const parts = PAGE_SIZE_OPTION.exec(option);
    if (!parts) return false;
    if (parts[1] === undefined) continue;
    const size = Number(parts[1]);
    if (size % 5 !== 0 || size <= previous) return false;
    previous = size;
    numbers++;
  }
  return numbers >= 2;
}

const MAY_NAME_PAGE_CONTROL = /q|search|filter|sort|size|user|login|password/i;
const PAGE_CONTROL_NAMES = new Set(['q', 'query', 'search', 'searchterm', 'filter', 'sort', 'pagesize', 'username', 'login', 'password']);

/**
 * A control's name or id that names a page control: one of its parts (split at
 * punctuation, digits and camelCase) is "q", "query", "search", "filter", "sort", "pagesize",
 * "username", "login" or "password" ("q", "txtSearch", "ctl00$Filter$ddl", "page-size"
 * joined as "pagesize"); "research_consent" is none of them.
 */
export function isPageControlName(name: string): boolean {
  // Most names hold none of these letters at all: one test, no splitting.
  if (!MAY_NAME_PAGE_CONTROL.test(name)) return false;
  const parts = name.replace(/([a-z\d])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (PAGE_CONTROL_NAMES.has(part) || PAGE_CONTROL_NAMES.has(part + (parts[i + 1] ?? ''))) return true;
  }
  return false;
}

/** Parts 2–4 of the rule above, for a field's question text and its options. */
export function looksLikeQuestion(label: string, options: readonly string[]): boolean {
  return isQuestionText(label) && !isPageControlText(label) && !isPageSizeChoice(options);
}
