// A production build (npm run build, the same as npm run zip packs) grants no site at
// install, not even the demo's 127.0.0.1/localhost, and still works: loaded in
// Chromium, its pages render and it holds no host access until a site is allowed.
// The demo build beside it (npm run build:demo) keeps the demo origins. The store zips
// (npm run zip) hold the same manifests, the Chrome one without `key`, which the Chrome
// Web Store and Edge Add-ons refuse; the unpacked build keeps it, for its fixed id.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_DIR, PROJECT_DIR } from './support/launch-browser.mjs';
import { extensionIdFromKey } from './support/extension-id.mjs';
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

describe('store zips (npm run zip)', () => {
  const version = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')).version as string;
  const zipped = async (browser: string) => {
    const zip = await JSZip.loadAsync(await readFile(join(PROJECT_DIR, `.output/adviser-coach-${version}-${browser}.zip`)));
    return JSON.parse(await zip.file('manifest.json')!.async('string'));
  };
  beforeAll(async () => {
    await promisify(execFile)('npm', ['run', '--silent', 'zip'], { cwd: PROJECT_DIR });
  }, 180_000);

  it('the Chrome zip has no `key` and is otherwise the release build’s manifest; the unpacked build keeps its fixed id', async () => {
    const store = await zipped('chrome');
    expect(store).not.toHaveProperty('key');
    const { key, ...unpacked } = readManifest(RELEASE_DIRS.chrome);
    expect(extensionIdFromKey(key)).toBe('ehipdeaemjdokgagfajippjnjmlenoga');
    expect(store).toEqual(unpacked);
  });

  it('the Firefox zip is the release build’s manifest, with its add-on id and no `key`', async () => {
    const store = await zipped('firefox');
    expect(store).not.toHaveProperty('key');
    expect(store.browser_specific_settings.gecko.id).toBe('adviser-coach@adviser-coach.example');
    expect(store).toEqual(readManifest(RELEASE_DIRS.firefox));
  });
});
