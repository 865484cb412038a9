// Read the extension's own state from outside, for tests and the demo: what the
// background stored for a tab. Reads through the service worker, never the page.

/**
 * The tab id Chromium gave a Playwright page, found by URL through the extension.
 * @param {{ worker: import('playwright-core').Worker }} browser
 * @param {import('playwright-core').Page} page
 */
export async function tabIdOf(browser, page) {
  const url = page.url();
  return browser.worker.evaluate(async (pageUrl) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === pageUrl)?.id;
  }, url);
}

/**
 * The detection report for a page, waiting until one exists.
 * @param {{ worker: import('playwright-core').Worker }} browser
 * @param {import('playwright-core').Page} page
 * @param {{ timeoutMs?: number, until?: (report: any) => boolean }} [options]
 */
export async function readDetectionReport(browser, page, { timeoutMs = 5000, until = () => true } = {}) {
  const deadline = Date.now() + timeoutMs;
  let report;
  while (Date.now() < deadline) {
    const tabId = await tabIdOf(browser, page);
    if (tabId !== undefined) {
      report = await browser.worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key], `detection:${tabId}`);
      if (report && until(report)) return report;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return report;
}
