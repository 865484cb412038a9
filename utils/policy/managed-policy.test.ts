// Managed policy: read from storage.managed and checked value by value (Firefox does
// not validate against managed_schema.json), applied live when the browser reports a
// change, with no restart: the background follows the policy's pack URLs and keys.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startPackServer, type PackServer } from '../../tests/e2e/support/pack-server.mjs';
import { generatePackSigningKeys, type PackSigningKeys } from '../../rules/sign-pack';
import { publishSigned, smallPack } from '../../tests/e2e/support/signed-packs';
import { readPackLibrary } from '../../rules/pack-store';
import { registerPackUpdates } from '../packs/pack-updates-background';
import { readSubscriptions } from '../packs/subscriptions';
import { effectiveTrustedKeys, readPublicKeyFile } from '../packs/trusted-keys';
import { NO_POLICY, parseManagedPolicy } from './managed-policy';
import { cachedManagedPolicy, refreshManagedPolicy } from './policy-store';

describe('reading the managed policy', () => {
  it('takes every setting the schema declares', () => {
    const policy = parseManagedPolicy({
      packSubscriptions: [{ url: 'https://packs.example.org/ia.json' }, { url: 'https://packs.example.org/wfi.yaml', signatureUrl: 'https://packs.example.org/sigs/wfi.jws' }],
      trustedPackKeys: [{ keyId: 'office-2026', publicKey: '{"kty":"OKP","crv":"Ed25519","x":"abc"}', packIds: ['a.b'] }],
      allowPackFileImports: false,
      requireSignedPacks: true,
      allowPackDowngrades: true,
      packUpdateIntervalMinutes: 60,
      caseSystemOrigins: ['https://Cases.Example.org', 'https://other.example.org/*'],
      allowAdviserSitePacks: false,
      notesPassphraseRequired: true,
      notesRetentionDays: 7,
    });
    expect(policy).toEqual({
      packSubscriptions: [
        { url: 'https://packs.example.org/ia.json', signatureUrl: 'https://packs.example.org/ia.json.sig' },
        { url: 'https://packs.example.org/wfi.yaml', signatureUrl: 'https://packs.example.org/sigs/wfi.jws' },
      ],
      trustedKeys: [{ keyId: 'office-2026', publicKey: '{"kty":"OKP","crv":"Ed25519","x":"abc"}', packIds: ['a.b'] }],
      allowFileImports: false,
      requireSignedPacks: true,
      allowDowngrades: true,
      updateIntervalMinutes: 60,
      caseSystemOrigins: ['https://cases.example.org/*', 'https://other.example.org/*'],
      allowSitePacks: false,
      notesPassphraseRequired: true,
      notesRetentionDays: 7,
      problems: [],
    });
  });

  it('ignores wrong values and lists them for the support desk, keeping the good ones', () => {
    const policy = parseManagedPolicy({
      packSubscriptions: [{ url: 'http://packs.example.org/plain-http.json' }, 'https://packs.example.org/ok.json', { url: 'ftp://x' }],
      trustedPackKeys: [{ keyId: '' }, { keyId: 'k2', publicKey: 'pem' }],
      requireSignedPacks: 'yes',
      packUpdateIntervalMinutes: 1,
      caseSystemOrigins: 'https://cases.example.org',
      notesRetentionDays: 400,
    });
    expect(policy.packSubscriptions.map((s) => s.url)).toEqual(['https://packs.example.org/ok.json']);
    expect(policy.trustedKeys.map((k) => k.keyId)).toEqual(['k2']);
    expect(policy.requireSignedPacks).toBeUndefined();
    expect(policy.updateIntervalMinutes).toBeUndefined();
    expect(policy.caseSystemOrigins).toEqual([]);
    expect(policy.notesRetentionDays).toBeUndefined();
    expect(policy.problems).toEqual([
      'packSubscriptions[0]: needs an https:// url (and signatureUrl)',
      'packSubscriptions[2]: needs an https:// url (and signatureUrl)',
      'trustedPackKeys[0]: needs keyId and publicKey',
      'caseSystemOrigins: expected a list',
      'packUpdateIntervalMinutes: expected whole minutes from 15 to 10080',
      'notesRetentionDays: expected whole days from 1 to 365',
      'requireSignedPacks: expected true or false',
    ]);
  });

  it('is no policy at all when nothing is set', () => {
    expect(parseManagedPolicy({})).toEqual(NO_POLICY);
    expect(parseManagedPolicy(undefined)).toEqual(NO_POLICY);
  });
});

describe('trusted keys', () => {
  it('the policy’s list wins over the adviser’s', async () => {
    const adviser = [{ keyId: 'mine', publicKey: 'x' }];
    expect(effectiveTrustedKeys(NO_POLICY, adviser)).toBe(adviser);
    const policy = parseManagedPolicy({ trustedPackKeys: [{ keyId: 'org', publicKey: 'y' }] });
    expect(effectiveTrustedKeys(policy, adviser).map((k) => k.keyId)).toEqual(['org']);
  });

  it('a public key file is accepted with its key id; a private key file is refused', async () => {
    const keys = await generatePackSigningKeys('supervisor-2026');
    expect(await readPublicKeyFile(JSON.stringify(keys.publicJwk))).toMatchObject({ ok: true, key: { keyId: 'supervisor-2026' } });
    expect(await readPublicKeyFile(JSON.stringify(keys.privateJwk))).toEqual({ ok: false, problem: 'private' });
    expect(await readPublicKeyFile('not json')).toEqual({ ok: false, problem: 'unreadable' });
  });
});

describe('the policy when the disk is full', () => {
  it('is applied all the same when its copy for the pages cannot be stored; the pages keep the copy they had', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.managed.set({ packUpdateIntervalMinutes: 60 });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error: .../000004.log: FILE_ERROR_NO_SPACE'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await refreshManagedPolicy()).updateIntervalMinutes).toBe(60);
    expect(await cachedManagedPolicy()).toEqual(NO_POLICY);
  });
});

describe('a policy change applies live', () => {
  let server: PackServer;
  let keys: PackSigningKeys;
  const body = smallPack({ id: 'example.policy', version: '2.0.0', title: 'Set by policy' });

  beforeAll(async () => {
    server = await startPackServer();
    keys = await generatePackSigningKeys('org-key');
    await publishSigned(server, '/policy.json', body, keys);
  });
  afterAll(() => server.close());

  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Adviser Coach', version: '0.1.0' });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  });

  it('installs the policy’s pack with its trusted key when the policy arrives, and drops the subscription when the policy does', async () => {
    registerPackUpdates();
    await expect.poll(async () => (await fakeBrowser.storage.local.get('policy:managed'))['policy:managed']).toEqual(NO_POLICY);
    expect((await readPackLibrary()).installed).toEqual([]);

    const url = `${server.origin}/policy.json`;
    await fakeBrowser.storage.managed.set({ packSubscriptions: [{ url }], trustedPackKeys: [{ keyId: 'org-key', publicKey: JSON.stringify(keys.publicJwk) }], packUpdateIntervalMinutes: 30 });
    await expect.poll(async () => (await readPackLibrary()).installed.map((p) => `${p.id}@${p.version}`), { timeout: 10_000 }).toEqual(['example.policy@2.0.0']);
    const [subscription] = await readSubscriptions();
    expect(subscription).toMatchObject({ url, source: 'policy', packId: 'example.policy', lastResult: { outcome: 'installed' } });
    expect(subscription!.nextCheckAt! - subscription!.lastCheckAt!).toBe(30 * 60_000);
    expect((await cachedManagedPolicy()).updateIntervalMinutes).toBe(30);

    await fakeBrowser.storage.managed.clear();
    await expect.poll(async () => (await readSubscriptions()).length, { timeout: 10_000 }).toBe(0);
    expect((await cachedManagedPolicy()).packSubscriptions).toEqual([]);
    // The pack itself stays until someone removes it: a policy change never leaves an office without coaching.
    expect((await readPackLibrary()).installed.map((p) => p.id)).toEqual(['example.policy']);
  });
});
