// Stopping the extension's service worker as Chromium does to an idle one, for tests of what
// survives it (notes, the follow-up matcher's delivery).
import type { Page } from 'playwright-core';

/** Stop every service worker of the browser through the DevTools protocol, with a session on `page`. */
export async function stopWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}
