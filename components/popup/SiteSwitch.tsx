import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CompiledPack } from '../../rules/compiled-pack';
import { pickText } from '../../rules/localized-text';
import { sendMessage } from '../../utils/messages';
import type { SiteStatus } from '../../utils/site-access';
import { interfaceLanguage, t } from '../../utils/i18n';
import { notSavedText } from '../not-saved';

interface Props {
  tabId: number;
  url: string;
  /** The installed pack whose host bindings name this page, if any. */
  pack: CompiledPack | null;
}

/** Turn the coach on for the case system in this tab (asks the browser for the site), or off again. */
export function SiteSwitch({ tabId, url, pack }: Props) {
  const [status, setStatus] = useState<SiteStatus | null>(null);
  const [error, setError] = useState('');

  const refresh = () => void sendMessage('site:status', { url }).then(setStatus);
  useEffect(refresh, [url]);

  if (!status?.pattern) return status ? <p class="muted">{t('siteNotPossible')}</p> : null;
  const pattern = status.pattern;

  async function turnOn() {
    setError('');
    // Must run in the popup's click handler: browsers only ask the user from a gesture.
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) {
      setError(t('siteDenied'));
      return;
    }
    await setEnabled(true);
  }

  /** Store the switch; when storage refuses (a full disk) the alert says so and the switch shows the state in force. */
  async function setEnabled(enabled: boolean) {
    setError('');
    try {
      await sendMessage('site:set-enabled', { pattern, enabled, tabId: enabled ? tabId : undefined });
    } catch (problem) {
      setError(notSavedText(problem));
    }
    refresh();
  }

  const host = new URL(url).hostname;
  return (
    <section class="site" aria-labelledby="site-heading">
      <h2 id="site-heading">{host}</h2>
      {pack && !status.granted && <p>{t('siteOffered', pickText(pack.title, [interfaceLanguage(), ...pack.languages]))}</p>}
      {status.granted ? (
        <label class="switch">
          <input type="checkbox" role="switch" checked={status.enabled} onChange={(e) => void setEnabled(e.currentTarget.checked)} />{' '}
          {t('siteSwitch')}
        </label>
      ) : (
        <button type="button" class="primary" onClick={() => void turnOn()}>
          {t('siteTurnOn')}
        </button>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
