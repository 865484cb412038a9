// A production (release) build has no standing access to any site, so it reads a pack host the way
// the README tells IT to set one up: cross-origin, allowed by CORS headers. Loaded in
// Chromium, it follows a pack on a host that sends them (its conditional check goes
// through the CORS preflight and is answered 304), and a host that does not send them
// is reported as unreachable while nothing is installed from it.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePackSigningKeys, type PackSigningKeys } from '../../rules/sign-pack';
import { useExtensionSession } from './support/extension-session';
import { PROJECT_DIR } from './support/launch-browser.mjs';
import { startPackServer, type PackServer } from './support/pack-server.mjs';
import { publishSigned, smallPack } from './support/signed-packs';

/** Background work (fetch, verify, store) on a shared, loaded machine: wait for it, never time it. */
const WAIT = { timeout: 15_000 };

beforeAll(async () => {
  await promisify(execFile)('npm', ['run', '--silent', 'build'], { cwd: PROJECT_DIR });
}, 120_000);
const session = useExtensionSession({ extensionDir: join(PROJECT_DIR, '.output/chrome-mv3') });

let withCors: PackServer;
let withoutCors: PackServer;
let keys: PackSigningKeys;
let options: Page;

beforeAll(async () => {
  withCors = await startPackServer();
  withoutCors = await startPackServer({ cors: false });
  keys = await generatePackSigningKeys('release-test');
  await publishSigned(withCors, '/packs/a.json', smallPack({ id: 'example.cors', title: 'Served with CORS' }), keys);
  await publishSigned(withoutCors, '/packs/b.json', smallPack({ id: 'example.no-cors', title: 'Served without CORS' }), keys);
  await session.browser.worker.evaluate(async (publicKey) => chrome.storage.local.set({ 'packs:trustedKeys': [{ keyId: 'release-test', publicKey }] }), JSON.stringify(keys.publicJwk));
  options = await session.browser.context.newPage();
  await options.goto(session.browser.extensionUrl('options.html'));
});
afterAll(async () => {
  await withCors?.close();
  await withoutCors?.close();
});

async function follow(url: string) {
  await options.getByLabel('Pack address (https://…)').fill(url);
  await options.getByRole('button', { name: 'Follow this pack' }).click();
}

describe('a release build following packs', () => {
  it('holds no access to the pack host, yet installs from one that sends the CORS headers, and re-checks through the preflight', async () => {
    expect(await session.browser.worker.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(false);
    await follow(`${withCors.origin}/packs/a.json`);
    await expect.poll(() => options.getByTestId('packs-status').textContent(), WAIT).toBe('installed version 1.0.0');
    withCors.requests.length = 0;
    await options.locator(`[data-subscription-url="${withCors.origin}/packs/a.json"]`).getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => options.getByTestId('packs-status').textContent(), WAIT).toBe('no change, version 1.0.0 is current');
    expect(withCors.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['OPTIONS /packs/a.json', 'GET /packs/a.json']);
  });

  it('reports a host without them as unreachable and installs nothing from it', async () => {
    await follow(`${withoutCors.origin}/packs/b.json`);
    await expect.poll(() => options.getByTestId('packs-status').textContent(), WAIT).toMatch(/^not updated, the pack in use stays\. The pack's server could not be reached/);
    expect(await options.locator('li.pack[data-pack-id="example.no-cors"]').count()).toBe(0);
  });
});
