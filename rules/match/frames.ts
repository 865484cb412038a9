/**
 * Sensitive words that stand in someone's work or in a programme, a book or the news, not in what happened to
 * the person the answer is about: "volunteers at a women's refuge", "jobbar på Självmordslinjen", "works as a
 * guard at the magistrates' court", "a documentary about a suicide bridge", "a stabbing on the news". A mention
 * inside such a frame brings only the quiet check-in (never hidden: safety favours showing something).
 * A frame is opened by a word of work or a medium and reaches forward over its own clause; a few media words
 * ("on the news", "on Netflix") frame the clause before them. Linear in the answer.
 */
import { PRONOUN_ROLE } from '../compiled-pack';
import type { AnswerAnalysis } from './answer-analysis';
import { GAP_NONE } from './answer-words';
import { opensPurpose } from './negation';

/** Words of a job, volunteering or training, and of a medium: what follows them in their clause is their setting or subject. */
const FRAME_HEADS = new Set(
  ('works worked working volunteers volunteered volunteering employed nurse nurses guard cleaner officer ' +
    'documentary documentaries film films movie movies book books novel podcast podcasts episode series programme programmes ' +
    'jobbar jobbade jobbat arbetar arbetade arbetat volontär volontärer ideellt praktik sjuksköterska kriminalvårdare väktare ' +
    'dokumentär dokumentären dokumentärer bok boken böcker filmen filmer serien serier podd podden poddar avsnitt avsnittet programmet ' +
    'jobber arbeider frivillig frivillige volontør praksis sykepleier fengselsbetjent vekter ' +
    'dokumentar dokumentaren dokumentarer boka bøker filmene episoden').split(' '),
);
/**
 * Media that frame the clause before them, after "on", "in", "på", "i" ("a stabbing in town on the news", "prison
 * documentaries on Netflix", "på tv"), not as a thing ("han knuste tv-en").
 */
const FRAME_TAILS = new Set('news netflix telly tv youtube nyheterna nyheter nyhetene svt nrk'.split(' '));
const ON = new Set('on in på i'.split(' '));
/**
 * Words that end a frame's clause: a new clause, a purpose ("works nights to pay for heroin"), a copula. Not sv
 * "om", which is "about" after a medium ("en bok om självmord") more often than "if".
 */
const FRAME_ENDS = new Set(
  ('and but because when while since if who which that to is was are were ' +
    'och men eftersom när medan som är var ' +
    'og fordi når mens hvis er').split(' '),
);
/** How many words a frame reaches. */
const FRAME_REACH = 8;

const framed = new WeakMap<AnswerAnalysis, Uint8Array>();

/**
 * For each answer word, 1 when it stands in a frame of work or of a medium (see above), else 0.
 * Memoised per answer.
 */
export function framedWords(answer: AnswerAnalysis): Uint8Array {
  let out = framed.get(answer);
  if (out) return out;
  const words = answer.words;
  out = new Uint8Array(words.length);
  framed.set(answer, out);
  const endsFrame = (k: number) => {
    const word = words[k]!;
    return (
      word.gap !== GAP_NONE || FRAME_ENDS.has(word.lower) || (word.roles & PRONOUN_ROLE.subj) !== 0 ||
      // the client's own ("jobbar med mitt självskadebeteende i terapin", "working on my drinking"): no one else's work
      ((word.roles & PRONOUN_ROLE.poss) !== 0 && (word.roles & PRONOUN_ROLE.firstOrSecond) !== 0) ||
      (word.roles & (PRONOUN_ROLE.self | PRONOUN_ROLE.reflexive)) !== 0 ||
      opensPurpose(words, k) // sv "för att", nb "for å", as English "to"
    );
  };
  /** "on the news", "på tv": a preposition (and "the") right before the medium at `i`. */
  const onMedium = (i: number) => {
    const before = words[i - 1]?.lower === 'the' ? i - 2 : i - 1;
    return before >= 0 && ON.has(words[before]!.lower);
  };
  for (let i = 0; i < words.length; i++) {
    const lower = words[i]!.lower;
    if (FRAME_HEADS.has(lower)) {
      for (let k = i + 1; k < words.length && k <= i + FRAME_REACH && !endsFrame(k); k++) out[k] = 1;
    } else if (FRAME_TAILS.has(lower) && words[i]!.gap === GAP_NONE && onMedium(i)) {
      for (let k = i - 1; k >= 0 && k >= i - FRAME_REACH; k--) {
        if (FRAME_ENDS.has(words[k]!.lower)) break;
        out[k] = 1;
        if (words[k]!.gap !== GAP_NONE) break;
      }
    }
  }
  return out;
}
