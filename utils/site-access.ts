/**
 * Which case-system sites the coach runs on. A site is turned on from the popup:
 * the popup asks for the origin's permission (it needs the user's click), then the
 * background registers the content script for it, persisted across restarts.
 * Background only.
 */
import { browser } from 'wxt/browser';
import { originPattern } from './match-pattern';
import { forgetSitePack } from './site-packs';

const DISABLED_KEY = 'sites:disabled';
const CONTENT_SCRIPT = '/content-scripts/content.js';
const scriptId = (pattern: string) => `coach:${pattern}`;

export interface SiteStatus {
  /** `https://host/*`, or null for pages the coach can never run on (browser pages, files). */
  pattern: string | null;
  /** The browser lets the extension read this site. */
  granted: boolean;
  /** Granted and not switched off by the adviser. */
  enabled: boolean;
}

async function disabledPatterns(): Promise<string[]> {
  return ((await browser.storage.local.get(DISABLED_KEY))[DISABLED_KEY] as string[] | undefined) ?? [];
}

export async function isSiteDisabled(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  return pattern !== null && (await disabledPatterns()).includes(pattern);
}

export async function siteStatus(url: string): Promise<SiteStatus> {
  const pattern = originPattern(url);
  if (!pattern) return { pattern: null, granted: false, enabled: false };
  const granted = await browser.permissions.contains({ origins: [pattern] });
  const enabled = granted && !(await disabledPatterns()).includes(pattern);
  return { pattern, granted, enabled };
}

/**
 * Every frame of the site, including about:blank and srcdoc frames the case system
 * writes itself (matched by their creator's origin), as the manifest's static script does.
 */
const registration = (pattern: string) => ({
  id: scriptId(pattern),
  matches: [pattern],
  js: [CONTENT_SCRIPT],
  allFrames: true,
  matchOriginAsFallback: true,
  runAt: 'document_start' as const,
  persistAcrossSessions: true,
});

/** Origins the manifest runs the content script on already (a demo build's demo origins). */
const hasStaticScript = (pattern: string) =>
  (browser.runtime.getManifest().content_scripts ?? []).some((script) => script.matches?.includes(pattern));
/** One site's origin, as `enableSite` grants it; not a wildcard granted some other way. */
export const isSitePattern = (pattern: string) => /^https?:\/\/[^*/]+\/\*$/.test(pattern);

/** One site the adviser switched coaching on for, as the options page lists it. */
export interface SiteEntry {
  pattern: string;
  /** Coaching runs there (not switched off). */
  enabled: boolean;
  /** Granted by the adviser, so it can be removed; the demo build's own origins cannot. */
  removable: boolean;
}

/** The sites the extension may coach on: each granted origin, in address order. */
export async function listSites(): Promise<SiteEntry[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const disabled = await disabledPatterns();
  return origins
    .filter(isSitePattern)
    .sort()
    .map((pattern) => ({ pattern, enabled: !disabled.includes(pattern), removable: !hasStaticScript(pattern) }));
}

/**
 * Run the coach in the tabs already open on a site (`tabId`: in that one only). A frame
 * that already runs it looks for its pack again (entrypoints/content/index.ts).
 */
export async function injectIntoOpenTabs(pattern: string, tabId?: number): Promise<void> {
  const tabIds = tabId !== undefined ? [tabId] : (await browser.tabs.query({ url: pattern })).flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
  await Promise.all(tabIds.map((id) =>
    // A tab showing an error page or navigating elsewhere refuses: it starts by itself when it loads.
    browser.scripting.executeScript({ target: { tabId: id, allFrames: true }, files: [CONTENT_SCRIPT] }).catch(() => undefined)));
}

let turn: Promise<unknown> = Promise.resolve();
/**
 * Run `task` after every change to the sites asked for before it. A grant from the browser's
 * prompt switches the site on twice at once (permissions.onAdded, and the popup's click that
 * asked): unordered, both found no script registered and the second registration was refused
 * ("Duplicate script ID"), which the popup showed as a change not saved.
 */
function inSiteTurn<T>(task: () => Promise<T>): Promise<T> {
  const run = turn.then(task);
  turn = run.catch(() => undefined);
  return run;
}

/**
 * Run the coach on a granted site from now on, and in the tab the adviser is looking at
 * (without `tabId`: in every tab open on the site, as after a grant from the browser's prompt).
 */
export function enableSite(pattern: string, tabId?: number): Promise<void> {
  return inSiteTurn(() => switchOn(pattern, tabId));
}

async function switchOn(pattern: string, tabId?: number): Promise<void> {
  const disabled = await disabledPatterns();
  await browser.storage.local.set({ [DISABLED_KEY]: disabled.filter((p) => p !== pattern) });
  if (!hasStaticScript(pattern)) {
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(pattern)] });
    if (registered.length === 0) {
      await browser.scripting.registerContentScripts([
        registration(pattern),
      ]);
    }
  }
  await injectIntoOpenTabs(pattern, tabId);
}

/**
 * Stop coaching on a site, in its open tabs too; its permission stays so turning it back on is one click.
 * Why the open tabs: a coach left on screen there would stay after the next update of the
 * extension as a dead overlay in Firefox, which unloads the old content script outright while
 * the new version starts in enabled sites only (so no newer copy comes to take it away).
 */
export function disableSite(pattern: string): Promise<void> {
  return inSiteTurn(async () => {
    const disabled = await disabledPatterns();
    if (!disabled.includes(pattern)) await browser.storage.local.set({ [DISABLED_KEY]: [...disabled, pattern] });
    await browser.scripting.unregisterContentScripts({ ids: [scriptId(pattern)] }).catch(() => undefined);
    await askOpenTabsAgain(pattern);
  });
}

/**
 * Every frame of the site's open tabs asks again for its pack (entrypoints/content/index.ts):
 * switched off, it gets none and its coach takes its overlay away; resolves once they have.
 * A tab without the coach refuses.
 */
async function askOpenTabsAgain(pattern: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: pattern });
  await Promise.all(tabs.map((tab) =>
    tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: 'site:switched-off', data: {} }).catch(() => undefined)));
}

/** The adviser removed a site (options page, or the browser's own site access): forget it entirely, with the pack chosen for it. */
export function forgetSite(pattern: string): Promise<void> {
  return inSiteTurn(async () => {
    await browser.scripting.unregisterContentScripts({ ids: [scriptId(pattern)] }).catch(() => undefined);
    const disabled = await disabledPatterns();
    if (disabled.includes(pattern)) await browser.storage.local.set({ [DISABLED_KEY]: disabled.filter((p) => p !== pattern) });
    await forgetSitePack(pattern);
  });
}

/**
 * Sites granted outside the popup's click (the browser's prompt outlived a closed popup,
 * the options page, the browser's own site settings) start at once in their open tabs;
 * revoked ones stop being registered.
 */
export function followPermissionChanges(): void {
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    for (const pattern of origins.filter(isSitePattern)) void enableSite(pattern);
  });
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    for (const pattern of origins.filter(isSitePattern)) void forgetSite(pattern);
  });
}

/** Re-register scripts for granted, enabled sites (browsers without persistent registration forget them). */
export function restoreSiteScripts(): Promise<void> {
  return inSiteTurn(registerMissing);
}

async function registerMissing(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const disabled = await disabledPatterns();
  const registered = new Set((await browser.scripting.getRegisteredContentScripts()).map((s) => s.id));
  const missing = origins.filter(
    (p) => isSitePattern(p) && !hasStaticScript(p) && !disabled.includes(p) && !registered.has(scriptId(p)),
  );
  if (missing.length === 0) return;
  await browser.scripting.registerContentScripts(
    missing.map(registration),
  );
}
