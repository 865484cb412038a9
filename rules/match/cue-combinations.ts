/**
 * Finding a concept's word-class combinations in an answer
 * (rules/lexicon/word-classes/): the class words are found through one
 * PhraseIndex (so the cost per answer word does not grow with the number of
 * words a class holds), then each match looks back over the matches of its
 * own sentence, within the rule's window, for the other classes the rule
 * needs. Linear in the answer's length: the look-back is bounded in words.
 */
import { othersActDenied } from './others-act';
import { PRONOUN_ROLE, type CompiledCues, type CompiledPhrase } from '../compiled-pack';
import type { AnswerAnalysis } from './answer-analysis';
import { GAP_NONE, GAP_STRONG } from './answer-words';
import { framedWords } from './frames';
import { idiomTakes } from './idioms';
import { conditionalDenial, isSelfDenial, knowingOnly, opensClause, RECENT } from './negation';
import { minorAgeSpans } from './minor-age';
import { namesAsNoun } from './noun-forms';
import { PhraseIndex } from './phrase-index';
import { pronounRoles } from './pronouns';

/** How a minor named by age is reported among a combination's words ("child: a minor's age + witness: saw"). */
const MINOR_BY_AGE = "a minor's age";

/** A rule that holds in the answer: its words, which class each matched, and whether the combination is negated. */
export interface CueCombination {
  /** Words `start`…`end` of the answer (inclusive) span the combination. */
  start: number;
  end: number;
  /** Per class of the rule, in the rule's order: the class name and the entry that matched. */
  cues: { cueClass: string; entry: string; start: number; end: number }[];
  /** Negated, or explained innocently in its sentence (an accident, a sport): a check-in. */
  negated: boolean;
}

interface ClassMatch {
  cueClass: number;
  phrase: CompiledPhrase;
  start: number;
  end: number;
  sentence: number;
  negated: boolean;
}

interface CueIndex {
  index: PhraseIndex;
  classOf: Map<CompiledPhrase, number>;
  /** What a minor named by age is reported as, in the class `CompiledCues.ages` (rules/match/minor-age.ts). */
  agePhrase?: CompiledPhrase;
}

const cueIndexes = new WeakMap<CompiledCues, CueIndex>();

const classWordsFound = new WeakMap<AnswerAnalysis, Map<CompiledCues, { raw: PhraseMatches; kept: PhraseMatches }>>();
type PhraseMatches = ReturnType<PhraseIndex['find']>;

/** The concept's class words found in the answer, mask phrases included: one pass of its index per answer. */
function foundClassWords(answer: AnswerAnalysis, cues: CompiledCues): { raw: PhraseMatches; kept: PhraseMatches } {
  let perCues = classWordsFound.get(answer);
  if (!perCues) classWordsFound.set(answer, (perCues = new Map()));
  let found = perCues.get(cues);
  if (!found) {
    const raw = withMinorAges(answer, cues, withoutLookAlikes(answer, cueIndexOf(cues).index.find(answer), cues));
    found = { raw, kept: withoutMasked(answer, raw, cues) };
    perCues.set(cues, found);
  }
  return found;
}

/**
 * `found` without the one-word matches of a referent class (ConceptCues.referents) where the answer word only shares
 * the class word's stem or first part ("kidding", sv "barndom", nb "barnslig"): rules/match/noun-forms.ts.
 */
function withoutLookAlikes(answer: AnswerAnalysis, found: PhraseMatches, cues: CompiledCues): PhraseMatches {
  const referents = cues.referents;
  if (!referents || referents.length === 0) return found;
  const { classOf } = cueIndexOf(cues);
  return found.filter((match) => {
    const [only] = match.phrase.words;
    if (match.phrase.words.length !== 1 || !only || only.p || only.r || !referents.includes(classOf.get(match.phrase) ?? -1)) return true;
    return namesAsNoun(answer.words[match.start]!, only, match.phrase.lang);
  });
}

/** `found` with each minor named by age (rules/match/minor-age.ts) as a word of the class `cues.ages`, in answer order. */
function withMinorAges(answer: AnswerAnalysis, cues: CompiledCues, found: PhraseMatches): PhraseMatches {
  const { agePhrase } = cueIndexOf(cues);
  if (!agePhrase) return found;
  const ages = minorAgeSpans(answer);
  if (ages.length === 0) return found;
  const merged: PhraseMatches = [];
  let next = 0;
  for (const match of found) {
    while (next < ages.length && ages[next]!.start <= match.start) merged.push({ phrase: agePhrase, ...ages[next++]! });
    merged.push(match);
  }
  while (next < ages.length) merged.push({ phrase: agePhrase, ...ages[next++]! });
  return merged;
}

/** The concept's class words found in the answer, outside its mask phrases; shared by every reading of them. */
function classWordsIn(answer: AnswerAnalysis, cues: CompiledCues): PhraseMatches {
  return foundClassWords(answer, cues).kept;
}

/**
 * The client's own object pronouns and possessives: read as turned on the doer after a first-person subject, also
 * when the reader did not mark them reflexive ("jag har nog slagit mig", "I bang my head").
 */
const FIRST_PERSON_OBJECTS = new Set('me us my our mig oss min mitt mina meg mi mine'.split(' '));
/** First-person subjects that make "mig"/"meg"/"my" reflexive ("jag slog mig", "eg slo meg", "I hit my head"). */
const FIRST_PERSON_SUBJECTS = new Set('i we jag vi jeg eg'.split(' '));
/** English third-person possessives and the subject each points back to: "she cuts her arms", not "he cut her arms". */
const SUBJECT_OF_POSSESSIVE = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']]);
/** How far before a mask its subject may stand ("jag har nog slagit mig", "she has been scratching her arms"). */
const SUBJECT_BEFORE_MASK = 4;

/** Words after a first- or second-person object that make it reflexive whatever the subject ("mig själv", "meg selv"). */
const SELF_AFTER = new Set(['själv', 'selv', 'sjølv', 'sjäv']);

/**
 * Is the mask at `match` really an act turned on its doer? A reflexive always is ("slog sig", "herself", "mig själv",
 * "meg selv"); another first-person object or possessive only after a first-person subject in its sentence ("jag slog
 * mig på knät", "I hit my head"), not after a noun or another person ("styvpappan slår mig", "he banged my head");
 * an English "his"/"her"/"their" only after its own subject ("she scratches her arms", not "he scratched her arms").
 * `subjectLeftOut`: also a "mig"/"meg" the reader took as reflexive in a clause with no subject ("har skurit mig
 * igen"): ambiguous for the rules' own violence words ("slog mig i ansiktet igår" may be his doing), so a mask does
 * not take it, but what the answer tells of when the rules read no violence at all.
 */
function turnedOnDoer(answer: AnswerAnalysis, match: { start: number; end: number }, subjectLeftOut = false): boolean {
  const words = answer.words;
  for (let k = match.start; k <= match.end; k++) {
    const word = words[k]!;
    const pointsBack =
      (pronounRoles(word.lower) & PRONOUN_ROLE.reflexive) !== 0 ||
      ((word.roles & (PRONOUN_ROLE.self | PRONOUN_ROLE.obj)) !== 0 && SELF_AFTER.has(words[k + 1]?.lower ?? '')) ||
      // the reader found its clause's own subject of its person, further back than SUBJECT_BEFORE_MASK
      // ("jag har tänkt på att ta livet av mig"), with no other doer or clause in between (rules/match/pronouns.ts)
      (word.roles & PRONOUN_ROLE.subjectNamed) !== 0 ||
      (subjectLeftOut && (word.roles & PRONOUN_ROLE.reflexive) !== 0);
    if (pointsBack) continue;
    if (FIRST_PERSON_OBJECTS.has(word.lower)) {
      if (!subjectBefore(answer, match.start, (subject) => FIRST_PERSON_SUBJECTS.has(subject), false)) return false;
      continue;
    }
    const own = SUBJECT_OF_POSSESSIVE.get(word.lower);
    if (own !== undefined && !subjectBefore(answer, match.start, (subject) => subject === own, true)) return false;
  }
  return true;
}

/**
 * Does a subject `wanted` accepts stand within SUBJECT_BEFORE_MASK words before word `start`, in its sentence?
 * `nearestOnly`: the nearest subject pronoun decides ("he … her" is not hers).
 */
function subjectBefore(answer: AnswerAnalysis, start: number, wanted: (subject: string) => boolean, nearestOnly: boolean): boolean {
  const words = answer.words;
  for (let k = start - 1; k >= 0 && k >= start - SUBJECT_BEFORE_MASK; k--) {
    const lower = words[k]!.lower;
    if (wanted(lower)) return true;
    if (nearestOnly && (words[k]!.roles & PRONOUN_ROLE.subj) !== 0) return false;
    if (words[k + 1]!.gap === GAP_STRONG) break;
  }
  return false;
}

/** Is `cueClass` one of the concept's mask classes: its masks, and harm a person does to themself? */
function isMaskClass(cues: CompiledCues, cueClass: number | undefined): boolean {
  return cueClass !== undefined && (cueClass === cues.mask || cueClass === cues.selfInflicted);
}

const maskSourcesOf = new WeakMap<CompiledCues, Set<string>>();

/** The entries of the concept's mask class, as written. */
function maskSources(cues: CompiledCues): Set<string> {
  let sources = maskSourcesOf.get(cues);
  if (!sources) {
    sources = new Set(cues.phrases.filter((_, i) => isMaskClass(cues, cues.classOf[i])).map((phrase) => phrase.source));
    maskSourcesOf.set(cues, sources);
  }
  return sources;
}

/**
 * `found` without the concept's mask phrases and the shorter class words inside them ("kill" in "he wants to
 * kill himself"): a violent verb turned on its doer is no violence to another. A class word written as the mask
 * itself stays ("kill himself" as a threat said to the one leaving); "drepe meg", which also finds "drepe seg", goes. Linear: `found` is sorted by start and a
 * mask spans a few words.
 */
function withoutMasked<T extends { start: number; end: number; phrase: CompiledPhrase }>(
  answer: AnswerAnalysis,
  found: T[],
  cues: CompiledCues,
): T[] {
  if (cues.mask === undefined && cues.selfInflicted === undefined) return found;
  const { classOf } = cueIndexOf(cues);
  const isMask = (match: T) => isMaskClass(cues, classOf.get(match.phrase)) && turnedOnDoer(answer, match);
  if (!found.some(isMask)) return found;
  // Per word, the mask reaching furthest among those starting at or before it.
  let words = 0;
  for (const match of found) words = Math.max(words, match.end + 1);
  const maskStart = new Int32Array(words).fill(-1);
  const maskEnd = new Int32Array(words).fill(-1);
  let any = false;
  for (const match of found) {
    if (!isMask(match) || match.end <= maskEnd[match.start]!) continue;
    maskStart[match.start] = match.start;
    maskEnd[match.start] = match.end;
    any = true;
  }
  if (!any) return found;
  const masking = maskSources(cues);
  for (let i = 1; i < words; i++) {
    if (maskEnd[i - 1]! > maskEnd[i]!) {
      maskStart[i] = maskStart[i - 1]!;
      maskEnd[i] = maskEnd[i - 1]!;
    }
  }
  return found.filter((match) => {
    if (isMaskClass(cues, classOf.get(match.phrase))) return false;
    const start = maskStart[match.start]!;
    const end = maskEnd[match.start]!;
    return !(start >= 0 && end >= match.end && (end - start > match.end - match.start || !masking.has(match.phrase.source)));
  });
}

/** The index of a concept's class words, built on first use and kept with the compiled pack. */
export function cueIndexOf(cues: CompiledCues): CueIndex {
  let found = cueIndexes.get(cues);
  if (!found) {
    const classOf = new Map<CompiledPhrase, number>();
    cues.phrases.forEach((phrase, i) => classOf.set(phrase, cues.classOf[i] ?? -1));
    // Only slips of the fingers: two classes matched loosely together raise false alarms (PhraseIndex).
    found = { index: new PhraseIndex(cues.phrases, { typos: 'slips' }), classOf };
    if (cues.ages !== undefined) {
      found.agePhrase = { words: [], lang: '', source: MINOR_BY_AGE };
      classOf.set(found.agePhrase, cues.ages);
    }
    cueIndexes.set(cues, found);
  }
  return found;
}

/** Words that turn a sentence ("not now, but last year"): its denials then stay with their own words. */
const CONTRASTS = new Set('but however although though yet except men fast dock utom unntatt'.split(' '));

/** Negation words a cue may start with ("not wake up", "inte ... vakna", "ikke våkne"). */
const NEGATING_FIRST_WORDS = new Set('not never no inte aldrig ingen ikke ikkje aldri'.split(' '));
/** How far after a cue a trailing negation may stand (rules/match/negation.ts reads up to three words). */
const AFTER_REACH = 4;

/**
 * Whether an everyday idiom takes one of the concept's class words, other than a pronoun or a who-class ("tar
 * livet av mig" in "jobbet tar livet av mig"): the rules read those words and judged them harmless, so the second
 * net is not asked about the concept (rules/evaluate-follow-ups.ts `resembles`). Linear in the answer.
 */
export function idiomTakesCue(answer: AnswerAnalysis, cues: CompiledCues): boolean {
  const idioms = answer.idiomSpans();
  if (idioms.length === 0 || cues.rules.length === 0) return false;
  const { classOf } = cueIndexOf(cues);
  return classWordsIn(answer, cues).some((match) => {
    const who = (match.phrase.words[0]?.r !== undefined && match.phrase.words.length === 1) || cues.who?.includes(classOf.get(match.phrase) ?? -1) === true;
    return !who && idiomTakes(idioms, match.start, match.end);
  });
}

/** Words that may stand between a negation and the one it says is not there: "no kids", "don't have any kids", "har inga barn". */
const HAVING = new Set('have has had got any a an own har hade haft hatt några noen noko något noe egna egne eget'.split(' '));

/**
 * Does the answer name one of the concept's referents (ConceptCues.referents: a child, for a child concept), outside
 * an everyday idiom and not said not to be there ("we have no kids", "vi har inga barn", "har ikke barn" name none;
 * "han er ikke farlig for ungene" and "sonen vill inte gå hem" do)? True when the concept declares none. Linear in
 * the answer: one pass of the concept's class index, shared with its other readings.
 */
export function namesReferent(answer: AnswerAnalysis, cues: CompiledCues): boolean {
  const referents = cues.referents;
  if (!referents || referents.length === 0) return true;
  const { classOf } = cueIndexOf(cues);
  const idioms = answer.idiomSpans();
  const negatedBy = answer.negationScopes().negatedBy;
  const saidAbsent = (start: number): boolean => {
    const by = negatedBy[start] ?? -1;
    if (by < 0 || by >= start) return false;
    for (let k = by + 1; k < start; k++) if (!HAVING.has(answer.words[k]!.lower)) return false;
    return true;
  };
  return classWordsIn(answer, cues).some(
    (match) => referents.includes(classOf.get(match.phrase) ?? -1) && !idiomTakes(idioms, match.start, match.end) && !saidAbsent(match.start),
  );
}

/** How many earlier matches one match looks back over: bounds the work for an answer full of cue words. */
const MAX_LOOK_BACK = 24;

/**
 * Every rule of `cues` that holds in the answer, at most one per rule and end
 * word; a rule that holds both negated and not is reported not negated.
 * Class words inside an everyday idiom ("killing time") do not count.
 */
export function findCueCombinations(answer: AnswerAnalysis, cues: CompiledCues): CueCombination[] {
  if (cues.rules.length === 0) return [];
  const { classOf } = cueIndexOf(cues);
  const idioms = answer.idiomSpans();
  const negation = answer.negationScopes();
  const sentenceOf = sentences(answer);
  const contrasted = new Set<number>();
  answer.words.forEach((word, i) => {
    if (CONTRASTS.has(word.lower)) contrasted.add(sentenceOf[i] ?? 0);
  });
  const classWords = withoutDenied(answer, classWordsIn(answer, cues), classOf, cues);
  // Said to be on purpose, a harm is no accident whatever object it names ("burnt her arm with the iron on
  // purpose", "brände sig på spisen med flit"): an accident idiom or an innocent explanation then does not count.
  const deliberate = cues.classes.indexOf('onPurpose');
  const deliberateSentences = new Set<number>();
  for (const match of classWords) {
    if (classOf.get(match.phrase) === deliberate && !negation.isNegated(match.start, match.end)) deliberateSentences.add(sentenceOf[match.start] ?? 0);
  }
  const matches: ClassMatch[] = [];
  for (const match of classWords) {
    if (idiomTakes(idioms, match.start, match.end) && !deliberateSentences.has(sentenceOf[match.start] ?? 0)) continue;
    const cueClass = classOf.get(match.phrase) ?? -1;
    // A pronoun or a class of who is not what happened: "…om hon inte kommer tillbaka" denies her coming back,
    // not her; "…so I could not ring my sister" denies the call, not the sister.
    const who = (match.phrase.words[0]?.r !== undefined && match.phrase.words.length === 1) || cues.who?.includes(cueClass) === true;
    matches.push({
      cueClass,
      phrase: match.phrase,
      start: match.start,
      end: match.end,
      sentence: sentenceOf[match.start] ?? 0,
      negated: who ? false : negation.isNegated(match.start, match.end),
    });
  }
  matches.sort((a, b) => a.end - b.end || a.start - b.start);
  dropInnerMatches(matches);
  dropRepeatedMatches(matches);
  // Only a negation word of its own counts: the "not" of a cue such as "not wake up" or "no one would miss" denies nothing.
  // A denier ("ingen tidigare orosanmälan om våld") is a negation of its own, not a cue's inner "not".
  const inCue = new Uint8Array(answer.words.length);
  for (const match of matches) if (match.cueClass !== cues.denier) inCue.fill(1, match.start, match.end + 1);
  /** Where a cue of no will to live ends ("no wish", "ingen lust"), by the word it starts at. */
  const pointless = cues.classes.indexOf('pointless');
  const death = cues.classes.indexOf('death');
  const pointlessEnd = new Map<number, number>();
  for (const match of matches) if (match.cueClass === pointless) pointlessEnd.set(match.start, match.end);
  const cueStartsWithNegation = new Uint8Array(answer.words.length);
  for (const match of matches) if (NEGATING_FIRST_WORDS.has(answer.words[match.start]!.lower)) cueStartsWithNegation[match.start] = 1;
  for (const match of matches) {
    if (!match.negated) continue;
    const by = negation.negatedBy[match.start] ?? -1;
    if (by >= 0 && by < match.start) {
      if (inCue[by] === 1 && !noWishFor(answer, pointlessEnd.get(by), match, death)) match.negated = false;
      continue;
    }
    // Negated by a word after it (sv/nb order, "önskar att jag inte hade vaknat"): the cue that starts there owns it,
    // as does a cue that holds it ("Sonen kan inte sova": the child is not denied by the sleep cue's "inte").
    for (let k = match.end + 1; k <= match.end + AFTER_REACH && k < answer.words.length; k++) {
      if (answer.words[k]!.gap === GAP_STRONG) break;
      if (cueStartsWithNegation[k] === 1 || (inCue[k] === 1 && NEGATING_FIRST_WORDS.has(answer.words[k]!.lower))) match.negated = false;
    }
  }
  /** Per sentence, where its first denying subject starts ("nobody"). */
  const denierAt = new Map<number, number>();
  for (const match of matches) {
    if (match.cueClass === cues.denier && !denierAt.has(match.sentence)) denierAt.set(match.sentence, match.start);
  }
  // A sentence that denies one of a rule's cues ("he has never hit me, he is good with the kids") denies the
  // combination, unless it turns ("not now, but…"): a negated cue counts against the others of its sentence.
  // Innocent explanations, except in a sentence that says the harm was meant.
  const innocentAt: number[] = [];
  const spans = innocentSpans(classWords, classOf, cues);
  for (let k = 0; k < spans.length; k += 2) {
    if (!deliberateSentences.has(sentenceOf[spans[k]!] ?? 0)) innocentAt.push(spans[k]!, spans[k + 1]!);
  }
  const innocentNear = nearAny(answer, sentenceOf, innocentAt, INNOCENT_REACH);
  // What is explained is what happened, not who: "football" near "my husband" explains nothing he does further on.
  const explainedNear = (p: ClassMatch): boolean =>
    cues.who?.includes(p.cueClass) !== true && (innocentNear[p.start] === 1 || innocentNear[p.end] === 1);
  const deniedSentences = reportedDenials(answer, sentenceOf, contrasted);
  // …within its clause: "Min pappa slår min mamma och hon vill inte lämna honom" denies only the leaving.
  const clauseOf = clauses(answer);
  const deniedClasses = new Map<number, Set<number>>();
  for (const match of matches) {
    if (!match.negated || contrasted.has(match.sentence)) continue;
    const clause = clauseOf[match.start] ?? 0;
    const set = deniedClasses.get(clause) ?? new Set<number>();
    set.add(match.cueClass);
    deniedClasses.set(clause, set);
  }
  const deniedWords = cues.denier === undefined ? undefined : deniedBySubject(answer, cues);
  const ended = endedAfter(answer, cues);
  const injuryDenied = injuriesDenied(answer, cues);
  const framed = framedWords(answer);
  const deniedActs = (parts: ClassMatch[]): boolean => {
    const acts = parts.filter((p) => !cues.who?.includes(p.cueClass));
    return deniedWords !== undefined && acts.length > 0 && acts.every((p) => deniedWords[p.start] === 1);
  };
  /** "My sister works at a refuge for abused women": whoever it names, what happened stands in a frame. */
  const framedActs = (parts: ClassMatch[]): boolean => {
    const acts = parts.filter((p) => !cues.who?.includes(p.cueClass));
    return acts.length > 0 && acts.every((p) => framed[p.start] === 1);
  };
  /**
   * "People I knew cut, but I've never done it myself", sv "…men själv har jag aldrig gjort det": the part that
   * says whom (a reflexive) stands under a negation that opens after every act of the rule, in a later clause:
   * the act is someone else's and the client's own is denied. Not "I never told anyone I cut myself" (the
   * negation stands before the act).
   */
  const ownPartDenied = (parts: ClassMatch[]): boolean =>
    parts.some((p) => {
      if (p.phrase.words.length !== 1 || p.phrase.words[0]?.r === undefined) return false;
      const by = negation.negatedBy[p.start] ?? -1;
      if (by < 0 || by > p.start) return false;
      const acts = parts.filter((q) => q !== p);
      return acts.length > 0 && acts.every((q) => q.end < by && turnsBetween(q.end, by));
    });
  /** Does a new sentence or a turn ("but", "men") stand after word `from`, up to word `to`? */
  const turnsBetween = (from: number, to: number): boolean => {
    for (let k = from + 1; k <= to; k++) if (sentenceOf[k] !== sentenceOf[from] || CONTRASTS.has(answer.words[k]!.lower)) return true;
    return false;
  };
  /** Does `held` start at or after a part chosen for a class that `order` puts after its own? */
  const outOfOrder = (order: readonly number[], chosen: ReadonlyMap<number, ClassMatch>, held: ClassMatch): boolean => {
    const at = order.indexOf(held.cueClass);
    return [...chosen.values()].some((part) => part !== held && order.indexOf(part.cueClass) > at && part.start <= held.start);
  };
  const found: CueCombination[] = [];
  // Only where the concept is the client's own acts: "He hits my sister, but never me" stays a disclosure.
  const othersDenied = cues.aboutOwnActs ? othersActDenied(answer) : undefined;
  const historyOnly = onlyLongAgo(answer, cues);
  for (let m = 0; m < matches.length; m++) {
    const last = matches[m]!;
    for (const rule of cues.rules) {
      if (!rule.all.includes(last.cueClass)) continue;
      const chosen = new Map<number, ClassMatch>([[last.cueClass, last]]);
      const looking = () => chosen.size < rule.all.length || (rule.inOrder === true && [...chosen.values()].some((part) => outOfOrder(rule.all, chosen, part)));
      for (let k = m - 1; k >= 0 && k >= m - MAX_LOOK_BACK && looking(); k--) {
        const earlier = matches[k]!;
        if (last.sentence - earlier.sentence >= (rule.sentences ?? 1) || last.end - earlier.start > rule.within) break;
        if (!rule.all.includes(earlier.cueClass)) continue;
        // A word read whole by one class is not also a part for another: nb "tabletter" (a medicine) holds "letter"
        // (easier), but is no wish; "dödstankar" is read as two parts, and counts.
        if ([...chosen.values()].some((part) => oneWordTwice(answer, part, earlier))) continue;
        const held = chosen.get(earlier.cueClass);
        // Prefer a cue that is not negated: "I don't want to… I want to die" holds. In a rule of an order, prefer one that
        // keeps it: "Han lar henne ikke treffe…" has its doer in "Han", not in the "henne" of the refusal.
        if (!held || (held.negated && !earlier.negated) || (rule.inOrder && outOfOrder(rule.all, chosen, held))) chosen.set(earlier.cueClass, earlier);
      }
      if (chosen.size < rule.all.length) continue;
      const parts = rule.all.map((c) => chosen.get(c)!);
      if (rule.inOrder && parts.some((p, k) => k > 0 && p.start <= parts[k - 1]!.start)) continue;
      // A cover story ("told the nurse I'd slipped"): the accident it names is what was said, not what happened.
      const toldStory = parts.some((p) => cues.toldStories?.includes(p.cueClass) === true);
      found.push({
        start: Math.min(...parts.map((p) => p.start)),
        end: last.end,
        cues: parts.map((p) => ({ cueClass: cues.classes[p.cueClass] ?? '', entry: p.phrase.source, start: p.start, end: p.end })),
        negated:
          historyOnly ||
          parts.some((p) => p.negated) ||
          // A rule may span short sentences ("Wrote a letter. For my son. In case."): any denied or innocent part denies it.
          parts.some((p) => deniedSentences.has(deniedPartOf(answer, sentenceOf)[p.start] ?? 0) || (!toldStory && explainedNear(p))) ||
          (!contrasted.has(last.sentence) && deniedByEarlierSubject(answer, denierAt.get(last.sentence), Math.min(...parts.map((p) => p.start)))) ||
          // "my kids…, nobody hurts them": what happened stands after the denier, whoever it names stands before
          deniedActs(parts) ||
          // "School asked about the boy's bruises. … nobody at home hurts him": the marks are no one's doing
          parts.some((p) => injuryDenied[p.start] === 1) ||
          // "used to drink heavily, but sober for four years now": a past the answer says has ended
          parts.every((p) => ended[p.end] === 1) ||
          // someone's work or a programme ("jobbar på kvinnojouren", "a film about a man who hits his wife")
          framedActs(parts) ||
          ownPartDenied(parts) ||
          // "My friends cut themselves, but I never have": others' act, the client's own denied after it
          (othersDenied !== undefined && parts.every((p) => othersDenied[p.start] === 1)) ||
          parts.some((p) => rule.all.some((c) => deniedClasses.get(clauseOf[p.start] ?? 0)?.has(c) === true)),
      });
    }
  }
  return found;
}

/** Little words between "no wish" and what is not wished ("no wish to die", "ingen lust att dö", "ikke lyst til å dø"). */
const TO = new Set('to att å til till'.split(' '));

/**
 * "States no wish to die", sv "ingen lust att dö": a cue of no will ("no wish", `pointless`) ending at `end`, right
 * before a death cue with only "to" between, denies the death; "no wish to live" (no death cue) stays a disclosure.
 */
function noWishFor(answer: AnswerAnalysis, end: number | undefined, match: ClassMatch, death: number): boolean {
  if (end === undefined || match.cueClass !== death || end >= match.start) return false;
  for (let k = end + 1; k < match.start; k++) if (!TO.has(answer.words[k]!.lower) || answer.words[k]!.gap !== GAP_NONE) return false;
  return answer.words[match.start]!.gap === GAP_NONE;
}

/** Do two one-word matches stand on the same answer word, one of them as the whole word (its stem or written form)? */
function oneWordTwice(answer: AnswerAnalysis, a: ClassMatch, b: ClassMatch): boolean {
  if (a === b || a.start !== a.end || b.start !== b.end || a.start !== b.start) return false;
  const whole = (match: ClassMatch) => {
    const word = match.phrase.words[0];
    return word !== undefined && match.phrase.words.length === 1 &&
      (word.w === answer.words[match.start]!.key || word.s === answer.stem(match.start, match.phrase.lang));
  };
  return whole(a) !== whole(b);
}

const historyOnlyFound = new WeakMap<AnswerAnalysis, Map<CompiledCues, boolean>>();
/** How many sentences apart a "long ago" and a "not since" may stand ("Old scars on her wrists. Nothing since she was 16."). */
const HISTORY_SENTENCES = 2;

/**
 * Does the answer tell of the concept only as long past, with none since ("old scars from her teens, nothing
 * since", sv "gamla ärr, inget sedan dess", nb "ikke skadet seg på over ti år")? Needs a word of the class
 * `notSince` and one of `longAgo` within a few sentences, and after the "not since" no turn ("…, but it started
 * again") nor a word of a class `still` or `relapse` (what goes on or came back). Then the concept's mentions and
 * combinations are a quiet check-in, as a denied one is. Memoised per answer and concept; false for a concept
 * without these classes (suicide keeps a past attempt critical).
 */
export function onlyLongAgo(answer: AnswerAnalysis, cues: CompiledCues): boolean {
  let perCues = historyOnlyFound.get(answer);
  if (!perCues) historyOnlyFound.set(answer, (perCues = new Map()));
  let found = perCues.get(cues);
  if (found === undefined) {
    found = readsLongAgo(answer, cues);
    perCues.set(cues, found);
  }
  return found;
}

function readsLongAgo(answer: AnswerAnalysis, cues: CompiledCues): boolean {
  const notSince = cues.classes.indexOf('notSince');
  const longAgo = cues.classes.indexOf('longAgo');
  if (notSince < 0 || longAgo < 0) return false;
  const goesOn = [cues.classes.indexOf('still'), cues.classes.indexOf('relapse')].filter((c) => c >= 0);
  const { classOf } = cueIndexOf(cues);
  const sentenceOf = sentences(answer);
  const notSinceAt: { start: number; end: number }[] = [];
  const longAgoSentences: number[] = [];
  const goesOnAt: number[] = [];
  for (const match of classWordsIn(answer, cues)) {
    const cueClass = classOf.get(match.phrase);
    if (cueClass === notSince) notSinceAt.push(match);
    else if (cueClass === longAgo) longAgoSentences.push(sentenceOf[match.start] ?? 0);
    else if (cueClass !== undefined && goesOn.includes(cueClass)) goesOnAt.push(match.start);
  }
  if (notSinceAt.length === 0 || longAgoSentences.length === 0) return false;
  const near = notSinceAt.some((n) => longAgoSentences.some((s) => Math.abs(s - (sentenceOf[n.start] ?? 0)) <= HISTORY_SENTENCES));
  if (!near) return false;
  // What goes on or came back, outside the "not since" itself, tells of now.
  if (goesOnAt.some((at) => !notSinceAt.some((n) => at >= n.start && at <= n.end))) return false;
  const lastEnd = Math.max(...notSinceAt.map((n) => n.end));
  for (let k = lastEnd + 1; k < answer.words.length; k++) if (CONTRASTS.has(answer.words[k]!.lower)) return false;
  return true;
}

type WordMarks = WeakMap<AnswerAnalysis, Map<CompiledCues, Uint8Array>>;
const meaningDenials: WordMarks = new WeakMap();

/**
 * For each answer word, 1 when it stands inside one of the concept's denial words ("plettfri politiattest",
 * "blankt rulleblad", "clean record"), else 0: a mention there ("politiattest") is denied. Memoised per answer.
 */
export function deniedByMeaning(answer: AnswerAnalysis, cues: CompiledCues): Uint8Array {
  return marksOf(meaningDenials, answer, cues, (out) => {
    if (cues.denial === undefined && cues.ended === undefined) return;
    const { classOf } = cueIndexOf(cues);
    const found = classWordsIn(answer, cues);
    for (const match of found) if (isDenial(answer, classOf.get(match.phrase), match.end, cues)) out.fill(1, match.start, match.end + 1);
    if (cues.inquiry !== undefined) markClearedInquiries(answer, cues, found, classOf, out);
  });
}

/** How many words either side of an enquiry's words name it too ("Routine DV enquiry", "efter en orosanmälan"). */
const INQUIRY_REACH = 2;

/**
 * Marks in `out` the words naming an enquiry ("DV enquiry", "orosanmälan", "bekymringsmelding") when its sentence
 * goes on to a finding of nothing: a denial word of the concept ("fann ingen oro", "no concerns") or a denial
 * verb ("client denies any abuse"), after the enquiry and before its sentence ends.
 */
function markClearedInquiries(
  answer: AnswerAnalysis,
  cues: CompiledCues,
  found: PhraseMatches,
  classOf: Map<CompiledPhrase, number>,
  out: Uint8Array,
): void {
  const words = answer.words;
  const sentenceOf = sentences(answer);
  // The last word of each sentence at which a finding of nothing starts.
  const lastFinding = new Map<number, number>();
  const note = (sentence: number, at: number) => lastFinding.set(sentence, Math.max(lastFinding.get(sentence) ?? -1, at));
  for (const match of found) if (classOf.get(match.phrase) === cues.denial) note(sentenceOf[match.start] ?? 0, match.start);
  words.forEach((word, i) => {
    if (DENYING.has(word.lower) && !conditionalDenial(words, i)) note(sentenceOf[i] ?? 0, i);
  });
  for (const match of found) {
    if (classOf.get(match.phrase) !== cues.inquiry) continue;
    const sentence = sentenceOf[match.start] ?? 0;
    if ((lastFinding.get(sentence) ?? -1) <= match.end) continue;
    let from = match.start;
    while (from > 0 && from > match.start - INQUIRY_REACH && sentenceOf[from - 1] === sentence) from--;
    let to = match.end;
    while (to + 1 < words.length && to < match.end + INQUIRY_REACH && sentenceOf[to + 1] === sentence) to++;
    out.fill(1, from, to + 1);
  }
}
const maskMarks: WordMarks = new WeakMap();

/**
 * For each answer word, 1 when it stands inside one of the concept's mask phrases ("kill himself", "slog sig"),
 * else 0: a plain lexicon mention ending inside one ("slog mig", which also finds "slog sig") tells of
 * no violence to another. Memoised per answer.
 */
export function maskedWords(answer: AnswerAnalysis, cues: CompiledCues): Uint8Array {
  return marksOf(maskMarks, answer, cues, (out) => {
    if (cues.mask === undefined && cues.selfInflicted === undefined) return;
    const { classOf } = cueIndexOf(cues);
    for (const match of foundClassWords(answer, cues).raw) {
      if (isMaskClass(cues, classOf.get(match.phrase)) && turnedOnDoer(answer, match)) out.fill(1, match.start, match.end + 1);
    }
  });
}

/** A span of harm a person does to themself; `certain` when its doer is named or it is a reflexive (`turnedOnDoer`). */
interface HarmToOneself {
  start: number;
  end: number;
  certain: boolean;
}

/** Where the answer tells of harm a person does to themself, not denied: once per answer and concept. */
function harmToOneselfSpans(answer: AnswerAnalysis, cues: CompiledCues): HarmToOneself[] {
  let perCues = selfInflictedFound.get(answer);
  if (!perCues) selfInflictedFound.set(answer, (perCues = new Map()));
  let spans = perCues.get(cues);
  if (!spans) {
    spans = [];
    const { classOf } = cueIndexOf(cues);
    const negation = answer.negationScopes();
    for (const match of cues.selfInflicted === undefined ? [] : foundClassWords(answer, cues).raw) {
      if (classOf.get(match.phrase) !== cues.selfInflicted || negation.isNegated(match.start, match.end)) continue;
      if (turnedOnDoer(answer, match)) spans.push({ start: match.start, end: match.end, certain: true });
      else if (turnedOnDoer(answer, match, true)) spans.push({ start: match.start, end: match.end, certain: false });
    }
    perCues.set(cues, spans);
  }
  return spans;
}
const selfInflictedFound = new WeakMap<AnswerAnalysis, Map<CompiledCues, HarmToOneself[]>>();

/**
 * Does the answer tell of harm a person does to themself (ConceptCues.selfInflicted: "jag har skurit mig i armarna
 * igen", "she cuts herself", "han skader seg selv"), not denied? Then a concept of harm done by another is not
 * asked of the learned second net, which has no reading of who did what (rules/evaluate-follow-ups.ts `resembles`).
 * False for a concept that declares no such phrases. Linear in the answer.
 */
export function toldHarmToOneself(answer: AnswerAnalysis, cues: CompiledCues): boolean {
  return harmToOneselfSpans(answer, cues).length > 0;
}

const selfInjuryMarks: WordMarks = new WeakMap();

/**
 * For each answer word, 1 when it is an injury or a mark (the concept's `injury` or `marks` class: "bruises",
 * "blåmärken") in a sentence that tells of harm a person does to themself, its doer named or a reflexive ("nyper mig
 * själv tills det blir blåmärken"): the mark is of that harm, no one else's doing. Memoised per answer.
 */
export function injuriesOfHarmToOneself(answer: AnswerAnalysis, cues: CompiledCues): Uint8Array {
  return marksOf(selfInjuryMarks, answer, cues, (out) => {
    const spans = harmToOneselfSpans(answer, cues).filter((span) => span.certain);
    if (spans.length === 0) return;
    const injuries = ['injury', 'marks'].map((name) => cues.classes.indexOf(name)).filter((n) => n >= 0);
    const sentenceOf = sentences(answer);
    const told = new Set(spans.map((span) => sentenceOf[span.start] ?? 0));
    const { classOf } = cueIndexOf(cues);
    for (const match of foundClassWords(answer, cues).raw) {
      if (injuries.includes(classOf.get(match.phrase) ?? -1) && told.has(sentenceOf[match.start] ?? 0)) out.fill(1, match.start, match.end + 1);
    }
  });
}
const subjectDenials: WordMarks = new WeakMap();
const innocentWords: WordMarks = new WeakMap();

/**
 * How far from a cue, in words of its sentence, an innocent explanation explains it: "bruises from football",
 * "she'll kill me if I'm late again lol". Further off in a long sentence it explains something else ("work is
 * fine, the boss is nice, but my husband rings me twenty times a day").
 */
const INNOCENT_REACH = 10;

/**
 * For each answer word, 1 when one of the spans in `at` (start, end pairs) lies within `reach` words of it in
 * its sentence, else 0; a span before a turn does not reach past it ("the boss is fine, but my husband…"), one
 * after it does reach back ("she thought I'd hurt myself, but it is eczema"). Two sweeps: linear in the answer.
 */
function nearAny(answer: AnswerAnalysis, sentenceOf: Uint32Array, at: number[], reach: number): Uint8Array {
  const n = answer.words.length;
  const out = new Uint8Array(n);
  if (at.length === 0) return out;
  const inSpan = new Uint8Array(n);
  for (let k = 0; k < at.length; k += 2) inSpan.fill(1, at[k]!, at[k + 1]! + 1);
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    if (i > 0 && (sentenceOf[i] !== sentenceOf[i - 1] || CONTRASTS.has(answer.words[i]!.lower))) last = -Infinity;
    if (inSpan[i] === 1) last = i;
    if (i - last <= reach) out[i] = 1;
  }
  let next = Infinity;
  for (let i = n - 1; i >= 0; i--) {
    if (i < n - 1 && sentenceOf[i] !== sentenceOf[i + 1]) next = Infinity;
    if (inSpan[i] === 1) next = i;
    if (next - i <= reach) out[i] = 1;
  }
  return out;
}

/** One mark (0 or 1) per answer word, computed once per answer and concept: `mark` fills a zeroed array. */
function marksOf(cache: WordMarks, answer: AnswerAnalysis, cues: CompiledCues, mark: (out: Uint8Array) => void): Uint8Array {
  let perCues = cache.get(answer);
  if (!perCues) cache.set(answer, (perCues = new Map()));
  let out = perCues.get(cues);
  if (!out) {
    out = new Uint8Array(answer.words.length);
    perCues.set(cues, out);
    mark(out);
  }
  return out;
}

/**
 * For each answer word, 1 when its sentence holds one of `cues`' innocent explanations ("bruises from
 * football", "blåmärken från fotbollen") and the concept lets them cover its one-word mentions
 * (`innocentCoversWords`), else 0. Memoised per answer.
 */
export function explainedInnocently(answer: AnswerAnalysis, cues: CompiledCues): Uint8Array {
  return marksOf(innocentWords, answer, cues, (out) => out.set(innocentNear(answer, cues, INNOCENT_REACH)));
}

const innocentCloseWords: WordMarks = new WeakMap();
/** How close an innocent explanation must stand to explain a phrase of several words ("slår mig i schack"). */
const INNOCENT_CLOSE = 3;

/**
 * For each answer word, 1 when one of `cues`' innocent explanations stands within three words of it in its
 * sentence ("slår mig i schack", "hits me at chess") and the concept lets them cover its mentions, else 0: a
 * phrase that tells of violence by itself is explained only by what stands right next to it. Memoised per answer.
 */
export function explainedClosely(answer: AnswerAnalysis, cues: CompiledCues): Uint8Array {
  return marksOf(innocentCloseWords, answer, cues, (out) => out.set(innocentNear(answer, cues, INNOCENT_CLOSE)));
}

function innocentNear(answer: AnswerAnalysis, cues: CompiledCues, reach: number): Uint8Array {
  if (cues.innocent === undefined || !cues.innocentCoversWords) return new Uint8Array(answer.words.length);
  return nearAny(answer, sentences(answer), innocentSpans(classWordsIn(answer, cues), cueIndexOf(cues).classOf, cues), reach);
}

/** Words after which an object is what a blow was struck with. */
const INSTRUMENT = new Set(['with', 'med']);
/** How many words after "with" the object may stand ("with the big frying pan"). */
const INSTRUMENT_WORDS = 3;

/**
 * The innocent explanations among `found`, as start, end pairs, without those standing inside the gap of a longer
 * class word ("threw the kettle at me") or just after one that ends in "with" ("slog mig med stekpannan"): there
 * the object is what was used, not what explains the hurt. Linear: a class word spans a few words.
 */
function innocentSpans(
  found: readonly { start: number; end: number; phrase: CompiledPhrase }[],
  classOf: Map<CompiledPhrase, number>,
  cues: CompiledCues,
): number[] {
  if (!found.some((match) => classOf.get(match.phrase) === cues.innocent)) return [];
  let words = 0;
  for (const match of found) words = Math.max(words, match.end + 1);
  // Per word, the furthest end of a longer class word starting at or before it.
  const reach = new Int32Array(words).fill(-1);
  for (const match of found) {
    if (classOf.get(match.phrase) === cues.innocent) continue;
    // "hit me with", "slo meg med": what follows is the instrument ("…with the frying pan").
    const instrument = INSTRUMENT.has(match.phrase.words[match.phrase.words.length - 1]?.w ?? '');
    if (instrument) reach[match.start] = Math.max(reach[match.start]!, match.end + INSTRUMENT_WORDS + 1);
    else if (match.end > match.start + 1) reach[match.start] = Math.max(reach[match.start]!, match.end);
  }
  for (let i = 1; i < words; i++) reach[i] = Math.max(reach[i]!, reach[i - 1]!);
  const at: number[] = [];
  for (const match of found) {
    if (classOf.get(match.phrase) !== cues.innocent) continue;
    const inside = match.start > 0 && reach[match.start - 1]! > match.end;
    if (!inside) at.push(match.start, match.end);
  }
  return at;
}

/**
 * For each answer word, 1 when a denying subject of `cues` ("no one", "ingen") stands before it in
 * its sentence with no turn between ("No one at home threatens me or takes my money"), else 0; a
 * turn or a new subject ends the denial ("No one threatens me, but he takes all my money",
 * "Nobody knows he hits me" disclose), as does a denier of a knowing only ("Nobody knows her partner hits her",
 * `knowsOnly`). For the
 * concept's plain phrases, which otherwise read only NegEx's negation words. Memoised per answer.
 */
export function deniedBySubject(answer: AnswerAnalysis, cues: CompiledCues): Uint8Array {
  return marksOf(subjectDenials, answer, cues, (out) => {
    if (cues.denier === undefined) return;
    const { classOf } = cueIndexOf(cues);
    const starts = new Set<number>();
    for (const match of classWordsIn(answer, cues)) if (classOf.get(match.phrase) === cues.denier) starts.add(match.start);
    if (starts.size === 0) return;
    let denying = false;
    answer.words.forEach((word, i) => {
      // A turn, or a subject of its own ("Nobody knows he hits me"), ends what the denier covers.
      if (word.gap === GAP_STRONG || CONTRASTS.has(word.lower) || (word.roles & PRONOUN_ROLE.subj) !== 0) denying = false;
      if (denying) out[i] = 1;
      if (starts.has(i)) denying = !knowingOnly(answer.words, i);
    });
  });
}

/**
 * Is a match of `cueClass` ending at word `end` one of the concept's words that deny it by their meaning
 * (`denials`; `ended`, unless a recent time follows: "sober since Tuesday" is early days, not a denial)?
 */
function isDenial(answer: AnswerAnalysis, cueClass: number | undefined, end: number, cues: CompiledCues): boolean {
  if (cueClass === undefined) return false;
  return cueClass === cues.denial || (cueClass === cues.ended && !recentAfter(answer, end));
}

const injuryDenials: WordMarks = new WeakMap();

/**
 * For each answer word, 1 when it is an injury or a mark (the concept's `injury` or `marks` class: "bruise on her
 * cheek", "blåmärket på armen") and, after it in its sentence or the next, a denying subject covers one of the
 * concept's words of what was done ("…fell on the ice, nobody's hurt her", "ingen har slagit honom"): the mark is
 * explained as no one's doing, a check-in. Memoised per answer.
 */
export function injuriesDenied(answer: AnswerAnalysis, cues: CompiledCues): Uint8Array {
  return marksOf(injuryDenials, answer, cues, (out) => {
    if (cues.denier === undefined) return;
    const injuries = ['injury', 'marks'].map((name) => cues.classes.indexOf(name)).filter((n) => n >= 0);
    if (injuries.length === 0) return;
    const { classOf } = cueIndexOf(cues);
    const found = classWordsIn(answer, cues);
    const denied = deniedBySubject(answer, cues);
    const sentenceOf = sentences(answer);
    const told = (c: number | undefined) =>
      c !== undefined && c < cues.classes.length && !injuries.includes(c) && c !== cues.denier && c !== cues.innocent &&
      c !== cues.inquiry && c !== cues.denial && !isMaskClass(cues, c) && c !== cues.ended && cues.who?.includes(c) !== true;
    /** The last word, per sentence, of what a denying subject denies. */
    const lastDenied = new Map<number, number>();
    for (const match of found) {
      if (denied[match.start] === 1 && told(classOf.get(match.phrase))) lastDenied.set(sentenceOf[match.start] ?? 0, match.start);
    }
    if (lastDenied.size === 0) return;
    for (const match of found) {
      if (!injuries.includes(classOf.get(match.phrase) ?? -1)) continue;
      const sentence = sentenceOf[match.start] ?? 0;
      const after = [lastDenied.get(sentence), lastDenied.get(sentence + 1)].some((at) => at !== undefined && at > match.end);
      if (after) out.fill(1, match.start, match.end + 1);
    }
  });
}

const endedMarks: WordMarks = new WeakMap();

/**
 * For each answer word, 1 when it stands before one of the concept's words that say it ended long ago ("I used
 * to drink heavily, but I've been sober four years"), in that word's sentence or an earlier one, else 0: a
 * mention there is of a past. Memoised per answer.
 */
export function endedAfter(answer: AnswerAnalysis, cues: CompiledCues): Uint8Array {
  return marksOf(endedMarks, answer, cues, (out) => {
    if (cues.ended === undefined) return;
    const { classOf } = cueIndexOf(cues);
    let last = -1;
    for (const match of classWordsIn(answer, cues)) {
      if (classOf.get(match.phrase) === cues.ended && isDenial(answer, cues.ended, match.end, cues)) last = Math.max(last, match.start);
    }
    if (last > 0) out.fill(1, 0, last);
  });
}

/** "sober since Tuesday", "nykter sedan i våras": a time of days, weeks or months within three words after `end`. */
function recentAfter(answer: AnswerAnalysis, end: number): boolean {
  for (let k = end + 1; k <= end + 3 && k < answer.words.length && answer.words[k]!.gap !== GAP_STRONG; k++) {
    if (RECENT.has(answer.words[k]!.lower)) return true;
  }
  return false;
}

/**
 * The class words of `found` outside the concept's denial words: "nykterist" (teetotaller) holds the
 * strong word "nykter" but tells of no drinking. The denial words themselves are dropped too: they
 * belong to no rule.
 */
function withoutDenied<T extends { start: number; end: number; phrase: CompiledPhrase }>(
  answer: AnswerAnalysis,
  found: T[],
  classOf: Map<CompiledPhrase, number>,
  cues: CompiledCues,
): T[] {
  if (cues.denial === undefined && cues.ended === undefined) return found;
  const denied = found.filter((match) => isDenial(answer, classOf.get(match.phrase), match.end, cues));
  if (denied.length === 0) return found;
  return found.filter((match) => !denied.some((d) => d.start <= match.end && d.end >= match.start));
}

/**
 * Where the answer denies the concept through its cues alone, for a field that asks about it: a word
 * that denies it by its meaning ("teetotal", "ostraffad"), or a negated word of a class that may be
 * denied alone ("no threats or control", "har aldrig varit rädda hemma"; the negation word of its own,
 * not one inside the cue). Spans of answer words, at most `limit`.
 */
export function cueDenials(answer: AnswerAnalysis, cues: CompiledCues, limit: number): { start: number; end: number; entry: string }[] {
  if (cues.denial === undefined && cues.ended === undefined && !cues.deniedAlone?.length) return [];
  const { classOf } = cueIndexOf(cues);
  const negation = answer.negationScopes();
  const idioms = answer.idiomSpans();
  const out: { start: number; end: number; entry: string }[] = [];
  const spans = new Set<number>();
  for (const match of classWordsIn(answer, cues)) {
    if (out.length >= limit) break;
    // One reason per stretch of the answer (a word may match in several languages or forms).
    if (spans.has(match.start * 65_536 + match.end)) continue;
    const cueClass = classOf.get(match.phrase) ?? -1;
    if (idiomTakes(idioms, match.start, match.end)) continue;
    // Not an English "not" after it: "the police weren't interested" says nothing of a record (sv/nb "dricker
    // inte" puts the verb first, and is a denial).
    const by = negation.negatedBy[match.start] ?? -1;
    const deniedAlone =
      cues.deniedAlone?.includes(cueClass) === true &&
      ((by >= 0 && by < match.start) || (negation.isNegated(match.start, match.end) && !englishNotAfter(answer, match.end)));
    // A denial word negated itself ("not safe at home", "not teetotal any more") denies nothing.
    const denial = isDenial(answer, cueClass, match.end, cues) && !(by >= 0 && by < match.start);
    if (!denial && !deniedAlone) continue;
    spans.add(match.start * 65_536 + match.end);
    out.push({ start: match.start, end: match.end, entry: match.phrase.source });
  }
  return out;
}

/** An English "not" or "never" within three words after word `end`, in its clause: the cue is its subject. */
function englishNotAfter(answer: AnswerAnalysis, end: number): boolean {
  for (let k = end + 1; k <= end + 3 && k < answer.words.length && answer.words[k]!.gap === GAP_NONE; k++) {
    if (answer.words[k]!.lower === 'not' || answer.words[k]!.lower === 'never') return true;
  }
  return false;
}

/** For each answer word, the number of its sentence (a new one after . ! ? ; or a new line). */
function sentences(answer: AnswerAnalysis): Uint32Array {
  const out = new Uint32Array(answer.words.length);
  let sentence = 0;
  answer.words.forEach((word, i) => {
    if (word.gap === GAP_STRONG) sentence++;
    out[i] = sentence;
  });
  return out;
}

/** Words that open a new clause inside a sentence ("…and she won't leave him", "…da hun ikke sluttet å gråte"). */
const CLAUSE_OPENERS = new Set('and when while because since och när då medan eftersom og når da mens fordi'.split(' '));

/**
 * For each answer word, the number of its clause: a new one after a full stop or at a clause opener.
 * A comma does not part clauses here: "Jag vill inte dö, jag vill bara att skulderna ska försvinna"
 * still denies its second half.
 */
function clauses(answer: AnswerAnalysis): Uint32Array {
  const out = new Uint32Array(answer.words.length);
  let clause = 0;
  answer.words.forEach((word, i) => {
    if (i > 0 && (word.gap === GAP_STRONG || CLAUSE_OPENERS.has(word.lower) || minimisedAfterComma(answer, i))) clause++;
    out[i] = clause;
  });
  return out;
}

/**
 * Does the denying subject at `denier` ("nobody", "ingen") cover a combination starting at `start` in its sentence? Not
 * past a clause that opens with a subject of its own: "Han säger att ingen annan skulle vilja ha mig, och jag får inte
 * träffa mina vänner" denies nothing of the second clause.
 */
function deniedByEarlierSubject(answer: AnswerAnalysis, denier: number | undefined, start: number): boolean {
  if (denier === undefined || denier > start) return false;
  const words = answer.words;
  for (let k = denier + 1; k < start; k++) {
    if (CLAUSE_OPENERS.has(words[k]!.lower) && ((words[k + 1]?.roles ?? 0) & PRONOUN_ROLE.subj) !== 0) return false;
  }
  return true;
}

/** "just", sv "bara", nb "bare": what a client does after denying its name ("I'm not an alcoholic, I just need…"). */
const MINIMISERS = new Set('just only bara bare'.split(' '));
/** How many words after a comma the minimiser may stand ("…, jag behöver bara…", "…, jag nyper mig bara…"). */
const MINIMISER_REACH = 4;

/**
 * Does a clause of its own start at word `i`: after a comma, with a minimiser among its first words?
 * A denied label ("it isn't self-harm, I just take a blade to my arm") then does not deny the act told after it.
 * A correction that repeats the denied verb ("Jag vill inte dö, jag vill bara att skulderna försvinner") stays
 * one clause: it says what is wanted instead.
 */
function minimisedAfterComma(answer: AnswerAnalysis, i: number): boolean {
  const words = answer.words;
  const word = words[i]!;
  if (word.gap === GAP_NONE || word.gap === GAP_STRONG) return false;
  let minimiser = -1;
  for (let k = i; k < i + MINIMISER_REACH && k < words.length && minimiser < 0; k++) {
    if (k > i && words[k]!.gap !== GAP_NONE) return false;
    if (MINIMISERS.has(words[k]!.lower)) minimiser = k;
  }
  if (minimiser < 0) return false;
  // The words around the last negation before the comma, within its sentence.
  const nearNegation = new Set<string>();
  for (let k = i - 1; k >= 0 && k >= i - MAX_LOOK_BACK; k--) {
    if (NEGATING_FIRST_WORDS.has(words[k]!.lower) || words[k]!.lower.endsWith("n't")) {
      for (let m = Math.max(0, k - 2); m <= k + 1 && m < i; m++) nearNegation.add(words[m]!.lower);
      break;
    }
    if (words[k]!.gap === GAP_STRONG) break;
  }
  for (let k = i; k <= minimiser + 1 && k < words.length; k++) {
    if (words[k]!.roles === 0 && nearNegation.has(words[k]!.lower)) return false; // a pronoun is no repeated verb
  }
  return true;
}

/**
 * Keep one match per class and span, the first: a pronoun is matched by each pronoun phrase of a class ("he", "she",
 * "han", "hun"…), and twenty of them on two words would use up MAX_LOOK_BACK before the doer further back is reached
 * ("Han lèt ho ikkje treffe venene sine"). `matches` is sorted by end, then start.
 */
function dropRepeatedMatches(matches: ClassMatch[]): void {
  let kept = 0;
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i]!;
    let repeated = false;
    for (let k = kept - 1; k >= 0 && !repeated; k--) {
      const earlier = matches[k]!;
      if (earlier.end !== match.end || earlier.start !== match.start) break;
      repeated = earlier.cueClass === match.cueClass && earlier.negated === match.negated;
    }
    if (!repeated) matches[kept++] = match;
  }
  matches.length = kept;
}

/**
 * Drops a match lying inside a longer match of its own class ("ikke lov" inside "får ikke lov å si nei"):
 * the longer one says what the words mean, and its parts must not be read as negated on their own.
 * `matches` is sorted by end; a longer match ends at most a phrase's length later, so the look-ahead is bounded.
 */
function dropInnerMatches(matches: ClassMatch[]): void {
  let kept = 0;
  for (let i = 0; i < matches.length; i++) {
    const inner = matches[i]!;
    let inside = false;
    for (let k = Math.max(0, i - MAX_LOOK_BACK); k < matches.length && k <= i + MAX_LOOK_BACK && !inside; k++) {
      const outer = matches[k]!;
      inside =
        k !== i && outer.cueClass === inner.cueClass && outer.start <= inner.start && outer.end >= inner.end &&
        outer.end - outer.start > inner.end - inner.start;
    }
    if (!inside) matches[kept++] = inner;
  }
  matches.length = kept;
}

/** Reporting verbs of a denial: what follows them ("denies that he has hit her") is what is denied. */
const DENYING = new Set(
  ('denies denied deny denying nekar nekade förnekar förnekade benekter benektet nekter nektet avkräftar avkräftade avkrefter avkreftet ' +
    'avviser avviste tilbakeviser tilbakeviste avvisar avvisade tillbakavisar tillbakavisade rejects rejected').split(' '),
);
/** A whole answer to a question noted before it ("Thoughts of ending her life? No."). */
const ANSWERED_NO = new Set('no nope never none denies denied nej aldrig inga ingen nei aldri ingenting'.split(' '));

/**
 * The part of its sentence each word stands in, for what a denial verb covers: a new part starts where
 * a clause of its own opens after a comma ("Denies SI, drinks and smokes daily", "denies it, he hits
 * her"; rules/match/negation.ts `opensClause`). Parts are numbered through the answer.
 */
function deniedPartOf(answer: AnswerAnalysis, sentenceOf: Uint32Array): Uint32Array {
  let parts = partsOf.get(answer);
  if (!parts) {
    parts = new Uint32Array(answer.words.length);
    let part = 0;
    for (let i = 1; i < answer.words.length; i++) {
      if (sentenceOf[i] !== sentenceOf[i - 1] || opensClause(answer.words, i)) part++;
      parts[i] = part;
    }
    partsOf.set(answer, parts);
  }
  return parts;
}
const partsOf = new WeakMap<AnswerAnalysis, Uint32Array>();

/**
 * Sentence parts a denial covers whole, where NegEx's window stops early: a reporting verb of denial
 * anywhere before in its part ("She denies that her partner has ever hit her", the "that"
 * ends a negation's scope), or a question answered by a sentence that starts with a "no"
 * ("Any thoughts of ending your life? No, never."; all of the question's parts). A sentence that turns
 * ("but") keeps its cues.
 */
function reportedDenials(answer: AnswerAnalysis, sentenceOf: Uint32Array, contrasted: Set<number>): Set<number> {
  const denied = new Set<number>();
  const words = answer.words;
  const partOf = deniedPartOf(answer, sentenceOf);
  words.forEach((word, i) => {
    const sentence = sentenceOf[i] ?? 0;
    if (DENYING.has(word.lower) && !contrasted.has(sentence) && !conditionalDenial(words, i) && !isSelfDenial(words, i)) denied.add(partOf[i] ?? 0);
    const previous = words[i - 1];
    if (previous && word.gap === GAP_STRONG && ANSWERED_NO.has(word.lower) && answer.text.slice(previous.end, word.start).includes('?')) {
      if (contrasted.has(sentence - 1)) return;
      for (let k = i - 1; k >= 0 && sentenceOf[k] === sentence - 1; k--) denied.add(partOf[k] ?? 0);
    }
  });
  return denied;
}
