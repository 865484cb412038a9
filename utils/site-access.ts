/**
 * Which case-system sites the coach runs on. A site is turned on from the popup:
 * the popup asks for the origin's permission (it needs the user's click), then the
 * background registers the content script for it, persisted across restarts.
 * Background only.
 */
import { browser } from 'wxt/browser';
import { DEMO_MATCHES } from './demo-origins';
import { originPattern } from './match-pattern';

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
  runAt: 'document_idle' as const,
  persistAcrossSessions: true,
});

const isDemoPattern = (pattern: string) => DEMO_MATCHES.includes(pattern);
/** One site's origin, as `enableSite` grants it; not a wildcard granted some other way. */
const isSitePattern = (pattern: string) => /^https?:\/\/[^*/]+\/\*$/.test(pattern);

/** Run the coach on a granted site from now on, and in the tab the adviser is looking at. */
export async function enableSite(pattern: string, tabId?: number): Promise<void> {
  const disabled = await disabledPatterns();
  await browser.storage.local.set({ [DISABLED_KEY]: disabled.filter((p) => p !== pattern) });
  // The demo origins have a static content script in the manifest already.
  if (!isDemoPattern(pattern)) {
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(pattern)] });
    if (registered.length === 0) {
      await browser.scripting.registerContentScripts([
        registration(pattern),
      ]);
    }
  }
  if (tabId !== undefined) {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT] }).catch(() => undefined);
  }
}

/** Stop coaching on a site; its permission stays so turning it back on is one click. */
export async function disableSite(pattern: string): Promise<void> {
  const disabled = await disabledPatterns();
  if (!disabled.includes(pattern)) await browser.storage.local.set({ [DISABLED_KEY]: [...disabled, pattern] });
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(pattern)] }).catch(() => undefined);
}

/** Re-register scripts for granted, enabled sites (browsers without persistent registration forget them). */
export async function restoreSiteScripts(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const disabled = await disabledPatterns();
  const registered = new Set((await browser.scripting.getRegisteredContentScripts()).map((s) => s.id));
  const missing = origins.filter(
    (p) => isSitePattern(p) && !isDemoPattern(p) && !disabled.includes(p) && !registered.has(scriptId(p)),
  );
  if (missing.length === 0) return;
  await browser.scripting.registerContentScripts(
    missing.map(registration),
  );
}
