/**
 * A short answer that says yes to the question by itself ("yes, last wk", "ja – sedan i somras", "often,
 * most days", "flere ganger, sist i mai"): in a field whose own question names a concept, an adviser's
 * note of the reply, as telling as the words the question used. The counterpart of a topic denial
 * (rules/match/negation.ts `topicDenial`), which gives the quiet check-in for "No, never".
 */
import type { AnswerAnalysis } from './answer-analysis';
import { GAP_NONE } from './answer-words';
import { isNegationWord } from './negation';

/** Words that say yes as a reply (en, sv, nb). */
const YES = new Set(['yes', 'yeah', 'yep', 'yup', 'ja', 'jo', 'japp', 'jepp', 'jajamen', 'jadå', 'jada', 'absolutely', 'definitely']);

/** Replies that answer "how often" and so say it happened ("often", "several times", sv "flera gånger"). */
const HOW_OFTEN: readonly (readonly string[])[] = [
  ['often'], ['daily'], ['sometimes'], ['regularly'], ['every', 'day'], ['most', 'days'], ['several', 'times'], ['many', 'times'],
  ['a', 'few', 'times'], ['a', 'couple', 'of', 'times'], ['a', 'lot'], ['lots'],
  ['ofta'], ['ibland'], ['dagligen'], ['varje', 'dag'], ['flera', 'gånger'], ['många', 'gånger'], ['några', 'gånger'],
  ['ofte'], ['iblant'], ['daglig'], ['hver', 'dag'], ['flere', 'ganger'], ['mange', 'ganger'], ['noen', 'ganger'],
];

/** Words of being well: a "yes" said with them answers how one is, not what was asked ("Yes, I am doing fine"). */
const WELL = new Set(['fine', 'ok', 'okay', 'good', 'better', 'well', 'great', 'alright', 'bra', 'bättre', 'fint', 'okej', 'toppen',
  'bedre', 'greit', 'okei', 'fin']);

/** Words that go on a how-often with when it was, not with what ("several times last month", "flera gånger i vintras"). */
const WHEN_AFTER = new Set(['in', 'since', 'last', 'this', 'a', 'per', 'i', 'sedan', 'sen', 'förra', 'senast', 'om', 'siden', 'sist', 'forrige']);

/**
 * The words of an opening yes or how-often that stands as a reply by itself (the answer ends after it, or
 * punctuation follows: "yes, since summer", not "yes I know the question"; a how-often may go straight on with
 * when: "several times last month"), as a word span, or null.
 * None when any word of the answer denies ("yes, but not since 2019", "ja, men inte nu") or says one is well ("Yes, I
 * am doing fine"): a reply that qualifies its yes is read by the concept's own words.
 */
export function affirmsByItself(analysis: AnswerAnalysis): { start: number; end: number } | null {
  const words = analysis.words;
  if (words.length === 0) return null;
  let end = -1;
  let often = false;
  if (YES.has(words[0]!.lower)) end = 0;
  else {
    for (const opener of HOW_OFTEN) {
      if (opener.every((w, i) => words[i]?.lower === w && (i === 0 || words[i]!.gap === GAP_NONE))) {
        end = opener.length - 1;
        often = true;
        break;
      }
    }
  }
  if (end < 0) return null;
  const next = words[end + 1];
  if (next && next.gap === GAP_NONE && !(often && WHEN_AFTER.has(next.lower))) return null;
  const negation = analysis.negationScopes();
  for (let k = 0; k < words.length; k++) {
    if (negation.negatedBy[k] !== -1 || isNegationWord(words[k]!.lower) || WELL.has(words[k]!.lower)) return null;
  }
  return { start: 0, end };
}
