// Switching coaching on for a case system the extension was not installed for.
// What is real: the production build (no site granted at install), the toolbar
// button clicked through the browser (it grants activeTab and opens the real popup),
// the popup reading the tab's address, its click asking the browser for the site, and
// the browser's own site access control granting a site. What no driver can do is
// click the browser's permission prompt, so the grant that follows the click comes from
// that site access control instead (the same grant, by the browser, firing the same
// permissions.onAdded the extension listens to).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_PRODUCTION_DIR, type ExtensionBrowser } from './support/launch-browser.mjs';
import { clickToolbarButton, closeBrowserUi, launchWithBrowserUi, popupIsOpen, siteAccess } from './support/browser-ui';
import { startStaticServer } from './support/static-server.mjs';

type Server = Awaited<ReturnType<typeof startStaticServer>>;

const overlayCount = (page: Page) => page.locator('coach-overlay=host').count();

describe('a case system not granted at install (production build, 127.0.0.2)', () => {
  let browser: ExtensionBrowser;
  let server: Server;
  beforeAll(async () => {
    server = await startStaticServer({ host: '127.0.0.2' });
    browser = await launchWithBrowserUi({ extensionDir: CHROME_PRODUCTION_DIR });
  });
  afterAll(async () => {
    if (browser) await closeBrowserUi(browser);
    await browser?.close();
    await server?.close();
  });

  it('the manifest grants no site; the popup opened from the toolbar offers "Coach on this site", whose click asks the browser', async () => {
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);

    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/site-access/`);
    expect(await overlayCount(page)).toBe(0);

    const popup = await clickToolbarButton(browser, page);
    await popup.getByRole('heading', { name: '127.0.0.2' }).waitFor();
    const turnOn = popup.getByRole('button', { name: 'Coach on this site' });
    await turnOn.waitFor();
    // The click asks the browser (its prompt takes the focus and the popup closes);
    // nothing is granted until the adviser allows it.
    await turnOn.click();
    await expect.poll(() => popupIsOpen(browser), { timeout: 10_000 }).toBe(false);
    expect((await browser.worker.evaluate(() => chrome.permissions.getAll())).origins).toEqual([]);

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByText('No case system yet.', { exact: false }).waitFor();
    // A mistyped address is refused with a reason, and nothing is asked.
    await options.getByLabel('Address of a case system').fill('not an address at all');
    await options.getByRole('button', { name: 'Add site' }).click();
    expect(await options.getByRole('alert').textContent()).toBe('“not an address at all” is not a web address. Write it as https://cases.example.org.');
    await options.close();
    await page.close();
  });
});

describe('a site whose access the adviser withheld, then allowed (demo build)', () => {
  let browser: ExtensionBrowser;
  let server: Server;
  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchWithBrowserUi();
  });
  afterAll(async () => {
    if (browser) await closeBrowserUi(browser);
    await browser?.close();
    await server?.close();
  });

  it('once the browser grants it, coaching starts in the open tab; the options page lists it', async () => {
    await siteAccess(browser, { hostAccess: 'ON_CLICK' });
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/site-access/`);
    await page.waitForLoadState('load');
    expect(await overlayCount(page)).toBe(0);

    await siteAccess(browser, { grant: 'http://127.0.0.1/*' });
    // No reload: the background heard the grant and started the coach in the tab.
    await page.locator('coach-overlay=host').waitFor({ state: 'attached', timeout: 10_000 });
    await page.locator('#psych').focus();
    await page.locator('coach-overlay=host >> .card[data-item-id="psychological-health"]').waitFor();

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    const site = options.locator('[data-testid=sites] li[data-pattern="http://127.0.0.1/*"]');
    await site.waitFor();
    expect(await site.getByRole('switch', { name: 'Coaching on' }).isChecked()).toBe(true);
    // Built into this demo build: switched off, not removed.
    expect(await site.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    await options.close();
    await page.close();
  });
});
