// What a user does in the browser's own interface, driven over the DevTools protocol:
// clicking the extension's toolbar button (the real action: it grants `activeTab` and
// opens the real popup), and the site access control of chrome://extensions (the
// browser's own grant and withhold of an extension's sites). The permission prompt of
// `permissions.request` is native browser UI that no driver can click.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page, type Worker } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './launch-browser.mjs';

/** Switches that let the DevTools protocol click the toolbar button (`Extensions.triggerAction`). */
export const BROWSER_UI_ARGS = ['--enable-unsafe-extension-debugging', '--remote-debugging-port=0'];

export async function launchWithBrowserUi(options: Parameters<typeof launchWithExtension>[0] = {}): Promise<ExtensionBrowser> {
  return launchWithExtension({ ...options, extraArgs: [...(options?.extraArgs ?? []), ...BROWSER_UI_ARGS] });
}

const observers = new WeakMap<ExtensionBrowser, Browser>();

/**
 * A second connection to the same browser, made once the popup exists: neither
 * Playwright's own connection nor one made earlier lists a popup the browser opened
 * by itself, but a new connection lists every page there is.
 */
async function reconnect(browser: ExtensionBrowser): Promise<Browser> {
  await observers.get(browser)?.close().catch(() => {});
  const port = (await readFile(join(browser.userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
  const connected = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  observers.set(browser, connected);
  return connected;
}

/** Click the extension's toolbar button while `page` is the active tab; resolves to the popup it opens. */
export async function clickToolbarButton(browser: ExtensionBrowser, page: Page): Promise<Page> {
  await page.bringToFront();
  const popupUrl = browser.extensionUrl('popup.html');
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((target) => target.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId: tab.targetId });
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const { targetInfos: now } = await cdp.send('Target.getTargets');
      if (now.some((target) => target.url === popupUrl)) {
        const popup = (await reconnect(browser)).contexts().flatMap((context) => context.pages()).find((candidate) => candidate.url() === popupUrl);
        if (popup) return popup;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the toolbar button opened no popup');
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Whether the extension's popup is open (it closes when the browser's permission prompt takes the focus). */
export async function popupIsOpen(browser: ExtensionBrowser): Promise<boolean> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.some((target) => target.url === browser.extensionUrl('popup.html'));
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Close the second connection (the browser itself stays). */
export async function closeBrowserUi(browser: ExtensionBrowser): Promise<void> {
  await observers.get(browser)?.close().catch(() => {});
  observers.delete(browser);
}

/**
 * The extension's "Site access" on chrome://extensions, as a user sets it: `ON_CLICK`
 * withholds every site it was granted; `grant` then allows one site ("Add a site").
 */
export async function siteAccess(browser: ExtensionBrowser, change: { hostAccess?: 'ON_CLICK' | 'ON_ALL_SITES'; grant?: string }): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${browser.extensionId}`);
    const error = await page.evaluate(async ({ id, hostAccess, grant }) => {
      const api = (chrome as unknown as { developerPrivate: Record<string, (...args: unknown[]) => void> }).developerPrivate;
      const call = (name: string, ...args: unknown[]) =>
        new Promise<string | undefined>((resolve) => api[name]!(...args, () => resolve(chrome.runtime.lastError?.message)));
      if (hostAccess) {
        const failed = await call('updateExtensionConfiguration', { extensionId: id, hostAccess });
        if (failed) return failed;
      }
      return grant ? call('addHostPermission', id, grant) : undefined;
    }, { id: browser.extensionId, ...change });
    if (error) throw new Error(`chrome://extensions refused: ${error}`);
  } finally {
    await page.close();
  }
}

/**
 * Developer mode on chrome://extensions, as a user switches it on. Without it Chromium
 * may disable an extension loaded with --load-extension when it reloads ("unsupported
 * developer extension"), and it never comes back.
 */
export async function turnOnDeveloperMode(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto('chrome://extensions');
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          (chrome as unknown as { developerPrivate: { updateProfileConfiguration(c: object, done: () => void): void } }).developerPrivate.updateProfileConfiguration(
            { inDeveloperMode: true },
            resolve,
          ),
        ),
    );
  } finally {
    await page.close();
  }
}

/**
 * chrome.runtime.reload(), as an update or "Reload" on chrome://extensions does; resolves
 * to the new service worker. Developer mode first (see turnOnDeveloperMode). The new
 * worker is looked for in the context's list as well as awaited as an event, since
 * the event can fire before the old worker's call returns.
 */
export async function reloadExtension(browser: ExtensionBrowser): Promise<Worker> {
  await turnOnDeveloperMode(browser);
  const old = browser.worker;
  const isNew = (worker: Worker) => worker !== old && worker.url().startsWith(browser.extensionUrl(''));
  const event = browser.context.waitForEvent('serviceworker', { predicate: isNew, timeout: 30_000 });
  event.catch(() => {}); // settled below either way
  await old.evaluate(() => chrome.runtime.reload()).catch(() => {}); // the worker goes away mid-call
  const listed = (async () => {
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
      const found = browser.context.serviceWorkers().find(isNew);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return event; // the event's own timeout error says what was awaited
  })();
  return Promise.race([event, listed]);
}
