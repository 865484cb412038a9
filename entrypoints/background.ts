/**
 * Background: owns installed packs, their subscriptions and the managed policy,
 * and the per-tab detection reports, and answers the content scripts.
 * Extension origin only.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages, type Request } from '../utils/messages';
import { readEnabledPacks, readInstalledPack, readPackForUrl } from '../rules/pack-store';
import { withCurrentSecondNet } from '../rules/pack-second-net';
import { restoreDefaultPacks } from '../rules/install-default-packs';
import { ensurePacksReady, preparePacksAfterUpdate, readCurrentPack } from '../utils/packs/packs-ready';
import { pickText } from '../rules/localized-text';
import { interfaceLanguage } from '../utils/i18n';
import { loadSession, purgeIdleSessions, recordSessionEvent } from '../utils/interview/session-store';
import { forwardCoachCommand } from '../utils/forward-coach-command';
import { forgetSilencedOnLoad, markCoachSilenced } from '../utils/coach-silenced';
import { recordFocus } from '../utils/interview/record-focus';
import { disableSite, enableSite, followPermissionChanges, injectIntoOpenTabs, isSiteDisabled, isSitePattern, listSites, restoreSiteScripts, siteStatus } from '../utils/site-access';
import { chooseSitePack, sitePacksAllowed } from '../utils/site-packs';
import { cachedManagedPolicy } from '../utils/policy/policy-store';
import { mergeFrameDetection, readDetection, updateDetection, withdrawFrameDetection } from '../utils/detection-store';
import { forgetUnmatched, recordUnmatched, unmatchedInTab, withdrawUnmatched } from '../utils/unmatched-store';
import { notesHandlers, registerNotesBackground } from '../utils/notes/notes-background';
import { packUpdateHandlers, registerPackUpdates } from '../utils/packs/pack-updates-background';
import { packLibraryHandlers } from '../utils/packs/pack-library-background';

/** The tab's top frame shows the one "left to ask" list: tell it what every frame found. */
async function tellTopFrame(tabId: number): Promise<void> {
  const report = await readDetection(tabId);
  if (!report) return;
  const message = { type: 'coach:found-in-tab', data: { packId: report.packId, itemIds: Object.keys(report.found) } };
  await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
}

/**
 * A frame's coach asks the tab's top document to draw its card (frame-card-relay.ts):
 * passed on to frame 0 only, from a frame that is not frame 0. Answers whether it was taken.
 */
async function toTopFrame<K extends 'frame-card:show' | 'frame-card:follow-ups' | 'frame-card:command'>(
  type: K,
  data: Request<K>,
  sender: Browser.runtime.MessageSender,
): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !sender.frameId) return false;
  const message = { type, data: { ...data, frameId: sender.frameId } };
  const taken: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => false);
  return taken === true;
}

export default defineBackground(() => {
  forgetSilencedOnLoad();
  handleMessages({
    ...notesHandlers,
    ...packUpdateHandlers,
    ...packLibraryHandlers,
    'interview:load': ({ packId }, sender) => loadSession(sender.tab?.id ?? -1, packId),
    'interview:record': ({ packId, event }, sender) => recordSessionEvent(sender.tab?.id ?? -1, packId, event),
    'coach:focus': async ({ packId, itemId }, sender) => {
      if (sender.tab?.id === undefined) return;
      const pack = await readInstalledPack(packId);
      await recordFocus(sender.tab.id, pack, itemId);
    },
    'coach:silenced': async (_, sender) => {
      if (sender.tab?.id === undefined || !sender.tab.url) return;
      await markCoachSilenced(sender.tab.id, sender.tab.url);
    },
    'pack:for-url': async ({ url }, sender) => {
      // '' from a frame that cannot know its page (a sandboxed srcdoc frame): the tab's page embeds it.
      const page = url || sender.tab?.url || '';
      if (!page || (await isSiteDisabled(page))) return null;
      // Stored packs were compiled again by this version when it started (utils/packs/packs-ready.ts), or are
      // here when read stale. One that cannot be (stored before documents were kept) still gets this version's
      // second net: the content script has no net of its own.
      return withCurrentSecondNet(await readCurrentPack(() => readPackForUrl(page)));
    },
    'site:status': ({ url }) => siteStatus(url),
    // Only a page the adviser switched coaching on for runs the content script that asks.
    'pack:choosable': () => readEnabledPacks(),
    'frame-card:show': (card, sender) => toTopFrame('frame-card:show', card, sender),
    'frame-card:follow-ups': (offer, sender) => toTopFrame('frame-card:follow-ups', offer, sender),
    'frame-card:command': (request, sender) => toTopFrame('frame-card:command', request, sender),
    'frame-card:host-ready': async (_, sender) => {
      if (sender.tab?.id === undefined || sender.frameId !== 0) return;
      await browser.tabs.sendMessage(sender.tab.id, { type: 'frame-card:host-ready', data: {} }).catch(() => undefined);
    },
    'frame-card:focus-field': async ({ frameId }, sender) => {
      // Only the top document draws frames' cards, so only it gives their focus back.
      if (sender.tab?.id === undefined || sender.frameId !== 0) return;
      await browser.tabs.sendMessage(sender.tab.id, { type: 'frame-card:focus-field', data: { frameId } }, { frameId }).catch(() => undefined);
    },
    'packs:restore-defaults': async () => ({ restored: (await restoreDefaultPacks()).map((pack) => pickText(pack.title, [interfaceLanguage(), ...pack.languages])) }),
    'site:set-enabled': ({ pattern, enabled, tabId }) => (enabled ? enableSite(pattern, tabId) : disableSite(pattern)),
    'site:choose-pack': async ({ pattern, packId }, sender) => {
      // Settings of the adviser's: from the extension's own pages, never from a content script in a case system.
      if (!sender.url?.startsWith(browser.runtime.getURL('/'))) throw new Error('not from an extension page');
      if (!isSitePattern(pattern)) throw new Error(`not a site: ${pattern}`);
      if (packId !== null && !sitePacksAllowed(await cachedManagedPolicy())) throw new Error('your organisation does not let advisers choose a pack for a case system');
      if (packId !== null && !(await readInstalledPack(packId))) throw new Error(`no installed pack ${packId}`);
      // Open tabs on the site choose again when the stored choice changes (pack-updates-background.ts).
      await chooseSitePack(pattern, packId);
    },
    'sites:list': () => listSites(),
    // Every frame reports its own findings; merged per tab, one update at a time.
    'detection:report': async (detection, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      // Host page text: kept in memory for the tab, never with the stored report.
      const { unmatched, ...findings } = detection;
      if (unmatched) recordUnmatched(tabId, { ...unmatched, frameId: sender.frameId ?? 0, frameUrl: findings.frameUrl, packId: findings.packId });
      const pack = await readInstalledPack(detection.packId);
      const itemIds = pack?.items.map((item) => item.id) ?? [];
      await updateDetection(tabId, (previous) => mergeFrameDetection(previous, sender.frameId ?? 0, findings, itemIds));
      await tellTopFrame(tabId);
    },
    'detection:unmatched': async ({ tabId }, sender) => {
      // Host page text, for the popup only.
      if (!sender.url?.startsWith(browser.runtime.getURL('/'))) throw new Error('not from an extension page');
      const kept = unmatchedInTab(tabId);
      if (kept) return kept;
      // The background stopped since the frames reported (kept in memory only): they report again,
      // and the stored report they update tells the popup to ask once more.
      if (await readDetection(tabId)) await browser.tabs.sendMessage(tabId, { type: 'detection:report-again', data: {} }).catch(() => undefined);
      return null;
    },
    'detection:withdraw': async ({ packId, frameUrl }, sender) => {
      const tabId = sender.tab?.id;
      const frameId = sender.frameId;
      if (tabId === undefined || frameId === undefined) return;
      withdrawUnmatched(tabId, frameId, frameUrl);
      const pack = await readInstalledPack(packId);
      const itemIds = pack?.items.map((item) => item.id) ?? [];
      await updateDetection(tabId, (previous) =>
        previous && previous.packId === packId ? withdrawFrameDetection(previous, frameId, frameUrl, itemIds) : undefined,
      );
      await tellTopFrame(tabId);
    },
  });

  registerNotesBackground();
  // Subscriptions and managed policy: checks on the alarm, policy changes applied live.
  registerPackUpdates();
  followPermissionChanges();
  // Default packs: on first run or when storage has no packs record; updated with the extension. Then
  // stored packs that an earlier version compiled are compiled again.
  void ensurePacksReady();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // A fresh install is the first run above; an update (or a reload in development) may bring newer defaults.
    if (reason === 'update') void preparePacksAfterUpdate();
    // Pages opened before this version was installed (an update, a reload) have no
    // working coach: the old one stops itself; start this version in them.
    void listSites().then((sites) => sites.filter((site) => site.enabled).forEach((site) => void injectIntoOpenTabs(site.pattern)));
  });
  browser.commands.onCommand.addListener((command, tab) => void forwardCoachCommand(command, tab?.id));
  // Browser-test builds only (`wxt build -b firefox --mode e2e-pages`; dropped from every other
  // build): Firefox's WebDriver may not open an extension page, but drives one the extension opened.
  if (import.meta.env.MODE === 'e2e-pages') {
    browser.runtime.onInstalled.addListener(() => void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') }));
  }
  browser.runtime.onStartup.addListener(() => {
    void purgeIdleSessions();
    void restoreSiteScripts();
  });

  // A new page in the top frame starts a new report.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      forgetUnmatched(tabId);
      void updateDetection(tabId, () => null);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetUnmatched(tabId);
    void updateDetection(tabId, () => null);
  });
});
