/**
 * A practice run: the adviser's turns, the simulated client's scripted answers
 * and the feedback on each turn, and the end-of-session summary of the
 * trainer's goals. Pure: the practice page (entrypoints/practice) keeps a run,
 * adds turns with {@link playTurn} and reads the interview session the coach
 * recorded (follow-ups offered, acknowledged, next steps ticked) for
 * {@link summarizeRun}.
 *
 * Rules (docs/pack-format.md, "Practice scenarios"):
 * - a turn is about one step's item; the client answers the first turn at that
 *   item that asks something, with the first variant whose `when` fits how it
 *   was asked (open or closed, why explained or not) or else the step's answer;
 * - the why counts as offered when a turn at the item up to and including that
 *   question says it (rules/practice-moves.ts): what the adviser reads in the
 *   card is not heard by the client, only what they say;
 * - "acknowledge" and "reflect-before-next" are met by a turn at the item after
 *   the client's answer and before the first turn about another item;
 * - "explicit-invitation" by any turn at the item that makes one;
 * - "safe-setting-first" when a turn at the item asks to speak with the client
 *   alone or leaves the question for a later meeting or one with a
 *   professional interpreter, and no turn at the item put the question to the
 *   client (the script cannot send the relative out: a question asked after
 *   asking is still asked in front of them). A turn that only arranges the
 *   setting ("Could I speak with Samira alone? Is that okay?") gets no
 *   scripted answer;
 * - a follow-up offered at an item is reported on the first turn about another
 *   item (acknowledged or still waiting, which next steps were ticked) and in
 *   the summary;
 * - turns at an item the scenario has no step for ("elsewhere on the form"), and
 *   follow-ups offered there, are in the summary under `offScript`, with each
 *   turn's feedback, and count toward no goal.
 */
import type { CompiledItem, CompiledPack, CompiledScenario, CompiledScenarioStep, PracticeGoalId } from './compiled-pack';
import { pickText } from './localized-text';
import { asksTheItem, readTurnMoves, type TurnMoves } from './practice-moves';
import { judgeTurn, type QuestionForm, type SentenceKind } from './question-form';

/** How a follow-up offered at an item stood when the adviser moved on (or the session ended). */
export interface FollowUpOutcome {
  itemId: string;
  followUpId: string;
  acknowledged: boolean;
  /** Indices of the next steps ticked, ascending. */
  stepsDone: number[];
  /** How many next steps the follow-up lists. */
  stepsTotal: number;
  checkIn: boolean;
}

/** What the coach recorded of follow-ups (utils/interview/session.ts FollowUpRecord, the fields used here). */
export interface RecordedFollowUp {
  itemId: string;
  followUpId: string;
  acknowledgedAt?: number;
  stepsDone?: number[];
  checkIn?: true;
}

export interface ClientReply {
  says: string;
  /** What to enter in the form; undefined when the script gives nothing. */
  value?: string;
  /** Index of the variant used; undefined: the step's own answer. */
  variant?: number;
}

export interface TurnFeedback {
  /** Undefined when the turn asks nothing. */
  asked?: { form: QuestionForm; kind: SentenceKind; sentence: string };
  /** On the question the client answers, at a sensitive item or one whose goals ask for it: why offered before or with it. */
  why?: 'offered' | 'not-offered';
  /**
   * At a step whose goals include "safe-setting-first": `kept` when the turn
   * arranges a safe setting and does not ask the item, `asked` when the
   * client answers the item here, in front of whoever is with them.
   */
  setting?: 'kept' | 'asked';
  moves: TurnMoves;
  /** This turn comes after the client's answer at its item (acknowledging, reflecting count here). */
  afterAnswer: boolean;
  /** Follow-ups waiting or dealt with at the item(s) the adviser just left. */
  followUps: FollowUpOutcome[];
}

export interface PlayedTurn {
  itemId: string;
  text: string;
  at: number;
  feedback: TurnFeedback;
  reply?: ClientReply;
}

export interface PracticeRun {
  packId: string;
  packVersion: string;
  scenarioId: string;
  /** The language the session is played in: the form's labels, the client's words, the classifier's rules. */
  language: string;
  startedAt: number;
  turns: PlayedTurn[];
}

export function startRun(pack: CompiledPack, scenario: CompiledScenario, language: string, now: number): PracticeRun {
  return { packId: pack.id, packVersion: pack.version, scenarioId: scenario.id, language, startedAt: now, turns: [] };
}

const SENSITIVE = new Set(['sensitive', 'safety-critical']);

/** The pack's reason for an item, in `language`: why it is asked and what is said first. */
function reasonsFor(item: CompiledItem | undefined, language: string): string[] {
  if (!item) return [];
  const why = item.why;
  return [why?.purpose, why?.basis, why?.whatNext, item.sayFirst].map((text) => pickText(text, [language])).filter((text) => text !== '');
}

/** The item's question and its rewordings, in `language`: asking them says no reason, whatever words they share with it. */
function questionsFor(item: CompiledItem | undefined, language: string): string[] {
  if (!item) return [];
  return [item.question, ...item.rewordings.map((rewording) => rewording.text)].map((text) => pickText(text, [language])).filter((text) => text !== '');
}

/** The client's answer for a step, by how the adviser asked. */
export function chooseReply(step: CompiledScenarioStep, form: QuestionForm, whyOffered: boolean, language: string): ClientReply {
  const why = whyOffered ? 'explained' : 'not-explained';
  const variant = step.variants.findIndex((v) => (v.when.asked === undefined || v.when.asked === form) && (v.when.why === undefined || v.when.why === why));
  const chosen = variant >= 0 ? step.variants[variant]! : step;
  const value = chosen.value ?? step.value;
  return {
    says: pickText(chosen.says, [language]),
    ...(value !== undefined && { value: pickText(value, [language]) }),
    ...(variant >= 0 && { variant }),
  };
}

function outcomesFor(itemIds: ReadonlySet<string>, pack: CompiledPack, recorded: readonly RecordedFollowUp[]): FollowUpOutcome[] {
  return recorded
    .filter((record) => itemIds.has(record.itemId))
    .map((record) => {
      const followUp = pack.items.find((item) => item.id === record.itemId)?.followUps.find((f) => f.id === record.followUpId);
      return {
        itemId: record.itemId,
        followUpId: record.followUpId,
        acknowledged: record.acknowledgedAt !== undefined,
        stepsDone: [...(record.stepsDone ?? [])],
        stepsTotal: followUp?.nextSteps.length ?? 0,
        checkIn: record.checkIn === true,
      };
    });
}

/**
 * Add the adviser's turn about `itemId`. `recorded`: the follow-ups the coach
 * has recorded so far in this run (the interview session), for the items the
 * adviser moves away from with this turn. Returns the new run; the last turn
 * holds its feedback and the client's reply, if the client answers.
 */
export function playTurn(
  run: PracticeRun,
  pack: CompiledPack,
  scenario: CompiledScenario,
  itemId: string,
  text: string,
  recorded: readonly RecordedFollowUp[],
  now: number,
): PracticeRun {
  const language = run.language;
  const item = pack.items.find((candidate) => candidate.id === itemId);
  const step = scenario.steps.find((candidate) => candidate.itemId === itemId);
  const atItem = run.turns.filter((turn) => turn.itemId === itemId);
  const answered = atItem.some((turn) => turn.reply);
  const judgement = judgeTurn(text, language);
  const moves = readTurnMoves(text, language, reasonsFor(item, language), questionsFor(item, language));
  const asks = asksTheItem(text, language);

  const feedback: TurnFeedback = { moves, afterAnswer: answered, followUps: [] };
  if (judgement.decidedBy) feedback.asked = { form: judgement.form, kind: judgement.decidedBy.kind, sentence: judgement.decidedBy.text };

  // Items left with this turn: every item talked about since the adviser was last at this one.
  const previous = run.turns.at(-1);
  if (previous && previous.itemId !== itemId) {
    const left = new Set<string>();
    for (let i = run.turns.length - 1; i >= 0 && run.turns[i]!.itemId !== itemId; i--) left.add(run.turns[i]!.itemId);
    const reported = new Set(run.turns.flatMap((turn) => turn.feedback.followUps.map((f) => `${f.itemId}/${f.followUpId}`)));
    feedback.followUps = outcomesFor(left, pack, recorded).filter((f) => !reported.has(`${f.itemId}/${f.followUpId}`));
  }

  let reply: ClientReply | undefined;
  if (step && asks && !answered) {
    const whyOffered = moves.why || atItem.some((turn) => turn.feedback.moves.why);
    if ((item && SENSITIVE.has(item.sensitivity)) || step.goals.includes('explain-why-first')) feedback.why = whyOffered ? 'offered' : 'not-offered';
    reply = chooseReply(step, judgement.form, whyOffered, language);
  }
  if (step?.goals.includes('safe-setting-first')) {
    if (reply) feedback.setting = 'asked';
    else if (moves.safeSetting && !answered) feedback.setting = 'kept';
  }
  const turn: PlayedTurn = { itemId, text, at: now, feedback, ...(reply && { reply }) };
  return { ...run, turns: [...run.turns, turn] };
}

export interface GoalResult {
  goal: PracticeGoalId;
  met: boolean;
  /**
   * For goals judged on the question the client answered ("ask it open", "explain why first"): that
   * question's words, so a miss says which question counted (a later open question at the same step,
   * after the client has answered, does not make it met). Absent when no question was answered, and in
   * summaries kept before it was added.
   */
  answered?: string;
}

export interface StepSummary {
  itemId: string;
  /** The question as the form shows it, in the run's language. */
  question: string;
  /** The client answered (a turn at the item asked something). */
  asked: boolean;
  /** Not asked on purpose: a turn at the item left it for a safe setting (alone, a professional interpreter), so "not asked" is no miss. */
  keptForSafeSetting: boolean;
  goals: GoalResult[];
  /** The adviser's own words at this item, in order. */
  words: string[];
  followUps: FollowUpOutcome[];
  /**
   * The adviser talked about another item after their last turn here: a follow-up still
   * waiting was left behind. False when the session ended at this item (or it had no turn):
   * then the follow-up was still waiting at the end, not passed over.
   */
  movedOn: boolean;
  disclosure: boolean;
  debrief?: string;
}

/** A turn as the summary keeps it: the adviser's words and the feedback they had beside them. */
export interface SummaryTurn {
  text: string;
  feedback: TurnFeedback;
}

/** An item the scenario has no step for, where the adviser still said something: off-script, no goals. */
export interface OffScriptSummary {
  itemId: string;
  /** The question as the form shows it, in the run's language. */
  question: string;
  /** The adviser's turns at this item, in order. */
  turns: SummaryTurn[];
  followUps: FollowUpOutcome[];
  /** As {@link StepSummary.movedOn}. */
  movedOn: boolean;
}

export interface PracticeSummary {
  packId: string;
  packVersion: string;
  scenarioId: string;
  scenarioTitle: string;
  clientName: string;
  language: string;
  startedAt: number;
  endedAt: number;
  steps: StepSummary[];
  /**
   * Items off the scenario the adviser spoke at, in the order first talked about;
   * never in `goalsMet` or `goalsMissed`. Absent in summaries kept before it was added.
   */
  offScript?: OffScriptSummary[];
  goalsMet: number;
  goalsMissed: number;
  debrief?: string;
}

/** The turn at `itemId` the client answered (the first with a scripted reply), with its place in the run. */
function answeredTurn(turns: readonly PlayedTurn[], itemId: string): { turn: PlayedTurn; index: number } | undefined {
  return turns.map((turn, index) => ({ turn, index })).find(({ turn }) => turn.itemId === itemId && turn.reply);
}

/** Goals judged on the question the client answered. */
const JUDGED_ON_ANSWERED: ReadonlySet<PracticeGoalId> = new Set(['ask-open', 'explain-why-first']);

/** Whether `goal` was met at a step, from the turns at its item and the turns after it. */
function goalMet(goal: PracticeGoalId, turns: readonly PlayedTurn[], itemId: string): boolean {
  const at = turns.map((turn, index) => ({ turn, index })).filter(({ turn }) => turn.itemId === itemId);
  const question = answeredTurn(turns, itemId);
  switch (goal) {
    case 'ask-open':
      return question?.turn.feedback.asked?.form === 'open';
    case 'explain-why-first':
      return question !== undefined && at.some(({ turn, index }) => index <= question.index && turn.feedback.moves.why);
    case 'explicit-invitation':
      return at.some(({ turn }) => turn.feedback.moves.invitation);
    case 'safe-setting-first':
      return question === undefined && at.some(({ turn }) => turn.feedback.moves.safeSetting);
    case 'acknowledge':
    case 'reflect-before-next': {
      if (!question) return false;
      const move = goal === 'acknowledge' ? 'acknowledgement' : 'reflection';
      // After the answer, before the first turn about another item.
      for (let i = question.index + 1; i < turns.length && turns[i]!.itemId === itemId; i++) {
        if (turns[i]!.feedback.moves[move]) return true;
      }
      return false;
    }
  }
}

/** The end-of-session summary, step by step in the scenario's order. `recorded`: the interview session's follow-ups at the end. */
export function summarizeRun(
  run: PracticeRun,
  pack: CompiledPack,
  scenario: CompiledScenario,
  recorded: readonly RecordedFollowUp[],
  now: number,
): PracticeSummary {
  const language = run.language;
  const questionOf = (itemId: string) => pickText(pack.items.find((candidate) => candidate.id === itemId)?.question, [language]);
  const movedOn = (itemId: string) => {
    const lastHere = run.turns.findLastIndex((turn) => turn.itemId === itemId);
    return lastHere >= 0 && lastHere < run.turns.length - 1;
  };
  const steps = scenario.steps.map((step): StepSummary => {
    const at = run.turns.filter((turn) => turn.itemId === step.itemId);
    const words = at.map((turn) => turn.text);
    const asked = at.some((turn) => turn.reply);
    const debrief = pickText(step.debrief, [language]);
    return {
      itemId: step.itemId,
      question: questionOf(step.itemId),
      asked,
      keptForSafeSetting: !asked && at.some((turn) => turn.feedback.moves.safeSetting),
      goals: step.goals.map((goal): GoalResult => {
        const answered = JUDGED_ON_ANSWERED.has(goal) ? answeredTurn(run.turns, step.itemId)?.turn.text : undefined;
        return { goal, met: goalMet(goal, run.turns, step.itemId), ...(answered !== undefined && { answered }) };
      }),
      words,
      followUps: outcomesFor(new Set([step.itemId]), pack, recorded),
      movedOn: movedOn(step.itemId),
      disclosure: step.disclosure,
      ...(debrief && { debrief }),
    };
  });
  const inScenario = new Set(scenario.steps.map((step) => step.itemId));
  // Where the adviser spoke, then where a follow-up came up without a word said there (an answer entered).
  const offScriptIds = [...new Set([...run.turns, ...recorded].map((entry) => entry.itemId).filter((itemId) => !inScenario.has(itemId)))];
  const offScript = offScriptIds.map((itemId): OffScriptSummary => ({
    itemId,
    question: questionOf(itemId),
    turns: run.turns.filter((turn) => turn.itemId === itemId).map((turn) => ({ text: turn.text, feedback: turn.feedback })),
    followUps: outcomesFor(new Set([itemId]), pack, recorded),
    movedOn: movedOn(itemId),
  }));
  const goals = steps.flatMap((step) => step.goals);
  const debrief = pickText(scenario.debrief, [language]);
  return {
    packId: run.packId,
    packVersion: run.packVersion,
    scenarioId: scenario.id,
    scenarioTitle: pickText(scenario.title, [language]),
    clientName: scenario.persona.name,
    language,
    startedAt: run.startedAt,
    endedAt: now,
    steps,
    offScript,
    goalsMet: goals.filter((goal) => goal.met).length,
    goalsMissed: goals.filter((goal) => !goal.met).length,
    ...(debrief && { debrief }),
  };
}
