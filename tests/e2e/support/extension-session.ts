// One static server and one Chromium with the built extension per test file,
// started before its tests and closed after them. Further beforeAll hooks a file
// registers run after this one, so they can use the session.
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer } from './static-server.mjs';
import { launchWithExtension, type ExtensionBrowser } from './launch-browser.mjs';

export interface ExtensionSession {
  server: Awaited<ReturnType<typeof startStaticServer>>;
  browser: ExtensionBrowser;
}

export function useExtensionSession(options?: Parameters<typeof launchWithExtension>[0]): ExtensionSession {
  const session = {} as ExtensionSession;
  beforeAll(async () => {
    session.server = await startStaticServer();
    session.browser = await launchWithExtension(options);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
