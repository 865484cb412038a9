import { RETENTION_CHOICES } from '../../utils/notes/retention-policy';
import { t } from '../../utils/i18n';
import { formatDuration } from './format';
import type { NotesController } from './notes-controller';

/** How long notes are kept: the organisation's limit, and the adviser's shorter choice. */
export function RetentionSetting({ controller }: { controller: NotesController }) {
  const { days, limit, managed } = controller.policy.value;
  const choices = [...new Set([...RETENTION_CHOICES.filter((n) => n < limit), limit])];
  return (
    <section aria-labelledby="retention-heading">
      <h3 id="retention-heading">{t('notesRetentionHeading')}</h3>
      <p data-testid="retention-summary">{t('notesRetentionExplain', [formatDuration(days, 'day')])}</p>
      <p class="muted">{managed ? t('notesRetentionManaged', [formatDuration(limit, 'day')]) : t('notesRetentionDefault', [formatDuration(limit, 'day')])}</p>
      <label for="retention-days" class="field-label">
        {t('notesRetentionChoose')}
      </label>
      <select
        id="retention-days"
        data-testid="retention-days"
        value={String(days)}
        disabled={controller.busy.value}
        onChange={(event) => {
          const chosen = Number(event.currentTarget.value);
          // Choosing the limit means "follow the limit", so a later change by the organisation applies.
          void controller.setRetention(chosen >= limit ? undefined : chosen);
        }}
      >
        {choices.map((n) => (
          <option key={n} value={String(n)}>
            {n === limit ? t('notesRetentionLimitOption', [formatDuration(n, 'day')]) : formatDuration(n, 'day')}
          </option>
        ))}
      </select>
    </section>
  );
}
