/**
 * An act told of other people, then the client's own denial after a turn: "My friends cut themselves, but I never
 * have", sv "Min syster skär sig, men det har jag aldrig gjort", nb "Vennene hennes kuttet seg, men hun har aldri gjort
 * det selv". The act is someone else's and the client's own is denied: a denial (the quiet check-in), not a card.
 * The client's own act told beside others' ("My sister cuts too, and so do I", "I cut, my brother never has") keeps it; the
 * client only in a clause of when ("My dad tried to kill himself when I was little, I never have") leaves the act others'.
 */
import type { AnswerAnalysis } from './answer-analysis';
import { GAP_STRONG, GAP_WEAK } from './answer-words';

/** Words that turn to the client after an act of others: "but", sv/nb "men". A comma turns too. */
const TURNS = new Set('but though although men fast'.split(' '));
const NEVER = new Set('never not aldrig inte aldri ikke ikkje'.split(' '));
/** The client as the one who speaks: an act with one of these before the turn may be the client's own. */
const FIRST_PERSON = new Set('i me myself jag mig mej jeg meg eg'.split(' '));
/**
 * Words that open a clause of when: the client in it tells a time, not who acted ("My dad tried to kill himself when I was
 * little", sv "…när jag var liten", nb "…da jeg var liten").
 */
const TIME_OPENERS = new Set('when before after since while när innan efter sedan medan da før etter siden mens'.split(' '));
/** The verb of a state after the client in a clause of when: "was", "var", "ble" ("when I was little", "før jeg ble født"). */
const STATE_VERBS = new Set('was were var blev ble vart'.split(' '));
/** Words no English sentence has: with one, "i" is the Swedish and Norwegian "in" ("i klassen"), not "I". */
const NORDIC = new Set('och og men sig seg själv selv det har jag jeg hon hun han inte ikke aldrig aldri'.split(' '));
/**
 * All a bare denial of the act says after the turn: who, "never", "done it", "myself", "anything like that", "those
 * thoughts". Any other word ("but I never stopped cutting") makes it more than a denial of the same act.
 */
const DENIAL_WORDS = new Set(
  ('i ive i\'ve ve s d m have has had did done do does tried been it that this anything like myself herself himself themselves ' +
    'so ever before either such those thoughts thing things she he they we says said me too ' +
    'har hade hatt haft gjort gjorde gjør det så själv själva selv sjøl provat testat prøvd prøvt noe något nåt sånt ' +
    'sådant sådana slike slikt tankar tanker tankene jag jeg eg hon han hun de dom vi sa säger sier sagt heller ' +
    'thought thoughts about way tänkt tänkte tenkt tenkte sån sånn sådan slik ' +
    'also också heller')
    .split(' '),
);
/** How many words after the turn the denial's "never" may stand ("but she says she has never…"). */
const NEVER_REACH = 5;

/** Read once per answer: asked for each phrase found and each concept's combinations, on every keystroke. */
const deniedOfAnswer = new WeakMap<AnswerAnalysis, Uint8Array>();

/**
 * For each answer word, 1 when it stands before a turn in its sentence after which only the client's own denial of
 * the act follows ("…, but I never have"), and no first person stands before that turn (the act is others'), else 0.
 * Linear in the number of words.
 */
export function othersActDenied(answer: AnswerAnalysis): Uint8Array {
  const known = deniedOfAnswer.get(answer);
  if (known) return known;
  const words = answer.words;
  const out = new Uint8Array(words.length);
  deniedOfAnswer.set(answer, out);
  let start = 0;
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && (i === 0 || words[i]!.gap !== GAP_STRONG)) continue;
    markSentence(answer, start, i, out);
    start = i;
  }
  return out;
}

function markSentence(answer: AnswerAnalysis, from: number, to: number, out: Uint8Array): void {
  const words = answer.words;
  for (let t = from + 1; t < to; t++) {
    const turn = TURNS.has(words[t]!.lower) || words[t]!.gap === GAP_WEAK;
    if (!turn) continue;
    const after = TURNS.has(words[t]!.lower) ? t + 1 : t;
    let never = -1;
    for (let k = after; k < to && k <= after + NEVER_REACH; k++) if (NEVER.has(words[k]!.lower)) { never = k; break; }
    if (never < 0) continue;
    let bare = true;
    for (let k = after; k < to && bare; k++) bare = NEVER.has(words[k]!.lower) || TURNS.has(words[k]!.lower) || DENIAL_WORDS.has(words[k]!.lower);
    if (!bare) continue;
    let nordic = false;
    for (let k = from; k < to && !nordic; k++) nordic = NORDIC.has(words[k]!.lower);
    let others = true;
    for (let k = from; k < t && others; k++) {
      const lower = words[k]!.lower;
      // "…when I was little": the client only as the one who was (a state), never "…när jag försökte" (the one who acted)
      const inTimeClause = k > from && TIME_OPENERS.has(words[k - 1]!.lower) && STATE_VERBS.has(words[k + 1]?.lower ?? '');
      others = !(FIRST_PERSON.has(lower) && !(nordic && lower === 'i') && !inTimeClause) && !NEVER.has(lower);
    }
    if (others) out.fill(1, from, t);
    return;
  }
}
