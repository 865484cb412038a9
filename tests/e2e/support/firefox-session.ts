// Firefox for real: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi,
// with the Firefox demo build installed as a temporary add-on. The overlay's closed
// shadow root is reached the way only a driver can: BiDi serialises it
// (includeShadowTree: 'all') and hands it back to a function as a shared reference.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PROJECT_DIR } from './launch-browser.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(PROJECT_DIR, '.output', 'firefox-mv3-demo');

export async function launchFirefoxWithExtension(): Promise<{ browser: Browser; addonId: string }> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox demo build at ${FIREFOX_EXTENSION_DIR}. Run "npm run build:demo" first.`);
  }
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox not found at ${FIREFOX_PATH}. Install it with "apt-get install firefox-esr".`);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
  const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return { browser, addonId };
}

interface BidiRealm {
  callFunction(
    functionDeclaration: string,
    awaitPromise: boolean,
    options: { arguments?: unknown[]; serializationOptions?: unknown; resultOwnership?: 'root' | 'none' },
  ): Promise<{ result: { type: string; value?: unknown } }>;
}

/** Puppeteer's BiDi realm of the page's main frame (not public API: test support only). */
const realmOf = (page: Page) => (page.mainFrame() as unknown as { mainRealm(): { realm: BidiRealm } }).mainRealm().realm;

/**
 * Run `body` (source of a function `(root) => string`) on the overlay's closed shadow
 * root; resolves to what it returns, or null when there is no overlay.
 */
export async function inOverlay(page: Page, body: string): Promise<string | null> {
  const realm = realmOf(page);
  const host = await realm.callFunction('() => document.querySelector(":root > div[popover], dialog > div[popover]")', false, {
    serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
    resultOwnership: 'none',
  });
  const root = (host.result.value as { shadowRoot?: { sharedId: string } } | undefined)?.shadowRoot;
  if (!root) return null;
  const out = await realm.callFunction(body, false, { arguments: [{ sharedId: root.sharedId }], resultOwnership: 'none' });
  return typeof out.result.value === 'string' ? out.result.value : null;
}

/** Wait until `check` holds (polling; the browser decides how fast). */
export async function until<T>(check: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
