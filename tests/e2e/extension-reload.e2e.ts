// The extension is updated or reloaded while a case page is open. The script left
// behind in the page notices at the adviser's next move, takes its overlay away and
// throws nothing into the page; the new version is started in the open coached tab,
// so coaching carries on without a reload of the page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/launch-browser.mjs';
import { startStaticServer } from './support/static-server.mjs';
import { reloadExtension } from './support/browser-ui';

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startStaticServer>>;
beforeEach(async () => {
  server = await startStaticServer();
  browser = await launchWithExtension();
});
afterEach(async () => {
  await browser?.close();
  await server?.close();
});

const overlay = (page: Page) => page.locator('coach-overlay=host');
const card = (page: Page, itemId: string) => overlay(page).locator(`.card[data-item-id="${itemId}"]`);

async function openCoachedPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/reload/`);
  await overlay(page).locator('.coverage-toggle').waitFor({ timeout: 10_000 });
  await page.locator('#f-phys').focus();
  await card(page, 'physical-health').waitFor();
  return page;
}

/** Errors the host page's own monitoring saw. */
const pageErrors = (page: Page) => page.evaluate(() => (window as unknown as { pageErrors: string[] }).pageErrors);

describe('the extension reloaded while a case page is open', () => {
  it('the left-behind script removes its overlay at the next focus, shows no card and throws nothing', async () => {
    const page = await openCoachedPage();
    // Coaching switched off for the site, so the new version does not start here: only the old script is left.
    await browser.worker.evaluate(() => chrome.storage.local.set({ 'sites:disabled': ['http://127.0.0.1/*'] }));
    await reloadExtension(browser);
    expect(await overlay(page).count()).toBe(1); // nothing has happened in the page yet

    await page.locator('#f-psych').focus();
    await page.keyboard.type('I have thought about how to take my life.', { delay: 2 });
    await page.locator('#f-alc').hover();
    await expect.poll(() => overlay(page).count()).toBe(0);
    await page.waitForTimeout(800); // a typing pause: a follow-up would have been evaluated by now
    expect(await overlay(page).count()).toBe(0);
    expect(await pageErrors(page)).toEqual([]);
  });

  it('the new version is started in the open tab: one overlay, and the next field gets its card and follow-up', async () => {
    const page = await openCoachedPage();
    const worker = await reloadExtension(browser);
    // The background's onInstalled starts the new version in the open tab (which retires the
    // old one): the new background hears from the tab's coach, which a left-behind script cannot do.
    const url = page.url();
    await expect.poll(() => worker.evaluate(async (pageUrl) => {
      const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === pageUrl);
      const key = `detection:${tab?.id}`;
      const report = (await chrome.storage.session.get(key))[key] as { found?: Record<string, unknown> } | undefined;
      return Object.keys(report?.found ?? {}).sort();
    }, url), { timeout: 10_000 }).toEqual(['alcohol', 'physical-health', 'psychological-health']);
    await page.locator('#f-psych').focus();
    await card(page, 'psychological-health').waitFor({ timeout: 10_000 });
    expect(await overlay(page).count()).toBe(1);
    await page.keyboard.type('I have thought about how to take my life.', { delay: 2 });
    await overlay(page).locator('.followup').first().waitFor({ timeout: 15_000 });
    expect(await overlay(page).count()).toBe(1);
    expect(await pageErrors(page)).toEqual([]);
  });

  it('reloaded in the middle of an answer: the rest is typed on at once, and the disclosure still brings its critical follow-up', async () => {
    const page = await openCoachedPage();
    await page.locator('#f-psych').focus();
    await page.keyboard.type('She says that ', { delay: 2 });
    await reloadExtension(browser);
    // No waiting for the new version: the adviser types on while it starts in the tab.
    await page.keyboard.type('she has been thinking about ending her life.', { delay: 10 });
    await overlay(page).locator('.followup[data-severity=critical][data-item-id=psychological-health]').waitFor({ timeout: 15_000 });
    expect(await overlay(page).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-psych');
    expect(await pageErrors(page)).toEqual([]);
  });
});
