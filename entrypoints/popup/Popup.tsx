import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DetectionSummary } from '../../components/popup/DetectionSummary';
import { SiteSwitch } from '../../components/popup/SiteSwitch';
import { UpdateReadyNotice } from '../../components/popup/UpdateReadyNotice';
import { PolicySitesPrompt } from '../../components/policy/PolicySitesPrompt';
import type { ManagedPolicy } from '../../utils/policy/managed-policy';
import { cachedManagedPolicy, watchManagedPolicy } from '../../utils/policy/policy-store';
import type { CompiledPack } from '../../rules/compiled-pack';
import { pickText } from '../../rules/localized-text';
import { isUnsigned, provenanceKey, provenanceOf } from '../../rules/pack-provenance';
import { packsForPage, readDefaultPacksState, readEnabledPacks, readPackProvenance, readPackSources, type PagePacks } from '../../rules/pack-store';
import { originPattern } from '../../utils/match-pattern';
import { readSitePacks, sitePacksAllowed } from '../../utils/site-packs';
import type { PackOnPage } from '../../utils/messages';
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

/**
 * Ask the page's coach which packs ask its questions (undefined: no answer). It runs where the
 * site is switched on; just switched on, it is still starting in the tab, so a few more tries.
 */
async function packsOnPage(tabId: number, tries = 8): Promise<PackOnPage[] | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      const answer: unknown = await browser.tabs.sendMessage(tabId, { type: 'coach:packs-on-page', data: {} }, { frameId: 0 });
      if (Array.isArray(answer)) return answer as PackOnPage[];
    } catch {
      // no coach in the tab (yet)
    }
    if (attempt >= tries) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The current tab: the pack in use, what was found, coaching on or off for the site; ways into notes and settings. */
export function Popup() {
  const [tab, setTab] = useState<TabInfo | undefined>();
  /**
   * The packs for this tab's page, the one in use first, and why they are; undefined until
   * read, so the site's part never says "no pack" (or no pack installed) for packs not read yet.
   */
  const [fitting, setFitting] = useState<PagePacks<CompiledPack>>();
  const pack = fitting?.packs[0] ?? null;
  /** The packs that coach (installed, switched on): what the adviser may choose for a site no pack names. */
  const [enabledPacks, setEnabledPacks] = useState<CompiledPack[]>([]);
  const [chosenId, setChosenId] = useState<string>();
  /** On a page no pack is written for: how many of each choosable pack's questions it shows (undefined: not known). */
  const [onPage, setOnPage] = useState<PackOnPage[]>();
  const [unsigned, setUnsigned] = useState(false);
  const [policy, setPolicy] = useState<ManagedPolicy>();
  const [silenced, setSilenced] = useState(false);

  /** The pack the coach uses on `url`: switched-off packs do not coach. */
  async function readPacks(tabId: number, url: string) {
    const [packs, sitePacks, sourceOf] = await Promise.all([readEnabledPacks(), readSitePacks(), readPackSources()]);
    const site = originPattern(url);
    const chosen = site === null ? undefined : sitePacks[site];
    const candidates = packsForPage(packs, url, chosen, sourceOf);
    setEnabledPacks(packs);
    setChosenId(chosen);
    setFitting(candidates);
    if (candidates.by === 'none' && packs.length > 0) void packsOnPage(tabId).then(setOnPage);
    const inUse = candidates.packs[0] ?? null;
    if (inUse) {
      const provenance = (await readPackProvenance())[provenanceKey(inUse.id, inUse.version)];
      setUnsigned(isUnsigned(provenanceOf(provenance, (await readDefaultPacksState())?.offered.includes(inUse.id) ?? false)));
    }
  }

  useEffect(() => {
    // `popup.html?tab=<id>` shows another tab (opened as a page, e.g. in tests).
    const asked = Number(new URLSearchParams(location.search).get('tab'));
    const found = Number.isInteger(asked) && asked > 0
      ? browser.tabs.get(asked)
      : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active);
    void cachedManagedPolicy().then(setPolicy);
    // The background stores the policy a moment after the browser starts: a popup opened sooner follows it.
    const stopWatchingPolicy = watchManagedPolicy(setPolicy);
    void found.then(async (current) => {
      if (current?.id === undefined) return;
      setTab({ id: current.id, url: current.url });
      if (!current.url) return;
      void isCoachSilenced(current.id, current.url).then(setSilenced);
      // Packs that cannot be read leave the switch as for a page no pack is written for, not absent.
      await readPacks(current.id, current.url).catch(() => setFitting((read) => read ?? { packs: [], by: 'none' }));
    });
    return stopWatchingPolicy;
  }, []);

  const language = interfaceLanguage();
  // What an adviser needs in a live interview first (the site switch, the pack in use,
  // notes); what detection found, for supervisors tuning a pack, folded below. Fits
  // Chrome's 600 px popup height with the details closed.
  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      {tab?.url && fitting && (
        <SiteSwitch
          tabId={tab.id}
          url={tab.url}
          pack={pack}
          by={fitting.by}
          choices={enabledPacks}
          mayChoose={policy !== undefined && sitePacksAllowed(policy)}
          chosenId={chosenId}
          onPage={onPage}
          onChanged={() => tab.url && void readPacks(tab.id, tab.url)}
        />
      )}
      {pack && (
        <p data-testid="pack-in-use">
          {t(fitting?.by === 'chosen' ? 'popupPackChosen' : 'popupPackInUse', [pickText(pack.title, [language, 'en']), pack.version])}
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
      {fitting && fitting.packs.length > 1 && (
        <p data-testid="packs-also-matching">
          {t('popupOtherPacksMatch', [fitting.packs.slice(1).map((other) => `${pickText(other.title, [language, 'en'])} (${other.version})`).join(', ')])}
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
