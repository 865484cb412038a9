import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pickText } from '../../rules/localized-text';
import { interfaceLanguage, t } from '../../utils/i18n';
import { stagedUpdateHash, waitingUpdates } from '../../utils/packs/staged-update-link';
import { readSubscriptions, SUBSCRIPTIONS_KEY, type StagedUpdate } from '../../utils/packs/subscriptions';

/**
 * "Update ready for <pack>: version X" for every update that waits for the
 * adviser (rules/update-approval.ts), so an adviser who never opens the
 * settings still sees it; the button opens the settings at that update.
 * Follows storage, so it leaves as soon as the update is applied or kept back.
 */
export function UpdateReadyNotice() {
  const [waiting, setWaiting] = useState<StagedUpdate[]>([]);
  useEffect(() => {
    const reload = () => void readSubscriptions().then((subscriptions) => setWaiting(waitingUpdates(subscriptions)));
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SUBSCRIPTIONS_KEY in changes) reload();
    };
    reload();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  if (waiting.length === 0) return null;

  const language = interfaceLanguage();
  return (
    <ul class="updates" data-testid="updates-ready">
      {waiting.map(({ pack }) => {
        const title = pickText(pack.title, [language, ...pack.languages]);
        return (
          <li key={pack.id} class="notice" data-pack-id={pack.id}>
            {t('popupUpdateReady', [title, pack.version])}{' '}
            <button
              type="button"
              aria-label={t('popupReviewUpdateNamed', [title, pack.version])}
              onClick={() => void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}${stagedUpdateHash(pack.id)}` })}
            >
              {t('popupReviewUpdate')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
