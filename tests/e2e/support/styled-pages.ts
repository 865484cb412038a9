// Opening a fixture page that a small widget "library" draws in the style named by
// ?style= (fixtures/widgets/more-kinds.js, chip-rows.js), once its questions are found.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './extension-session';
import { waitForSnapshots } from './detection-harness';
import { coachReady } from './coaching-session';

/** Open `path` drawn as `style`, wait until the page is drawn and `items` are found, and the coach is ready. */
export async function openStyled(session: ExtensionSession, path: string, style: string, items: string[]): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/${path}?style=${style}`);
  await page.locator('#form[data-ready]').waitFor();
  const snapshots = await waitForSnapshots(page, (found) => items.every((id) => found.some((frame) => frame.matches.some((m) => m.itemId === id))), 10_000).catch(() => []);
  const found = snapshots.flatMap((frame) => frame.matches.map((m) => m.itemId));
  expect(found, `${path} in ${style}: the questions are found`).toEqual(expect.arrayContaining(items));
  await coachReady(page);
  return page;
}
