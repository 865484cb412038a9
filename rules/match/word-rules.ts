/**
 * What counts as "the same word" between a trigger and an answer, beyond an
 * equal stem: the endings a `word*` may take, the little words a speaker slips
 * between a phrase's words, and one-typo tolerance for longer words.
 */
import { compounds } from './stem';

/**
 * Endings (and pairs of them) an English `word*` may take: "depress*" finds
 * "depressed", "depression"; "pain*" finds "painful" but not "painting".
 */
const EN_ENDINGS = new Set(
  ('s es ed d ing er ers est ly y ies ied ful fully less ness ment ments ion ions ation ations ive ives ous ously ' +
    'ity ities ility ety al ally ality e ic ical ics ise ize ised ized ising izing able ible ia is').split(' '),
);

/** Swedish and Norwegian inflection endings, for a `word*` given without a language. */
const NORDIC_ENDINGS = new Set(
  ('a e en et er ar or na ne ene erna arna orna ade ande ende are ere ig iga ige igt lig liga lige ligt ning ningen ' +
    'ninger ningar het heten s t de te tt').split(' '),
);

/**
 * May a `word*` end with `rest`? A language-tagged Swedish or Norwegian prefix
 * takes any ending (compounds: "smärt*" → "smärtstillande"); otherwise only
 * endings of the language, one or two of them.
 */
export function endingAllowed(rest: string, language: string, strict: boolean): boolean {
  if (rest === '') return true;
  if (compounds(language) && !strict) return true;
  const endings = compounds(language) ? NORDIC_ENDINGS : EN_ENDINGS;
  if (endings.has(rest)) return true;
  for (let cut = 1; cut < rest.length; cut++) {
    if (endings.has(rest.slice(0, cut)) && endings.has(rest.slice(cut))) return true;
  }
  return false;
}

/**
 * Words a speaker slips into a phrase without changing it ("take my own life",
 * "I don't really want to live", sv "ta sitt eget liv", "knuffade ner henne", nb "vil bare dø", "drive straight into",
 * sv "svänga rakt in i"),
 * and a Swedish or Norwegian subject after its verb ("ibland vill jag dö").
 * At most MAX_FILLERS of them in a row.
 */
const FILLERS = new Set(
  ('just really simply actually even ever also truly seriously literally sometimes often still own do does did any almost nearly ' +
    'always constantly anymore straight ' +
    'bara verkligen helt egentligen också ens ibland ofta liksom typ fortfarande eget egen egna riktigt ner omkull nästan ' +
    'mycket alltid jämt längre rakt ' +
    'bare virkelig egentlig også engang ofte fortsatt egne ned over nesten mye alltid stadig lenger rett ' +
    // Swedish and Norwegian put the subject after the verb when something comes first (V2):
    // "Ibland vill jag dö", "om jag lämnar honom tar han barnen", "nå slår han meg".
    'jag hon hen ni dom jeg hun han vi de dere').split(' '),
);
export const MAX_FILLERS = 2;

/** @param lower the word in lower case, with å/ä/ö/ø/æ */
export function isFiller(lower: string): boolean {
  return FILLERS.has(lower);
}

/** Shortest word that may carry a typo: shorter ones collide with real words ("abused"/"amused"). */
export const MIN_TYPO_CHARS = 7;

/**
 * One insertion, deletion, substitution or swap of neighbours between `a` and
 * `b`, with the same first letter, the longer at least MIN_TYPO_CHARS long and
 * the shorter at least one less. Linear in the words' length.
 */
export function oneTypoApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (doublingSlip(a, b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length < MIN_TYPO_CHARS || long.length - short.length > 1 || short[0] !== long[0]) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) {
    if (short.slice(i + 1) === long.slice(i + 1)) return true; // substitution
    return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2); // swap
  }
  return short.slice(i) === long.slice(i + 1); // one letter more or less
}

/**
 * A slip of the fingers from the word `wanted` to the typed `typed`: two neighbouring letters swapped
 * ("chilrden", "sparakde"), or one letter typed twice ("slappped", "kastadde"). Narrower than
 * oneTypoApart, whose changed letter often makes another real word ("skadade", "skakade"), as does a
 * doubled letter left out ("skalade" peeled, "skållade" scalded). Same first letter, the longer at least
 * MIN_TYPO_CHARS long. Linear in the words' length.
 */
export function oneSlipApart(typed: string, wanted: string): boolean {
  if (typed === wanted || typed[0] !== wanted[0] || Math.max(typed.length, wanted.length) < MIN_TYPO_CHARS) return false;
  if (doublingSlip(typed, wanted)) return true;
  let i = 0;
  while (i < wanted.length && typed[i] === wanted[i]) i++;
  if (typed.length === wanted.length) return typed[i] === wanted[i + 1] && typed[i + 1] === wanted[i] && typed.slice(i + 2) === wanted.slice(i + 2);
  // the extra letter repeats the one before it
  return typed.length === wanted.length + 1 && typed[i] === typed[i - 1] && typed.slice(i + 1) === wanted.slice(i);
}

/** Shortest word whose doubled letters may be misplaced: below it, doubling tells words apart ("hoping", "hopping"). */
const MIN_DOUBLING_CHARS = 8;

/**
 * The same word but for which letters are doubled ("dissapear" for "disappear", "tommorow" for "tomorrow",
 * "tabbleter" for "tabletter"): the commonest misspelling, two edits apart. Words of MIN_DOUBLING_CHARS and
 * more with the same first letter; their letters with each run of one letter read once are the same.
 */
export function doublingSlip(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.min(a.length, b.length) < MIN_DOUBLING_CHARS || Math.abs(a.length - b.length) > 2) return false;
  return single(a) === single(b);
}

function single(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (word[i] !== word[i - 1]) out += word[i];
  return out;
}
