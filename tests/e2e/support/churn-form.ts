// The churn fixture (fixtures/churn/form.html, a form thrown away and rendered anew every
// 100 ms) as the churn tests use it: the adviser's click into a field, the page's render count.
import type { Page } from 'playwright-core';

/** The coach's overlay host on the page. */
export const overlay = (page: Page) => page.locator('coach-overlay=host');

/** How many forms the page has rendered so far. */
export const churnRenders = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { churn: { renders(): number } }).churn.renders());

/**
 * Click into the field with the real mouse, as the adviser does: on a visible part
 * of it (the coach's card may cover some), and again if focus did not land in it
 * (the page may have swapped the element under the pointer). Playwright's element
 * click refuses an element replaced before the click lands. Says how often the
 * click missed and whether the coach's overlay covered the whole field.
 */
export async function clickField(page: Page, field: string): Promise<{ misses: number; covered: boolean }> {
  let covered = false;
  for (let attempt = 0; attempt < 5; attempt++) {
    const spot = await page.evaluate((id) => {
      const box = document.getElementById(id)!.getBoundingClientRect();
      const y = box.top + box.height / 2;
      for (const share of [0.1, 0.5, 0.9]) {
        const x = box.left + box.width * share;
        if (document.elementFromPoint(x, y)?.id === id) return { x, y, visible: true };
      }
      return { x: box.left + box.width / 2, y, visible: false };
    }, `ch-${field}`);
    covered ||= !spot.visible;
    await page.mouse.click(spot.x, spot.y);
    const landed = await page
      .waitForFunction((id) => document.activeElement?.id === id, `ch-${field}`, { timeout: 1_000 })
      .then(() => true, () => false);
    if (landed) return { misses: attempt, covered };
  }
  return { misses: 5, covered };
}
