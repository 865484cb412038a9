/**
 * The end of a practice session: the trainer's goals met and missed, item by
 * item, with the adviser's own words and the follow-ups, and the debrief notes.
 * "Keep" stores it in the extension's database under the notes retention rules;
 * "Export" downloads it as Markdown or JSON. Nothing is sent anywhere.
 */
import type { CompiledPack } from '../../rules/compiled-pack';
import type { PracticeSummary } from '../../rules/practice-run';
import { t, tCount } from '../../utils/i18n';
import { followUpLine, goalName } from './feedback-text';

interface Props {
  pack: CompiledPack;
  summary: PracticeSummary;
  /** When the kept copy expires (ms); undefined until kept. */
  keptUntil?: number;
  /** Why the summary could not be kept: the disk is full, or the extension's storage is not there. */
  keepError?: 'disk-full' | 'unavailable';
  onKeep(): void;
  onExport(format: 'markdown' | 'json'): void;
  headingRef?: { current: HTMLHeadingElement | null };
}

export function SummaryView({ pack, summary, keptUntil, keepError, onKeep, onExport, headingRef }: Props) {
  const language = summary.language;
  return (
    <section class="summary" aria-labelledby="practice-summary-heading" data-testid="practice-summary">
      <h2 id="practice-summary-heading" tabIndex={-1} ref={headingRef}>
        {t('practiceSummaryHeading', [summary.scenarioTitle])}
      </h2>
      <p data-testid="summary-totals">
        {tCount('practiceGoalsMet', summary.goalsMet)} · {tCount('practiceGoalsMissed', summary.goalsMissed)}
      </p>
      {summary.steps.map((step) => (
        <section key={step.itemId} class="summary-step" data-testid="summary-step" data-item-id={step.itemId}>
          <h3 lang={language}>{step.question}</h3>
          <ul>
            {!step.asked && !step.keptForSafeSetting && <li class="feedback feedback-miss" data-goal="not-asked">{t('practiceNotAsked')}</li>}
            {step.goals.map((goal) => (
              <li key={goal.goal} class={`feedback feedback-${goal.met ? 'good' : 'miss'}`} data-goal={goal.goal} data-met={String(goal.met)}>
                {goalName(goal.goal)}: {t(goal.met ? 'practiceGoalMet' : 'practiceGoalMissed')}
              </li>
            ))}
            {step.followUps.map((outcome) => {
              const line = followUpLine(outcome, pack, language, step.movedOn ? 'moved-on' : 'ended');
              return (
                <li key={outcome.followUpId} class={`feedback feedback-${line.tone}`} data-feedback={line.kind} data-follow-up-id={outcome.followUpId}>
                  {line.text}
                </li>
              );
            })}
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
      {summary.debrief && (
        <section class="summary-step">
          <h3>{t('practiceDebrief')}</h3>
          <p lang={language}>{summary.debrief}</p>
        </section>
      )}
      <p class="actions">
        <button type="button" class="primary" onClick={onKeep} disabled={keptUntil !== undefined}>
          {t('practiceKeep')}
        </button>{' '}
        <button type="button" onClick={() => onExport('markdown')}>
          {t('practiceExportMarkdown')}
        </button>{' '}
        <button type="button" onClick={() => onExport('json')}>
          {t('practiceExportJson')}
        </button>
      </p>
      <p role="status" data-testid="keep-status">
        {keptUntil !== undefined && t('practiceKept', [new Date(keptUntil).toLocaleDateString()])}
        {keepError && (keepError === 'disk-full' ? t('practiceKeepFailedFull') : t('practiceKeepFailed'))}
      </p>
    </section>
  );
}
