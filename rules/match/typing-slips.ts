/**
 * A negation word typed in a hurry on a phone: two neighbouring letters swapped ("ikek", "inet", "aldirg",
 * "nevre") or one letter doubled ("ikkke", "innte", "aldrii"). Read as the negation word, so that
 * "har aldirg skadat mig" is the denial its writer meant and not a disclosure. Only for the longer negation
 * words (four letters and more) and never in the first letter, where a slip makes other words ("kike"); a
 * dropped letter is not read back in general, since it makes everyday words ("igen" again, from "ingen").
 */

/** The negation words of the three languages (rules/match/negation.ts) a slip is read back to. */
const NEGATIONS = 'never nothing nobody neither inte aldrig ingen inget inga ingenting ikke ikkje aldri intet verken varken'.split(' ');
/** Slips that are words of their own in one of the three languages, never read as a negation. */
const REAL_WORDS = new Set('inge'.split(' '));
/** Dropped letters typed often enough to read back, and no word of their own (nb "ikk", "ike"). */
const DROPPED: Record<string, string> = { ikk: 'ikke', ike: 'ikke', alrdi: 'aldri' };

let slips: Map<string, string> | undefined;

function build(): Map<string, string> {
  const out = new Map<string, string>(Object.entries(DROPPED));
  for (const word of NEGATIONS) {
    for (let i = 1; i + 1 < word.length; i++) {
      if (word[i] !== word[i + 1]) out.set(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), word);
    }
    for (let i = 1; i < word.length; i++) out.set(word.slice(0, i + 1) + word.slice(i), word);
  }
  for (const word of [...NEGATIONS, ...REAL_WORDS]) out.delete(word);
  return out;
}

/** The negation word a hurried typist meant by `lower` ("ikek" → "ikke", "aldirg" → "aldrig"); undefined otherwise. */
export function negationSlip(lower: string): string | undefined {
  if (lower.length < 3 || lower.length > 10) return undefined;
  return (slips ??= build()).get(lower);
}
