import { isEmptyDiff, type PackDiff } from '../../rules/pack-diff';
import { t } from '../../utils/i18n';

/** What a new version changes: item ids added, removed, changed, and whose follow-up conditions changed. Lists, not counts. */
export function PackDiffView({ diff, heading }: { diff: PackDiff; heading?: string }) {
  const rows = [
    ['packsDiffAdded', diff.added],
    ['packsDiffRemoved', diff.removed],
    ['packsDiffChanged', diff.changed],
    ['packsDiffFollowUps', diff.followUpConditionsChanged],
    ['packsDiffResources', diff.followUpResourcesChanged ?? []],
  ] as const;
  const shown = rows.filter(([, ids]) => ids.length > 0);
  return (
    <div class="pack-diff" data-testid="pack-diff">
      {heading && <p class="sub-heading">{heading}</p>}
      <p>{t('packsDiffHeading', [diff.fromVersion, diff.toVersion])}</p>
      {isEmptyDiff(diff) ? (
        <p>{t('packsDiffNone')}</p>
      ) : (
        <dl class="pack-facts">
          {shown.map(([key, ids]) => (
            <>
              <dt>{t(key)}</dt>
              <dd data-testid={key}>{ids.join(', ')}</dd>
            </>
          ))}
        </dl>
      )}
    </div>
  );
}
