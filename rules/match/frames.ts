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
import { GAP_NONE, GAP_STRONG } from './answer-words';
import { opensPurpose } from './negation';

/**
 * How the name of a job ends ("skolkurator", "miljøterapeut", "socialsekreterare", "sykepleier"): what follows it in
 * its clause is the job's setting or subject, as after "works".
 */
const JOB_ENDINGS = ['kurator', 'terapeut', 'therapist', 'counsellor', 'counselor', 'psychologist', 'psykolog', 'pedagog', 'socionom',
  'sosionom', 'sekreterare', 'handläggare', 'saksbehandler', 'sköterska', 'sykepleier', 'läkare', 'teacher', 'lärare', 'lærer',
  'rådgivare', 'rådgiver', 'worker'];
/**
 * Media among the frame heads, and how the name of one ends ("krimserie", "true-crime-podden", "dokumentärfilmen"): after
 * one, "about" ("om") opens its subject even past a clause that says who watched it ("a podcast she listens to about a
 * woman who…", "en podd hon lyssnar på om…"). Not "bok" ("dagbok", a diary, is the client's own) nor "program" (a
 * treatment programme); not nb "boka", also "booked" ("boka time om selvmordstanker").
 */
const MEDIA = new Set(
  ('documentary documentaries film films movie movies book books novel podcast podcasts episode series programme programmes ' +
    'dokumentär dokumentären dokumentärer bok boken böcker filmen filmer serien serier podd podden poddar avsnitt avsnittet programmet ' +
    'dokumentar dokumentaren dokumentarer bøker filmene episoden').split(' '),
);
const MEDIA_ENDINGS = ['serie', 'serien', 'serier', 'serierna', 'seriene', 'film', 'filmen', 'filmer', 'filmerna', 'filmene', 'podd',
  'podden', 'poddar', 'podcast', 'podcasten', 'dokumentär', 'dokumentären', 'dokumentar', 'dokumentaren', 'roman', 'romanen'];
/** Words of a job, volunteering or training, and the media: what follows them in their clause is their setting or subject. */
const FRAME_HEADS = new Set([
  ...('works worked working volunteers volunteered volunteering employed nurse nurses guard cleaner officer ' +
    'jobbar jobbade jobbat arbetar arbetade arbetat volontär volontärer ideellt praktik sjuksköterska kriminalvårdare väktare ' +
    'jobber arbeider frivillig frivillige volontør praksis sykepleier fengselsbetjent vekter ' +
    // a course, a theme, a leaflet or information given as to everyone
    'course courses module training lecture workshop leaflet leaflets brochure ' +
    'kurs kursen utbildning utbildningen temavecka temadag föreläsning broschyr broschyren informerade informerat ' +
    'kurset utdanning opplæring foredrag brosjyre brosjyren informasjon informerte').split(' '),
  ...MEDIA,
]);
/** "about", sv and nb "om": the subject of a medium. */
const ABOUT = new Set(['about', 'om']);
/** Verbs of thinking and talking: "about" after one is what someone thinks or says, not a medium's subject. */
const OWN_THOUGHTS = new Set(
  ('think thinks thought thinking dream dreams dreamt dreamed dreaming talk talks talked talking obsess obsessing obsessed worry worried worrying ' +
    'tänker tänkte tänkt tänka pratar pratade pratat prata talar talade drömmer drömde drömt grubblar grubblade ' +
    'tenker tenkte tenkt tenke snakker snakket snakka snakke prater pratet drømmer drømte drømt gruble grublet').split(' '),
);
/** How many words after a medium its "about" may stand ("a podcast she listens to about…": 4). */
const ABOUT_REACH = 5;
/** What stands before a job one has ("is a", "as a", sv "är", "som", nb "er", "som"). */
const IS_A = new Set('is am was be as a an är var blir som en ett er ble et'.split(' '));
/** Verbs that go on telling the job after "and" ("works in A&E and sees a lot of…", nb "…og møter mange…"). */
const JOB_GOES_ON = new Set(
  ('sees meets deals handles treats supports helps ' +
    'ser möter träffar hanterar behandlar stöttar hjälper ' +
    'møter treffer håndterer behandler støtter hjelper').split(' '),
);
/** "as" after a job verb ("arbetar som kurator", nb "jobber som"): no relative "som". */
const AS = new Set(['som']);
/** Relative words: in a frame they tell of whom the work is with ("ungdomar som skadar sig"), the frame goes on. */
const RELATIVE = new Set('who which som'.split(' '));
/**
 * A sentence about what is done with every client ("as part of the pack for all new claimants", sv "som vi gör med alla nya
 * klienter", "ingår i alla första samtal", nb "slik vi gjør med alle nye brukere"): "all" and a word of clients or of
 * first meetings right after it. The whole sentence is framed.
 */
const ALL = new Set('all every alla alle'.split(' '));
const EVERYONE_ROUTINE = new Set(
  ('new clients claimants users families first nya klienter sökande brukare första ' +
    'nye brukere første').split(' '),
);
const MEETING_ENDINGS = ['samtal', 'samtalen', 'samtaler', 'samtalene', 'besök', 'besøk', 'meetings', 'appointments'];
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

/** Is `lower` a word of clients or of first meetings ("new", "klienter", "førstesamtaler")? */
function routineFor(lower: string): boolean {
  return EVERYONE_ROUTINE.has(lower) || MEETING_ENDINGS.some((end) => lower.endsWith(end));
}

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
      word.gap !== GAP_NONE || FRAME_ENDS.has(word.lower) || ((word.roles & PRONOUN_ROLE.subj) !== 0 && !nordicIn(k)) ||
      // the client or the adviser in any role ("the podcast made me think about…"): what follows is theirs
      ((word.roles & PRONOUN_ROLE.firstOrSecond) !== 0 && !nordicIn(k)) ||
      // the client's own ("jobbar med mitt självskadebeteende i terapin", "working on my drinking"): no one else's work
      ((word.roles & PRONOUN_ROLE.poss) !== 0 && (word.roles & PRONOUN_ROLE.firstOrSecond) !== 0) ||
      (word.roles & (PRONOUN_ROLE.self | PRONOUN_ROLE.reflexive)) !== 0 ||
      opensPurpose(words, k) // sv "för att", nb "for å", as English "to"
    );
  };
  /** A lower-case "i" in a Swedish or Norwegian answer is "in" ("kurs i vold"), no English "I". */
  const nordicIn = (k: number) =>
    words[k]!.lower === 'i' && answer.text[words[k]!.start] === 'i' && (answer.mayBeIn('sv') || answer.mayBeIn('nb')) && !answer.mayBeIn('en');
  /** "on the news", "på tv": a preposition (and "the") right before the medium at `i`. */
  const onMedium = (i: number) => {
    const before = words[i - 1]?.lower === 'the' ? i - 2 : i - 1;
    return before >= 0 && ON.has(words[before]!.lower);
  };
  /** Does the frame that opened at `head` go on over word `k`, which would end it? */
  const goesOn = (head: number, k: number) => {
    const word = words[k]!;
    if (word.gap !== GAP_NONE) return false;
    // "arbetar som kurator": "som" right after a job verb is "as"
    if (AS.has(word.lower) && k === head + 1) return true;
    // "…ungdomar som skadar sig", "young people who…": whom the work is with
    if (RELATIVE.has(word.lower) && k > head + 1) return true;
    // "…and sees a lot of self-harm": the job told on after "and"
    return (word.lower === 'and' || word.lower === 'och' || word.lower === 'og') && JOB_GOES_ON.has(words[k + 1]?.lower ?? '');
  };
  // someone's own job ("Hon är skolkurator", "works as a counsellor"), not a professional who tells ("told his teacher")
  const isJob = (i: number) =>
    words[i]!.lower.length > 6 && JOB_ENDINGS.some((end) => words[i]!.lower.endsWith(end)) && words[i]!.gap === GAP_NONE &&
    IS_A.has(words[i - 1]?.lower ?? '');
  /**
   * Frame the words after the head at `head`, over its clause. In a medium's subject, a reflexive after a relative ("om
   * en kvinna som tog livet av sig") is the story's person, not the client's own: the frame goes on.
   */
  const frameFrom = (head: number, subject = false) => {
    let relative = false;
    for (let k = head + 1, reach = head + FRAME_REACH; k < words.length && k <= reach; k++) {
      const storysOwn = subject && relative && words[k]!.gap === GAP_NONE && (words[k]!.roles & PRONOUN_ROLE.reflexive) !== 0 &&
        (words[k]!.roles & PRONOUN_ROLE.firstOrSecond) === 0;
      if (endsFrame(k) && !goesOn(head, k) && !storysOwn) break;
      out[k] = 1;
      if (goesOn(head, k)) {
        relative ||= RELATIVE.has(words[k]!.lower);
        reach = Math.min(words.length, k + FRAME_REACH);
      }
    }
  };
  const isMedium = (i: number) => {
    const lower = words[i]!.lower;
    return MEDIA.has(lower) || (words[i]!.gap === GAP_NONE && MEDIA_ENDINGS.some((end) => lower.length > end.length + 2 && lower.endsWith(end)));
  };
  /**
   * The "about" a few words after the medium at `i`, in its sentence; -1 if none, or when the client or the adviser
   * stands between, or a verb of thinking or talking: "After the film I thought about…", "Etter serien snakket jeg om…",
   * "The podcast made me think about…" tell the client's own thoughts.
   */
  const aboutAfter = (i: number) => {
    for (let k = i + 1; k < words.length && k <= i + ABOUT_REACH; k++) {
      if (words[k]!.gap === GAP_STRONG) break;
      if (ABOUT.has(words[k]!.lower)) return k;
      if (((words[k]!.roles & PRONOUN_ROLE.firstOrSecond) !== 0 && !nordicIn(k)) || OWN_THOUGHTS.has(words[k]!.lower)) break;
    }
    return -1;
  };
  for (let i = 0; i < words.length; i++) {
    const lower = words[i]!.lower;
    if (FRAME_HEADS.has(lower) || isJob(i) || isMedium(i)) {
      frameFrom(i);
      const about = isMedium(i) ? aboutAfter(i) : -1;
      if (about > i + 1) frameFrom(about, true);
    } else if (ALL.has(lower) && words[i + 1] && words[i + 1]!.gap === GAP_NONE && routineFor(words[i + 1]!.lower)) {
      // the whole sentence is about every client
      let from = i;
      while (from > 0 && words[from]!.gap !== GAP_STRONG) from--;
      let to = i + 1;
      while (to + 1 < words.length && words[to + 1]!.gap !== GAP_STRONG) to++;
      out.fill(1, from, to + 1);
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
