/**
 * Which follow-ups an answer brings up, how strongly, and why. Runs in the
 * content script on every keystroke pause, so: the answer is read into words
 * once per call (rules/match/answer-analysis.ts) and only when a free-text
 * condition asks; each phrase list is looked up through a hash index
 * (rules/match/phrase-index.ts), so the work grows with the answer, not with
 * the pack; no regular expression is built from pack text. Answers stay in
 * memory here; nothing is kept.
 */
import { normalizeLabel } from '../utils/normalize-text';
import type {
  AnswerValue,
  CompiledCondition,
  CompiledCues,
  CompiledItem,
  CompiledPack,
  CompiledPhrase,
  FollowUpHit,
  FollowUpReason,
  LocalizedText,
} from './compiled-pack';
import { affirmsByItself } from './match/affirmation';
import { onOffAnswer } from './on-off-answer';
import { qualifiedOptionAnswer } from './qualified-option';
import { scaleAnswer } from './scale-answer';
import { choosesDeclaredOption } from './declared-options';
import { numberInField } from './answer-number';
import { AnswerAnalysis } from './match/answer-analysis';
import { GAP_NONE } from './match/answer-words';
import {
  cueDenials,
  cueIndexOf,
  deniedByMeaning,
  deniedBySubject,
  injuriesDenied,
  explainedClosely,
  endedAfter,
  explainedInnocently,
  findCueCombinations,
  idiomTakesCue,
  injuriesOfHarmToOneself,
  maskedWords,
  namesReferent,
  onlyLongAgo,
  toldHarmToOneself,
} from './match/cue-combinations';
import { framedWords } from './match/frames';
import { othersActDenied } from './match/others-act';
import { idiomTakes } from './match/idioms';
import { isNegationWord } from './match/negation';
import { PhraseIndex } from './match/phrase-index';
import { resemblance, type SecondNet } from './match/second-net';

export function answerIsEmpty(answer: AnswerValue): boolean {
  return answer.switchedOn === undefined && answer.options.length === 0 && answer.number === undefined && !answer.positions?.length && answer.text.trim() === '';
}

/** At most this many reasons per condition: enough to say why, bounded for a long answer. */
const MAX_REASONS = 5;

/**
 * The item's follow-ups that fire for this answer, in pack order. A follow-up
 * whose only matches were negated ("I'm not suicidal", "No criminal record")
 * comes back with severity `check-in`, whatever its declared severity: the
 * issue's rule is that a mention in a negation scope gives the quiet check-in,
 * and a denied record or drug use is as worth a gentle second ask as a denied
 * threat. A mention that is not negated keeps the declared severity.
 *
 * Where the rules raise nothing at all for a `mentions` follow-up, the second net may (`AnswerContext.resembles`).
 *
 * @param pack where `mentions` conditions find their concepts' words (`concepts`, `cues`) and the second net's
 *   models (`secondNet`, rules/pack-second-net.ts: the content script bundles none of its own)
 * @param net the second net's models (rules/match/second-net.ts); default the pack's; `null`: the rules alone
 *   (training, and tests that show what the net adds)
 */
export function evaluateFollowUps(
  pack: Pick<CompiledPack, 'concepts' | 'cues' | 'secondNet'>,
  item: CompiledItem,
  answer: AnswerValue,
  net: SecondNet | null = pack.secondNet ?? null,
): FollowUpHit[] {
  if (item.followUps.length === 0 || answerIsEmpty(answer)) return [];
  const plain = scaleAnswer(item, onOffAnswer(item, answer));
  // A declared option chosen ("No" in a radio group, a list, segmented buttons) is the form's word, not a reply in
  // the adviser's words: it denies nothing, so it never brings the quiet check-in a typed "no" gets. An option the host
  // words with more ("Nei, aldri") says more than the form's word: those words are still read.
  const optionChosen = choosesDeclaredOption(item.options, plain.options);
  const read = qualifiedOptionAnswer(item, plain);
  const context = new AnswerContext(pack, read, item.question, net);
  const hits: FollowUpHit[] = [];
  for (const followUp of item.followUps) {
    const outcome = context.holds(followUp.when) ?? context.resembles(followUp.when);
    if (!outcome) continue;
    if (outcome.full) hits.push({ followUp, severity: followUp.severity, reasons: outcome.reasons });
    else if (!optionChosen) hits.push({ followUp, severity: 'check-in', reasons: outcome.reasons });
  }
  return hits;
}

/**
 * Building a pack's phrase indexes a little at a time, so the content script
 * can do it in idle time before the first answer needs them (a concept extended
 * with 1,000 words takes tens of milliseconds to index on a slow machine).
 * Each call indexes at most `PHRASES_PER_STEP` phrases and says whether work
 * remains. Safe to stop at any point: evaluation finishes whatever is missing.
 */
export function indexingWork(pack: Pick<CompiledPack, 'concepts' | 'cues' | 'items'>): () => boolean {
  const pending: (() => PhraseIndex)[] = [() => new AnswerAnalysis('warm up').idiomIndex()];
  const seen = new Set<string>();
  const visit = (condition: CompiledCondition): void => {
    if (condition.kind === 'text-contains') pending.push(() => indexOf(condition.phrases));
    else if (condition.kind === 'mentions' && pack.concepts) {
      const concepts = pack.concepts;
      const key = condition.concepts.join('\u0000');
      if (!seen.has(key)) pending.push(() => conceptIndexOf(concepts, condition.concepts).index);
      for (const id of condition.concepts) {
        const cues = pack.cues?.[id];
        if (cues && !seen.has(`cues\u0000${id}`)) pending.push(() => cueIndexOf(cues).index);
        seen.add(`cues\u0000${id}`);
      }
      seen.add(key);
    } else if (condition.kind === 'all' || condition.kind === 'any') condition.of.forEach(visit);
  };
  for (const item of pack.items) for (const followUp of item.followUps) visit(followUp.when);
  return () => {
    const next = pending[0];
    if (next && next().buildSome(PHRASES_PER_STEP)) pending.shift();
    return pending.length > 0;
  };
}

/** About a millisecond of indexing on a slow office PC. */
const PHRASES_PER_STEP = 100;

/** A condition that holds: fully, or only through negated mentions. */
interface Outcome {
  full: boolean;
  reasons: FollowUpReason[];
}

const indexes = new WeakMap<readonly CompiledPhrase[], PhraseIndex>();

/** A `mentions` condition's concepts in one index (one pass over the answer), and which concept each phrase is of. */
interface ConceptIndex {
  index: PhraseIndex;
  conceptOf: Map<CompiledPhrase, string>;
}
const conceptIndexes = new WeakMap<Record<string, CompiledPhrase[]>, Map<string, ConceptIndex>>();

function conceptIndexOf(concepts: Record<string, CompiledPhrase[]>, ids: readonly string[]): ConceptIndex {
  let byList = conceptIndexes.get(concepts);
  if (!byList) {
    byList = new Map();
    conceptIndexes.set(concepts, byList);
  }
  const key = ids.join('\u0000');
  let found = byList.get(key);
  if (!found) {
    const conceptOf = new Map<CompiledPhrase, string>();
    for (const id of ids) for (const phrase of concepts[id] ?? []) if (!conceptOf.has(phrase)) conceptOf.set(phrase, id);
    found = { index: new PhraseIndex([...conceptOf.keys()]), conceptOf };
    byList.set(key, found);
  }
  return found;
}

/** The index of a phrase list, built on first use and kept as long as the compiled pack is. */
function indexOf(phrases: readonly CompiledPhrase[]): PhraseIndex {
  let index = indexes.get(phrases);
  if (!index) {
    index = new PhraseIndex(phrases);
    indexes.set(phrases, index);
  }
  return index;
}

/** The answer, prepared lazily for the kinds of condition actually asked about. */
class AnswerContext {
  private optionSet?: Set<string>;
  private analysis?: AnswerAnalysis;
  /** Concepts whose words the rules read and judged harmless (an idiom, a turned act, a negation cut off): the net is not asked about them. */
  private readonly explainedAway = new Set<string>();
  /** Per concept: is whom it is about named here (`referentNamed`)? */
  private readonly referentsNamed = new Map<string, boolean>();

  constructor(
    private readonly pack: Pick<CompiledPack, 'concepts' | 'cues'>,
    private readonly answer: AnswerValue,
    /** The item's own question, each language: a bare "yes" affirms what it names (`topicAffirmation`). */
    private readonly question: LocalizedText = {} as LocalizedText,
    /** The second net asked where the rules read nothing (`resembles`); `null`: never. */
    private readonly net: SecondNet | null = null,
  ) {}

  holds(condition: CompiledCondition): Outcome | null {
    switch (condition.kind) {
      case 'any-answer':
        return { full: true, reasons: [{ kind: 'answered', negated: false }] };
      case 'option-in': {
        const value = condition.values.find((v) => this.options().has(v));
        const position = condition.positions?.find((p) => this.answer.positions?.includes(p));
        if (value === undefined && position === undefined) return null;
        return { full: true, reasons: [{ kind: 'option', source: value ?? `position ${position}`, words: this.answer.text, negated: false }] };
      }
      case 'number-range': {
        const value = this.number();
        const inRange =
          value !== undefined &&
          (condition.min === undefined || value >= condition.min) &&
          (condition.max === undefined || value <= condition.max);
        return inRange ? { full: true, reasons: [{ kind: 'number', words: String(value), negated: false }] } : null;
      }
      case 'text-contains':
        return this.mentions(indexOf(condition.phrases), undefined);
      case 'mentions': {
        const concepts = this.pack.concepts;
        if (!concepts) return null;
        const { index, conceptOf } = conceptIndexOf(concepts, condition.concepts);
        // Word-class combinations only where the phrases found no plain mention: one reason is enough, and it saves a pass.
        const found = this.mentions(index, conceptOf);
        if (found?.full) return found;
        const combined = this.cueCombinations(condition.concepts);
        return (combined?.full || !found ? combined : found) ?? this.cueDenials(condition.concepts) ?? this.topicDenial(condition.concepts) ??
          this.topicAffirmation(index, conceptOf);
      }
      case 'all': {
        const reasons: FollowUpReason[] = [];
        let full = true;
        for (const inner of condition.of) {
          const outcome = this.holds(inner);
          if (!outcome) return null;
          full &&= outcome.full;
          reasons.push(...outcome.reasons);
        }
        return { full, reasons };
      }
      case 'any': {
        let best: Outcome | null = null;
        for (const inner of condition.of) {
          best = merge(best, this.holds(inner));
          if (best?.full) break;
        }
        return best;
      }
    }
  }

  /** Phrases of an index found in the text, outside idioms; negated or not. `conceptOf` names each phrase's concept. */
  private mentions(index: PhraseIndex, conceptOf: Map<CompiledPhrase, string> | undefined): Outcome | null {
    if (index.isEmpty || this.answer.text.trim() === '') return null;
    const analysis = (this.analysis ??= new AnswerAnalysis(this.answer.text));
    const matches = index.find(analysis);
    if (matches.length === 0) return null;
    const idioms = analysis.idiomSpans();
    const negation = analysis.negationScopes();
    const full: FollowUpReason[] = [];
    const negated: FollowUpReason[] = [];
    const spans = new Set<number>();
    for (const match of matches) {
      const concept = conceptOf?.get(match.phrase);
      // The rules' reading of these words stands: the second net is not asked about their concept (`resembles`).
      const explainAway = (): void => {
        if (concept !== undefined) this.explainedAway.add(concept);
      };
      if (idiomTakes(idioms, match.start, match.end)) {
        explainAway();
        continue;
      }
      // 'Nej, så tänker jag inte, jag vill leva' is no "inte vill leva": a phrase's own negation word stands in a clause
      // before the rest of its words
      if (negationCutOff(analysis, match)) {
        explainAway();
        continue;
      }
      // One reason per stretch of the answer: several entries may find the same words.
      const span = match.start * 65_536 + match.end;
      if (spans.has(span)) continue;
      spans.add(span);
      const cues = concept === undefined ? undefined : this.pack.cues?.[concept];
      // Ending inside a mask ("slog mig" finds "han slog sig på knät", "har slagit" in "har slagit oss ner", "rev mig"
      // in "jag rev mig själv"): the act is turned on its doer, or no act at all. A lone injury word in a sentence that
      // tells of harm to oneself ("nyper mig tills det blir blåmärken") is that harm's mark.
      if (
        cues !== undefined &&
        (maskedWords(analysis, cues)[match.end] === 1 || (match.start === match.end && injuriesOfHarmToOneself(analysis, cues)[match.start] === 1))
      ) {
        explainAway();
        continue;
      }
      const isNegated =
        negation.isNegated(match.start, match.end) ||
        // "my kids aren't scared" is no "kids are scared": a negation slipped in between the phrase's words
        (!match.phrase.words.some((word) => isNegationWord(word.w)) && negation.negatesInside(match.start, match.end)) ||
        (cues?.denier !== undefined && deniedBySubject(analysis, cues)[match.start] === 1) ||
        // "Bruise on her cheek from the back step, nobody's hurt her": a mark explained as no one's doing
        (cues?.denier !== undefined && injuriesDenied(analysis, cues)[match.start] === 1) ||
        // "plettfri politiattest", "blankt rulleblad": a record word inside a word that denies it
        (cues !== undefined && deniedByMeaning(analysis, cues)[match.start] === 1) ||
        // "hade alkoholproblem för länge sedan men har varit nykter i sex år": a past that has ended
        (cues?.ended !== undefined && endedAfter(analysis, cues)[match.end] === 1) ||
        // "volunteers at a women's refuge", "a documentary about a suicide bridge": someone's work or a programme
        framedWords(analysis)[match.start] === 1 ||
        // "My friends cut themselves, but I never have": others' act, the client's own denied (not for violence)
        (cues?.aboutOwnActs === true && othersActDenied(analysis)[match.start] === 1) ||
        // A lone word explained near it ("bruises from football"), a phrase explained right next to it ("slår mig i
        // schack"): a check-in, never hidden.
        (cues !== undefined && match.start === match.end && explainedInnocently(analysis, cues)[match.start] === 1) ||
        (cues !== undefined && match.start < match.end && explainedClosely(analysis, cues)[match.end] === 1) ||
        // "self-harm in her teens, nothing since": only long past
        (cues !== undefined && onlyLongAgo(analysis, cues));
      // "Jag har upplevt våld" in a field that names no child is partner violence, not a child's exposure to it.
      if (!isNegated && concept !== undefined && !this.referentNamed(concept)) continue;
      const list = isNegated ? negated : full;
      if (list.length >= MAX_REASONS) continue;
      list.push({
        kind: concept ? 'concept' : 'phrase',
        source: concept ?? match.phrase.source,
        ...(concept && { phrase: match.phrase.source }),
        words: analysis.span(match.start, match.end),
        negated: isNegated,
      });
    }
    if (full.length > 0) return { full: true, reasons: full };
    return negated.length > 0 ? { full: false, reasons: negated } : null;
  }

  /**
   * Where the rules raise nothing for a `mentions` condition: does the answer resemble reviewed disclosures of one
   * of its concepts (rules/match/second-net.ts, models from the compiled pack), above that concept's threshold?
   * Asked only after `holds` found nothing, so only where the rules read no mention at all, and never for a concept
   * whose words the rules read and explained away (an idiom, a turned act, a negation cut off): their reading wins.
   * The reason names the probability and the answer's words that weigh most.
   */
  resembles(condition: CompiledCondition): Outcome | null {
    const models = this.net?.models;
    if (!models || condition.kind !== 'mentions' || this.answer.text.trim() === '') return null;
    const analysis = (this.analysis ??= new AnswerAnalysis(this.answer.text));
    // A bare yes or how-often means what the question asks (`topicAffirmation`): the rules have read it.
    if (affirmsByItself(analysis)) return null;
    let best: { id: string; probability: number; words: number[] } | undefined;
    for (const id of condition.concepts) {
      const model = models[id];
      // The net has no reading of whom the answer is about: a child concept needs a child named.
      if (!model || this.explainedAway.has(id) || !this.referentNamed(id)) continue;
      // An everyday idiom that takes one of the words a combination rule reads ('jobbet tar livet av mig'): also read.
      const cues = this.pack.cues?.[id];
      if (cues && idiomTakesCue(analysis, cues)) continue;
      // Harm done by another, where the answer tells of harm done to oneself ("jag har skurit mig i armarna igen"): the
      // net has no reading of who did it, and the rules read no other doer, so the harm is the self-harm concept's.
      if (this.harmToOneself(id)) continue;
      const found = resemblance(analysis, model);
      if (found.probability >= model.threshold && (!best || found.probability > best.probability)) best = { id, ...found };
    }
    if (!best) return null;
    const words = best.words.map((i) => `"${analysis.span(i, i)}"`).join(', ');
    return {
      full: true,
      reasons: [{ kind: 'learned', source: best.id, phrase: `resembles reviewed disclosures (learned, ${best.probability.toFixed(2)})`, words, negated: false }],
    };
  }

  /**
   * Does the answer, or the item's own question, name whom the concept is about (ConceptCues.referents: a child,
   * for a child concept)? True for a concept that declares no referents. Once per concept and answer.
   */
  private referentNamed(concept: string): boolean {
    const cues = this.pack.cues?.[concept];
    if (!cues?.referents) return true;
    let named = this.referentsNamed.get(concept);
    if (named === undefined) {
      const analysis = (this.analysis ??= new AnswerAnalysis(this.answer.text));
      named = namesReferent(analysis, cues) || questionNamesReferent(this.question, cues);
      this.referentsNamed.set(concept, named);
    }
    return named;
  }

  /**
   * Does the answer tell of harm a person does to themself (ConceptCues.selfInflicted), for a concept of harm done by
   * another? Then only the rules' reading of harm by another raises it, never the second net or a bare "sometimes" or
   * "no, well, once" read as the question's topic. False for a concept that declares no such phrases.
   */
  private harmToOneself(concept: string): boolean {
    const cues = this.pack.cues?.[concept];
    if (cues?.selfInflicted === undefined) return false;
    const analysis = (this.analysis ??= new AnswerAnalysis(this.answer.text));
    return toldHarmToOneself(analysis, cues);
  }

  /**
   * An answer that denies without naming the topic ("No, never.", "Aldri i livet", "inget sånt"):
   * in a field that asks about these concepts it denies them, so a quiet check-in
   * (rules/match/negation.ts `topicDenial`); one that then tells of an event after all ("No, well,
   * once") discloses it, so the follow-up at its severity (not harm by another where it tells of harm to oneself).
   */
  private topicDenial(ids: readonly string[]): Outcome | null {
    if (ids.length === 0 || this.answer.text.trim() === '') return null;
    const analysis = (this.analysis ??= new AnswerAnalysis(this.answer.text));
    const denial = analysis.negationScopes().topicDenial();
    if (!denial) return null;
    // "No, well, once": the reply tells of an event after all, a disclosure of the topic asked (of a child only where
    // one is named).
    const admitted = denial.admits !== undefined;
    if (admitted) ids = ids.filter((id) => this.referentNamed(id) && !this.harmToOneself(id));
    if (ids.length === 0) return null;
    const words = admitted ? analysis.span(denial.start, denial.admits!.end) : analysis.span(denial.start, denial.end);
    return { full: admitted, reasons: ids.slice(0, MAX_REASONS).map((id) => ({ kind: 'concept', source: id, words, negated: !admitted })) };
  }

  /**
   * An answer that says yes by itself ("yes, last wk", "ja – sedan i somras", "flere ganger") where the item's own
   * question names the concepts ("Any thoughts of suicide?"): a disclosure of what was asked, at the follow-up's
   * severity (rules/match/affirmation.ts). A question that names none of them ("What has changed since we last
   * met?") gives a bare yes no meaning, so nothing.
   */
  private topicAffirmation(index: PhraseIndex, conceptOf: Map<CompiledPhrase, string>): Outcome | null {
    if (this.answer.text.trim() === '') return null;
    const analysis = (this.analysis ??= new AnswerAnalysis(this.answer.text));
    const yes = affirmsByItself(analysis);
    if (!yes) return null;
    for (const text of Object.values(this.question)) {
      if (!text) continue;
      const question = new AnswerAnalysis(text);
      const named = index.find(question).find((match) => !question.negationScopes().isNegated(match.start, match.end));
      const source = named && conceptOf.get(named.phrase);
      // "sometimes I bang my head on the floor": a yes to harm, but to harm done to oneself
      if (source && this.harmToOneself(source)) return null;
      if (source) return { full: true, reasons: [{ kind: 'concept', source, words: analysis.span(yes.start, yes.end), negated: false }] };
    }
    return null;
  }

  /**
   * The concepts denied through their cues alone ("teetotal", "ostraffad", "no threats or control"): a quiet
   * check-in in a field that asks about them (rules/match/cue-combinations.ts `cueDenials`).
   */
  private cueDenials(ids: readonly string[]): Outcome | null {
    const cues = this.pack.cues;
    if (!cues || this.answer.text.trim() === '') return null;
    const analysis = (this.analysis ??= new AnswerAnalysis(this.answer.text));
    const reasons: FollowUpReason[] = [];
    for (const id of ids) {
      const compiled = cues[id];
      if (!compiled) continue;
      for (const denial of cueDenials(analysis, compiled, MAX_REASONS - reasons.length)) {
        reasons.push({ kind: 'concept', source: id, phrase: denial.entry, words: analysis.span(denial.start, denial.end), negated: true });
      }
    }
    return reasons.length > 0 ? { full: false, reasons } : null;
  }

  /** The concepts' word-class combinations found in the text (rules/match/cue-combinations.ts). */
  private cueCombinations(ids: readonly string[]): Outcome | null {
    const cues = this.pack.cues;
    if (!cues || this.answer.text.trim() === '') return null;
    const analysis = (this.analysis ??= new AnswerAnalysis(this.answer.text));
    const full: FollowUpReason[] = [];
    const negated: FollowUpReason[] = [];
    for (const id of ids) {
      const compiled = cues[id];
      if (!compiled) continue;
      const spans = new Set<number>();
      for (const combination of findCueCombinations(analysis, compiled)) {
        // "He locks her in the flat", "we have no kids, he hits me": no child named, so no child card.
        if (!combination.negated && !this.referentNamed(id)) continue;
        // One reason per stretch of the answer (a class word may match in several languages).
        const span = combination.start * 65_536 + combination.end;
        if (spans.has(span)) continue;
        spans.add(span);
        const list = combination.negated ? negated : full;
        if (list.length >= MAX_REASONS) continue;
        list.push({
          kind: 'concept',
          source: id,
          phrase: combination.cues.map((cue) => `${cue.cueClass}: ${cue.entry}`).join(' + '),
          words: combination.cues.map((cue) => analysis.span(cue.start, cue.end)).join(' … '),
          negated: combination.negated,
        });
      }
    }
    if (full.length > 0) return { full: true, reasons: full };
    return negated.length > 0 ? { full: false, reasons: negated } : null;
  }

  /** Given values and labels, plus their normalised forms in case a caller passed them raw. */
  private options(): Set<string> {
    if (!this.optionSet) {
      this.optionSet = new Set(this.answer.options);
      for (const option of this.answer.options) this.optionSet.add(normalizeLabel(option));
    }
    return this.optionSet;
  }

  /** `answer.number`, or the text when it is a number as a field shows one ("3", "2,5", "2_", "12 500 kr"). */
  private number(): number | undefined {
    return this.answer.number ?? numberInField(this.answer.text);
  }
}

const questionsNaming = new WeakMap<LocalizedText, Map<CompiledCues, boolean>>();

/**
 * Does the question, in any of its languages, name one of the concept's referents ("Are any children in the
 * household exposed to violence?")? Then "he hit me in front of them" is about the children. Kept per question.
 */
function questionNamesReferent(question: LocalizedText, cues: CompiledCues): boolean {
  let perCues = questionsNaming.get(question);
  if (!perCues) questionsNaming.set(question, (perCues = new Map()));
  let named = perCues.get(cues);
  if (named === undefined) {
    named = Object.values(question).some((text) => !!text && namesReferent(new AnswerAnalysis(text), cues));
    perCues.set(cues, named);
  }
  return named;
}

/** The stronger of two outcomes: a full one over a negated one; reasons of the same strength together. */
function merge(a: Outcome | null, b: Outcome | null): Outcome | null {
  if (!a || !b) return a ?? b;
  if (a.full !== b.full) return a.full ? a : b;
  return { full: a.full, reasons: [...a.reasons, ...b.reasons].slice(0, MAX_REASONS) };
}

/** Does a clause break (a comma, a dash) stand inside `match` after one of its negation words? */
function negationCutOff(analysis: AnswerAnalysis, match: { start: number; end: number }): boolean {
  let negation = false;
  for (let k = match.start; k <= match.end; k++) {
    const word = analysis.words[k]!;
    if (negation && word.gap !== GAP_NONE) return true;
    if (isNegationWord(word.lower)) negation = true;
  }
  return false;
}
