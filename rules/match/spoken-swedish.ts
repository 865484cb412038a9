/**
 * Swedish as many speak and text it, where the short spoken word is also another word and only its place
 * tells which: "e" is "är" ("det e lugnt", "han e full"); "ba" is "bara"; "ja" is "jag" right before a verb
 * of its own ("ja får stryk", "ja vill inte leva") and the reply "ja" (yes) elsewhere ("ja, han slår mig",
 * "ja det har hänt"); "va" is "var" (was) after a subject or "det" ("det va som värst", "han va full") and
 * may be "vad" (what) elsewhere. Read only in an answer whose little words are Swedish, not Norwegian or
 * English (nordic-letters.ts): Norwegian "e" is "er", Norwegian "ba" is "asked".
 */
import { PRONOUN_ROLE } from '../compiled-pack';
import { readsAsSwedish } from './nordic-letters';
import { spokenWas } from './spoken-norwegian';

/** Spoken forms that are no other word in a Swedish answer. */
const PLAIN: Record<string, string> = { e: 'är', ba: 'bara', asså: 'alltså', assa: 'alltså' };
/**
 * Verbs after which "ja" is "jag": a first person's own verbs in a disclosure. Not "har", "är", "e", "var":
 * "ja har hänt", "ja är det" are a reply's yes too.
 */
const AFTER_I = new Set(
  ('får fick vill ville ska skulle kan kunde orkar orka tänker tänkte mår mådde vet visste blir blev känner kände ' +
    'gör gjorde tar tog skär skar dricker drack hatar tror trodde önskar behöver borde klarar försöker försökte ' +
    'slår slog bränner brände river rev sover sov vågar törs står stod ligger låg går gick sitter satt hör hörde').split(' '),
);
/** Words after which "ja" is the reply "ja" (yes) inside a clause: "hon sa ja", "ja eller nej", "ja ja". */
const BEFORE_YES = new Set('sa sade säger svarade svarar svara säga tackade tackar nej eller ja och men'.split(' '));

/**
 * Is "ja" inside a clause "jag" ("om ja dog", "satte ja upp", "när ja gick")? It is, when a word stands right
 * before it in its clause (the reply "ja" opens one, or follows a comma) other than a verb of saying, and
 * no "eller" follows ("ja eller nej").
 */
function isSpokenI(words: readonly Word[], k: number): boolean {
  const word = words[k]!;
  const previous = words[k - 1];
  const next = words[k + 1];
  if (!previous || word.gap !== 0 || BEFORE_YES.has(previous.lower)) return false;
  return !next || next.lower !== 'eller';
}

/** Words after which "sen" is "sedan" (ago): "två år sen", "länge sen", "ett tag sen". */
const AGO_AFTER = new Set('år månad månader vecka veckor veckan dag dagar dar timmar tid tag länge sekel'.split(' '));
/** Words before which "sen" is "sedan" (since): "sen dess", "sen i våras", "sen förra veckan", "sen jul". */
const SINCE_BEFORE = new Set('dess i förra jul julen påsk påsken midsommar sommaren hösten våren vintern barnsben'.split(' '));

/**
 * Is "sen" at word `k` "sedan" (since, ago), not "sen" (late: "kom hem sen", "en sen kväll")? After a span of
 * time, or before what it is since: "dess", a time, a number, or a clause with its own subject ("sen hon var 17").
 */
function isSpokenSince(words: readonly Word[], k: number): boolean {
  const previous = words[k - 1];
  const next = words[k + 1];
  if (previous && words[k]!.gap === 0 && AGO_AFTER.has(previous.lower)) return true;
  if (!next || next.gap !== 0) return false;
  return SINCE_BEFORE.has(next.lower) || (next.roles & SUBJECT) !== 0 || /^\d/.test(next.lower);
}
const SUBJECT = PRONOUN_ROLE.subj;

/** Words after which "va" is "var" (was), besides a subject pronoun. */
const BEFORE_WAS = new Set('det då när som där allt'.split(' '));
const NOT = new Set('inte aldrig'.split(' '));

interface Word {
  lower: string;
  gap: number;
  roles: number;
}

/**
 * Reads, in place, the spoken words above as the written ones when the answer reads as Swedish.
 * @param reread called for each word changed, with its new lower-case word
 * Linear in the number of words.
 */
export function readSpokenSwedish<W extends Word>(words: W[], reread: (word: W, lower: string) => void): void {
  if (!readsAsSwedish(words)) return;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const next = words[k + 1];
    const plain = PLAIN[word.lower];
    if (plain) reread(word, plain);
    else if (word.lower === 'ja' && next && next.gap === 0 && AFTER_I.has(next.lower)) reread(word, 'jag');
    else if (word.lower === 'va' && spokenWas(words, k, BEFORE_WAS, NOT)) reread(word, 'var');
    else if (word.lower === 'ja' && isSpokenI(words, k)) reread(word, 'jag');
    else if (word.lower === 'sen' && isSpokenSince(words, k)) reread(word, 'sedan');
  }
}
