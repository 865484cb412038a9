// Popup and overlay fit live use: the popup leads with the site switch, the pack in use
// and notes inside Chrome's 600 px, detection details folded below; "left to ask"
// starts with this page's questions; no counter where the pack has no questions; the
// follow-up card shows where the focus is.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import { tabIdOf } from './support/extension-state.mjs';

const session = useExtensionSession();
const overlay = (page: Page) => page.locator('coach-overlay=host');

describe('popup and overlay in live use', () => {
  it('the popup leads with the site switch, the pack in use and notes, fits 600 px, and folds the detection details', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/layout/`);
    await overlay(page).locator('.coverage-toggle').waitFor({ timeout: 10_000 });
    const tabId = await tabIdOf(session.browser, page);
    const popup = await session.browser.context.newPage();
    await popup.setViewportSize({ width: 800, height: 600 });
    await popup.goto(session.browser.extensionUrl(`popup.html?tab=${tabId}`));
    await popup.getByTestId('pack-in-use').waitFor();
    await popup.getByTestId('detection-summary').waitFor({ state: 'attached' });
    const order = await popup.evaluate(() => {
      const at = (el: Element | null) => (el ? el.getBoundingClientRect().top : Infinity);
      return {
        site: at(document.querySelector('[role=switch], .site button')),
        pack: at(document.querySelector('[data-testid=pack-in-use]')),
        notes: at([...document.querySelectorAll('button')].find((b) => b.textContent === 'Open notes') ?? null),
        details: at(document.querySelector('details.details')),
        height: document.querySelector('main')!.getBoundingClientRect().height,
        open: (document.querySelector('details.details') as HTMLDetailsElement).open,
      };
    });
    expect(order.site).toBeLessThan(order.pack);
    expect(order.pack).toBeLessThan(order.notes);
    expect(order.notes).toBeLessThan(order.details);
    expect(order.open).toBe(false);
    expect(await popup.getByTestId('detection-summary').isVisible()).toBe(false);
    expect(order.height).toBeLessThanOrEqual(600);
    // Opened, the details stay inside the popup's 600 px (they scroll).
    await popup.locator('details.details > summary').click();
    await popup.getByTestId('detection-summary').waitFor();
    expect(await popup.locator('main').evaluate((main) => main.getBoundingClientRect().height)).toBeLessThanOrEqual(600);
    await popup.close();
    await page.close();
  });

  it('"left to ask" starts with this page\'s questions; the follow-up card shows a focus outline', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/layout/`);
    await overlay(page).locator('.coverage-toggle').waitFor({ timeout: 10_000 });
    await page.locator('#ly-psych').focus();
    await page.keyboard.type('I have thought about how to take my life.', { delay: 2 });
    const followUp = overlay(page).locator('.followup').first();
    await followUp.waitFor({ timeout: 15_000 });
    await page.keyboard.press('Alt+Shift+F');
    await expect.poll(() => followUp.evaluate((el) => el.matches(':focus'))).toBe(true);
    const outline = await followUp.evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
    expect(outline).toBe('solid 3px');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Alt+Shift+L');
    const list = overlay(page).locator('#coverage-list');
    await list.waitFor();
    expect(await list.locator('h3').first().textContent()).toBe('On this page');
    const firstGroup = list.locator('section').first().locator('li');
    const states = await Promise.all((await firstGroup.all()).map((li) => li.getAttribute('data-state')));
    expect(states.length).toBeGreaterThan(0);
    for (const state of states) expect(state).not.toBe('not-asked');
    await page.close();
  });

  it('shows no "required questions left" counter on a page with none of the pack\'s questions', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/live-use/case-list.html`);
    await overlay(page).waitFor({ state: 'attached', timeout: 10_000 });
    // The coach is running here (the pack applies to the site) …
    await expect.poll(async () => (await session.browser.worker.evaluate(async (id) => {
      const key = `detection:${id}`;
      return (await chrome.storage.session.get(key))[key] !== undefined;
    }, await tabIdOf(session.browser, page)))).toBe(true);
    // … and says nothing of questions it has no part in.
    expect(await overlay(page).locator('.coverage-toggle').count()).toBe(0);
    await page.close();
  });

  it('one "left to ask" list for the tab: in the top document, with the questions of a frame inside it', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/frames-coverage/`);
    const frame = page.frameLocator('#wm-frame');
    // The frame is coached (its markers are drawn) but shows no list of its own.
    await frame.locator('coach-overlay=host >> .marker[data-item-id="alcohol"]').waitFor({ timeout: 10_000 });
    await overlay(page).locator('.coverage-toggle').waitFor();
    expect(await frame.locator('coach-overlay=host >> .coverage-toggle').count()).toBe(0);
    expect(await overlay(page).locator('.coverage-toggle').count()).toBe(1);

    await overlay(page).locator('.coverage-toggle').click();
    const here = overlay(page).locator('#coverage-list section').first();
    await expect.poll(async () => {
      const ids = [];
      for (const li of await here.locator('li').all()) ids.push(`${await li.getAttribute('data-item-id')}:${await li.getAttribute('data-state')}`);
      return ids.sort();
    }).toEqual(['alcohol:on-screen', 'physical-health:on-screen', 'psychological-health:on-screen']);
    expect(await here.locator('h3').textContent()).toBe('On this page');
    await page.close();
  });
});
