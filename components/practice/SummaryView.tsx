/**
 * The end of a practice session: the trainer's goals met and missed, item by
 * item, with the adviser's own words and the follow-ups, then what was said at
 * questions off the scenario (marked apart, no goals), and the debrief notes.
 * "Keep" stores it in the extension's database under the notes retention rules;
 * "Export" downloads it as Markdown or JSON. Nothing is sent anywhere.
 */
import type { CompiledPack } from '../../rules/compiled-pack';
import type { PracticeSummary } from '../../rules/practice-run';
import { t, tCount } from '../../utils/i18n';
import { SummarySteps } from './SummarySteps';

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
  return (
    <section class="summary" aria-labelledby="practice-summary-heading" data-testid="practice-summary">
      <h2 id="practice-summary-heading" tabIndex={-1} ref={headingRef}>
        {t('practiceSummaryHeading', [summary.scenarioTitle])}
      </h2>
      <p data-testid="summary-totals">
        {tCount('practiceGoalsMet', summary.goalsMet)} · {tCount('practiceGoalsMissed', summary.goalsMissed)}
      </p>
      <SummarySteps summary={summary} pack={pack} />
      {summary.debrief && (
        <section class="summary-step">
          <h3>{t('practiceDebrief')}</h3>
          <p lang={summary.language}>{summary.debrief}</p>
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
