import { PolicySitesPrompt } from '../../components/policy/PolicySitesPrompt';
import { useManagedPolicy } from '../../components/policy/use-managed-policy';
import { formatDuration } from '../../components/notes/format';
import { t } from '../../utils/i18n';
import type { ManagedPolicy } from '../../utils/policy/managed-policy';

/**
 * What the organisation set through managed policy, every setting in force shown
 * as locked with the reason, and the one prompt for the policy's case-system
 * sites. First on the settings page (README, IT); nothing when there is no policy.
 */
export function PolicySummary() {
  const policy = useManagedPolicy();
  return policy ? <PolicySettings policy={policy} /> : null;
}

function PolicySettings({ policy }: { policy: ManagedPolicy }) {
  const rows: [string, string][] = [];
  if (policy.packSubscriptions.length > 0) rows.push([t('policyPackUrls'), policy.packSubscriptions.map((s) => s.url).join(', ')]);
  if (policy.trustedKeys.length > 0) rows.push([t('policyTrustedKeys'), policy.trustedKeys.map((k) => k.keyId).join(', ')]);
  if (policy.allowFileImports !== undefined) rows.push([t('policyFileImports'), t(policy.allowFileImports ? 'policyAllowed' : 'policyNotAllowed')]);
  if (policy.requireSignedPacks !== undefined) rows.push([t('policySignedPacks'), t(policy.requireSignedPacks ? 'policyRequired' : 'policyNotRequired')]);
  if (policy.allowDowngrades !== undefined) rows.push([t('policyDowngrades'), t(policy.allowDowngrades ? 'policyAllowed' : 'policyNotAllowed')]);
  if (policy.updateIntervalMinutes !== undefined) rows.push([t('policyInterval'), formatDuration(policy.updateIntervalMinutes, 'minute')]);
  if (policy.caseSystemOrigins.length > 0) rows.push([t('policySites'), policy.caseSystemOrigins.join(', ')]);
  if (policy.allowSitePacks !== undefined) rows.push([t('policySitePacks'), t(policy.allowSitePacks ? 'policyAllowed' : 'policyNotAllowed')]);
  if (policy.notesPassphraseRequired !== undefined) rows.push([t('policyPassphrase'), t(policy.notesPassphraseRequired ? 'policyRequired' : 'policyNotRequired')]);
  if (policy.notesRetentionDays !== undefined) rows.push([t('policyNotesRetention'), formatDuration(policy.notesRetentionDays, 'day')]);
  if (rows.length === 0 && policy.problems.length === 0) return null;

  return (
    <section aria-labelledby="policy-heading" data-testid="policy-summary">
      <h2 id="policy-heading">{t('policyHeading')}</h2>
      <p>{t('policyIntro')}</p>
      <dl class="pack-facts">
        {rows.map(([name, value]) => (
          <>
            <dt>{name}</dt>
            <dd data-locked="policy">
              {value} <span class="badge">{t('policyLockedBadge')}</span>
            </dd>
          </>
        ))}
      </dl>
      <PolicySitesPrompt policy={policy} />
      {policy.problems.length > 0 && (
        <div class="refusal" data-testid="policy-problems">
          <p>{t('policyProblems')}</p>
          <ul>
            {policy.problems.map((problem) => (
              <li key={problem}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
