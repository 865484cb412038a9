/**
 * Which tab's page kept removing the coach's overlay (components/overlay/mount-overlay.ts
 * gives up after a few times a minute), so the popup can say why the coach is gone.
 * Kept in `storage.session` (memory, this browser session), per tab, for the page's URL:
 * another page in the tab shows nothing.
 */
import { browser } from 'wxt/browser';

const key = (tabId: number) => `coach-silenced:${tabId}`;

export async function markCoachSilenced(tabId: number, url: string): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: url });
}

/** Whether the coach gave up on the page `url` shows in tab `tabId`. */
export async function isCoachSilenced(tabId: number, url: string): Promise<boolean> {
  const stored = await browser.storage.session.get(key(tabId));
  return stored[key(tabId)] === url;
}

/** A page loading in the tab (a reload too) starts the coach afresh: forget the tab's mark. */
export function forgetSilencedOnLoad(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.storage.session.remove(key(tabId));
  });
}
