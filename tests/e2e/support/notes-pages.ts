// Helpers for the notes browser tests: a private copy of the built extension, the
// side panel opened as a page for one tab, the case report a content script sends,
// and dumps of everything the host origin and the extension store.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import { CHROME_EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './launch-browser.mjs';
import { startStaticServer } from './static-server.mjs';
import { turnOnDeveloperMode } from './browser-ui';

declare global {
  // The extension API as seen by code evaluated in the service worker and extension pages.
  const chrome: typeof extensionApi;
}

/** Poll until `check` gives a truthy value (usable in hooks, where expect.poll is not). */
export async function waitUntil<T>(check: () => Promise<T>, timeoutMs = 5000, intervalMs = 50): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Copy the built extension so a rebuild by someone else in the same tree cannot
 * change it mid-test; the copy's path stays the same for the whole file, so the
 * extension id survives a browser restart.
 */
export async function privateExtensionCopy(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'adviser-coach-ext-'));
  await cp(CHROME_EXTENSION_DIR, dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function newProfileDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'adviser-coach-notes-profile-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export function launch(extensionDir: string, userDataDir: string): Promise<ExtensionBrowser> {
  return launchWithExtension({ extensionDir, userDataDir, viewport: { width: 1000, height: 900 } });
}

/** What a notes test file works with; `browser` and `control` are replaced when a test restarts or reloads. */
export interface NotesBrowser {
  server: Awaited<ReturnType<typeof startStaticServer>>;
  extension: Awaited<ReturnType<typeof privateExtensionCopy>>;
  profile: Awaited<ReturnType<typeof newProfileDir>>;
  browser: ExtensionBrowser;
  control: Page;
}

/**
 * One static server, a private copy of the extension, a fresh profile and a
 * Chromium with a control page, per test file; hooks registered after this one
 * can use them.
 */
export function useNotesBrowser(): NotesBrowser {
  const session = {} as NotesBrowser;
  beforeAll(async () => {
    session.server = await startStaticServer();
    session.extension = await privateExtensionCopy();
    session.profile = await newProfileDir();
    session.browser = await launch(session.extension.dir, session.profile.dir);
    session.control = await openControlPage(session.browser);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
    await session.profile?.remove();
    await session.extension?.remove();
  });
  return session;
}

/**
 * Open the demo case system on a case in a new tab and wait until the extension
 * knows the tab's case, as it would once the content script has reported it.
 */
export async function openDemoCase(session: NotesBrowser, caseId: string): Promise<{ host: Page; hostTab: number }> {
  const host = await session.browser.context.newPage();
  await host.goto(`${session.server.origin}/demo/intake-1.html?case=${caseId}`);
  await host.locator('#case-number', { hasText: caseId }).waitFor();
  const hostTab = await tabIdOf(session.control, host);
  await reportCaseFromTab(session.control, hostTab);
  await waitUntil(async () => (await sessionStorageOfExtension(session.control))[`case:${hostTab}`]);
  return { host, hostTab };
}

/**
 * An extension page kept open to ask the extension things (tabs, storage,
 * scripting). Sturdier than a service-worker handle, which goes stale whenever
 * Chromium stops an idle worker.
 */
export async function openControlPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  return page;
}

/** The tab id of a page, asked of the extension (host pages are in its host permissions). */
export async function tabIdOf(control: Page, page: Page): Promise<number> {
  const url = page.url();
  const id = await control.evaluate(async (pageUrl) => (await chrome.tabs.query({})).find((tab) => tab.url === pageUrl)?.id, url);
  if (id === undefined) throw new Error(`No tab for ${url}`);
  return id;
}

/**
 * Send `case:identified` from the host tab exactly as the content script does:
 * from the extension's isolated world in that tab, with the identifier the page
 * shows in `#case-number` (the demo pack's caseId selector).
 */
export async function reportCaseFromTab(control: Page, tabId: number): Promise<void> {
  await control.evaluate(async (tabId) => {
    await chrome.scripting.executeScript({
      target: { tabId },
      func: () =>
        chrome.runtime.sendMessage({
          type: 'case:identified',
          data: { caseIdentifier: document.getElementById('case-number')?.textContent?.trim() || null, packId: 'adviser-coach.social-assistance-ia' },
        }),
    });
  }, tabId);
}

/**
 * `chrome.runtime.reload()`; resolves with a new control page once the extension
 * is back (developer mode is switched on first, see turnOnDeveloperMode).
 */
export async function reloadExtension(browser: ExtensionBrowser, control: Page): Promise<Page> {
  await turnOnDeveloperMode(browser);
  await control.evaluate(() => chrome.runtime.reload()).catch(() => undefined); // the page closes mid-call
  // The extension's pages are refused until the reload is done, and a tab that was
  // refused stays refused: try each time in a fresh one.
  return waitUntil(
    async () => {
      const page = await browser.context.newPage();
      if (await page.goto(browser.extensionUrl('options.html')).then(() => true, () => false)) return page;
      await page.close();
      return undefined;
    },
    20_000,
    500,
  );
}

export async function sessionStorageOfExtension(control: Page): Promise<Record<string, unknown>> {
  return control.evaluate(() => chrome.storage.session.get(null));
}

export async function localStorageOfExtension(control: Page): Promise<Record<string, unknown>> {
  return control.evaluate(() => chrome.storage.local.get(null));
}

/** The side panel, opened as a page bound to one tab (as Chrome's panel is bound to the active tab). */
export async function openPanel(browser: ExtensionBrowser, tabId: number, expectKind?: 'case' | 'session'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl(`sidepanel.html?tab=${tabId}`));
  // The note box, or what stands in its place: the unlock form, or the organisation's demand for a passphrase.
  await page.getByTestId('note-input').or(page.getByTestId('unlock-passphrase')).or(page.getByTestId('notes-await-passphrase')).first().waitFor();
  if (expectKind) await page.locator(`[data-testid=notes-context][data-kind=${expectKind}]`).waitFor();
  return page;
}

export async function writeNote(panel: Page, text: string): Promise<void> {
  const before = await panel.getByTestId('note').count();
  await panel.getByTestId('note-input').click();
  await panel.getByTestId('note-input').fill(text);
  await panel.keyboard.press('Enter');
  await panel.waitForFunction((n) => document.querySelectorAll('[data-testid=note]').length > n, before);
}

/**
 * Everything in every IndexedDB database of a page's origin, as text (byte arrays
 * as Latin-1), read with the raw IndexedDB API: what anyone with that origin's
 * access would see.
 */
export function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      out[info.name] = {};
      for (const store of Array.from(db.objectStoreNames)) {
        out[info.name]![store] = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
    }
    return JSON.stringify(out, (_key, value: unknown) =>
      value instanceof Uint8Array || value instanceof ArrayBuffer ? new TextDecoder('latin1').decode(value) : value,
    );
  });
}

/** All that the host origin keeps client-side, as one string. */
export async function dumpHostStorage(page: Page): Promise<string> {
  const web = await page.evaluate(() => {
    const dump = (storage: Storage) => Object.fromEntries(Object.keys(storage).map((key) => [key, storage.getItem(key)]));
    return JSON.stringify({ local: dump(localStorage), session: dump(sessionStorage), cookie: document.cookie });
  });
  const cookies = JSON.stringify(await page.context().cookies(page.url()));
  return `${web}\n${cookies}\n${await dumpIndexedDb(page)}`;
}

/**
 * The host page's whole DOM, including closed shadow roots and frames, through
 * the DevTools protocol (`pierce`): more than the page's own scripts can see.
 */
export async function dumpHostDom(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    return JSON.stringify(root);
  } finally {
    await cdp.detach();
  }
}

/** What the host form would submit, and every control's current value. */
export function dumpHostForm(page: Page): Promise<string> {
  return page.evaluate(() => {
    const forms = Array.from(document.forms).map((form) => Array.from(new FormData(form).entries()).map(([k, v]) => [k, String(v)]));
    const controls = Array.from(document.querySelectorAll('input, textarea, select')).map((el) => (el as HTMLInputElement).value);
    return JSON.stringify({ forms, controls });
  });
}

/** The bytes of the extension's IndexedDB files on disk, as Latin-1 and UTF-16 text. */
export async function extensionIndexedDbFiles(userDataDir: string, extensionId: string): Promise<string> {
  const base = join(userDataDir, 'Default', 'IndexedDB');
  let text = '';
  for (const entry of await readdir(base, { withFileTypes: true }).catch(() => [])) {
    if (!entry.name.startsWith(`chrome-extension_${extensionId}_`)) continue;
    const dir = join(base, entry.name);
    for (const file of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue;
      const bytes = await readFile(join(file.parentPath, file.name));
      text += bytes.toString('latin1') + bytes.toString('utf16le');
    }
  }
  return text;
}
