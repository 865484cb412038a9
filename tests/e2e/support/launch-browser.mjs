// Launch Debian's Chromium with the built extension loaded (flags verified in
// shared/toolchain.md). Headless unless a display is available and asked for.
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { pierceClosedOverlay, registerOverlayEngine } from './closed-overlay.mjs';

export const PROJECT_DIR = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
/** The demo build (`npm run build:demo`): granted the demo case system's 127.0.0.1 and localhost at install. */
export const CHROME_EXTENSION_DIR = join(PROJECT_DIR, '.output', 'chrome-mv3-demo');
/** The production build (`npm run build`): granted no site at install. */
export const CHROME_PRODUCTION_DIR = join(PROJECT_DIR, '.output', 'chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * @param {{ headless?: boolean, userDataDir?: string, extensionDir?: string, viewport?: { width: number, height: number }, extraArgs?: string[], executablePath?: string }} [options]
 *   extraArgs: more Chromium switches (e.g. `--log-net-log=<file>` for the network test)
 *   executablePath: what starts Chromium (default CHROMIUM_PATH; a private-policy launcher, support/private-policy.mjs)
 */
export async function launchWithExtension(options = {}) {
  const { headless = true, extensionDir = CHROME_EXTENSION_DIR, viewport = { width: 1280, height: 900 }, extraArgs = [], executablePath = CHROMIUM_PATH } = options;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}. Run "npm run build:demo" (demo build) or "npm run build" (production) first.`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with "apt-get install chromium".`);
  }
  await registerOverlayEngine();
  const ownsProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'adviser-coach-profile-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: false, // we pass --headless=new ourselves: extensions need the new headless mode
    viewport,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...extraArgs,
    ],
  });
  // On a loaded machine the worker can be slow to register; say so clearly instead of hanging.
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 45_000 }).catch(async (error) => {
      await context.close();
      throw new Error(`The extension's service worker did not start: ${error.message}`);
    }));
  const extensionId = new URL(worker.url()).host;
  // Ceilings, not timings: a page load or a click that a loaded CI machine stretches past Playwright's
  // default 30 s is still a pass; a hang still fails within the test's own limit.
  context.setDefaultNavigationTimeout(90_000);
  context.setDefaultTimeout(60_000);
  pierceClosedOverlay(context);
  slowEveryPage(context);
  return {
    context,
    worker,
    extensionId,
    userDataDir,
    extensionUrl: (/** @type {string} */ path) => `chrome-extension://${extensionId}/${path}`,
    async close() {
      await context.close();
      if (ownsProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * E2E_CPU_SLOWDOWN=<n> runs every page of the context (host pages, popup, options, side panel)
 * n times slower (DevTools' CPU throttling), to bring out tests that read state once
 * instead of waiting for it. Unset in CI: a finding tool, not a way to run the suite.
 * @param {import('playwright-core').BrowserContext} context
 */
function slowEveryPage(context) {
  const rate = Number(process.env.E2E_CPU_SLOWDOWN ?? 0);
  if (!(rate > 1)) return;
  const slow = async (/** @type {import('playwright-core').Page} */ page) => {
    const cdp = await context.newCDPSession(page).catch(() => null);
    await cdp?.send('Emulation.setCPUThrottlingRate', { rate }).catch(() => {});
  };
  for (const page of context.pages()) void slow(page);
  context.on('page', (page) => void slow(page));
}
