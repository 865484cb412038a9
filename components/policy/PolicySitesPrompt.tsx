import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import type { ManagedPolicy } from '../../utils/policy/managed-policy';
import { policyOriginsToGrant } from '../../utils/policy/policy-sites';

/**
 * The one prompt for the case-system sites the organisation's policy turns
 * coaching on for: a policy cannot grant site access itself (see
 * utils/policy/policy-sites.ts), so the adviser allows them all with one click,
 * in the popup or the settings. Nothing when every policy site is allowed.
 */
export function PolicySitesPrompt({ policy }: { policy: ManagedPolicy }) {
  const [toGrant, setToGrant] = useState<string[]>([]);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    void policyOriginsToGrant(policy).then(setToGrant);
  }, [policy]);
  if (toGrant.length === 0) return null;

  async function allow() {
    setDenied(false);
    // The browser asks only from the adviser's click, and asks once for all of them.
    const granted = await browser.permissions.request({ origins: toGrant });
    if (!granted) {
      setDenied(true);
      return;
    }
    await sendMessage('policy:sites-granted', {});
    setToGrant(await policyOriginsToGrant(policy));
  }

  return (
    <div data-testid="policy-sites">
      <p>
        {t('policySitesPrompt', toGrant.join(', '))}{' '}
        <button type="button" onClick={() => void allow()}>
          {t('policySitesAllow')}
        </button>
      </p>
      {denied && <p role="alert">{t('siteDenied')}</p>}
    </div>
  );
}
