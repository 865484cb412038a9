/**
 * The item the adviser is on, per tab, for the side panel to link a note to.
 * Background only: content scripts cannot write `storage.session`.
 */
import { browser } from 'wxt/browser';
import type { CompiledPack } from '../../rules/compiled-pack';
import { focusOfTab, type FocusedItem } from '../notes/tab-keys';

export async function recordFocus(tabId: number, pack: CompiledPack | undefined, itemId: string | null): Promise<void> {
  const item = itemId ? pack?.items.find((candidate) => candidate.id === itemId) : undefined;
  if (!pack || !item) {
    await browser.storage.session.remove(focusOfTab(tabId));
    return;
  }
  const focused: FocusedItem = { packId: pack.id, itemId: item.id, title: item.question };
  await browser.storage.session.set({ [focusOfTab(tabId)]: focused });
}
