/**
 * Norwegian as many speak and text it, where the short spoken word is also another word and only its
 * place tells which: "se" is "seg" after a verb ("skade se", "henge se", "se sjæl") and "see" after "å"
 * or a modal ("vil se"); "me" is "meg" where an object ends ("kutta me", "skade me igjen", "me sjæl") and
 * "med" before what it goes with ("me vilje", "me kniv"); "d" is "det", "te" is "til", "hu" is "hun", "e"
 * is "er", "sjæl" is "selv", "va" after a subject is "var", "ei" is "en", "hand" is "hånd". Read only in an answer whose little words may be Norwegian, not Swedish or
 * English (nordic-letters.ts).
 */
import { PRONOUN_ROLE } from '../compiled-pack';
import { mayReadAsNorwegian } from './nordic-letters';

const SUBJECT = PRONOUN_ROLE.subj;

/** Spoken forms that are no other word in a Norwegian answer. */
const PLAIN: Record<string, string> = {
  d: 'det', te: 'til', hu: 'hun', e: 'er', sjæl: 'selv', sjel: 'selv', dæm: 'dem', ka: 'hva', koss: 'hvordan',
  // Nynorsk and dialect words that are other words in English or Swedish ("hand", sv "sia" foretell), and sms "je"
  hand: 'hånd', ei: 'en', sia: 'siden', morran: 'morgenen', je: 'jeg',
};
/** Words after which spoken "va" is "var" (was: "det va ille", "han va full"); elsewhere it may be "hva" (what). */
const BEFORE_WAS = new Set('det da når som der alt'.split(' '));
const NOT = new Set('ikke aldri'.split(' '));

/**
 * Is spoken "va" at word `k` the verb "var" (was)? After its subject or one of `markers` ("det va", "barna va
 * i rommet"), or after a negation after them ("om jeg ikke va her"); not where a subject follows it ("vet ikke
 * va jeg skal", "bestämmer va hon gör": there it is "hva"/"vad"), nor opening a clause or ending one. Shared
 * with spoken-swedish.ts.
 */
export function spokenWas(words: readonly Word[], k: number, markers: ReadonlySet<string>, negations: ReadonlySet<string>): boolean {
  const word = words[k]!;
  const previous = words[k - 1];
  const next = words[k + 1];
  if (!previous || word.gap !== 0) return false;
  const subject = (w: Word) => (w.roles & SUBJECT) !== 0 || markers.has(w.lower);
  if (subject(previous)) return true;
  const before = words[k - 2];
  if (negations.has(previous.lower)) return before !== undefined && previous.gap === 0 && subject(before);
  return next !== undefined && next.gap === 0 && (next.roles & SUBJECT) === 0 && !QUESTION_VERBS.has(previous.lower);
}
/** Verbs after which "va" asks (what, where): "vet va", "lurer på va" is no "var". */
const QUESTION_VERBS = new Set('vet veit vit lurer undrar undrer kollar sjekker spør frågar frågade spurte sa sier säger på om'.split(' '));
/** Words after which "se" is the verb "see", not "seg". */
const BEFORE_SEE = new Set('å a vil ville skal skulle kan kunne må få får fikk fått la bør burde tør ikke itte ikkje aldri jeg eg æ du vi de dem kom'.split(' '));
/** Words after which "me" is "meg": it ends the object ("kutta me igjen", "slår me sjæl", "me, og så"). */
const AFTER_ME = new Set(
  'sjæl sjøl selv sjølv igjen i på når fordi hvis om te til og at for ut inn opp ned bort litt mer da ikke itte helt så også bare etter her fast'.split(' '),
);

interface Word {
  lower: string;
  gap: number;
  roles: number;
}

/**
 * Reads, in place, the spoken words above as the written ones when the answer reads as Norwegian.
 * @param reread called for each word changed, with its new lower-case word
 * Linear in the number of words.
 */
export function readSpokenNorwegian<W extends Word>(words: W[], reread: (word: W, lower: string) => void): void {
  if (!mayReadAsNorwegian(words)) return;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const previous = words[k - 1];
    const next = words[k + 1];
    const plain = PLAIN[word.lower];
    if (plain) reread(word, plain);
    else if (word.lower === 'se' && previous && word.gap === 0 && !BEFORE_SEE.has(previous.lower)) reread(word, 'seg');
    else if (word.lower === 'me' && previous && (!next || next.gap !== 0 || AFTER_ME.has(next.lower))) reread(word, 'meg');
    else if (word.lower === 'me' && next) reread(word, 'med');
    else if (word.lower === 'va' && spokenWas(words, k, BEFORE_WAS, NOT)) reread(word, 'var');
  }
}
