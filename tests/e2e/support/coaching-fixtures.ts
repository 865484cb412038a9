// Coaching on a fixture page: a detection pack given rewordings and follow-ups,
// installed alone, and the overlay's card and follow-ups for an item.
import type { Frame, Page } from 'playwright-core';
import type { CompiledPack } from '../../../rules/compiled-pack';
import { compileCondition } from '../../../rules/compile-condition';
import { installPacks } from './detection-harness';
import type { ExtensionSession } from './extension-session';

export const rewording = (itemId: string) => `What would you like to tell me about ${itemId}?`;

/** A fixture's detection pack with coaching added: a rewording for every item, follow-ups where asked. */
export function coachingPack(pack: CompiledPack, followUps: Record<string, Parameters<typeof compileCondition>[0]>): CompiledPack {
  return {
    ...pack,
    items: pack.items.map((item) => ({
      ...item,
      rewordings: [{ text: { en: rewording(item.id) } }],
      followUps: followUps[item.id]
        ? [{ id: `${item.id}-follow-up`, when: compileCondition(followUps[item.id]!), severity: 'warning' as const, prompt: { en: `Follow up on ${item.id}` }, resources: [], nextSteps: [] }]
        : [],
    })),
  };
}

/** Install `pack` alone and open the fixture at `path`, once the overlay is there. */
export async function openWithPack(session: ExtensionSession, pack: CompiledPack, path: string): Promise<Page> {
  await installPacks(session.browser, [pack]);
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/${path}`);
  await page.locator('coach-overlay=host').waitFor({ state: 'attached' });
  return page;
}

export const card = (scope: Page | Frame, itemId: string) => scope.locator(`coach-overlay=host >> .card[data-item-id="${itemId}"]`);
export const followUp = (scope: Page | Frame, itemId: string) =>
  scope.locator(`coach-overlay=host >> .followup[data-follow-up-id="${itemId}-follow-up"]`);

/**
 * Each item's state in the "left to ask" list: opened with its shortcut unless it is open, read, then
 * Escape. Escape closes the list only once focus is in it (the shortcut moves focus there a frame later),
 * so a list can be left open; a second press of the shortcut would close it and wait for it in vain, so
 * an open list is one in the overlay at all, shown or not yet.
 */
export async function coverageStates(page: Page): Promise<Record<string, string>> {
  const list = page.locator('coach-overlay=host >> #coverage-list');
  if ((await list.count()) === 0) await page.keyboard.press('Alt+Shift+L');
  await list.waitFor();
  // In one call: the list element found through the overlay's engine is handed to the function, which reads
  // below it (evaluateAll would look for the items from the page's world, which cannot see into the closed root).
  const states = await list.evaluate((ul) =>
    Object.fromEntries([...ul.querySelectorAll('li[data-item-id]')].map((li) => [li.getAttribute('data-item-id') ?? '', li.getAttribute('data-state') ?? ''])),
  );
  await page.keyboard.press('Escape');
  return states;
}
