/**
 * The practice feedback in words, in the interface language: one line per
 * judgement of a turn, and the names of the trainer's goals. Shared by the turn
 * log, the summary and the Markdown export, so all three say the same.
 */
import type { CompiledPack, PracticeGoalId } from '../../rules/compiled-pack';
import { pickText } from '../../rules/localized-text';
import type { FollowUpOutcome, TurnFeedback } from '../../rules/practice-run';
import { t, tCount } from '../../utils/i18n';

export interface FeedbackLine {
  /** good: what the trainer hopes for; miss: a goal not met at this turn; note: neither. */
  tone: 'good' | 'miss' | 'note';
  text: string;
  /** For tests and styling: which judgement this is. */
  kind: string;
}

/**
 * `goals`: the goals of the turn's step, so a missing invitation is named only where it is asked for
 * (none off the scenario). `pack`: undefined when it is no longer installed (a kept summary).
 */
export function turnFeedbackLines(feedback: TurnFeedback, goals: readonly PracticeGoalId[], pack: CompiledPack | undefined, language: string): FeedbackLine[] {
  const lines: FeedbackLine[] = [];
  for (const outcome of feedback.followUps) lines.push(followUpLine(outcome, pack, language));
  if (feedback.asked) {
    const { form, kind } = feedback.asked;
    lines.push({
      tone: form === 'open' ? 'good' : goals.includes('ask-open') && !feedback.afterAnswer ? 'miss' : 'note',
      text: t(form === 'open' ? 'practiceFeedbackOpen' : 'practiceFeedbackClosed', [t(`practiceKind_${kind.replace(/-/g, '_')}`)]),
      kind: `asked-${form}`,
    });
  } else {
    // After the client's answer a turn without a question is a response to it, not a client left without one.
    lines.push({ tone: 'note', text: t(feedback.afterAnswer ? 'practiceFeedbackNoQuestionAfterAnswer' : 'practiceFeedbackNoQuestion'), kind: 'no-question' });
  }
  if (feedback.why === 'offered') lines.push({ tone: 'good', text: t('practiceFeedbackWhyOffered'), kind: 'why-offered' });
  if (feedback.why === 'not-offered') lines.push({ tone: 'miss', text: t('practiceFeedbackWhyMissing'), kind: 'why-missing' });
  if (feedback.setting === 'kept') lines.push({ tone: 'good', text: t('practiceFeedbackSettingKept'), kind: 'setting-kept' });
  if (feedback.setting === 'asked') lines.push({ tone: 'miss', text: t('practiceFeedbackSettingAsked'), kind: 'setting-asked' });
  if (feedback.afterAnswer && feedback.moves.acknowledgement) lines.push({ tone: 'good', text: t('practiceFeedbackAcknowledged'), kind: 'acknowledged' });
  if (feedback.afterAnswer && feedback.moves.reflection) lines.push({ tone: 'good', text: t('practiceFeedbackReflected'), kind: 'reflected' });
  if (feedback.moves.invitation) lines.push({ tone: 'good', text: t('practiceFeedbackInvitation'), kind: 'invitation' });
  else if (goals.includes('explicit-invitation')) lines.push({ tone: 'miss', text: t('practiceFeedbackNoInvitation'), kind: 'no-invitation' });
  return lines;
}

/**
 * A follow-up at an item: acknowledged or still waiting, and the next steps ticked.
 * `when`: 'moved-on' for an item the adviser left (turn feedback, and a summary step they
 * talked past), 'ended' for one still waiting when the session ended there.
 * `pack`: undefined when the pack is no longer installed (a kept summary): the follow-up's id is named.
 */
export function followUpLine(outcome: FollowUpOutcome, pack: CompiledPack | undefined, language: string, when: 'moved-on' | 'ended' = 'moved-on'): FeedbackLine {
  const followUp = pack?.items.find((item) => item.id === outcome.itemId)?.followUps.find((f) => f.id === outcome.followUpId);
  const name = pickText(followUp?.summary, [language, ...(pack?.languages ?? [])]) || outcome.followUpId;
  const steps = outcome.stepsTotal > 0 ? ` ${tCount('practiceStepsChecked', outcome.stepsDone.length, [String(outcome.stepsDone.length), String(outcome.stepsTotal)])}` : '';
  return outcome.acknowledged
    ? { tone: 'good', text: `${t('practiceFeedbackFollowUpAcknowledged', [name])}${steps}`, kind: 'follow-up-acknowledged' }
    : { tone: 'miss', text: `${t(when === 'ended' ? 'practiceFeedbackFollowUpWaitingAtEnd' : 'practiceFeedbackFollowUpWaiting', [name])}${steps}`, kind: 'follow-up-waiting' };
}

export function goalName(goal: PracticeGoalId): string {
  return t(`practiceGoal_${goal.replace(/-/g, '_')}`);
}
