// Firefox for real: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi,
// with the Firefox demo build installed as a temporary add-on. The overlay's closed
// shadow root is reached the way only a driver can: BiDi serialises it
// (includeShadowTree: 'all') and hands it back to a function as a shared reference.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { PROJECT_DIR } from './launch-browser.mjs';
import { startStaticServer } from './static-server.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(PROJECT_DIR, '.output', 'firefox-mv3-demo');

/**
 * The browser-test build that opens the notes page in a tab when installed
 * (`wxt build -b firefox --mode e2e-pages`, part of `npm run build:demo`): Firefox's
 * WebDriver refuses to navigate to a `moz-extension:` page, but drives one the
 * extension opened itself.
 */
export const FIREFOX_PAGES_EXTENSION_DIR = join(PROJECT_DIR, '.output', 'firefox-mv3-e2e-pages');

/** Install (or install again, as an update does) the Firefox build as a temporary add-on; resolves to its id. */
export async function installFirefoxExtension(browser: Browser, extensionDir = FIREFOX_EXTENSION_DIR): Promise<string> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extensionDir}. Run "npm run build:demo" first.`);
  }
  return browser.installExtension(extensionDir);
}

/**
 * Firefox with no add-on yet (to open pages before the extension is installed).
 * @param prefs more Firefox preferences for the profile (name → value)
 */
export async function launchFirefox(prefs: Record<string, unknown> = {}): Promise<Browser> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox not found at ${FIREFOX_PATH}. Install it with "apt-get install firefox-esr".`);
  return puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, extraPrefsFirefox: prefs });
}

/**
 * Grant the extension `origin` (a match pattern) as the adviser's "Allow" would: from a key
 * press in one of its pages (the user gesture `permissions.request` needs), in a Firefox
 * launched with `FIREFOX_NO_PERMISSION_PROMPTS` (the prompt is browser UI no driver can click).
 */
export async function grantSite(page: ExtensionTab, origin: string): Promise<boolean> {
  // Nothing focused, so the key types into no field of the page. (Escape would not do: Firefox counts it as no user input.)
  await page.evaluate<boolean>(
    `(document.activeElement?.blur(), document.addEventListener('keydown', () => { window.adviserCoachGrant = browser.permissions.request({ origins: [${JSON.stringify(origin)}] }); }, { once: true }), true)`,
  );
  await page.type('g');
  return page.evaluate<boolean>('Promise.resolve(window.adviserCoachGrant)');
}

/** For `launchFirefox`: optional permissions an extension asks for are granted without a prompt. */
export const FIREFOX_NO_PERMISSION_PROMPTS = { 'extensions.webextOptionalPermissionPrompts': false };

export async function launchFirefoxWithExtension(extensionDir = FIREFOX_EXTENSION_DIR): Promise<{ browser: Browser; addonId: string }> {
  const browser = await launchFirefox();
  try {
    return { browser, addonId: await installFirefoxExtension(browser, extensionDir) };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export interface FirefoxSession {
  server: Awaited<ReturnType<typeof startStaticServer>>;
  firefox: Browser;
}

/**
 * One static server and one Firefox with the demo build per test file, started before
 * its tests and closed after them (further beforeAll hooks of the file can use them).
 */
export function useFirefoxSession(): FirefoxSession {
  const session = {} as FirefoxSession;
  beforeAll(async () => {
    session.server = await startStaticServer();
    session.firefox = (await launchFirefoxWithExtension()).browser;
  }, 120_000);
  afterAll(async () => {
    await session.firefox?.close();
    await session.server?.close();
  });
  return session;
}

/** For `inOverlay`: the item of the card shown ('' for none). */
export const OVERLAY_CARD_ITEM = '(root) => root.querySelector(".card")?.getAttribute("data-item-id") ?? ""';
/** For `inOverlay`: the items with a field marker, sorted and comma-separated. */
export const OVERLAY_MARKERS = '(root) => [...root.querySelectorAll(".marker")].map((m) => m.getAttribute("data-item-id")).sort().join(",")';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result?: unknown } & Record<string, unknown>>;
}
/** Puppeteer's WebDriver BiDi connection (not public API: test support only). */
const bidiOf = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;
const resultOf = <T>(answer: { result?: unknown }) => (answer.result ?? answer) as T;

/**
 * A page of the extension open in a tab (puppeteer lists no `moz-extension:` tab as a
 * Page; BiDi's tree does), driven over raw BiDi: script, keys, reload.
 */
export interface ExtensionTab {
  url: string;
  /** Evaluate `expression` in the page (a promise is awaited); its value, which must be a string, number or boolean. */
  evaluate<T extends string | number | boolean>(expression: string): Promise<T>;
  /** Type `text` with real key presses where the focus is ('\n' presses Enter). */
  type(text: string): Promise<void>;
  reload(): Promise<void>;
}

export async function extensionTab(browser: Browser, path: string): Promise<ExtensionTab> {
  const bidi = bidiOf(browser);
  const context = await until(async () => {
    const { contexts } = resultOf<{ contexts: { context: string; url: string }[] }>(await bidi.send('browsingContext.getTree', {}));
    return contexts.find((c) => c.url.startsWith('moz-extension:') && new URL(c.url).pathname === path);
  }, `the extension's ${path} in a tab`);
  return {
    url: context.url,
    async evaluate<T>(expression: string) {
      const answer = resultOf<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } }>(
        await bidi.send('script.evaluate', { expression, target: { context: context.context }, awaitPromise: true }),
      );
      if (answer.type === 'exception') throw new Error(`in ${path}: ${answer.exceptionDetails?.text}`);
      return answer.result?.value as T;
    },
    async type(text) {
      const keys = [...text].flatMap((char) => {
        const value = char === '\n' ? '\uE007' : char; // WebDriver's Enter
        return [{ type: 'keyDown', value }, { type: 'keyUp', value }];
      });
      await bidi.send('input.performActions', { context: context.context, actions: [{ type: 'key', id: 'keyboard', actions: keys }] });
    },
    async reload() {
      await bidi.send('browsingContext.reload', { context: context.context, wait: 'complete' });
    },
  };
}

interface BidiRealm {
  callFunction(
    functionDeclaration: string,
    awaitPromise: boolean,
    options: { arguments?: unknown[]; serializationOptions?: unknown; resultOwnership?: 'root' | 'none' },
  ): Promise<{ result: { type: string; value?: unknown } }>;
}

/** Puppeteer's BiDi realm of a frame, or of the page's main frame (not public API: test support only). */
const realmOf = (at: Page | Frame) => {
  const frame: Frame = 'mainFrame' in at ? at.mainFrame() : at;
  return (frame as unknown as { mainRealm(): { realm: BidiRealm } }).mainRealm().realm;
};

/**
 * Run `body` (source of a function `(root) => string`) on the overlay's closed shadow
 * root in the page (or in one of its frames); resolves to what it returns, or null when
 * there is no overlay.
 */
export async function inOverlay(at: Page | Frame, body: string): Promise<string | null> {
  const realm = realmOf(at);
  const host = await realm.callFunction('() => document.querySelector(":root > div[popover], dialog > div[popover]")', false, {
    serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
    resultOwnership: 'none',
  });
  const root = (host.result.value as { shadowRoot?: { sharedId: string } } | undefined)?.shadowRoot;
  if (!root) return null;
  const out = await realm.callFunction(body, false, { arguments: [{ sharedId: root.sharedId }], resultOwnership: 'none' });
  return typeof out.result.value === 'string' ? out.result.value : null;
}

/**
 * Wait until `check` holds (polling; the browser decides how fast). The default ceiling is
 * wide: a loaded machine slows Firefox's start and its extension's, and a ceiling is no timing.
 */
export async function until<T>(check: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
