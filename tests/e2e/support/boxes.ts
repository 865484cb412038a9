// Boxes measured in the real page, for the layout tests: the overlay's parts
// against the host's fields and question texts.
import type { Locator } from 'playwright-core';

/** A rectangle in CSS pixels of the top document's viewport. */
export interface Box { left: number; top: number; width: number; height: number }

/** Whether two boxes share more than a rounding sliver (half a pixel). */
export const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.left + b.width - 0.5 && a.left + a.width > b.left + 0.5 && a.top < b.top + b.height - 0.5 && a.top + a.height > b.top + 0.5;

/** Whether `inner` lies inside `outer` (to half a pixel). */
export const inside = (inner: Box, outer: Box): boolean =>
  inner.left >= outer.left - 0.5 && inner.top >= outer.top - 0.5 &&
  inner.left + inner.width <= outer.left + outer.width + 0.5 && inner.top + inner.height <= outer.top + outer.height + 0.5;

/** A locator's box in the top document's viewport (for an element in a frame too). */
export async function boxOf(locator: Locator): Promise<Box> {
  const rect = await locator.boundingBox();
  if (!rect) throw new Error(`no box for ${locator}`);
  return { left: rect.x, top: rect.y, width: rect.width, height: rect.height };
}

/** A locator's box once it has stopped moving (placement runs in the next frames). */
export async function settledBox(locator: Locator): Promise<Box> {
  let last = '';
  for (let i = 0; i < 50; i++) {
    const rect = await locator.boundingBox();
    const box = rect && { left: rect.x, top: rect.y, width: rect.width, height: rect.height };
    const now = JSON.stringify(box);
    if (box && now === last) return box;
    last = now;
    await locator.page().evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  throw new Error('the overlay kept moving');
}
