// A case system whose first script stops the adviser's events on `window` in the
// capture phase (tests/e2e/fixtures/capture-first), in a real Chromium with the
// production build, served from 127.0.0.2 and bound to the default pack.
//
// - Added to the coach while the tab is open: the content script is injected after the
//   page's scripts, so the page's listeners come before the coach's and it hears none of
//   the adviser's focus moves or typing. The card for the focused field and the follow-up
//   for a typed answer must come anyway (read from the real DOM: the focused element and
//   the field's value).
// - Reloaded (the registered script, at document_start): the coach's listeners come first;
//   its in-page key (Alt+Shift+W), which no reading of the DOM can stand in for, works.
//
// The site is granted through chrome://extensions as the adviser's "Allow" (see
// options-sites.e2e.ts: the permission prompt is native UI no driver can click).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADDED_SITE, useAddedSiteSession } from './support/added-site-session';
import { siteAccess } from './support/browser-ui';
import { DISCLOSURE } from './support/coaching-session';

const overlay = (page: Page) => page.locator('coach-overlay=host');
const card = (page: Page, itemId: string) => overlay(page).locator(`.card[data-item-id="${itemId}"]`);
const followUp = (page: Page, id: string) => overlay(page).locator(`.followup[data-follow-up-id="${id}"]`);
const stoppedByPage = (page: Page) => page.evaluate(() => (window as unknown as { stopper: { stopped(): Record<string, number> } }).stopper.stopped());

describe('a page stopping the adviser\'s events in the capture phase (production build, 127.0.0.2)', () => {
  const session = useAddedSiteSession();

  /** The site given back (as the options page's Remove does): its tabs open from now on run no coach. */
  const ungrant = () =>
    session.browser.worker.evaluate(async (pattern) => {
      if (await chrome.permissions.contains({ origins: [pattern] })) await chrome.permissions.remove({ origins: [pattern] });
    }, ADDED_SITE);

  /** A tab on the page before the coach may read the site; then the adviser allows it and the coach starts in the open tab. */
  async function coachAddedLate(stop: string): Promise<Page> {
    await ungrant();
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/capture-first/?stop=${stop}`);
    await page.waitForLoadState('load');
    expect(await overlay(page).count()).toBe(0);
    // The adviser allows the site (the browser's own control) and adds it on the options page.
    await siteAccess(session.browser, { grant: ADDED_SITE });
    const options = await session.browser.context.newPage();
    await options.goto(session.browser.extensionUrl('options.html'));
    await options.getByLabel('Address of a case system').fill(`${session.server.origin}/capture-first/`);
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => options.getByTestId('sites-status').textContent()).toBe('Coaching is on for http://127.0.0.2.');
    await options.close();
    await overlay(page).locator('.coverage-toggle').waitFor({ timeout: 15_000 });
    return page;
  }

  it.each([
    { stop: 'all', what: 'every key, pointer, focus and answer event (window and document)' },
    { stop: 'answers', what: 'focus moves and answers only' },
  ])('added while the tab was open, the page stopping $what: the focused field\'s card and the typed answer\'s follow-up still come', { timeout: 120_000 }, async ({ stop }) => {
    const page = await coachAddedLate(stop);
    // The adviser clicks into a question with the real mouse and types a disclosure.
    await page.locator('#hw-psych').click();
    await card(page, 'psychological-health').waitFor({ timeout: 10_000 });
    await page.keyboard.type(DISCLOSURE, { delay: 5 });
    await followUp(page, 'suicide-risk').waitFor({ timeout: 10_000 });
    // Moves on with Tab (a key): the card follows the focus.
    await page.keyboard.press('Tab');
    await card(page, 'physical-health').waitFor({ timeout: 10_000 });
    // The page really did stop those events before the coach's listeners.
    const stopped = await stoppedByPage(page);
    expect(stopped.focusin).toBeGreaterThanOrEqual(2);
    expect(stopped.input).toBeGreaterThanOrEqual(DISCLOSURE.length);
    // The page's form is as the adviser left it: the coach wrote nothing into it.
    expect(await page.locator('#hw-psych').inputValue()).toBe(DISCLOSURE);
    expect(await page.locator('#hw-phys').inputValue()).toBe('');
    await page.close();
  });

  it('a value the page sets for a moment in the focused field raises nothing; an empty field gets no follow-up', { timeout: 120_000 }, async () => {
    const page = await coachAddedLate('all');
    await page.locator('#hw-psych').click();
    await card(page, 'psychological-health').waitFor({ timeout: 10_000 });
    // The page's script writes a disclosure into the field and takes it out again 50 ms later, a few times.
    await page.evaluate(async (text) => {
      const field = document.getElementById('hw-psych') as HTMLTextAreaElement;
      for (let i = 0; i < 8; i++) {
        field.value = text;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 50));
        field.value = '';
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
    }, DISCLOSURE);
    // Long enough for a typed answer's follow-up (the test above): none came.
    await page.keyboard.type('Fine, thanks.', { delay: 5 });
    await page.waitForTimeout(2_000);
    expect(await followUp(page, 'suicide-risk').count()).toBe(0);
    await page.close();
  });

  it('reloaded, the registered script starts at document_start: its listeners come before the page\'s, and its in-page key works', { timeout: 120_000 }, async () => {
    const page = await coachAddedLate('all');
    await page.reload();
    await overlay(page).locator('.coverage-toggle').waitFor({ timeout: 15_000 });
    await page.locator('#hw-psych').click();
    await card(page, 'psychological-health').waitFor({ timeout: 10_000 });
    await page.keyboard.type(DISCLOSURE, { delay: 5 });
    await followUp(page, 'suicide-risk').waitFor({ timeout: 10_000 });
    // "Why we ask" on Alt+Shift+W is heard only by a keydown listener: the page stops every keydown.
    await page.keyboard.press('Alt+Shift+W');
    await card(page, 'psychological-health').locator('[data-testid=why]').waitFor({ timeout: 15_000 });
    expect((await stoppedByPage(page)).keydown).toBeGreaterThanOrEqual(DISCLOSURE.length);
    await page.close();
  });
});
