// An adviser switches the coach on for a case system that no installed rule pack is
// written for (no host binding names it), as the README tells them: the production build
// (no site granted at install), the toolbar button clicked through the browser, "Coach on
// this site". The path ends either in a coaching card, once the adviser has chosen the pack
// whose questions the case system asks (in the popup, or per site in Settings), or in the
// popup saying in the adviser's words that no pack covers the case system, never in a
// switch that says "on" for a coach with nothing to show.
//
// The browser's permission prompt is native UI no driver can click, so the adviser's
// "Allow" is given beforehand through the browser's own site access control
// (chrome://extensions, as tests/e2e/site-access.e2e.ts does); the popup's
// `permissions.request` then answers at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_PRODUCTION_DIR, type ExtensionBrowser } from './support/launch-browser.mjs';
import { clickToolbarButton, closeBrowserUi, launchWithBrowserUi, siteAccess } from './support/browser-ui';
import { settleFirstRun } from './support/detection-harness';
import { startStaticServer } from './support/static-server.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_DIR } from './support/launch-browser.mjs';

type Server = Awaited<ReturnType<typeof startStaticServer>>;

const NO_PACK = 'No rule pack is written for this case system yet, so the coach has nothing to show here. Ask your supervisor for one, or choose the pack whose questions this case system asks.';
const NONE_FITS = 'No rule pack is written for this case system yet, and none of the installed packs asks the questions on this page, so the coach has nothing to show here. Ask your supervisor for one.';
const NONE_ON = 'No rule pack is installed and switched on, so the coach has nothing to show here. Ask your supervisor for one, or add or switch one on in Settings and rule packs.';
/** A default pack's version as released with this build (the names below carry it). */
const versionOf = (file: string) => (parse(readFileSync(join(PROJECT_DIR, 'rules/packs', file), 'utf8')) as { version: string }).version;
const IA = `Income support initial assessment (${versionOf('social-assistance-initial-assessment.yaml')})`;
const WORK = `Work-focused interview (${versionOf('work-focused-interview.yaml')})`;

const overlay = (page: Page) => page.locator('coach-overlay=host');
const card = (page: Page, itemId: string) => overlay(page).locator(`.card[data-item-id="${itemId}"]`);

/**
 * Whether focusing `field` brings `itemId`'s card: `true` waits for it as long as the page takes
 * (a card that is slow on a busy machine still counts); `false` looks for 4 s and expects none
 * (an absence can only be looked for a while; a slow machine cannot make this fail).
 */
async function cardOnFocus(page: Page, field: string, itemId: string, expected: boolean): Promise<void> {
  await page.locator(field).focus();
  if (expected) return card(page, itemId).waitFor();
  const came = await card(page, itemId).waitFor({ timeout: 4000 }).then(() => true, () => false);
  expect(came, `a card for ${itemId} on ${field}`).toBe(false);
}

describe('a case system no rule pack is written for (production build)', () => {
  let browser: ExtensionBrowser;
  /** Two case systems, each a site of its own. */
  let first: Server;
  let second: Server;
  beforeAll(async () => {
    first = await startStaticServer({ host: '127.0.0.2' });
    second = await startStaticServer({ host: '127.0.0.3' });
    browser = await launchWithBrowserUi({ extensionDir: CHROME_PRODUCTION_DIR });
    await settleFirstRun(browser);
  });
  afterAll(async () => {
    if (browser) await closeBrowserUi(browser);
    await browser?.close();
    await first?.close();
    await second?.close();
  });

  /** The toolbar popup on `page`, after "Coach on this site" (the grant given as the prompt would). */
  async function switchOn(page: Page, site: string): Promise<Page> {
    await siteAccess(browser, { grant: site });
    const popup = await clickToolbarButton(browser, page);
    await popup.getByRole('button', { name: 'Coach on this site' }).click();
    await popup.getByTestId('site-no-pack').waitFor();
    // The grant and the click switch the site on together: neither may be reported as not saved.
    expect(await popup.getByRole('alert').count()).toBe(0);
    return popup;
  }

  it('switched on, the popup says no pack covers it (no "on" switch); the pack the adviser chooses there, by keyboard, coaches in the open tab', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${first.origin}/new-site/arende.html`);
    expect(await overlay(page).count()).toBe(0);

    const popup = await switchOn(page, 'http://127.0.0.2/*');
    expect(await popup.getByTestId('site-no-pack').textContent()).toBe(NO_PACK);
    expect(await popup.getByRole('switch', { name: 'Coaching on this site' }).count()).toBe(0);
    // On, and nothing coaches: the message is what is true.
    await cardOnFocus(page, '#psykHalsa', 'psychological-health', false);

    // The list offers first the pack whose questions the page asks, and says how many it found.
    const list = popup.getByRole('combobox', { name: 'Rule pack for this case system' });
    await expect.poll(() => list.inputValue()).toBe('adviser-coach.social-assistance-ia');
    expect(await list.locator('option').allTextContents()).toEqual([
      'None',
      `${IA}: 3 of its questions are on this page`,
      `${WORK}: 0 of its questions are on this page`,
    ]);
    // The adviser takes it with the keyboard: from the list, Tab to its button and Enter.
    await list.focus();
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Use this pack');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'now uses' }).textContent()).toBe(`Coaching on this case system now uses ${IA}.`);

    // The open tab coaches at once (no reload), and after a reload.
    await page.bringToFront();
    await cardOnFocus(page, '#psykHalsa', 'psychological-health', true);
    await page.reload();
    await cardOnFocus(page, '#psykHalsa', 'psychological-health', true);

    // The popup now tells the truth the other way: on, with the pack the adviser chose.
    const again = await clickToolbarButton(browser, page);
    await expect.poll(() => again.getByTestId('pack-in-use').textContent()).toBe(`Rule pack: ${IA}, chosen by you for this case system`);
    expect(await again.getByRole('switch', { name: 'Coaching on this site' }).isChecked()).toBe(true);
    expect(await again.getByTestId('site-no-pack').count()).toBe(0);
    await page.close();
  });

  it('a page whose questions no installed pack asks: the popup says so, after a reload too; a pack chosen for the site in Settings coaches its other pages', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${second.origin}/new-site/lokalbokning.html`);
    const popup = await switchOn(page, 'http://127.0.0.3/*');
    await expect.poll(() => popup.getByTestId('site-no-pack').textContent()).toBe(NONE_FITS);
    expect(await popup.getByRole('combobox', { name: 'Rule pack for this case system' }).inputValue()).toBe('');
    await page.reload();
    await page.waitForLoadState('load');
    const reopened = await clickToolbarButton(browser, page);
    await expect.poll(() => reopened.getByTestId('site-no-pack').textContent()).toBe(NONE_FITS);
    expect(await reopened.getByRole('switch', { name: 'Coaching on this site' }).count()).toBe(0);
    expect(await overlay(page).count()).toBe(0);

    // Settings: the site's own list, named by the site.
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    const site = options.locator('[data-testid=sites] li[data-pattern="http://127.0.0.3/*"]');
    const list = site.getByRole('combobox', { name: 'Rule pack for http://127.0.0.3' });
    await list.waitFor();
    expect(await list.inputValue()).toBe('');
    // The first site keeps its own choice.
    expect(await options.locator('[data-testid=sites] li[data-pattern="http://127.0.0.2/*"]').getByRole('combobox').inputValue()).toBe('adviser-coach.social-assistance-ia');
    await list.selectOption({ label: WORK });
    await site.getByRole('button', { name: 'Use this pack' }).click();
    await expect.poll(() => site.getByRole('status').textContent()).toBe(`Coaching on this case system now uses ${WORK}.`);

    await page.goto(`${second.origin}/new-site/oppfolging.html`);
    await cardOnFocus(page, '#hindringer', 'barriers', true);
    await options.close();
    await page.close();
  });

  it('with every pack switched off, the popup says none is on, and offers nothing to choose', async () => {
    const ids = await browser.worker.evaluate(async () =>
      ((await chrome.storage.local.get('packs:installed'))['packs:installed'] as { id: string }[]).map((pack) => pack.id));
    await browser.worker.evaluate(async (all) => chrome.storage.local.set({ 'packs:disabled': all }), ids);
    const page = await browser.context.newPage();
    await page.goto(`${first.origin}/new-site/arende.html`);
    const popup = await clickToolbarButton(browser, page);
    await popup.getByTestId('site-no-pack').waitFor();
    expect(await popup.getByTestId('site-no-pack').textContent()).toBe(NONE_ON);
    expect(await popup.getByRole('combobox').count()).toBe(0);
    expect(await popup.getByRole('switch', { name: 'Coaching on this site' }).count()).toBe(0);
    await cardOnFocus(page, '#psykHalsa', 'psychological-health', false);
    await page.close();
  });
});
