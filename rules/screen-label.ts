/**
 * A cheap first look at a page text: could it match any of the pack's labels?
 *
 * Most texts on a case system's page are not questions of the pack ("Reference
 * number", "Officer initials"). Normalising each one (`normalizeLabel`: several
 * new strings) and splitting it into words for approximate matching made those
 * texts the bulk of a scan's work and garbage. Instead, one pass over the
 * text's characters computes, without building any string, what
 * `normalizeLabel` would produce as hashes: the whole text's, and each word's
 * key (its first four letters, as approximate matching indexes words). A text
 * whose whole hash is no label's and none of whose word keys any label uses
 * cannot match, exactly or approximately. Anything else (including a hash
 * collision) goes the full way, so screening never changes a result.
 *
 * Plain-ASCII texts only; any other text is `UNSURE` and takes the full way
 * (normalising non-ASCII letters needs Unicode case mapping and folding).
 */
import { hasFormMarks, MAX_LABEL_CHARS, NUMBERING_PREFIX } from '../utils/normalize-text';

/** No label could match the text, exactly or approximately. */
export const NO_MATCH = 0;
/** A label may match it: normalise it and look. */
export const MAY_MATCH = 1;
/** Not screened (non-ASCII, very long): normalise it and look. */
export const UNSURE = 2;
/** Normalises to nothing (punctuation, a bare number prefix): not a text at all. */
export const EMPTY = 3;
export type Screening = typeof NO_MATCH | typeof MAY_MATCH | typeof UNSURE | typeof EMPTY;

/** Letters of a word that approximate matching indexes it by (`keyOf` in match-label.ts). */
export const WORD_KEY_LETTERS = 4;

/** The hashes a pack's labels are screened against. */
export interface LabelScreen {
  /** `hashText` of every normalised label. */
  texts: Set<number>;
  /** `hashText` of every indexed word key. */
  wordKeys: Set<number>;
}

const SEED = 0x811c9dc5 | 0;
const PRIME = 0x01000193;
/** Kept to 30 bits: small integers, which Sets hold without boxing. */
const MASK = 0x3fffffff;

const step = (hash: number, code: number) => Math.imul(hash ^ code, PRIME);

/** The hash of an already normalised text or word key, as screening computes it. */
export function hashText(text: string): number {
  let hash = SEED;
  for (let i = 0; i < text.length; i++) hash = step(hash, text.charCodeAt(i));
  return hash & MASK;
}

/** Whether `code` could start a numbering prefix ("3.2", "(4)", "Q12", "nr 3", "a)"). */
function mayStartPrefix(code: number): boolean {
  const lower = code | 0x20;
  return (code >= 48 && code <= 57) || code === 40 || (lower >= 97 && lower <= 104) || lower === 113 || lower === 115 || lower === 110;
}

/** Screen a raw page text against a pack's labels. Allocates nothing for plain ASCII. */
export function screenLabel(text: string, screen: LabelScreen): Screening {
  const length = text.length;
  if (length > MAX_LABEL_CHARS || hasFormMarks(text)) return UNSURE;
  let at = 0;
  while (at < length && text.charCodeAt(at) <= 32) at++;
  if (at < length && mayStartPrefix(text.charCodeAt(at))) {
    // normalizeLabel strips this prefix (on the lower-cased text; the pattern ignores case).
    const prefix = NUMBERING_PREFIX.exec(text);
    if (prefix) at = prefix[0].length;
  }
  let whole = SEED;
  let key = SEED;
  let letters = 0; // letters of the current word so far; 0 between words
  let words = 0;
  let mayApproximate = false;
  for (let i = at; i < length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 128) return UNSURE;
    if (code >= 65 && code <= 90) code += 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (letters === 0) {
        if (words > 0) whole = step(whole, 32);
        words++;
        key = SEED;
      }
      whole = step(whole, code);
      if (letters < WORD_KEY_LETTERS) key = step(key, code);
      letters++;
    } else if (letters > 0) {
      if (!mayApproximate && screen.wordKeys.has(key & MASK)) mayApproximate = true;
      letters = 0;
    }
  }
  if (letters > 0 && !mayApproximate && screen.wordKeys.has(key & MASK)) mayApproximate = true;
  if (words === 0) return EMPTY;
  return mayApproximate || screen.texts.has(whole & MASK) ? MAY_MATCH : NO_MATCH;
}
