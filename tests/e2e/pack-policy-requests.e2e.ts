// How often a policy's pack address is asked, in a real Chromium with a real enterprise
// policy (a policy folder of this browser's own: support/private-policy.mjs). At the
// first start every trigger that wants the pack (the start itself, the update alarm,
// a policy change, the adviser's "Check now") shares one request for the pack and one
// for its signature while that request is out; later checks are conditional, also
// when the policy drops the address and names it again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtExtensionId } from './support/extension-id.mjs';
import { launchWithExtension, type ExtensionBrowser } from './support/launch-browser.mjs';
import { startPackServer, type PackServer } from './support/pack-server.mjs';
import { createPrivatePolicy, privatePolicyUnavailable, type PrivatePolicy } from './support/private-policy.mjs';
import { generatePackSigningKeys, type PackSigningKeys } from '../../rules/sign-pack';
import { publishSigned, smallPack } from './support/signed-packs';

/** Background work and Chromium's policy reload on a shared, loaded machine: wait for it, never time it. */
const WAIT = { timeout: 45_000, interval: 250 };
const PACK_PATH = '/org/housing.json';
const PACK_BODY = smallPack({ id: 'example.org-housing', version: '2.0.0', title: 'Housing set by policy' });

const unavailable = privatePolicyUnavailable();
if (unavailable) console.warn(`[pack-policy-requests] skipped: ${unavailable}`);

let packs: PackServer;
let keys: PackSigningKeys;
let policy: PrivatePolicy;
let browser: ExtensionBrowser;
let letFirstAnswerGo: () => void;

const packUrl = () => `${packs.origin}${PACK_PATH}`;
const orgPolicy = (settings: Record<string, unknown> = {}) => ({
  '3rdparty': {
    extensions: {
      [builtExtensionId()]: {
        packSubscriptions: [{ url: packUrl() }],
        trustedPackKeys: [{ keyId: keys.keyId, publicKey: JSON.stringify(keys.publicJwk) }],
        packUpdateIntervalMinutes: 60,
        ...settings,
      },
    },
  },
});
const requestsFor = (path: string) => packs.requests.filter((r) => r.method === 'GET' && r.path === path);
const installed = () =>
  browser.worker.evaluate(async () => ((await chrome.storage.local.get('packs:installed'))['packs:installed'] as { id: string; version: string }[] | undefined ?? []).map((p) => `${p.id}@${p.version}`));
const subscriptionUrls = () =>
  browser.worker.evaluate(async () => ((await chrome.storage.local.get('packs:subscriptions'))['packs:subscriptions'] as { url: string }[] | undefined ?? []).map((s) => s.url));

beforeAll(async () => {
  if (unavailable) return;
  packs = await startPackServer();
  keys = await generatePackSigningKeys('org-2026');
  await publishSigned(packs, PACK_PATH, PACK_BODY, keys);
  // The first answer for the pack waits for the test: every other trigger comes while it is out.
  const held = new Promise<void>((release) => (letFirstAnswerGo = release));
  packs.set(PACK_PATH, { body: PACK_BODY, hold: held });
  policy = await createPrivatePolicy();
  await policy.write(orgPolicy({ notesRetentionDays: 30 }));
  browser = await launchWithExtension({ executablePath: policy.executablePath });
}, 90_000);

afterAll(async () => {
  letFirstAnswerGo?.();
  await browser?.close();
  await policy?.dispose();
  await packs?.close();
});

describe.skipIf(!!unavailable)('a policy’s pack address', () => {
  it('is asked once at the first start, whatever else asks for it meanwhile (alarm, policy change, "Check now")', async () => {
    await expect.poll(() => requestsFor(PACK_PATH).length, WAIT).toBe(1);

    // While that request is out: the update alarm fires,
    await browser.worker.evaluate(() => chrome.alarms.create('packs:check', { when: Date.now() }));
    await expect.poll(() => browser.worker.evaluate(async () => (await chrome.alarms.get('packs:check')) === undefined), WAIT).toBe(true);
    // the policy changes (the browser reports it to the extension),
    await policy.write(orgPolicy({ notesRetentionDays: 14 }));
    await expect.poll(() => browser.worker.evaluate(async () => (await chrome.storage.managed.get('notesRetentionDays')).notesRetentionDays), WAIT).toBe(14);
    // and the adviser asks for a check in the settings.
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await options.locator(`[data-subscription-url="${packUrl()}"]`).getByRole('button', { name: 'Check now' }).click();

    letFirstAnswerGo();
    await expect.poll(installed, WAIT).toContain('example.org-housing@2.0.0');
    await expect.poll(() => options.getByTestId('packs-status').textContent(), WAIT).toContain('version 2.0.0');
    // Checks are handled one at a time: one asked for now answers after every one asked before it.
    const last = await options.evaluate((url) => chrome.runtime.sendMessage({ type: 'packs:check-now', data: { url } }), packUrl());
    expect(last).toEqual({ outcome: 'unchanged', version: '2.0.0' });

    const asked = requestsFor(PACK_PATH).map((r) => r.headers['if-none-match'] ?? null);
    expect(asked).toHaveLength(2);
    expect(asked[0]).toBeNull();
    // The one check after it (asked for just now) is conditional, answered 304: the signature is not fetched again.
    expect(asked[1]).toMatch(/^"[0-9a-f]+", "adviser-coach:example\.org-housing@2\.0\.0"$/);
    expect(requestsFor(`${PACK_PATH}.sig`)).toHaveLength(1);
    await options.close();
  });

  it('asks conditionally when the policy drops the address and names it again', async () => {
    await policy.remove();
    await expect.poll(subscriptionUrls, WAIT).toEqual([]);
    packs.requests.length = 0;
    await policy.write(orgPolicy());
    await expect.poll(() => requestsFor(PACK_PATH).length, WAIT).toBe(1);
    await expect.poll(() => browser.worker.evaluate(async () => ((await chrome.storage.local.get('packs:subscriptions'))['packs:subscriptions'] as { packId?: string }[] | undefined)?.[0]?.packId), WAIT).toBe('example.org-housing');
    expect(requestsFor(PACK_PATH)[0]!.headers['if-none-match']).toMatch(/^"[0-9a-f]+", "adviser-coach:example\.org-housing@2\.0\.0"$/);
    expect(requestsFor(`${PACK_PATH}.sig`)).toHaveLength(0);
    expect(await installed()).toContain('example.org-housing@2.0.0');
  });
});
