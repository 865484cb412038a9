// The options page's list of case systems with coaching, in a real Chromium with the
// production build (no site granted at install), on a case system served from
// 127.0.0.2: added from the options page it is listed and coached, switched off it is
// not, removed (the permission given back) it is neither listed nor coached.
//
// The browser's permission prompt is native UI no driver can click, so the adviser's
// "Allow" is given through the browser's own site access control (chrome://extensions,
// as tests/e2e/site-access.e2e.ts does); the options page's "Add site" then asks the
// browser for the same site through `permissions.request`, which answers at once.
// The default pack, bound to this case system's address as a supervisor would bind it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteAccess } from './support/browser-ui';
import { ADDED_SITE, useAddedSiteSession } from './support/added-site-session';

const overlay = (page: Page) => page.locator('coach-overlay=host');

describe('case systems on the options page (production build, 127.0.0.2)', () => {
  const session = useAddedSiteSession();

  const granted = async () => (await session.browser.worker.evaluate(() => chrome.permissions.getAll())).origins ?? [];
  /**
   * Whether the coach is registered to start on the site's pages. The switch shows the adviser's
   * choice at once, before the background has stored it and (un)registered the coach: a reload
   * must wait for that, or it may load the page the moment before.
   */
  const registered = () =>
    session.browser.worker.evaluate(async (site) => (await chrome.scripting.getRegisteredContentScripts()).some((script) => script.matches?.includes(site)), ADDED_SITE);
  /**
   * Whether the coach runs in `page` after a fresh load (nothing of the last load's state left):
   * `true` waits for the card as long as the page takes (slow on a busy machine still counts);
   * `false` looks for 4 s and expects neither the card nor the overlay (an absence can only be
   * looked for a while; a slow machine cannot make this fail).
   */
  async function coachedAfterReload(page: Page, expected: boolean): Promise<void> {
    await page.reload();
    await page.locator('#bf-psych').focus();
    const card = overlay(page).locator('.card[data-item-id="psychological-health"]');
    if (expected) return card.waitFor();
    const came = await card.waitFor({ timeout: 4000 }).then(() => true, () => false);
    expect(came || (await overlay(page).count()) > 0, 'the coach after a reload').toBe(false);
  }

  it('add a site: listed and coached; switched off: not coached; removed: not listed, not coached', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/options-sites/`);
    expect(await overlay(page).count()).toBe(0);

    const options = await session.browser.context.newPage();
    await options.goto(session.browser.extensionUrl('options.html'));
    await options.getByText('No case system yet.', { exact: false }).waitFor();

    // The adviser allows the site (the browser's own control), then adds it on the options page.
    await siteAccess(session.browser, { grant: ADDED_SITE });
    await options.getByLabel('Address of a case system').fill(`http://127.0.0.2:${session.server.port}/options-sites/`);
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => options.getByTestId('sites-status').textContent()).toBe('Coaching is on for http://127.0.0.2.');
    expect(await options.getByLabel('Address of a case system').inputValue()).toBe('');
    const site = options.locator(`[data-testid=sites] li[data-pattern="${ADDED_SITE}"]`);
    await site.waitFor();
    expect(await site.getByRole('switch', { name: 'Coaching on' }).isChecked()).toBe(true);
    expect(await granted()).toContain(ADDED_SITE);

    // Coached: in the tab that was already open (no reload) and after a reload.
    await overlay(page).waitFor({ state: 'attached', timeout: 10_000 });
    await page.locator('#bf-psych').focus();
    await overlay(page).locator('.card[data-item-id="psychological-health"]').waitFor({ timeout: 15_000 });
    await coachedAfterReload(page, true);

    // Switched off on the options page: listed still, not coached.
    // The status says when the change is in force (the switch itself moves at once): only then is a reload not coached.
    await site.getByRole('switch', { name: 'Coaching on' }).uncheck();
    await expect.poll(() => options.getByTestId('sites-status').textContent()).toBe('Coaching is off for http://127.0.0.2.');
    expect(await site.getByRole('switch', { name: 'Coaching on' }).isChecked()).toBe(false);
    expect(await registered()).toBe(false);
    await coachedAfterReload(page, false);
    await site.getByRole('switch', { name: 'Coaching on' }).check();
    await expect.poll(() => options.getByTestId('sites-status').textContent()).toBe('Coaching is on for http://127.0.0.2.');
    expect(await site.getByRole('switch', { name: 'Coaching on' }).isChecked()).toBe(true);
    expect(await registered()).toBe(true);
    await coachedAfterReload(page, true);

    // Removed: the permission goes back to the session.browser, the list forgets it, no coach.
    await site.getByRole('button', { name: 'Remove http://127.0.0.2' }).click();
    await expect.poll(() => options.getByTestId('sites-status').textContent()).toBe('http://127.0.0.2 is removed: the extension can no longer read it.');
    await site.waitFor({ state: 'detached' });
    await options.getByText('No case system yet.', { exact: false }).waitFor();
    expect(await granted()).not.toContain(ADDED_SITE);
    await coachedAfterReload(page, false);
    await options.close();
    await page.close();
  });
});
