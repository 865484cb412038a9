// Firefox for real: the extension is updated (installed again over itself) or installed
// for the first time while a case page is open. Firefox unloads an updated extension's
// content scripts outright and starts the new version in open tabs twice over (the
// manifest's script, and the copy the background injects at install). Afterwards exactly
// one coach serves the page, and it is a working one: a disclosure typed after the update
// or install brings its critical follow-up; no card of the old coach stays on the page.
// A site switched off while its case page is open keeps no overlay through an update: the
// coach leaves the open tab when switched off (the update starts no new copy on a site
// switched off, to clear a dead one away).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import {
  extensionTab,
  FIREFOX_NO_PERMISSION_PROMPTS,
  FIREFOX_PAGES_EXTENSION_DIR,
  grantSite,
  inOverlay,
  installFirefoxExtension,
  launchFirefox,
  OVERLAY_CARD_ITEM as CARD_ITEM,
  OVERLAY_MARKERS as MARKERS,
  until,
} from './support/firefox-session';
import { startStaticServer } from './support/static-server.mjs';

let server: Awaited<ReturnType<typeof startStaticServer>>;
beforeAll(async () => {
  server = await startStaticServer();
});
afterAll(async () => server?.close());

const CRITICAL = '(root) => [...root.querySelectorAll(".followup[data-severity=critical]")].map((f) => f.getAttribute("data-follow-up-id")).join(",")';

/** The extension's overlay containers in the page (seen from the page: a popover `<div>` at the root). */
const overlays = (page: Page) => page.evaluate(() => document.querySelectorAll(':root > div[popover]').length);

/** The case pages (own markup, two layouts) and the field of "How are you psychologically?" on each. */
const PAGES = [
  { path: '/firefox-handover/', psych: '#h-psych' },
  { path: '/firefox-handover/english.html', psych: '#w-psych' },
];
/** Disclosures the pack reads as suicide risk (checked with `adviser-coach pack try`), with a harmless start. */
const ANSWERS = [
  { start: 'Hon säger att ', rest: 'hon har tänkt på att ta sitt liv, flera gånger i vinter.' },
  { start: 'He told me ', rest: 'he has been planning to end his life and has saved up tablets.' },
  { start: 'Hun sier at ', rest: 'hun har tenkt på å ta sitt eget liv flere ganger i det siste.' },
];

async function coached(page: Page): Promise<void> {
  await until(() => inOverlay(page, MARKERS).then((m) => m?.includes('psychological-health') && m), 'the field markers', 30_000);
}

/** The one overlay on the page shows the critical suicide-risk follow-up. */
async function expectOneCoachWithCriticalCard(page: Page): Promise<void> {
  const critical = await until(async () => ((await overlays(page)) === 1 ? inOverlay(page, CRITICAL) : null), 'one overlay with the critical follow-up', 20_000)
    .catch(async (error: Error) => {
      throw new Error(`${error.message}: ${await overlays(page)} overlay(s), critical "${await inOverlay(page, CRITICAL)}"`);
    });
  expect(critical.split(',')).toContain('suicide-risk');
  expect(await overlays(page)).toBe(1);
}

describe('Firefox: one working coach after the extension is updated or installed with a case open', () => {
  let firefox: Browser;
  beforeAll(async () => {
    firefox = await launchFirefox(FIREFOX_NO_PERMISSION_PROMPTS);
  }, 120_000);
  afterAll(async () => firefox?.close());

  it('fresh install with a case page already open, and a page opened at once after it: the disclosure brings the critical card (4 installs)', async () => {
    for (let round = 0; round < 4; round++) {
      const page = PAGES[round % PAGES.length]!;
      const answer = ANSWERS[round % ANSWERS.length]!;
      const open = await firefox.newPage();
      await open.goto(`${server.origin}${page.path}?case=open-before-${round}`);
      const addonId = await installFirefoxExtension(firefox);
      // Opened right after the install, while the background may still be starting the coach in open tabs.
      const fresh = await firefox.newPage();
      await fresh.goto(`${server.origin}${page.path}?case=opened-after-${round}`);
      for (const tab of [open, fresh]) {
        await tab.bringToFront();
        await coached(tab);
        await tab.focus(page.psych);
        await tab.keyboard.type(answer.start + answer.rest, { delay: 5 });
        await expectOneCoachWithCriticalCard(tab);
      }
      // Uninstalled again (its scripts unloaded, their overlays left behind), for the next fresh install.
      await firefox.uninstallExtension(addonId);
      await open.close();
      await fresh.close();
    }
  }, 300_000);

  it('update with a case open, mid-answer: the old coach leaves, the new one brings the critical card (3 updates)', async () => {
    await installFirefoxExtension(firefox);
    for (let round = 0; round < 3; round++) {
      const page = PAGES[round % PAGES.length]!;
      const answer = ANSWERS[(round + 1) % ANSWERS.length]!;
      const tab = await firefox.newPage();
      await tab.goto(`${server.origin}${page.path}?case=update-${round}`);
      await coached(tab);
      await tab.focus(page.psych);
      expect(await until(() => inOverlay(tab, CARD_ITEM), 'the card')).toBe('psychological-health');
      await tab.keyboard.type(answer.start, { delay: 5 });
      await installFirefoxExtension(firefox); // the update, in the middle of the answer
      await tab.keyboard.type(answer.rest, { delay: 5 });
      await expectOneCoachWithCriticalCard(tab);
      expect(await inOverlay(tab, CARD_ITEM)).toBe('psychological-health');
      expect(await tab.evaluate(() => document.activeElement?.id)).toBe(page.psych.slice(1));
      await tab.close();
    }
  }, 300_000);

  it('a site the adviser added, switched off with a case open, then an update: the old coach leaves no overlay, and nothing coaches there (2 pages)', async () => {
    // Added at run time (not a demo origin): its coach runs from a registered script, which switching off
    // unregisters, so an update starts no new copy there (Firefox's nor the background's) to clear the old one's overlay.
    const added = await startStaticServer({ host: '127.0.0.2' });
    const site = 'http://127.0.0.2/*';
    const tabs: { tab: Page; page: (typeof PAGES)[number] }[] = [];
    try {
      // The browser-test build opens the notes page at install: an extension page to act from, as the popup does.
      await installFirefoxExtension(firefox, FIREFOX_PAGES_EXTENSION_DIR);
      const extension = await extensionTab(firefox, '/sidepanel.html');
      const ask = (type: string, data: object) => extension.evaluate<boolean>(`browser.runtime.sendMessage(${JSON.stringify({ type, data })}).then(() => true)`);
      expect(await grantSite(extension, site)).toBe(true);
      await ask('site:choose-pack', { pattern: site, packId: 'adviser-coach.social-assistance-ia' });
      await ask('site:set-enabled', { pattern: site, enabled: true });
      for (const [round, page] of PAGES.entries()) {
        const tab = await firefox.newPage();
        await tab.goto(`${added.origin}${page.path}?case=switched-off-${round}`);
        await coached(tab);
        tabs.push({ tab, page });
      }

      await ask('site:set-enabled', { pattern: site, enabled: false });
      await installFirefoxExtension(firefox, FIREFOX_PAGES_EXTENSION_DIR); // the update: Firefox unloads the old content scripts outright
      await extensionTab(firefox, '/sidepanel.html'); // the new version is up (its background opened the page)
      for (const { tab, page } of tabs) {
        await tab.bringToFront();
        await until(async () => (await overlays(tab)) === 0, 'no overlay left on the switched-off page', 20_000).catch(async (error: Error) => {
          throw new Error(`${error.message}: ${await overlays(tab)} overlay(s), markers "${await inOverlay(tab, MARKERS)}"`);
        });
        // Switched off: a disclosure typed now brings no coach back.
        await tab.focus(page.psych);
        await tab.keyboard.type(ANSWERS[1]!.start + ANSWERS[1]!.rest, { delay: 2 });
        expect(await overlays(tab)).toBe(0);
        expect(await tab.evaluate(() => document.activeElement?.id)).toBe(page.psych.slice(1));
      }
    } finally {
      for (const { tab } of tabs) await tab.close();
      await added.close();
    }
  }, 300_000);
});
