import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DetectionSummary } from '../../components/popup/DetectionSummary';
import { SiteSwitch } from '../../components/popup/SiteSwitch';
import { PolicySitesPrompt } from '../../components/policy/PolicySitesPrompt';
import type { ManagedPolicy } from '../../utils/policy/managed-policy';
import { cachedManagedPolicy } from '../../utils/policy/policy-store';
import type { CompiledPack } from '../../rules/compiled-pack';
import { pickText } from '../../rules/localized-text';
import { isUnsigned, provenanceKey, provenanceOf } from '../../rules/pack-provenance';
import { packForUrl, readDefaultPacksState, readEnabledPacks, readPackProvenance } from '../../rules/pack-store';
import { t } from '../../utils/i18n';

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
  const [pack, setPack] = useState<CompiledPack | null>(null);
  const [unsigned, setUnsigned] = useState(false);
  const [policy, setPolicy] = useState<ManagedPolicy>();

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
      // The pack the coach uses here: switched-off packs do not coach.
      const inUse = packForUrl(await readEnabledPacks(), current.url);
      setPack(inUse);
      if (inUse) {
        const provenance = (await readPackProvenance())[provenanceKey(inUse.id, inUse.version)];
        setUnsigned(isUnsigned(provenanceOf(provenance, (await readDefaultPacksState())?.offered.includes(inUse.id) ?? false)));
      }
    });
  }, []);

  const language = browser.i18n.getUILanguage();
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
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
      {policy && <PolicySitesPrompt policy={policy} />}
      <DetectionSummary tabId={tab?.id} />
      {tab?.url && <SiteSwitch tabId={tab.id} url={tab.url} pack={pack} />}
      <p class="actions">
        <button type="button" onClick={() => tab && openNotes(tab.id)}>
          {t('popupOpenSidePanel')}
        </button>{' '}
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </p>
    </main>
  );
}
