/**
 * A practice summary's body, item by item: for each scenario step the trainer's goals
 * met and missed, its follow-ups, the adviser's own words and the debrief notes; then,
 * marked apart as off-script, the questions elsewhere on the form the adviser spoke at,
 * each turn with the feedback it had beside it (they count toward no goal). Shared by
 * the summary at the end of a session and the kept summaries' list, so both say the same.
 */
import type { CompiledPack } from '../../rules/compiled-pack';
import type { PracticeSummary } from '../../rules/practice-run';
import { t } from '../../utils/i18n';
import { followUpLine, goalName, turnFeedbackLines, type FeedbackLine } from './feedback-text';

interface Props {
  summary: PracticeSummary;
  /** The summary's pack as installed, to name its follow-ups; undefined once it is removed (then by their ids). */
  pack: CompiledPack | undefined;
}

/** A feedback line; `spoken`: its tone said first to a screen reader, as beside a turn in the conversation. */
function Line({ line, spoken = false, ...data }: { line: FeedbackLine; spoken?: boolean } & Record<`data-${string}`, string>) {
  return (
    <li class={`feedback feedback-${line.tone}`} data-feedback={line.kind} {...data}>
      {spoken && <span class="visually-hidden">{t(`practiceTone_${line.tone}`)}: </span>}
      {line.text}
    </li>
  );
}

export function SummarySteps({ summary, pack }: Props) {
  const { language } = summary;
  const offScript = summary.offScript ?? [];
  return (
    <>
      {summary.steps.map((step) => (
        <section key={step.itemId} class="summary-step" data-testid="summary-step" data-item-id={step.itemId}>
          <h3 lang={language}>{step.question}</h3>
          <ul>
            {!step.asked && !step.keptForSafeSetting && <li class="feedback feedback-miss" data-goal="not-asked">{t('practiceNotAsked')}</li>}
            {step.goals.map((goal) => (
              <li key={goal.goal} class={`feedback feedback-${goal.met ? 'good' : 'miss'}`} data-goal={goal.goal} data-met={String(goal.met)}>
                {goalName(goal.goal)}: {t(goal.met ? 'practiceGoalMet' : 'practiceGoalMissed')}
                {!goal.met && goal.answered !== undefined && <span class="muted"> ({t('practiceGoalJudgedOn', goal.answered)})</span>}
              </li>
            ))}
            {step.followUps.map((outcome) => (
              <Line key={outcome.followUpId} line={followUpLine(outcome, pack, language, step.movedOn ? 'moved-on' : 'ended')} data-follow-up-id={outcome.followUpId} />
            ))}
          </ul>
          {step.words.length > 0 && (
            <>
              <h4>{t('practiceYourWords')}</h4>
              {step.words.map((words, i) => (
                <blockquote key={i} lang={language} data-testid="summary-words">
                  {words}
                </blockquote>
              ))}
            </>
          )}
          {step.debrief && (
            <p class="debrief">
              <strong>{t('practiceDebrief')}:</strong> <span lang={language}>{step.debrief}</span>
            </p>
          )}
        </section>
      ))}
      {offScript.length > 0 && (
        <section class="summary-off-script" data-testid="summary-off-script">
          <h3>{t('practiceAboutElsewhere')}</h3>
          <p class="muted">{t('practiceOffScriptNote')}</p>
          {offScript.map((off) => (
            <section key={off.itemId} class="summary-step off-script" data-testid="summary-off-script-item" data-item-id={off.itemId}>
              <h4 lang={language}>{off.question}</h4>
              {off.followUps.length > 0 && (
                <ul>
                  {off.followUps.map((outcome) => (
                    <Line key={outcome.followUpId} line={followUpLine(outcome, pack, language, off.movedOn ? 'moved-on' : 'ended')} data-follow-up-id={outcome.followUpId} />
                  ))}
                </ul>
              )}
              {off.turns.length > 0 && (
                <ol class="summary-turns">
                  {off.turns.map((turn, i) => (
                    <li key={i} data-testid="summary-off-script-turn">
                      <blockquote lang={language} data-testid="summary-words">
                        {turn.text}
                      </blockquote>
                      <ul class="turn-feedback" aria-label={t('practiceFeedbackLabel')}>
                        {/* No goals here to name as missed; follow-ups of the items this turn left are told at those items. */}
                        {turnFeedbackLines({ ...turn.feedback, followUps: [] }, [], pack, language).map((line, j) => (
                          <Line key={j} line={line} spoken />
                        ))}
                      </ul>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          ))}
        </section>
      )}
    </>
  );
}
