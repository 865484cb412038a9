// Subscriptions against a real HTTP server on 127.0.0.1 (tests/e2e/support/pack-server.mjs),
// storage and alarms from WXT's fake browser: a good update installs, and every way an
// update can go wrong leaves the pack in force and says why.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startPackServer, type PackServer } from '../../tests/e2e/support/pack-server.mjs';
import { generatePackSigningKeys, signPack, type PackSigningKeys } from '../../rules/sign-pack';
import { smallPack } from '../../tests/e2e/support/signed-packs';
import { compileDefaultPacks } from '../../rules/install-default-packs';
import { importPackText } from '../../rules/import-pack';
import { readPackLibrary, readPackProvenance, writeDefaultPacksState, writePackLibrary, writePackLibraryAsBuiltIn } from '../../rules/pack-store';
import { refreshManagedPolicy } from '../policy/policy-store';
import { applyPolicyToSubscriptions, applyStagedUpdate, checkDueSubscriptions, checkSubscription, declineStagedUpdate, UPDATE_ALARM } from './pack-updates';
import { addSubscription, readSubscriptions, writeSubscriptions } from './subscriptions';

const packJson = (version: string, rewording?: string) => smallPack({ version, ...(rewording && { rewording }) });

let server: PackServer;
let keys: PackSigningKeys;
let otherKeys: PackSigningKeys;
const url = () => `${server.origin}/packs/minimal.json`;

async function publish(body: string, signWith: PackSigningKeys | null = keys, meta?: { id: string; version: string }, route = {}) {
  server.set('/packs/minimal.json', { body, ...route });
  if (!signWith) {
    server.remove('/packs/minimal.json.sig');
    return;
  }
  const parsed = meta ?? (JSON.parse(body) as { id: string; version: string });
  server.set('/packs/minimal.json.sig', { body: await signPack(new TextEncoder().encode(body), signWith.privateJwk, parsed), contentType: 'text/plain' });
}

async function subscribe() {
  const { list } = addSubscription(await readSubscriptions(), url());
  await writeSubscriptions(list);
}

const installed = async () => (await readPackLibrary()).installed.map((p) => `${p.id}@${p.version}`);

beforeAll(async () => {
  server = await startPackServer();
  keys = await generatePackSigningKeys('office-2026');
  otherKeys = await generatePackSigningKeys('stranger');
});
afterAll(() => server.close());

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Adviser Coach', version: '0.1.0' });
  await fakeBrowser.storage.managed.set({ trustedPackKeys: [{ keyId: keys.keyId, publicKey: keys.publicJwk }] });
  await refreshManagedPolicy();
  server.requests.length = 0;
  await publish(packJson('1.0.0'));
  await subscribe();
  const first = await checkSubscription(url());
  expect(first, JSON.stringify(first)).toMatchObject({ outcome: "installed", version: "1.0.0" });
  expect(await installed()).toEqual(['example.minimal@1.0.0']);
});

/** Publish something bad as 1.1.0 (or whatever `publish` was given), check, and prove 1.0.0 stayed. */
async function expectRefused(code: string, options: { timeoutMs?: number } = {}) {
  const result = await checkSubscription(url(), options);
  expect(result).toMatchObject({ outcome: 'refused', refusal: { code } });
  expect(await installed()).toEqual(['example.minimal@1.0.0']);
  const subscription = (await readSubscriptions())[0]!;
  expect(subscription.failures).toBe(1);
  expect(subscription.lastResult).toEqual(result);
  return result;
}

describe('a subscribed pack', () => {
  it('installs a signed pack, records where it came from and who signed it', async () => {
    const provenance = await readPackProvenance();
    expect(provenance['example.minimal@1.0.0']).toMatchObject({ source: 'url', url: url(), signature: { state: 'verified', keyId: 'office-2026' } });
    expect((await readSubscriptions())[0]).toMatchObject({ packId: 'example.minimal', failures: 0, etag: expect.stringMatching(/^"/) });
  });

  it('asks conditionally, naming the version it holds, and sends nothing else of its own', async () => {
    expect(await checkSubscription(url())).toEqual({ outcome: 'unchanged', version: '1.0.0' });
    const request = server.requests.filter((r) => r.path === '/packs/minimal.json').at(-1)!;
    const etag = (await readSubscriptions())[0]!.etag!;
    expect(request.headers['if-none-match']).toBe(`${etag}, "adviser-coach:example.minimal@1.0.0"`);
    expect(request.headers['if-modified-since']).toBe('Sun, 29 Nov 2026 12:00:00 GMT');
    expect(request.headers.cookie).toBeUndefined();
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers.referer).toBeUndefined();
    // A 304 answer: the signature is not fetched again.
    expect(server.requests.at(-1)!.path).toBe('/packs/minimal.json');
  });

  it('keeps a newer signed version waiting with what it changes; applied, keeps the old one for roll back and records what changed', async () => {
    await publish(packJson('1.1.0', 'Tell me about where you live now.'));
    const result = await checkSubscription(url());
    expect(result).toMatchObject({ outcome: 'staged', version: '1.1.0', reasons: ['changed-wordings'], diff: { fromVersion: '1.0.0', changed: ['housing'], wordingsChanged: ['housing'], added: [], removed: [] } });
    expect(await installed()).toEqual(['example.minimal@1.0.0']);
    expect(await applyStagedUpdate(url())).toMatchObject({ outcome: 'installed', version: '1.1.0', diff: { changed: ['housing'] } });
    expect(await installed()).toEqual(['example.minimal@1.1.0']);
    expect((await readSubscriptions())[0]!.lastUpdate?.diff).toMatchObject({ fromVersion: '1.0.0', toVersion: '1.1.0', changed: ['housing'] });
    // The applied version's validators are kept: the next check is answered 304, the signature not fetched again.
    server.requests.length = 0;
    expect(await checkSubscription(url())).toEqual({ outcome: 'unchanged', version: '1.1.0' });
    expect(server.requests.map((r) => r.path)).toEqual(['/packs/minimal.json']);
    expect((await readPackLibrary()).previous['example.minimal']?.version).toBe('1.0.0');
  });

  it('keeps the pack when the network fails', async () => {
    const closed = await startPackServer();
    const deadUrl = `${closed.origin}/packs/minimal.json`;
    await closed.close();
    await writeSubscriptions((await readSubscriptions()).map((s) => ({ ...s, url: deadUrl, signatureUrl: `${deadUrl}.sig` })));
    const result = await checkSubscription(deadUrl);
    expect(result).toMatchObject({ outcome: 'refused', refusal: { code: 'network' } });
    expect(await installed()).toEqual(['example.minimal@1.0.0']);
  });

  it('keeps the pack on an HTTP error', async () => {
    await publish(packJson('1.1.0'), keys, undefined, { status: 503 });
    expect(await expectRefused('http')).toMatchObject({ refusal: { detail: '503 Service Unavailable' } });
  });

  it('keeps the pack when the server redirects to another origin', async () => {
    const elsewhere = await startPackServer();
    elsewhere.set('/packs/minimal.json', { body: packJson('9.0.0') });
    server.set('/packs/minimal.json', { status: 302, headers: { location: `${elsewhere.origin}/packs/minimal.json` } });
    try {
      expect(await expectRefused('redirect')).toMatchObject({ refusal: { detail: elsewhere.origin } });
    } finally {
      await elsewhere.close();
    }
  });

  it('follows a redirect within the same origin', async () => {
    const body = packJson('1.1.0');
    await publish(body);
    server.set('/packs/latest.json', { status: 301, headers: { location: '/packs/minimal.json' } });
    await writeSubscriptions((await readSubscriptions()).map((s) => ({ ...s, url: `${server.origin}/packs/latest.json` })));
    expect(await checkSubscription(`${server.origin}/packs/latest.json`)).toMatchObject({ outcome: 'staged', version: '1.1.0' });
  });

  it('keeps the pack when the server answers with a web page (wrong content type)', async () => {
    await publish('<!doctype html><title>Sign in</title>', null, undefined, { contentType: 'text/html; charset=utf-8' });
    expect(await expectRefused('content-type')).toMatchObject({ refusal: { detail: 'text/html' } });
  });

  it('takes a pack a plain static server labels generically (text/plain, application/octet-stream)', async () => {
    await publish(packJson('1.1.0'), keys, undefined, { contentType: 'application/octet-stream' });
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'staged', version: '1.1.0' });
    await publish(packJson('1.2.0'), keys, undefined, { contentType: 'text/plain; charset=utf-8' });
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'staged', version: '1.2.0' });
  });

  it('keeps the pack on invalid JSON and invalid YAML', async () => {
    await publish('{"id": "example.minimal", "version": "1.1.0",', keys, { id: 'example.minimal', version: '1.1.0' });
    await expectRefused('syntax');
    server.set('/packs/minimal.json', { body: 'id: [unclosed', contentType: 'application/yaml' });
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'refused', refusal: { code: 'syntax', detail: expect.stringContaining('YAML') } });
  });

  it('keeps the pack on schema errors, naming the first', async () => {
    const body = packJson('1.1.0').replace('"rewordings"', '"rewording"');
    await publish(body, keys, { id: 'example.minimal', version: '1.1.0' });
    expect(await expectRefused('schema')).toMatchObject({ refusal: { detail: expect.stringContaining('items[0].rewordings: missing required field') } });
  });

  it('keeps the pack when the signature is missing', async () => {
    await publish(packJson('1.1.0'), null);
    await expectRefused('signature-missing');
  });

  it('keeps the pack when the signature does not match the file', async () => {
    const signed = packJson('1.1.0');
    await publish(signed);
    server.set('/packs/minimal.json', { body: signed.replace('where you live', 'your bank details') });
    await expectRefused('signature-bad');
  });

  it('keeps the pack when an old version’s signature is replayed for a new one', async () => {
    const body = packJson('1.1.0');
    server.set('/packs/minimal.json', { body });
    server.set('/packs/minimal.json.sig', { body: await signPack(new TextEncoder().encode(body), keys.privateJwk, { id: 'example.minimal', version: '1.0.0' }) });
    expect(await expectRefused('signature-bad')).toMatchObject({ refusal: { detail: expect.stringContaining('version 1.0.0') } });
  });

  it('takes a new version published between its two requests (pack, then signature) whole, not as a bad signature', async () => {
    await publish(packJson('1.1.0'));
    // The pack's answer waits until the supervisor has published 1.2.0, pack and signature.
    let release = () => {};
    const gate = new Promise<void>((done) => (release = done));
    server.set('/packs/minimal.json', { body: packJson('1.1.0'), hold: gate });
    const asked = server.requests.length;
    const checking = checkSubscription(url());
    await vi.waitFor(() => expect(server.requests.slice(asked).some((r) => r.path === '/packs/minimal.json')).toBe(true));
    await publish(packJson('1.2.0'));
    release();
    // Found, verified and waiting for the adviser, as every update of the adviser's own subscription does.
    expect(await checking).toMatchObject({ outcome: 'staged', version: '1.2.0' });
    expect((await readSubscriptions())[0]).toMatchObject({ failures: 0, staged: { pack: { version: '1.2.0' } } });
    // One more fetch of the pair, not more.
    expect(server.requests.slice(asked).map((r) => r.path)).toEqual(['/packs/minimal.json', '/packs/minimal.json.sig', '/packs/minimal.json', '/packs/minimal.json.sig']);
  });

  it('keeps the pack when it is signed by a key nobody trusts', async () => {
    await publish(packJson('1.1.0'), otherKeys);
    expect(await expectRefused('untrusted-key')).toMatchObject({ refusal: { detail: expect.stringContaining('"stranger"') } });
  });

  it('keeps the pack when the file is too large, with or without a declared length', async () => {
    const huge = packJson('1.1.0').replace('Minimal example', 'x'.repeat(1_100_000));
    await publish(huge);
    await expectRefused('too-large');
    server.set('/packs/minimal.json', { body: huge, headers: { 'transfer-encoding': 'chunked' } });
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'refused', refusal: { code: 'too-large' } });
  });

  it('keeps the pack when the server offers an older version', async () => {
    await publish(packJson('0.9.0'));
    expect(await expectRefused('older')).toMatchObject({ refusal: { detail: expect.stringContaining('older than the installed 1.0.0') } });
  });

  it('offers an older version when the organisation allows downgrades, and takes it on the adviser’s click', async () => {
    await fakeBrowser.storage.managed.set({ allowPackDowngrades: true });
    await refreshManagedPolicy();
    await publish(packJson('0.9.0'));
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'staged', version: '0.9.0', reasons: ['older-version'] });
    expect(await installed()).toEqual(['example.minimal@1.0.0']);
    expect(await applyStagedUpdate(url())).toMatchObject({ outcome: 'installed', version: '0.9.0' });
    expect(await installed()).toEqual(['example.minimal@0.9.0']);
  });

  it('keeps the pack when the URL starts serving another pack', async () => {
    const other = packJson('2.0.0').replace('"example.minimal"', '"example.other"');
    await publish(other);
    await expectRefused('different-pack');
  });

  it('keeps the pack when the server is too slow (time-out)', async () => {
    await publish(packJson('1.1.0'), keys, undefined, { delayMs: 2_000 });
    expect(await expectRefused('timeout', { timeoutMs: 300 })).toMatchObject({ refusal: { detail: '0 s' } });
  });

  it('backs off after failures: 5, 10, 20 minutes, never past the interval, and back to the interval after a success', async () => {
    await publish(packJson('1.1.0'), keys, undefined, { status: 500 });
    const now = 1_800_000_000_000;
    const due = [];
    for (let i = 0; i < 8; i++) {
      await checkSubscription(url(), { now });
      due.push(((await readSubscriptions())[0]!.nextCheckAt! - now) / 60_000);
    }
    expect(due).toEqual([5, 10, 20, 40, 80, 160, 320, 360]);
    await publish(packJson('1.1.0'));
    await checkSubscription(url(), { now: now + 1 });
    // The good check does not wipe what went wrong before it.
    expect((await readSubscriptions())[0]).toMatchObject({ lastResult: { outcome: 'staged' }, lastError: { at: now, refusal: { code: 'http' } } });
    expect(((await readSubscriptions())[0]!.nextCheckAt! - now - 1) / 60_000).toBe(360);
    expect((await fakeBrowser.alarms.get(UPDATE_ALARM))?.scheduledTime).toBe(now + 1 + 360 * 60_000);
  });

  it('checks only what is due when the alarm fires', async () => {
    await publish(packJson('1.1.0'));
    const [subscription] = await readSubscriptions();
    await checkDueSubscriptions({ now: subscription!.nextCheckAt! - 1 });
    expect((await readSubscriptions())[0]!.staged).toBeUndefined();
    await checkDueSubscriptions({ now: subscription!.nextCheckAt! });
    expect((await readSubscriptions())[0]!.staged?.pack.version).toBe('1.1.0');
    expect(await installed()).toEqual(['example.minimal@1.0.0']);
  });
});

describe('subscriptions set by policy', () => {
  it('are added when the policy names them and removed when it drops them; the adviser cannot remove them', async () => {
    const policyUrl = `${server.origin}/packs/policy.json`;
    await fakeBrowser.storage.managed.set({ packSubscriptions: [{ url: policyUrl }] });
    const added = await applyPolicyToSubscriptions(await refreshManagedPolicy());
    expect(added).toEqual([policyUrl]);
    expect((await readSubscriptions()).map((s) => [s.url, s.source, s.signatureUrl])).toEqual([
      [url(), 'url', `${url()}.sig`],
      [policyUrl, 'policy', `${policyUrl}.sig`],
    ]);
    await fakeBrowser.storage.managed.remove('packSubscriptions');
    await applyPolicyToSubscriptions(await refreshManagedPolicy());
    expect((await readSubscriptions()).map((s) => s.url)).toEqual([url()]);
  });
});

describe('one request per address, whoever asks', () => {
  const packRequests = () => server.requests.filter((r) => r.path === '/packs/minimal.json');

  it('checks asked for while one is out (the start, the alarm, a policy change, "Check now") share its one request', async () => {
    await publish(packJson('1.0.0'), keys, undefined, { delayMs: 200 });
    await writeSubscriptions((await readSubscriptions()).map((s) => ({ ...s, nextCheckAt: undefined })));
    server.requests.length = 0;
    const results = await Promise.all([
      checkDueSubscriptions(),
      checkSubscription(url()),
      checkDueSubscriptions(),
      checkSubscription(url(), { manual: true }),
      checkSubscription(url()),
    ]);
    expect(packRequests()).toHaveLength(1);
    expect(results[1]).toEqual({ outcome: 'unchanged', version: '1.0.0' });
    expect(results[3]).toEqual(results[1]);
    // Asked again once that one has answered: a new request, as asked.
    await checkSubscription(url(), { manual: true });
    expect(packRequests()).toHaveLength(2);
  });

  it('"Check now" joining an automatic check that finds a declined version still offers that version again', async () => {
    await publish(packJson('1.1.0', 'Tell me about where you live now.'));
    await checkSubscription(url());
    await declineStagedUpdate(url());
    await publish(packJson('1.1.0', 'Tell me about where you live now.'), keys, undefined, { delayMs: 200 });
    const automatic = checkSubscription(url());
    await new Promise((started) => setTimeout(started, 50));
    const manual = checkSubscription(url(), { manual: true });
    expect(await automatic).toEqual({ outcome: 'declined', version: '1.1.0' });
    expect(await manual).toMatchObject({ outcome: 'staged', version: '1.1.0' });
  });

  it('a due check that another trigger has just done is not repeated', async () => {
    await writeSubscriptions((await readSubscriptions()).map((s) => ({ ...s, nextCheckAt: undefined })));
    server.requests.length = 0;
    await Promise.all([checkDueSubscriptions(), checkDueSubscriptions()]);
    await checkDueSubscriptions();
    expect(packRequests()).toHaveLength(1);
  });

  it('an address the policy drops and names again asks conditionally for the pack it installed, and keeps it current again', async () => {
    const policy = (packSubscriptions: { url: string }[]) => fakeBrowser.storage.managed.set({ trustedPackKeys: [{ keyId: keys.keyId, publicKey: keys.publicJwk }], packSubscriptions });
    await policy([{ url: url() }]);
    await applyPolicyToSubscriptions(await refreshManagedPolicy());
    await policy([]);
    await applyPolicyToSubscriptions(await refreshManagedPolicy());
    expect(await readSubscriptions()).toEqual([]);
    await policy([{ url: url() }]);
    await applyPolicyToSubscriptions(await refreshManagedPolicy());
    server.requests.length = 0;
    expect(await checkSubscription(url())).toEqual({ outcome: 'unchanged', version: '1.0.0' });
    const etag = (await readPackProvenance())['example.minimal@1.0.0']!.validators!.etag!;
    expect(server.requests.map((r) => [r.path, r.headers['if-none-match']])).toEqual([['/packs/minimal.json', `${etag}, "adviser-coach:example.minimal@1.0.0"`]]);
    expect((await readSubscriptions())[0]).toMatchObject({ source: 'policy', packId: 'example.minimal', etag });
  });
});

/** The small pack with a follow-up on its one question: `phrases` decide when it appears, `phone` is its helpline's number. */
function withFollowUp(version: string, phrases: string[], { phone = '+46 8 123 456', extraItem = false } = {}): string {
  const pack = JSON.parse(packJson(version)) as { items: Record<string, unknown>[] };
  pack.items[0]!.followUps = [
    { id: 'no-home', when: { text: phrases }, severity: 'warning', prompt: 'Ask where they sleep tonight.', resources: [{ name: 'Housing line', phone }] },
  ];
  if (extraItem) pack.items.push({ id: 'income', question: 'Monthly income', rewordings: [{ text: 'What do you live on each month?' }] });
  return JSON.stringify(pack);
}

describe('an update that waits for the adviser (rules/update-approval.ts)', () => {
  beforeEach(async () => {
    // In use: 1.1.0 with its follow-up and a second question, applied on the adviser's click.
    await publish(withFollowUp('1.1.0', ['homeless'], { extraItem: true }));
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'staged', reasons: ['follow-up-conditions', 'added-questions'] });
    expect(await applyStagedUpdate(url())).toMatchObject({ outcome: 'installed', version: '1.1.0' });
  });

  const subscription = async () => (await readSubscriptions())[0]!;

  it('waits for an update that only rewords a question or changes why we ask; applied, what it changed stays beside the pack', async () => {
    const body = JSON.parse(withFollowUp('1.2.0', ['homeless'], { extraItem: true })) as { items: { rewordings: { text: string }[]; why?: unknown }[] };
    body.items[0]!.rewordings[0]!.text = 'Where are you living at the moment?';
    body.items[1]!.why = { purpose: 'To see which support you can get.' };
    await publish(JSON.stringify(body));
    expect(await checkSubscription(url())).toMatchObject({
      outcome: 'staged',
      version: '1.2.0',
      reasons: ['changed-wordings'],
      diff: { changed: ['housing', 'income'], wordingsChanged: ['housing', 'income'], followUpConditionsChanged: [] },
    });
    expect(await installed()).toEqual(['example.minimal@1.1.0']);
    expect(await applyStagedUpdate(url())).toMatchObject({ outcome: 'installed', version: '1.2.0' });
    expect(await installed()).toEqual(['example.minimal@1.2.0']);
    expect((await subscription()).lastUpdate?.diff).toMatchObject({ fromVersion: '1.1.0', toVersion: '1.2.0', changed: ['housing', 'income'] });
    // A later check with nothing new keeps "what changed in the last update".
    await checkSubscription(url());
    expect((await subscription()).lastUpdate?.diff.toVersion).toBe('1.2.0');
  });

  it('keeps an update that changes when a follow-up appears beside the pack in use, until the adviser applies it', async () => {
    await publish(withFollowUp('1.2.0', ['homeless', 'sleeping rough'], { extraItem: true }));
    const result = await checkSubscription(url());
    expect(result).toMatchObject({ outcome: 'staged', version: '1.2.0', reasons: ['follow-up-conditions'], diff: { followUpConditionsChanged: ['housing'] } });
    expect(await installed()).toEqual(['example.minimal@1.1.0']);
    expect((await subscription()).staged?.pack.version).toBe('1.2.0');
    expect((await subscription()).staged?.signature).toEqual({ state: 'verified', keyId: 'office-2026' });

    expect(await applyStagedUpdate(url())).toMatchObject({ outcome: 'installed', version: '1.2.0', diff: { followUpConditionsChanged: ['housing'] } });
    expect(await installed()).toEqual(['example.minimal@1.2.0']);
    expect((await readPackLibrary()).previous['example.minimal']?.version).toBe('1.1.0');
    expect((await readPackProvenance())['example.minimal@1.2.0']).toMatchObject({ source: 'url', signature: { state: 'verified', keyId: 'office-2026' } });
    expect((await subscription()).staged).toBeUndefined();
    expect(await applyStagedUpdate(url())).toBeUndefined();
  });

  it('waits for an update that only adds a question', async () => {
    const body = JSON.parse(withFollowUp('1.2.0', ['homeless'], { extraItem: true })) as { items: Record<string, unknown>[] };
    body.items.push({ id: 'debts', question: 'Debts', rewordings: [{ text: 'Is there anything you owe that worries you?' }] });
    await publish(JSON.stringify(body));
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'staged', version: '1.2.0', reasons: ['added-questions'], diff: { added: ['debts'], changed: [] } });
    expect(await installed()).toEqual(['example.minimal@1.1.0']);
  });

  it('waits for a new version that changes no question, saying so', async () => {
    const body = JSON.parse(withFollowUp('1.2.0', ['homeless'], { extraItem: true })) as { title: string };
    body.title = 'Minimal example, spring edition';
    await publish(JSON.stringify(body));
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'staged', version: '1.2.0', reasons: ['pack-details'] });
    expect(await installed()).toEqual(['example.minimal@1.1.0']);
  });

  it('waits for a changed helpline number and for removed questions too', async () => {
    await publish(withFollowUp('1.2.0', ['homeless'], { phone: '+46 8 999 999' }));
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'staged', reasons: ['safety-resources', 'removed-questions'] });
    expect(await installed()).toEqual(['example.minimal@1.1.0']);
  });

  it('"Keep current" drops the update; automatic checks do not offer it again, "Check now" and a newer version do', async () => {
    await publish(withFollowUp('1.2.0', ['homeless', 'sleeping rough'], { extraItem: true }));
    await checkSubscription(url());
    expect(await declineStagedUpdate(url())).toEqual({ outcome: 'declined', version: '1.2.0' });
    expect((await subscription()).declinedVersion).toBe('1.2.0');
    expect((await subscription()).staged).toBeUndefined();
    expect(await checkSubscription(url())).toEqual({ outcome: 'declined', version: '1.2.0' });
    expect((await subscription()).staged).toBeUndefined();
    expect(await checkSubscription(url(), { manual: true })).toMatchObject({ outcome: 'staged', version: '1.2.0' });
    await declineStagedUpdate(url());
    await publish(withFollowUp('1.3.0', ['homeless', 'no fixed abode'], { extraItem: true }));
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'staged', version: '1.3.0' });
    expect(await installed()).toEqual(['example.minimal@1.1.0']);
  });

  it('a failed check keeps the waiting update; the server going back to the version in use drops it', async () => {
    await publish(withFollowUp('1.2.0', ['homeless', 'sleeping rough'], { extraItem: true }));
    await checkSubscription(url());
    await publish(withFollowUp('1.2.0', ['homeless', 'sleeping rough'], { extraItem: true }), keys, undefined, { status: 503 });
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'refused' });
    expect((await subscription()).staged?.pack.version).toBe('1.2.0');
    await publish(withFollowUp('1.1.0', ['homeless'], { extraItem: true }));
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'unchanged', version: '1.1.0' });
    expect((await subscription()).staged).toBeUndefined();
  });

  it('the organisation’s subscriptions apply every update at once, and say what changed', async () => {
    await fakeBrowser.storage.managed.set({ packSubscriptions: [{ url: url() }] });
    await applyPolicyToSubscriptions(await refreshManagedPolicy());
    expect((await subscription()).source).toBe('policy');
    await publish(withFollowUp('1.2.0', ['homeless', 'sleeping rough']));
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'installed', version: '1.2.0', diff: { followUpConditionsChanged: ['housing'], removed: ['income'] } });
    expect(await installed()).toEqual(['example.minimal@1.2.0']);
    expect((await subscription()).lastUpdate?.diff.toVersion).toBe('1.2.0');
  });
});

describe('the first pack a new address brings', () => {
  /** No subscription left, and the library holding only what the test installs. */
  async function startOver() {
    await writeSubscriptions([]);
    await writePackLibrary({ installed: [], previous: {} });
  }

  it('waits, with what it changes, when it would replace a pack imported from a file; applied, the address keeps that pack current', async () => {
    await startOver();
    const imported = await importPackText(withFollowUp('1.0.0', ['homeless']), 'minimal.json', '0.1.0');
    expect(imported.ok).toBe(true);
    await publish(withFollowUp('1.1.0', ['homeless', 'sleeping rough']));
    await subscribe();
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'staged', version: '1.1.0', reasons: ['follow-up-conditions'], diff: { fromVersion: '1.0.0', followUpConditionsChanged: ['housing'] } });
    // Nothing replaced: the file's pack stays in use, with its provenance.
    expect(await installed()).toEqual(['example.minimal@1.0.0']);
    expect((await readPackProvenance())['example.minimal@1.0.0']).toMatchObject({ source: 'file', signature: { state: 'unsigned' } });
    expect((await readSubscriptions())[0]).toMatchObject({ staged: { pack: { id: 'example.minimal', version: '1.1.0' } } });
    expect((await readSubscriptions())[0]!.packId).toBeUndefined();

    expect(await applyStagedUpdate(url())).toMatchObject({ outcome: 'installed', version: '1.1.0', diff: { followUpConditionsChanged: ['housing'] } });
    expect(await installed()).toEqual(['example.minimal@1.1.0']);
    expect((await readPackProvenance())['example.minimal@1.1.0']).toMatchObject({ source: 'url', url: url(), signature: { state: 'verified', keyId: 'office-2026' } });
    expect((await readPackLibrary()).previous['example.minimal']?.version).toBe('1.0.0');
    expect((await readSubscriptions())[0]!.packId).toBe('example.minimal');
    expect((await readSubscriptions())[0]!.staged).toBeUndefined();
    expect(await checkSubscription(url())).toEqual({ outcome: 'unchanged', version: '1.1.0' });
  });

  it('waits when it would replace a built-in pack; "Keep" leaves the built-in pack, "Check now" offers it again', async () => {
    await startOver();
    const { packs } = compileDefaultPacks([{ fileName: 'minimal.json', text: packJson('1.0.0') }]);
    await writePackLibraryAsBuiltIn({ installed: packs, previous: {} }, packs);
    await writeDefaultPacksState({ extensionVersion: '0.1.0', offered: ['example.minimal'] });
    await publish(packJson('2.0.0', 'Where do you live these days?'));
    await subscribe();
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'staged', version: '2.0.0', reasons: ['changed-wordings'], diff: { fromVersion: '1.0.0', wordingsChanged: ['housing'] } });
    expect(await installed()).toEqual(['example.minimal@1.0.0']);

    expect(await declineStagedUpdate(url())).toEqual({ outcome: 'declined', version: '2.0.0' });
    expect(await installed()).toEqual(['example.minimal@1.0.0']);
    expect(await checkSubscription(url())).toEqual({ outcome: 'declined', version: '2.0.0' });
    expect(await checkSubscription(url(), { manual: true })).toMatchObject({ outcome: 'staged', version: '2.0.0' });
    expect(await installed()).toEqual(['example.minimal@1.0.0']);
  });

  it('installs at once when the adviser has no pack of its id (nothing is replaced)', async () => {
    await startOver();
    await importPackText(smallPack({ id: 'example.other' }), 'other.json', '0.1.0');
    await publish(packJson('1.0.0'));
    await subscribe();
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'installed', version: '1.0.0' });
    expect(await installed()).toEqual(['example.other@1.0.0', 'example.minimal@1.0.0']);
    expect((await readSubscriptions())[0]).toMatchObject({ packId: 'example.minimal' });
  });

  it('from an address the organisation sets, replaces the installed pack at once', async () => {
    await startOver();
    await importPackText(packJson('1.0.0'), 'minimal.json', '0.1.0');
    await publish(packJson('1.1.0', 'Where do you live these days?'));
    await fakeBrowser.storage.managed.set({ trustedPackKeys: [{ keyId: keys.keyId, publicKey: keys.publicJwk }], packSubscriptions: [{ url: url() }] });
    await applyPolicyToSubscriptions(await refreshManagedPolicy());
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'installed', version: '1.1.0', diff: { wordingsChanged: ['housing'] } });
    expect(await installed()).toEqual(['example.minimal@1.1.0']);
  });
});

describe('storage that refuses a write (a full disk)', () => {
  // What Chromium's storage.local says on a full disk, measured in tests/e2e/pack-storage-full.e2e.ts.
  const noSpace = () => new Error('IO error: .../000004.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)');
  const diskFull = () => vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(noSpace());

  it('the background’s scheduled check of an organisation’s update keeps the pack in use, says the disk is full in the settings, and waits its back-off', async () => {
    await fakeBrowser.storage.managed.set({ trustedPackKeys: [{ keyId: keys.keyId, publicKey: keys.publicJwk }], packSubscriptions: [{ url: url() }] });
    await applyPolicyToSubscriptions(await refreshManagedPolicy());
    await publish(packJson('1.1.0', 'Where do you live these days?'));
    const now = (await readSubscriptions())[0]!.nextCheckAt! + 1;
    const full = diskFull();
    await checkDueSubscriptions({ now });
    expect(await installed()).toEqual(['example.minimal@1.0.0']);
    expect((await readPackLibrary()).installed[0]!.items[0]!.rewordings[0]!.text).toEqual({ en: 'How are things with where you live at the moment?' });
    // What the settings page reads: the failure, in memory because storage.local took nothing.
    expect((await readSubscriptions())[0]).toMatchObject({ lastCheckAt: now, lastResult: { outcome: 'refused', refusal: { code: 'storage-full' } }, lastError: { at: now }, failures: 1 });
    expect((await readSubscriptions())[0]!.nextCheckAt).toBe(now + 5 * 60_000);
    // The next alarm, a minute later, does not fetch again: the back-off holds without storage.local.
    server.requests.length = 0;
    await checkDueSubscriptions({ now: now + 60_000 });
    expect(server.requests).toEqual([]);

    full.mockRestore();
    expect(await checkSubscription(url(), { now: now + 5 * 60_000 })).toMatchObject({ outcome: 'installed', version: '1.1.0' });
    expect(await installed()).toEqual(['example.minimal@1.1.0']);
    // What happened while the disk was full is stored now, for whoever asks later.
    await fakeBrowser.storage.session.clear();
    expect((await readSubscriptions())[0]).toMatchObject({ lastError: { at: now, refusal: { code: 'storage-full' } }, failures: 0 });
  });

  it('an update fetched while the disk is full is not left half-kept: nothing waits, the pack in use stays, and the check says why', async () => {
    await publish(packJson('1.1.0', 'Tell me about where you live now.'));
    diskFull();
    const result = await checkSubscription(url());
    expect(result).toEqual({ outcome: 'refused', refusal: { code: 'storage-full' } });
    expect(await installed()).toEqual(['example.minimal@1.0.0']);
    expect((await readSubscriptions())[0]).toMatchObject({ lastResult: result, failures: 1 });
    expect((await readSubscriptions())[0]!.staged).toBeUndefined();
  });

  it('applying a waiting update while the disk is full changes nothing: the pack in use stays, the update still waits, and it applies once there is room', async () => {
    await publish(packJson('1.1.0', 'Tell me about where you live now.'));
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'staged', version: '1.1.0' });
    const full = diskFull();
    expect(await applyStagedUpdate(url())).toEqual({ outcome: 'refused', refusal: { code: 'storage-full' } });
    expect(await installed()).toEqual(['example.minimal@1.0.0']);
    expect((await readPackLibrary()).previous).toEqual({});
    expect((await readSubscriptions())[0]!.staged?.pack.version).toBe('1.1.0');

    full.mockRestore();
    expect(await applyStagedUpdate(url())).toMatchObject({ outcome: 'installed', version: '1.1.0' });
    expect(await installed()).toEqual(['example.minimal@1.1.0']);
  });

  it('another refusal by storage is reported with the browser’s words, not as a full disk', async () => {
    await publish(packJson('1.1.0', 'Tell me about where you live now.'));
    expect(await checkSubscription(url())).toMatchObject({ outcome: 'staged' });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('IO error: .../LOCK: Permission denied'));
    expect(await applyStagedUpdate(url())).toEqual({ outcome: 'refused', refusal: { code: 'not-stored', detail: 'IO error: .../LOCK: Permission denied' } });
    expect(await installed()).toEqual(['example.minimal@1.0.0']);
  });
});
