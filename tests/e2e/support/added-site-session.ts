// For tests of a case system added at runtime: the production build (no site granted at
// install) in a Chromium whose own extension UI the tests can drive (browser-ui.ts), and a
// case system served from 127.0.0.2 (a site of its own), with the default pack bound to
// it as a supervisor would bind it. Started before the file's tests, closed after them.
import { afterAll, beforeAll } from 'vitest';
import { closeBrowserUi, launchWithBrowserUi } from './browser-ui';
import { installPacks, settleFirstRun } from './detection-harness';
import { installedPack } from './installed-packs';
import { CHROME_PRODUCTION_DIR, type ExtensionBrowser } from './launch-browser.mjs';
import { startStaticServer } from './static-server.mjs';

/** The case system's site, as the extension asks for it. */
export const ADDED_SITE = 'http://127.0.0.2/*';

export interface AddedSiteSession {
  browser: ExtensionBrowser;
  server: Awaited<ReturnType<typeof startStaticServer>>;
}

export function useAddedSiteSession(): AddedSiteSession {
  const session = {} as AddedSiteSession;
  beforeAll(async () => {
    session.server = await startStaticServer({ host: '127.0.0.2' });
    session.browser = await launchWithBrowserUi({ extensionDir: CHROME_PRODUCTION_DIR });
    await settleFirstRun(session.browser);
    const pack = await installedPack(session.browser, 'adviser-coach.social-assistance-ia');
    await installPacks(session.browser, [{ ...pack, hostPatterns: [ADDED_SITE] }]);
  });
  afterAll(async () => {
    if (session.browser) await closeBrowserUi(session.browser);
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
