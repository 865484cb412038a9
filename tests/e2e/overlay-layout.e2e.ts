// The overlay never hides the form: at window sizes from 800×600 to 1920×1080, with a
// follow-up waiting and the "left to ask" list open, the card and the dock cover
// neither the focused field, its question text nor the next field, do not cover each
// other, and stay inside the window; "why we ask" opened in a small window stays in
// it and scrolls. Measured as boxes in the real page.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { overlaps, settledBox, type Box } from './support/boxes';
import { useExtensionSession } from './support/extension-session';

const session = useExtensionSession();

const SIZES = [
  { width: 800, height: 600 },
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
/** The fixture's questions in page order, and the control to focus for each. */
const FIELDS: [string, string][] = [
  ['physical-health', '#ly-phys'],
  ['sick-leave', 'input[name=sick]'],
  ['medical-certificate', '#ly-cert'],
  ['psychological-health', '#ly-psych'],
  ['wellbeing-score', 'input[name=score]'],
  ['alcohol', '#ly-alc'],
  ['mental-health-care', '#ly-care'],
];

const overlay = (page: Page) => page.locator('coach-overlay=host');

/** The host page's boxes for an item: its controls together, and its question text. */
async function hostBoxes(page: Page, itemId: string): Promise<{ field: Box; label: Box }> {
  return page.evaluate((id) => {
    const union = (elements: Element[]) => {
      const rects = elements.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
      const left = Math.min(...rects.map((r) => r.left));
      const top = Math.min(...rects.map((r) => r.top));
      return { left, top, width: Math.max(...rects.map((r) => r.right)) - left, height: Math.max(...rects.map((r) => r.bottom)) - top };
    };
    return {
      field: union([...document.querySelectorAll(`[data-field="${id}"]`)]),
      label: union([...document.querySelectorAll(`[data-label="${id}"]`)]),
    };
  }, itemId);
}

describe('the overlay never hides the form', () => {
  it('card and dock clear of the field, its question and the next field, inside the window, at every size', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/layout/`);
    await overlay(page).locator('.coverage-toggle').waitFor({ timeout: 10_000 });
    // A follow-up waiting, and the list of what is left to ask open: the dock at its fullest.
    await page.locator('#ly-psych').focus();
    await page.keyboard.type('Honestly? I have thought about how to take my life.', { delay: 2 });
    await overlay(page).locator('.followup').first().waitFor({ timeout: 15_000 });
    await overlay(page).locator('.coverage-toggle').click();
    await overlay(page).locator('#coverage-list').waitFor();

    const problems: string[] = [];
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const window: Box = { left: 0, top: 0, ...size };
      for (const [index, [itemId, selector]] of FIELDS.entries()) {
        const control = page.locator(selector).first();
        await control.scrollIntoViewIfNeeded();
        await control.focus();
        await overlay(page).locator(`.card[data-item-id="${itemId}"]`).waitFor();
        const card = await settledBox(overlay(page).locator('.card-layer'));
        const dock = await settledBox(overlay(page).locator('.dock'));
        const own = await hostBoxes(page, itemId);
        const next = FIELDS[index + 1] ? await hostBoxes(page, FIELDS[index + 1]![0]) : undefined;
        const keep: [string, Box][] = [['its field', own.field], ['its question', own.label]];
        if (next) keep.push(['the next field', next.field]);
        const where = `${size.width}×${size.height} ${itemId}`;
        for (const [part, box] of [['card', card], ['dock', dock]] as const) {
          for (const [what, kept] of keep) if (overlaps(box, kept)) problems.push(`${where}: the ${part} covers ${what}`);
          if (box.left < 0 || box.top < 0 || box.left + box.width > size.width + 0.5 || box.top + box.height > size.height + 0.5) {
            problems.push(`${where}: the ${part} is cut off by the window (${JSON.stringify(box)} in ${JSON.stringify(window)})`);
          }
        }
        if (overlaps(card, dock)) problems.push(`${where}: the card and the dock overlap`);
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('"why we ask" in an 800×600 window stays inside it and scrolls within the card', async () => {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(`${session.server.origin}/layout/`);
    await overlay(page).locator('.coverage-toggle').waitFor({ timeout: 10_000 });
    await page.locator('#ly-alc').focus();
    const card = overlay(page).locator('.card[data-item-id="alcohol"]');
    await card.waitFor();
    await page.keyboard.press('Alt+Shift+W');
    await card.locator('[data-testid=why]').waitFor();
    const layer = overlay(page).locator('.card-layer');
    const box = await settledBox(layer);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top + box.height).toBeLessThanOrEqual(600);
    // Whatever does not fit can be scrolled to inside the card.
    const { scrollHeight, clientHeight, overflowY } = await layer.evaluate((el) => ({
      scrollHeight: el.scrollHeight, clientHeight: el.clientHeight, overflowY: getComputedStyle(el).overflowY,
    }));
    if (scrollHeight > clientHeight) expect(overflowY).toBe('auto');
    const own = await hostBoxes(page, 'alcohol');
    expect(overlaps(box, own.field)).toBe(false);
    await page.close();
  });
});
