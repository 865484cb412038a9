/**
 * Text normalisation shared by the pack compiler (once, at build time) and the
 * content script (per label read). Must stay cheap: it runs on every label of a
 * host page.
 */

/** Letters that are separate letters in Swedish, Norwegian or Danish: never fold them. */
const NORDIC_LETTERS = new Set(['å', 'ä', 'ö', 'ø', 'æ']);
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Fold accents (é→e, ü→u) but keep å/ä/ö/ø/æ, which discriminate words ("får" ≠ "far"). */
export function foldDiacritics(lower: string): string {
  // Fast path: plain ASCII needs no work.
  if (!/[\u0080-\uffff]/.test(lower)) return lower;
  let out = '';
  for (const ch of lower.normalize('NFC')) {
    if (ch.charCodeAt(0) < 128 || NORDIC_LETTERS.has(ch)) out += ch;
    else out += ch.normalize('NFD').replace(COMBINING_MARKS, '');
  }
  return out;
}

// "3.2", "3.2.1)", "3:4", "F 1:2", "Q12", "Q12.", "Q3.7a:", "12)", "a)", "(4)" at the very start of a label,
// followed by a space, or glued to the text after a "." ")" or ":" (markup that puts the number in its own
// element: "<span>19.</span><span>How many…</span>" reads as "19.How many…"). Instruments number with a colon
// ("F 3:4", Swedish forms) and sub-items with a letter ("3.7a", "3.7b").
export const NUMBERING_PREFIX = /^\s*(?:\(?(?:q|f|s|nr\.?)?\s?\d{1,3}(?:[.):]\d{1,3})*[a-h]?[.):]?\)?|[a-h]\))(?:\s+|(?<=[.):])(?=\p{L}))/iu;
/**
 * A dotted or coloned number glued to a capitalised word ("3.4How are you…", "F 3:4Hur mår du…"): markup
 * that puts the number in a badge or span of its own, with no space between. Read before lower-casing (the
 * capital tells it from a quantity with a unit: "12.5kg"); a space is put after the number.
 */
const GLUED_NUMBER = /^(\s*(?:[qfsQFS]\s?)?\d{1,3}(?:[.:]\d{1,3})+[a-h]?)(?=\p{Lu})/u;
const MAY_BE_GLUED = /^\s*(?:[qfsQFS]\s?)?\d/;
/**
 * How a form marks a field required or optional, in parentheses: "(optional)", "(req.)", "(frivilligt)",
 * "(valgfritt)", "(påkrevd)". It says how to fill the field in, not what it asks.
 */
const FILL_MARKER = /\(\s*(?:optional|required|req\.?|mandatory|frivilligt?|valfri(?:tt)?|obligatoriskt?|valgfri(?:tt)?|påkrev(?:d|et))\s*\)/gu;
const HAS_FILL_MARKER = new RegExp(FILL_MARKER.source, 'iu');

/**
 * Whether `normalizeLabel` rewrites this text before folding it (a glued number, a fill marker): a screen
 * that hashes texts the way `normalizeLabel` splits them (rules/screen-label.ts) leaves these to it.
 */
export function hasFormMarks(text: string): boolean {
  return (MAY_BE_GLUED.test(text) && GLUED_NUMBER.test(text)) || (text.includes('(') && HAS_FILL_MARKER.test(text));
}
// Anything that is not a letter or digit in any script becomes a space.
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const NON_WORD_ASCII = /[^a-z0-9]+/g;
const NON_ASCII = /[\u0080-\uffff]/;

/** Limit so an enormous text node on a hostile page cannot make one label expensive. */
export const MAX_LABEL_CHARS = 800;

/**
 * Normalise a question or label for comparison: lower case, no numbering prefix,
 * punctuation (including trailing ":" and "*") to spaces, white space collapsed,
 * accents folded except Nordic letters.
 */
export function normalizeLabel(text: string): string {
  let clipped = text.length > MAX_LABEL_CHARS ? text.slice(0, MAX_LABEL_CHARS) : text;
  if (MAY_BE_GLUED.test(clipped)) clipped = clipped.replace(GLUED_NUMBER, '$1 ');
  let lower = clipped.toLowerCase();
  if (lower.includes('(')) lower = lower.replace(FILL_MARKER, ' ');
  // Plain ASCII (most labels): the same result with a cheaper, non-Unicode pattern.
  if (!NON_ASCII.test(lower)) return lower.replace(NUMBERING_PREFIX, '').replace(NON_WORD_ASCII, ' ').trim();
  return foldDiacritics(lower).replace(NUMBERING_PREFIX, '').replace(NON_WORD, ' ').trim();
}

/** The normalised label split into words. */
export function labelTokens(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ');
}
