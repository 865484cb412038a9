import { useState } from 'preact/hooks';
import { notSavedText } from '../../components/not-saved';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import type { Subscription } from '../../utils/packs/subscriptions';
import { checkResultText, refusalText, when } from './pack-words';

interface Props {
  subscriptions: Subscription[];
  onStatus(message: string): void;
}

/**
 * Packs from a web address: subscribe (HTTPS; http://127.0.0.1 and localhost
 * for testing), check now, unsubscribe. The organisation's subscriptions are
 * listed too, locked. Checks run in the background (utils/packs/pack-updates.ts).
 */
export function PackSubscriptions({ subscriptions, onStatus }: Props) {
  const [url, setUrl] = useState('');
  const [signatureUrl, setSignatureUrl] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState<string>();

  async function subscribe(event: Event) {
    event.preventDefault();
    setProblem('');
    setBusy('new');
    try {
      const answer = await sendMessage('packs:subscribe', { url, ...(signatureUrl.trim() && { signatureUrl }) });
      if (!answer.ok) {
        setProblem(t(`packsSubscribeProblem_${answer.problem.replace('-', '_')}`));
        return;
      }
      setUrl('');
      setSignatureUrl('');
      onStatus(answer.result ? checkResultText(answer.result) : '');
    } catch (error) {
      // Not followed (the list could not be stored): the address stays in the box to try again.
      onStatus(notSavedText(error));
    } finally {
      setBusy(undefined);
    }
  }

  async function checkNow(subscription: Subscription) {
    setBusy(subscription.url);
    onStatus(t('packsChecking', subscription.url));
    try {
      const result = await sendMessage('packs:check-now', { url: subscription.url });
      onStatus(result ? checkResultText(result) : '');
    } catch (error) {
      onStatus(notSavedText(error));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section aria-labelledby="subscriptions-heading">
      <h3 id="subscriptions-heading" class="sub">
        {t('packsSubscriptions')}
      </h3>
      <p class="muted" id="subscriptions-help">
        {t('packsSubscriptionsHelp')}
      </p>
      <ul class="packs" data-testid="subscriptions">
        {subscriptions.map((subscription, index) => (
          <li key={subscription.url} class="pack" data-subscription-url={subscription.url}>
            <p id={`subscription-${index}`}>
              <code>{subscription.url}</code>
            </p>
            <dl class="pack-facts">
              <dt>{t('packsSignatureUrl')}</dt>
              <dd>
                <code>{subscription.signatureUrl}</code>
              </dd>
              <dt>{t('packsLastCheck')}</dt>
              <dd data-testid="subscription-last-check">
                {subscription.lastCheckAt !== undefined && subscription.lastResult
                  ? `${when(subscription.lastCheckAt)}: ${checkResultText(subscription.lastResult)}`
                  : t('packsNotCheckedYet')}
              </dd>
              {subscription.lastError && (
                <>
                  <dt>{t('packsLastError')}</dt>
                  <dd>{`${when(subscription.lastError.at)}: ${refusalText(subscription.lastError.refusal)}`}</dd>
                </>
              )}
              {subscription.nextCheckAt !== undefined && (
                <>
                  <dt>{t('packsNextCheck')}</dt>
                  <dd>{when(subscription.nextCheckAt)}</dd>
                </>
              )}
            </dl>
            {subscription.source === 'policy' && (
              <p class="muted locked" data-testid="subscription-locked">
                {t('packsSubscriptionLocked')}
              </p>
            )}
            <div class="pack-actions">
              {/* The same label on every subscription: its address says which one. */}
              <button type="button" aria-describedby={`subscription-${index}`} disabled={busy !== undefined} onClick={() => void checkNow(subscription)}>
                {t('packsCheckNow')}
              </button>
              {subscription.source !== 'policy' && (
                <button
                  type="button"
                  aria-describedby={`subscription-${index}`}
                  onClick={() => void sendMessage('packs:unsubscribe', { url: subscription.url }).catch((error: unknown) => onStatus(notSavedText(error)))}
                >
                  {t('packsUnsubscribe')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <form onSubmit={(event) => void subscribe(event)}>
        <p>
          <label for="subscribe-url">{t('packsSubscribeUrl')}</label>
          <br />
          <input id="subscribe-url" type="url" size={60} required value={url} aria-describedby="subscriptions-help" onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
        </p>
        <p>
          <label for="subscribe-signature-url">{t('packsSubscribeSignatureUrl')}</label>
          <br />
          <input
            id="subscribe-signature-url"
            type="url"
            size={60}
            value={signatureUrl}
            placeholder={url ? `${url}.sig` : ''}
            onInput={(e) => setSignatureUrl((e.target as HTMLInputElement).value)}
          />
        </p>
        {problem && (
          <p role="alert" class="error-text">
            {problem}
          </p>
        )}
        <button type="submit" disabled={busy !== undefined}>
          {t('packsSubscribe')}
        </button>
      </form>
    </section>
  );
}
