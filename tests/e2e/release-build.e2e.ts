// A production build (npm run build, the same as npm run zip packs) grants no site at
// install, not even the demo's 127.0.0.1/localhost, and still works: loaded in
// Chromium, its pages render and it holds no host access until a site is allowed.
// The demo build beside it (npm run build:demo) keeps the demo origins.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_DIR, PROJECT_DIR } from './support/launch-browser.mjs';
import { useExtensionSession } from './support/extension-session';

const RELEASE_DIRS = { chrome: join(PROJECT_DIR, '.output/chrome-mv3'), firefox: join(PROJECT_DIR, '.output/firefox-mv3') };
const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const DEMO = /127\.0\.0\.1|localhost/;

// Registered before the session, so the build exists when Chromium loads it.
beforeAll(async () => {
  await promisify(execFile)('npm', ['run', '--silent', 'build'], { cwd: PROJECT_DIR });
}, 120_000);
const session = useExtensionSession({ extensionDir: RELEASE_DIRS.chrome });

describe('release build', () => {
  it.each(Object.entries(RELEASE_DIRS))('names no demo origin in the %s manifest', (_browser, dir) => {
    const manifest = readManifest(dir);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(manifest.content_scripts ?? [])).not.toMatch(DEMO);
    // Sites are still asked for at run time.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('differs from the demo build only there', () => {
    const development = readManifest(CHROME_EXTENSION_DIR);
    expect(JSON.stringify(development.host_permissions)).toMatch(DEMO);
    const { host_permissions: _h, content_scripts: _c, ...rest } = development;
    const { host_permissions: _rh, content_scripts: _rc, ...releaseRest } = readManifest(RELEASE_DIRS.chrome);
    expect(releaseRest).toEqual(rest);
  });

  it('loads in Chromium with no host access and no registered script until a site is allowed', async () => {
    const { worker } = session.browser;
    const state = await worker.evaluate(async () => ({
      demo: await chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }),
      granted: (await chrome.permissions.getAll()).origins ?? [],
      scripts: (await chrome.scripting.getRegisteredContentScripts()).length,
    }));
    expect(state).toEqual({ demo: false, granted: [], scripts: 0 });
    const page = await session.browser.context.newPage();
    await page.goto(session.browser.extensionUrl('popup.html'));
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Adviser Coach');
    await page.close();
  });
});
