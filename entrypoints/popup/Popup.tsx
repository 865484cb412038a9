import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DetectionSummary } from '../../components/popup/DetectionSummary';
import { SiteSwitch } from '../../components/popup/SiteSwitch';
import { UpdateReadyNotice } from '../../components/popup/UpdateReadyNotice';
import { PolicySitesPrompt } from '../../components/policy/PolicySitesPrompt';
import type { ManagedPolicy } from '../../utils/policy/managed-policy';
import { cachedManagedPolicy } from '../../utils/policy/policy-store';
import type { CompiledPack } from '../../rules/compiled-pack';
import { pickText } from '../../rules/localized-text';
import { isUnsigned, provenanceKey, provenanceOf } from '../../rules/pack-provenance';
import { packsForUrl, readDefaultPacksState, readEnabledPacks, readPackProvenance, readPackSources } from '../../rules/pack-store';
import { isCoachSilenced } from '../../utils/coach-silenced';
import { interfaceLanguage, t } from '../../utils/i18n';
import './popup.css';

interface TabInfo {
  id: number;
  url?: string;
}

/** Chrome's side panel, or Firefox's sidebar; either must be opened from the click itself. */
function openNotes(tabId: number) {
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (firefoxSidebar) void firefoxSidebar.open();
  else void browser.sidePanel?.open({ tabId });
}

/** The current tab: the pack in use, what was found, coaching on or off for the site; ways into notes and settings. */
export function Popup() {
  const [tab, setTab] = useState<TabInfo | undefined>();
  /** The packs for this tab's page, the one in use first. */
  const [fitting, setFitting] = useState<CompiledPack[]>([]);
  const pack = fitting[0] ?? null;
  const [unsigned, setUnsigned] = useState(false);
  const [policy, setPolicy] = useState<ManagedPolicy>();
  const [silenced, setSilenced] = useState(false);

  useEffect(() => {
    // `popup.html?tab=<id>` shows another tab (opened as a page, e.g. in tests).
    const asked = Number(new URLSearchParams(location.search).get('tab'));
    const found = Number.isInteger(asked) && asked > 0
      ? browser.tabs.get(asked)
      : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active);
    void cachedManagedPolicy().then(setPolicy);
    void found.then(async (current) => {
      if (current?.id === undefined) return;
      setTab({ id: current.id, url: current.url });
      if (!current.url) return;
      void isCoachSilenced(current.id, current.url).then(setSilenced);
      // The pack the coach uses here: switched-off packs do not coach.
      const candidates = packsForUrl(await readEnabledPacks(), current.url, await readPackSources());
      setFitting(candidates);
      const inUse = candidates[0] ?? null;
      if (inUse) {
        const provenance = (await readPackProvenance())[provenanceKey(inUse.id, inUse.version)];
        setUnsigned(isUnsigned(provenanceOf(provenance, (await readDefaultPacksState())?.offered.includes(inUse.id) ?? false)));
      }
    });
  }, []);

  const language = interfaceLanguage();
  // What an adviser needs in a live interview first (the site switch, the pack in use,
  // notes); what detection found, for supervisors tuning a pack, folded below. Fits
  // Chrome's 600 px popup height with the details closed.
  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      {tab?.url && <SiteSwitch tabId={tab.id} url={tab.url} pack={pack} />}
      {pack && (
        <p data-testid="pack-in-use">
          {t('popupPackInUse', [pickText(pack.title, [language, 'en']), pack.version])}
          {unsigned && (
            <>
              {' '}
              <span class="badge badge-unsigned" data-testid="pack-unsigned">
                {t('packsUnsignedBadge')}
              </span>
            </>
          )}
        </p>
      )}
      {silenced && (
        <p class="warning" role="alert" data-testid="coach-silenced">
          {t('popupCoachSilenced')}
        </p>
      )}
      {fitting.length > 1 && (
        <p data-testid="packs-also-matching">
          {t('popupOtherPacksMatch', [fitting.slice(1).map((other) => `${pickText(other.title, [language, 'en'])} (${other.version})`).join(', ')])}
        </p>
      )}
      {policy && <PolicySitesPrompt policy={policy} />}
      <UpdateReadyNotice />
      <p class="actions">
        <button type="button" class="primary" onClick={() => tab && openNotes(tab.id)}>
          {t('popupOpenSidePanel')}
        </button>{' '}
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>{' '}
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/practice.html') })} data-testid="open-practice">
          {t('popupOpenPractice')}
        </button>
      </p>
      <details class="details">
        <summary>{t('popupDetails')}</summary>
        <DetectionSummary tabId={tab?.id} />
      </details>
    </main>
  );
}
