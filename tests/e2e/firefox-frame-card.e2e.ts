// Firefox for real: a question in a short frame inside a coached page. The page's own
// overlay draws the frame field's card and takes its follow-up into its dock, as in
// Chromium (frame-card.e2e.ts): the frame draws neither, and the focus stays in the
// frame's field. Each frame's content script runs in a sandbox of its own in Firefox, so
// the top document must recognise the frame without anything the frame's script set on
// its window; and nothing passes through the page (no window message, no property the
// page can read). Same-origin, nested and cross-origin frames.
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { inside, overlaps, type Box } from './support/boxes';
import { inOverlay, OVERLAY_CARD_ITEM as CARD_ITEM, OVERLAY_MARKERS as MARKERS, until, useFirefoxSession } from './support/firefox-session';

const session = useFirefoxSession();
const CARD_BOX = '(root) => { const r = root.querySelector(".card-layer").getBoundingClientRect(); return JSON.stringify({ left: r.left, top: r.top, width: r.width, height: r.height }); }';

/** The frame field's box in the page's viewport: its box in the frame, moved by where each frame element's content starts. */
async function fieldInPage(page: Page, frame: Frame): Promise<Box> {
  const box = await frame.$eval('#fs-psych', (el) => { const r = el.getBoundingClientRect(); return { left: r.left, top: r.top, width: r.width, height: r.height }; });
  for (let at: Frame | null = frame; at && at.parentFrame(); at = at.parentFrame()) {
    const element = (await at.frameElement())!;
    const content = await element.evaluate((el) => { const r = el.getBoundingClientRect(); return { left: r.left + el.clientLeft, top: r.top + el.clientTop }; });
    box.left += content.left;
    box.top += content.top;
  }
  return box;
}
const FOLLOW_UPS = '(root) => [...root.querySelectorAll(".followup")].map((f) => f.getAttribute("data-item-id") + ":" + f.getAttribute("data-severity")).join(",")';

/** Whatever the page's own scripts hear by window messages, in the top document and in the frame. */
const LISTEN = () => {
  const heard: string[] = [];
  (window as unknown as { heard: string[] }).heard = heard;
  window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)));
};
const heard = (at: Page | Frame) => at.evaluate(() => (window as unknown as { heard: string[] }).heard);

async function openWithFrame(frameUrl?: string): Promise<{ page: Page; frame: Frame }> {
  const page = await session.firefox.newPage();
  await page.setViewport({ width: 1100, height: 760 });
  const query = frameUrl ? `?frame=${encodeURIComponent(frameUrl)}` : '';
  await page.goto(`${session.server.origin}/firefox-frame/${query}`);
  await until(() => inOverlay(page, MARKERS).then((m) => m?.includes('physical-health') && m), 'the page coached', 30_000);
  const frame = await until(async () => page.frames().find((f) => f.url().endsWith('/firefox-frame/step.html')), 'the step frame');
  await until(() => inOverlay(frame, MARKERS).then((m) => m === 'alcohol,psychological-health' && m), 'the frame coached', 30_000);
  await page.evaluate(LISTEN);
  await frame.evaluate(LISTEN);
  return { page, frame };
}

async function expectDrawnByThePage(page: Page, frame: Frame, disclosure: string): Promise<void> {
  await frame.focus('#fs-psych');
  expect(await until(async () => ((await inOverlay(page, CARD_ITEM)) === 'psychological-health' ? 'drawn' : null), 'the card in the page', 15_000)
    .catch(async () => `page: "${await inOverlay(page, CARD_ITEM)}", frame: "${await inOverlay(frame, CARD_ITEM)}"`)).toBe('drawn');
  expect(await inOverlay(frame, CARD_ITEM)).toBe('');
  // Beside the frame's field, in the page's window: not over the field, not cut off by the frame.
  const card = JSON.parse((await inOverlay(page, CARD_BOX))!) as Box;
  const field = await fieldInPage(page, frame);
  const viewport = page.viewport()!;
  expect(inside(card, { left: 0, top: 0, width: viewport.width, height: viewport.height }), `card ${JSON.stringify(card)} inside the window`).toBe(true);
  expect(overlaps(card, field), `card ${JSON.stringify(card)} over the field ${JSON.stringify(field)}`).toBe(false);
  expect(Math.abs(card.top - field.top)).toBeLessThan(300);
  await page.keyboard.type(disclosure, { delay: 5 });
  const dock = await until(async () => {
    const list = await inOverlay(page, FOLLOW_UPS);
    return list?.includes('psychological-health:critical') ? list : null;
  }, 'the critical follow-up in the page\'s dock', 15_000).catch(async () => `page: "${await inOverlay(page, FOLLOW_UPS)}", frame: "${await inOverlay(frame, FOLLOW_UPS)}"`);
  expect(dock).toContain('psychological-health:critical');
  // Handed over: the frame lets it go once the page has taken it.
  expect(await until(async () => ((await inOverlay(frame, FOLLOW_UPS)) === '' ? 'handed over' : null), 'the frame to let it go', 5000)
    .catch(async () => `frame: "${await inOverlay(frame, FOLLOW_UPS)}"`)).toBe('handed over');
  // The focus stayed in the frame's field, and nothing went through the page's own channels.
  expect(await frame.evaluate(() => document.activeElement?.id)).toBe('fs-psych');
  expect(await heard(page)).toEqual([]);
  expect(await heard(frame)).toEqual([]);
  expect(await frame.evaluate(() => Object.getOwnPropertySymbols(window).length)).toBe(0);
}

describe('Firefox: a question in a frame of a coached page', () => {
  it('same origin: the page draws the card beside the frame and the follow-up in its dock', async () => {
    const { page, frame } = await openWithFrame();
    await expectDrawnByThePage(page, frame, 'Hon har tänkt på att ta sitt liv, säger hon.');
    await page.close();
  });

  it('nested (the step inside a viewer frame): the same', async () => {
    const { page, frame } = await openWithFrame('viewer.html');
    await expectDrawnByThePage(page, frame, 'Hun sier hun har tenkt på å ta sitt eget liv.');
    await page.close();
  });

  it('another origin: the same', async () => {
    const { page, frame } = await openWithFrame(`http://localhost:${session.server.port}/firefox-frame/step.html`);
    await expectDrawnByThePage(page, frame, 'He has been planning to end his life, he says.');
    await page.close();
  });
});
