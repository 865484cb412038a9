// Fields in a small iframe (320×220, the coached questions at its lower edge): the card
// is drawn from the top document beside where the frame's field is, never cut off by the
// frame and never over the field or its question; it follows when either document
// scrolls; keys pressed in the frame act on it; a follow-up raised in the frame waits in
// the top document's dock; Alt+Shift+L in the frame opens the tab's one "left to ask"
// list. Same-origin, cross-origin (another loopback origin, another process) and nested
// frames; when the top document is not coached, the card stays in the frame, inside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { boxOf, inside, overlaps, settledBox, type Box } from './support/boxes';
import { useExtensionSession } from './support/extension-session';
import { startStaticServer } from './support/static-server.mjs';

const session = useExtensionSession();
const DISCLOSURE = 'Some days I have thought about how to take my life.';
const overlay = (at: Page | FrameLocator) => at.locator('coach-overlay=host');

/** The top page with its small frame showing `frameUrl` (default: the same-origin step). */
async function openPortal(topOrigin: string, frameUrl?: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({ width: 1024, height: 768 });
  const query = frameUrl ? `?frame=${encodeURIComponent(frameUrl)}` : '';
  await page.goto(`${topOrigin}/frame-card/${query}`);
  return page;
}

/** The frame's coach is running (its overlay is in the frame; it coaches a field focused before it found it too). */
async function frameCoached(frame: FrameLocator): Promise<void> {
  await overlay(frame).waitFor({ state: 'attached', timeout: 15_000 });
}

/** Whether the frame's field has the focus, and the frame is where the tab's focus is. */
const fieldHasFocus = (frame: FrameLocator, selector: string) =>
  frame.locator(selector).evaluate((el) => el === document.activeElement && document.hasFocus());

/** The card for `itemId` in the top document: beside the frame's field, clear of it and its question, inside the window. */
async function expectCardBesideFrameField(page: Page, frame: FrameLocator, itemId: string, field: string) {
  const card = overlay(page).locator(`.card[data-item-id="${itemId}"]`);
  await card.waitFor({ timeout: 15_000 });
  const cardBox = await settledBox(overlay(page).locator('.card-layer'));
  const fieldBox = await boxOf(frame.locator(field));
  const labelBox = await boxOf(frame.locator(`label[for="${field.slice(1)}"]`));
  const viewport = page.viewportSize()!;
  expect(inside(cardBox, { left: 0, top: 0, ...viewport }), `card ${JSON.stringify(cardBox)} inside the window`).toBe(true);
  expect(overlaps(cardBox, fieldBox), `card ${JSON.stringify(cardBox)} over the field ${JSON.stringify(fieldBox)}`).toBe(false);
  expect(overlaps(cardBox, labelBox), `card ${JSON.stringify(cardBox)} over the question ${JSON.stringify(labelBox)}`).toBe(false);
  // Drawn by the top document: the frame draws no card of its own.
  await expect.poll(() => overlay(frame).locator('.card').count()).toBe(0);
  return { cardBox, fieldBox };
}

describe('a field in a small frame: the card is drawn from the top document', () => {
  it('same origin: beside the field, follows both documents\' scrolling, keys from the frame act on it, focus stays in the field', async () => {
    const page = await openPortal(session.server.origin);
    const frame = page.frameLocator('#ag-frame');
    await frameCoached(frame);
    await frame.locator('#ag-alc').focus();
    const first = await expectCardBesideFrameField(page, frame, 'alcohol', '#ag-alc');
    // Beside the frame's field means near it, not somewhere in the window.
    expect(Math.abs(first.cardBox.top - first.fieldBox.top)).toBeLessThan(300);
    expect(await fieldHasFocus(frame, '#ag-alc')).toBe(true);

    // The top document scrolls: the card goes with the field (beside it, level with it once
    // there is room below for the whole card).
    const cardTop = async () => Math.round((await settledBox(overlay(page).locator('.card-layer'))).top);
    const fieldTop = async () => Math.round((await boxOf(frame.locator('#ag-alc'))).top);
    await page.evaluate(() => window.scrollBy(0, 200));
    await expect.poll(fieldTop).toBe(Math.round(first.fieldBox.top - 200));
    await expect.poll(cardTop).toBe(await fieldTop());
    await expectCardBesideFrameField(page, frame, 'alcohol', '#ag-alc');

    // The frame scrolls inside itself: the card follows again.
    await frame.locator('body').evaluate(() => {
      document.body.style.paddingBottom = '400px';
      window.scrollBy(0, 40);
    });
    await expect.poll(fieldTop).toBe(Math.round(first.fieldBox.top - 240));
    await expect.poll(cardTop).toBe(await fieldTop());
    await expectCardBesideFrameField(page, frame, 'alcohol', '#ag-alc');

    // Keys pressed in the frame: the next rewording and why we ask, on the top document's card.
    const rewording = overlay(page).locator('.card[data-item-id="alcohol"] .rewording');
    const before = await rewording.textContent();
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => rewording.textContent()).not.toBe(before);
    await page.keyboard.press('Alt+Shift+W');
    await overlay(page).locator('.card[data-item-id="alcohol"] [data-testid=why]').waitFor();
    await expectCardBesideFrameField(page, frame, 'alcohol', '#ag-alc');
    expect(await fieldHasFocus(frame, '#ag-alc')).toBe(true);

    // Esc in the frame puts the card away.
    await page.keyboard.press('Escape');
    await overlay(page).locator('.card').waitFor({ state: 'detached' });
    expect(await fieldHasFocus(frame, '#ag-alc')).toBe(true);
    await page.close();
  });

  it('a follow-up raised in the frame waits in the top document\'s dock, clear of the field', async () => {
    const page = await openPortal(session.server.origin);
    const frame = page.frameLocator('#ag-frame');
    await frameCoached(frame);
    await frame.locator('#ag-psych').focus();
    await expectCardBesideFrameField(page, frame, 'psychological-health', '#ag-psych');
    await page.keyboard.type(DISCLOSURE, { delay: 2 });
    const followUp = overlay(page).locator('.dock .followup').first();
    await followUp.waitFor({ timeout: 15_000 });
    expect(await overlay(frame).locator('.followup').count()).toBe(0);
    const dock = await settledBox(overlay(page).locator('.dock'));
    expect(overlaps(dock, await boxOf(frame.locator('#ag-psych')))).toBe(false);
    expect(await fieldHasFocus(frame, '#ag-psych')).toBe(true);
    // Acknowledged from the keyboard: Alt+Shift+F in the frame goes to it; done, focus comes back to the field.
    await page.keyboard.press('Alt+Shift+F');
    await expect.poll(() => followUp.evaluate((el) => el.matches(':focus'))).toBe(true);
    await followUp.locator('button.primary').press('Enter');
    await expect.poll(() => overlay(page).locator('.dock .followup').count()).toBe(0);
    await expect.poll(() => fieldHasFocus(frame, '#ag-psych')).toBe(true);
    await page.close();
  });

  it('Alt+Shift+L pressed in the frame opens the tab\'s one "left to ask" list in the top document; Esc goes back to the field', async () => {
    const page = await openPortal(session.server.origin);
    const frame = page.frameLocator('#ag-frame');
    await frameCoached(frame);
    await overlay(page).locator('.coverage-toggle').waitFor({ timeout: 10_000 });
    await frame.locator('#ag-alc').focus();
    await page.keyboard.press('Alt+Shift+L');
    const list = overlay(page).locator('#coverage-list');
    await list.waitFor({ timeout: 15_000 });
    const here = list.locator('section').first();
    await expect.poll(async () => {
      const ids = [];
      for (const li of await here.locator('li').all()) ids.push(await li.getAttribute('data-item-id'));
      return ids.sort();
    }).toEqual(['alcohol', 'physical-health', 'psychological-health']);
    expect(await overlay(frame).locator('.coverage-toggle').count()).toBe(0);
    // The list took the focus (as it does when opened in the page); Esc gives it back to the frame's field.
    await expect.poll(() => overlay(page).locator('.coverage-toggle').evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => fieldHasFocus(frame, '#ag-alc')).toBe(true);
    await page.close();
  });

  it('cross-origin frame (another origin, its own process): the card is drawn from the top document beside the field', async () => {
    const frameUrl = `http://localhost:${session.server.port}/frame-card/frame.html`;
    const page = await openPortal(session.server.origin, frameUrl);
    const frame = page.frameLocator('#ag-frame');
    await frameCoached(frame);
    await frame.locator('#ag-psych').focus();
    await expectCardBesideFrameField(page, frame, 'psychological-health', '#ag-psych');
    expect(await fieldHasFocus(frame, '#ag-psych')).toBe(true);
    await page.close();
  });

  it('nested frames (the step inside a viewer frame): the card is drawn from the top document beside the field', async () => {
    const page = await openPortal(session.server.origin, 'nested.html');
    const frame = page.frameLocator('#ag-frame').frameLocator('#ag-inner');
    await frameCoached(frame);
    await frame.locator('#ag-alc').focus();
    await expectCardBesideFrameField(page, frame, 'alcohol', '#ag-alc');
    await page.close();
  });
});

describe('a field in a small frame inside a web component\'s shadow root', () => {
  // An outside tester's page: the frame was never found from the top document, so the frame drew the card in itself.
  for (const [origin, frameUrl] of [['same origin', undefined], ['another origin', 'cross']] as const) {
    it(`${origin}: the card is drawn from the top document beside the field`, async () => {
      const page = await session.browser.context.newPage();
      await page.setViewportSize({ width: 1024, height: 768 });
      const query = frameUrl ? `?frame=${encodeURIComponent(`http://localhost:${session.server.port}/frame-card/frame.html`)}` : '';
      await page.goto(`${session.server.origin}/frame-card/in-component.html${query}`);
      const frame = page.frameLocator('step-viewer #ag-frame');
      await frameCoached(frame);
      await frame.locator('#ag-psych').focus();
      await expectCardBesideFrameField(page, frame, 'psychological-health', '#ag-psych');
      expect(await fieldHasFocus(frame, '#ag-psych')).toBe(true);
      await page.close();
    });
  }
});

describe('a field in a small frame of a page that is not coached', () => {
  let other: Awaited<ReturnType<typeof startStaticServer>>;
  beforeAll(async () => {
    // 127.0.0.2 is not granted to the demo build: no coach in the top document, only in the frame.
    other = await startStaticServer({ host: '127.0.0.2' });
  });
  afterAll(async () => other?.close());

  it('the frame draws the card itself, inside the frame, clear of the field', async () => {
    const page = await openPortal(other.origin, `${session.server.origin}/frame-card/frame.html`);
    const frame = page.frameLocator('#ag-frame');
    await frameCoached(frame);
    await frame.locator('#ag-alc').focus();
    await overlay(frame).locator('.card[data-item-id="alcohol"]').waitFor({ timeout: 15_000 });
    const card: Box = await settledBox(overlay(frame).locator('.card-layer'));
    const frameBox = await page.locator('#ag-frame').evaluate((el) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      const px = (v: string) => parseFloat(v) || 0;
      return { left: r.left + el.clientLeft + px(s.paddingLeft), top: r.top + el.clientTop + px(s.paddingTop), width: el.clientWidth - px(s.paddingLeft) - px(s.paddingRight), height: el.clientHeight - px(s.paddingTop) - px(s.paddingBottom) };
    });
    expect(inside(card, frameBox), `card ${JSON.stringify(card)} inside the frame ${JSON.stringify(frameBox)}`).toBe(true);
    expect(overlaps(card, await boxOf(frame.locator('#ag-alc')))).toBe(false);
    expect(await overlay(page).count()).toBe(0);
    expect(await fieldHasFocus(frame, '#ag-alc')).toBe(true);
    await page.close();
  });
});
