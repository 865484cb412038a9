import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import type { ManagedPolicy } from '../../utils/policy/managed-policy';
import { policyOriginsToGrant } from '../../utils/policy/policy-sites';

/**
 * What the organisation set through managed policy, each shown as locked with
 * the reason, and the one prompt for the case-system sites the policy turns
 * coaching on for (a policy cannot grant site access itself: see
 * utils/policy/policy-sites.ts). Nothing when there is no policy.
 */
export function PolicySummary({ policy }: { policy: ManagedPolicy }) {
  const [toGrant, setToGrant] = useState<string[]>([]);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    void policyOriginsToGrant(policy).then(setToGrant);
  }, [policy]);

  const rows: [string, string][] = [];
  if (policy.packSubscriptions.length > 0) rows.push([t('policyPackUrls'), policy.packSubscriptions.map((s) => s.url).join(', ')]);
  if (policy.trustedKeys.length > 0) rows.push([t('policyTrustedKeys'), policy.trustedKeys.map((k) => k.keyId).join(', ')]);
  if (policy.allowFileImports !== undefined) rows.push([t('policyFileImports'), t(policy.allowFileImports ? 'policyAllowed' : 'policyNotAllowed')]);
  if (policy.requireSignedPacks !== undefined) rows.push([t('policySignedPacks'), t(policy.requireSignedPacks ? 'policyRequired' : 'policyNotRequired')]);
  if (policy.allowDowngrades !== undefined) rows.push([t('policyDowngrades'), t(policy.allowDowngrades ? 'policyAllowed' : 'policyNotAllowed')]);
  if (policy.updateIntervalMinutes !== undefined) {
    rows.push([t('policyInterval'), new Intl.NumberFormat(browser.i18n.getUILanguage(), { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(policy.updateIntervalMinutes)]);
  }
  if (policy.caseSystemOrigins.length > 0) rows.push([t('policySites'), policy.caseSystemOrigins.join(', ')]);
  if (policy.notesPassphraseRequired !== undefined) rows.push([t('policyPassphrase'), t(policy.notesPassphraseRequired ? 'policyRequired' : 'policyNotRequired')]);
  if (rows.length === 0 && policy.problems.length === 0) return null;

  async function allowSites() {
    setDenied(false);
    // One prompt for all of the policy's sites: the browser requires the adviser's click for it.
    const granted = await browser.permissions.request({ origins: toGrant });
    if (!granted) {
      setDenied(true);
      return;
    }
    await sendMessage('policy:sites-granted', {});
    setToGrant(await policyOriginsToGrant(policy));
  }

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
      {toGrant.length > 0 && (
        <p>
          {t('policySitesPrompt', toGrant.join(', '))}{' '}
          <button type="button" onClick={() => void allowSites()}>
            {t('policySitesAllow')}
          </button>
        </p>
      )}
      {denied && <p role="alert">{t('siteDenied')}</p>}
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
