// Managed policy in a real Chromium: the test gives Chromium a policy folder of its own
// (support/private-policy.mjs: Chromium on Linux reads /etc/chromium/policies/managed, and
// a file written there would reach every other browser on the machine), scoped to this
// extension's id alone (3rdparty → extensions → <id>), starts Chromium, and proves the
// policy's pack URL and trusted key are used (the signed pack is fetched, verified and
// installed) and shown locked in the options page. Then the policy is removed: a live
// policy change the extension follows without a restart.
// Skipped, saying why, where that folder cannot be set up (not root).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtExtensionId } from './support/extension-id.mjs';
import { launchWithExtension, type ExtensionBrowser } from './support/launch-browser.mjs';
import { startPackServer, type PackServer } from './support/pack-server.mjs';
import { createPrivatePolicy, privatePolicyUnavailable, type PrivatePolicy } from './support/private-policy.mjs';
import { generatePackSigningKeys } from '../../rules/sign-pack';
import { publishSigned, smallPack } from './support/signed-packs';
import { dumpIndexedDb, openPanel, tabIdOf, writeNote } from './support/notes-pages';

/** Background work (fetch, verify, store) on a shared, loaded machine: wait for it, never time it. */
const WAIT = { timeout: 15_000 };

const unavailable = privatePolicyUnavailable();
if (unavailable) console.warn(`[managed-policy] skipped: ${unavailable}`);
const writable = !unavailable;

const PACK_BODY = smallPack({ id: 'example.policy-pack', version: '3.0.0', title: 'Pack set by policy' });

let packs: PackServer;
let browser: ExtensionBrowser | undefined;
let policy: PrivatePolicy | undefined;

beforeAll(async () => {
  if (!writable) return;
  packs = await startPackServer();
  const keys = await generatePackSigningKeys('org-2026');
  await publishSigned(packs, '/org/policy-pack.json', PACK_BODY, keys);
  policy = await createPrivatePolicy();
  await policy.write({
    '3rdparty': {
      extensions: {
        [builtExtensionId()]: {
          packSubscriptions: [{ url: `${packs.origin}/org/policy-pack.json` }],
          trustedPackKeys: [{ keyId: 'org-2026', publicKey: JSON.stringify(keys.publicJwk) }],
          allowPackFileImports: false,
          packUpdateIntervalMinutes: 30,
          caseSystemOrigins: ['https://cases.example.org'],
          notesRetentionDays: 7,
          notesPassphraseRequired: true,
        },
      },
    },
  });
  browser = await launchWithExtension({ executablePath: policy.executablePath });
});

afterAll(async () => {
  await browser?.close();
  await policy?.dispose();
  await packs?.close();
});

const installed = () =>
  browser!.worker.evaluate(async () => ((await chrome.storage.local.get('packs:installed'))['packs:installed'] as { id: string; version: string }[] | undefined ?? []).map((p) => `${p.id}@${p.version}`));

describe.skipIf(!writable)('a real Chromium enterprise policy', () => {
  it('holds the note box until the passphrase the policy requires is chosen, so no note is ever stored in the clear', async () => {
    const b = browser!;
    const control = await b.context.newPage();
    await control.goto(b.extensionUrl('options.html'));
    const tab = await b.context.newPage();
    await tab.goto(`${packs.origin}/`);
    const panel = await openPanel(b, await tabIdOf(control, tab));
    await expect.poll(() => panel.getByTestId('notes-await-passphrase').count(), WAIT).toBe(1);
    expect(await panel.getByTestId('note-input').count()).toBe(0);
    expect(await panel.locator('details.settings').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await panel.getByTestId('lock-required').textContent()).toContain('Your organisation requires a passphrase');

    await panel.getByTestId('lock-passphrase').fill('a passphrase for the office');
    await panel.getByTestId('lock-passphrase-repeat').fill('a passphrase for the office');
    await panel.getByRole('button', { name: 'Turn on the lock' }).click();
    await panel.getByTestId('note-input').waitFor(WAIT);
    expect(await panel.getByRole('button', { name: 'Turn off the lock' }).count()).toBe(0);
    await writeNote(panel, 'Policy-locked note text');
    const dump = await dumpIndexedDb(panel);
    expect(dump).toContain('"sealed":{');
    expect(dump).not.toContain('Policy-locked note text');
    await Promise.all([panel.close(), tab.close(), control.close()]);
  });

  it('installs the policy’s pack with its trusted key, shows it locked, and follows the policy’s removal live', async () => {
    const b = browser!;
    expect(new URL(b.worker.url()).host).toBe(builtExtensionId());
    expect(await b.worker.evaluate(() => chrome.storage.managed.get(null))).toMatchObject({ allowPackFileImports: false, packUpdateIntervalMinutes: 30 });
    await expect.poll(installed, { timeout: 20_000 }).toContain('example.policy-pack@3.0.0');

    const options = await b.context.newPage();
    await options.goto(b.extensionUrl('options.html'));
    const card = options.locator('li.pack[data-pack-id="example.policy-pack"]');
    await card.waitFor();
    expect(await card.getByTestId('pack-source').textContent()).toBe(`Set by your organisation: ${packs.origin}/org/policy-pack.json`);
    expect(await card.getByTestId('pack-signature').textContent()).toBe('Verified: signed with key org-2026');
    expect(await card.getByTestId('pack-locked').textContent()).toContain('Your organisation installed this pack');
    expect(await card.getByRole('button', { name: 'Remove Pack set by policy' }).isDisabled()).toBe(true);
    expect(await card.getByRole('checkbox', { name: 'Use this pack' }).isDisabled()).toBe(true);
    const subscription = options.locator(`[data-subscription-url="${packs.origin}/org/policy-pack.json"]`);
    expect(await subscription.getByTestId('subscription-locked').count()).toBe(1);
    expect(await subscription.getByRole('button', { name: 'Stop following' }).count()).toBe(0);
    expect(await options.getByTestId('keys-locked').count()).toBe(1);
    expect(await options.getByTestId('trusted-keys').textContent()).toContain('org-2026');
    expect(await options.getByTestId('import-locked').count()).toBe(1);
    const summary = options.getByTestId('policy-summary');
    // Every setting in force, each locked, first on the page (README, IT).
    expect(await summary.locator('dt').allTextContents()).toEqual([
      'Packs installed from',
      'Trusted signing keys',
      'Importing pack files',
      'Time between update checks',
      'Coaching is on for',
      'Passphrase lock for notes',
      'Notes kept for at most',
    ]);
    expect(await summary.locator('dd').evaluateAll((cells) => cells.every((cell) => cell.textContent!.endsWith(' locked')))).toBe(true);
    expect(await summary.textContent()).toContain('Trusted signing keysorg-2026 locked');
    expect(await summary.textContent()).toContain('Time between update checks30 minutes locked');
    expect(await summary.textContent()).toContain('Notes kept for at most7 days locked');
    expect(await options.locator('main > h1 + *').getAttribute('data-testid')).toBe('policy-summary');
    // The policy's case system is not allowed yet: one prompt, in the settings and the popup.
    const prompt = 'Your organisation turned coaching on for https://cases.example.org/*. The browser needs your permission once.';
    expect(await options.getByTestId('policy-sites').textContent()).toContain(prompt);
    const popup = await b.context.newPage();
    await popup.goto(b.extensionUrl('popup.html'));
    await expect.poll(() => popup.getByTestId('policy-sites').textContent(), WAIT).toContain(prompt);
    expect(await popup.getByRole('button', { name: 'Allow these sites' }).count()).toBe(1);
    await popup.close();

    // Take the policy away: Chromium notices the file is gone and the extension follows, no restart.
    await policy!.remove();
    const removedAt = performance.now();
    await expect.poll(() => options.getByTestId('policy-summary').count(), { timeout: 45_000, interval: 500 }).toBe(0);
    console.log(`[managed-policy] the open settings page followed the removal after ${((performance.now() - removedAt) / 1000).toFixed(1)} s`);
    // The policy is stored first, then its subscriptions follow it: wait for each, no order assumed.
    await expect.poll(() => subscription.count(), WAIT).toBe(0);
    await expect.poll(() => options.getByTestId('import-locked').count(), WAIT).toBe(0);
    // The pack stays installed: losing a policy never leaves an office without coaching.
    expect(await installed()).toContain('example.policy-pack@3.0.0');
  });
});
