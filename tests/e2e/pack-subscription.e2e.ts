// Pack distribution in real Chromium: an adviser trusts the supervisor's public key and
// follows the pack's address. Its first pack has the built-in pack's id, so it waits beside
// the built-in pack with what it changes (popup notice, badge) until the adviser applies it
// by keyboard; then the demo case system's coaching card shows the published rewording.
// When the supervisor publishes a new version, even one that only rewords a question, it waits beside the pack in use: the settings show what it changes,
// the popup says an update is ready and opens the settings at it, and the open demo page
// keeps the old wording until the adviser applies it (by keyboard); then the new wording
// arrives without reloading the page or the extension. A badly signed next version is
// refused with its cause and the page keeps the good one. A version that changes when a
// follow-up appears waits the same way, and says so. An unsigned file cannot take the built-in pack's id; a pack imported
// from a file without a signature is labelled unsigned wherever shown.
// A pack switched off in the settings stops coaching on the open page, and starts again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useExtensionSession } from './support/extension-session';
import { tabIdOf } from './support/extension-state.mjs';
import { PROJECT_DIR } from './support/launch-browser.mjs';
import { startPackServer, type PackServer } from './support/pack-server.mjs';
import { PSYCH_FIELD } from './support/coaching-session';
import { generatePackSigningKeys, type PackSigningKeys } from '../../rules/sign-pack';
import { publishSigned } from './support/signed-packs';

/** Background work (fetch, verify, store) on a shared, loaded machine: wait for it, never time it. */
const WAIT = { timeout: 15_000 };

const session = useExtensionSession();
let packs: PackServer;
let keys: PackSigningKeys;
let options: Page;
let demo: Page;

type Pack = {
  id: string;
  version: string;
  hosts: { match: string[] };
  items: { id: string; rewordings: { text: Record<string, string> }[]; followUps: Record<string, unknown>[] }[];
};
const builtIn = parse(readFileSync(join(PROJECT_DIR, 'rules/packs/social-assistance-initial-assessment.yaml'), 'utf8')) as Pack;
const PACK_PATH = '/packs/social-assistance.json';

/** The built-in pack as a supervisor would republish it: a new version with a new first rewording for 3.4. */
function version(v: string, rewording: string): string {
  const pack = structuredClone(builtIn);
  pack.version = v;
  pack.items.find((item) => item.id === 'psychological-health')!.rewordings[0]!.text.en = rewording;
  return JSON.stringify(pack, null, 2);
}

/** A new version whose 3.4 gains a follow-up (when a follow-up appears changes) and a new first rewording. */
function withNewFollowUp(v: string, rewording: string): string {
  const pack = JSON.parse(version(v, rewording)) as Pack;
  pack.items.find((item) => item.id === 'psychological-health')!.followUps.push({
    id: 'sleep',
    when: { text: { en: ['cannot sleep'], sv: ['kan inte sova'] } },
    severity: 'info',
    prompt: { en: 'Ask how long sleep has been hard.', sv: 'Fråga hur länge sömnen har varit svår.' },
  });
  return JSON.stringify(pack, null, 2);
}

const status = () => options.getByTestId('packs-status').textContent();
/** The toolbar button's badge and tooltip. */
const badge = () => session.browser.worker.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }));

const publish = (body: string, signFor?: { id: string; version: string }) => publishSigned(packs, PACK_PATH, body, keys, signFor);

const packCard = () => options.locator('li.pack[data-pack-id="adviser-coach.social-assistance-ia"]');
const card = () => demo.locator('coach-overlay=host >> .card[data-item-id="psychological-health"]');

/** Focus 3.4 afresh (from another field) and read its card's first rewording. */
async function shownRewording(): Promise<string | null> {
  await demo.locator('input:not([type=hidden])').first().focus();
  await demo.locator(PSYCH_FIELD).focus();
  return card().locator('.rewording').textContent({ timeout: 2000 }).catch(() => null);
}

beforeAll(async () => {
  packs = await startPackServer();
  keys = await generatePackSigningKeys('supervisor-2026');
  options = await session.browser.context.newPage();
  await options.goto(session.browser.extensionUrl('options.html'));
  await options.locator('li.pack').first().waitFor();
});
afterAll(() => packs?.close());

describe('a pack followed by its web address', () => {
  it('the address’s first pack waits beside the built-in pack it would replace, with what it changes; applied by keyboard, it is in use and shown as verified', async () => {
    await publish(version('9.1.0', 'How have things been for you lately, in your mind and mood?'));
    await options.getByLabel('Public key file').setInputFiles({ name: 'supervisor-2026.public.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(keys.publicJwk)) });
    await options.getByTestId('trusted-keys').getByText('supervisor-2026').waitFor();

    await options.getByLabel('Pack address (https://…)').fill(`${packs.origin}${PACK_PATH}`);
    await options.getByRole('button', { name: 'Follow this pack' }).click();
    await expect.poll(status, WAIT).toBe('update ready: version 9.1.0. See what changes, then apply it or keep the current one');
    const staged = packCard().getByTestId('staged-update');
    await expect.poll(() => staged.getByText('Update ready: version 9.1.0').count(), WAIT).toBe(1);
    expect(await staged.getByTestId('staged-from-address').textContent()).toBe(
      `It comes from a web address you started following, and would replace the version in use: ${packs.origin}${PACK_PATH}`,
    );
    expect(await staged.getByTestId('packsDiffChanged').textContent()).toBe('psychological-health');
    expect(await staged.getByTestId('staged-reasons').locator('li').allTextContents()).toEqual(['changes the words of 1 question (the question, its rewordings or why we ask)']);
    expect(await staged.getByRole('button', { name: `Keep version ${builtIn.version}` }).count()).toBe(1);
    // Nothing is replaced before the adviser's click: the built-in pack stays in use.
    expect(await packCard().getByTestId('pack-version').textContent()).toBe(builtIn.version);
    expect(await packCard().getByTestId('pack-source').textContent()).toBe('Built in');
    await expect.poll(badge, WAIT).toEqual({ text: '1', title: 'Adviser Coach: Updates ready to apply' });
    const popup = await session.browser.context.newPage();
    await popup.goto(session.browser.extensionUrl('popup.html'));
    await expect.poll(() => popup.getByTestId('updates-ready').textContent(), WAIT).toBe('Update ready for Income support initial assessment: version 9.1.0 See what changes');
    await popup.close();

    await staged.getByRole('button', { name: 'Apply version 9.1.0' }).focus();
    await options.keyboard.press('Enter');
    await expect.poll(status, WAIT).toBe('installed version 9.1.0');
    await expect.poll(() => packCard().getByTestId('pack-version').textContent(), WAIT).toBe('9.1.0');
    await expect.poll(() => packCard().getByTestId('staged-update').count(), WAIT).toBe(0);
    expect(await packCard().getByTestId('pack-signature').textContent()).toBe('Verified: signed with key supervisor-2026');
    expect(await packCard().getByTestId('pack-source').textContent()).toBe(`Web address you subscribed to: ${packs.origin}${PACK_PATH}`);
    await expect.poll(() => packCard().getByTestId('pack-last-check').textContent(), WAIT).toMatch(/: installed version 9\.1\.0$/);
    await expect.poll(badge, WAIT).toEqual({ text: '', title: 'Adviser Coach' });
    // The built-in version it replaced is kept for roll back.
    expect(await packCard().getByRole('button', { name: `Roll back to version ${builtIn.version}` }).count()).toBe(1);
  });

  it('coaches the demo page with the published rewording', async () => {
    demo = await session.browser.context.newPage();
    await demo.goto(`${session.server.origin}/demo/intake-3.html?case=2026-04417`);
    await demo.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await expect.poll(shownRewording, WAIT).toBe('How have things been for you lately, in your mind and mood?');
  });

  it('keeps a rewording update waiting on "Check now": the page keeps the old wording, the popup says it is ready; the request names the held version', async () => {
    await publish(version('9.2.0', 'What has your mood been like these last weeks?'));
    packs.requests.length = 0;
    await options.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(status, WAIT).toBe('update ready: version 9.2.0. See what changes, then apply it or keep the current one');
    const request = packs.requests.find((r) => r.path === PACK_PATH)!;
    expect(request.headers['if-none-match']).toMatch(/, "adviser-coach:adviser-coach\.social-assistance-ia@9\.1\.0"$/);
    expect(request.headers.cookie).toBeUndefined();
    const staged = packCard().getByTestId('staged-update');
    await expect.poll(() => staged.getByText('Update ready: version 9.2.0').count(), WAIT).toBe(1);
    expect(await staged.getByTestId('packsDiffChanged').textContent()).toBe('psychological-health');
    expect(await staged.getByTestId('staged-reasons').locator('li').allTextContents()).toEqual(['changes the words of 1 question (the question, its rewordings or why we ask)']);
    // Nothing is replaced before the adviser's click: the settings and the open page keep 9.1.0.
    expect(await packCard().getByTestId('pack-version').textContent()).toBe('9.1.0');
    expect(await shownRewording()).toBe('How have things been for you lately, in your mind and mood?');

    const popup = await session.browser.context.newPage();
    await popup.goto(session.browser.extensionUrl(`popup.html?tab=${await tabIdOf(session.browser, demo)}`));
    await expect.poll(() => popup.getByTestId('updates-ready').textContent(), WAIT).toBe('Update ready for Income support initial assessment: version 9.2.0 See what changes');
    await popup.close();
    // The toolbar button counts it too, and says what the count means.
    await expect.poll(badge, WAIT).toEqual({ text: '1', title: 'Adviser Coach: Updates ready to apply' });
  });

  it('the popup opens the settings at the waiting update; applied by keyboard, the new wording reaches the open page without a reload and the notice leaves', async () => {
    const popup = await session.browser.context.newPage();
    await popup.goto(session.browser.extensionUrl(`popup.html?tab=${await tabIdOf(session.browser, demo)}`));
    const review = popup.getByRole('button', { name: 'See what changes in version 9.2.0 of Income support initial assessment' });
    await review.waitFor(WAIT);
    const opened = session.browser.context.waitForEvent('page');
    await review.focus();
    await popup.keyboard.press('Enter');
    const settings = await opened;
    await settings.waitForURL(/options\.html/, WAIT);
    expect(settings.url()).toBe(session.browser.extensionUrl('options.html#update:adviser-coach.social-assistance-ia'));
    // The settings open with the waiting update focused; the next Tab reaches "Apply".
    await expect.poll(() => settings.evaluate(() => document.activeElement?.getAttribute('data-testid')), WAIT).toBe('staged-update');
    await settings.keyboard.press('Tab');
    expect(await settings.evaluate(() => document.activeElement?.textContent)).toBe('Apply version 9.2.0');

    // Back in 3.4 on the demo page, as the adviser would be when they apply it.
    await demo.locator(PSYCH_FIELD).focus();
    expect(await card().locator('.rewording').textContent()).toBe('How have things been for you lately, in your mind and mood?');
    await settings.keyboard.press('Enter');
    await expect.poll(() => settings.getByTestId('packs-status').textContent(), WAIT).toBe('installed version 9.2.0');
    // The open page's card changes in place: no reload, no new focus.
    await expect.poll(() => card().locator('.rewording').textContent(), WAIT).toBe('What has your mood been like these last weeks?');
    expect(await demo.evaluate(() => document.activeElement?.id)).toBe('ctl00_Main_txaPsychological');
    expect(await shownRewording()).toBe('What has your mood been like these last weeks?');
    expect(await demo.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    // The popup's notice leaves with the update; what it changed stays with the pack.
    await expect.poll(() => popup.getByTestId('updates-ready').count(), WAIT).toBe(0);
    await expect.poll(badge, WAIT).toEqual({ text: '', title: 'Adviser Coach' });
    await expect.poll(() => packCard().getByTestId('staged-update').count(), WAIT).toBe(0);
    expect(await packCard().getByTestId('packsDiffChanged').textContent()).toBe('psychological-health');
    await settings.close();
    await popup.close();
  });

  it('refuses a next version signed for another version, says why, and the page keeps the pack in force', async () => {
    await publish(version('9.3.0', 'This rewording must never be shown.'), { id: builtIn.id, version: '9.2.0' });
    await options.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => options.getByTestId('packs-status').textContent(), WAIT).toMatch(
      /^not updated, the pack in use stays\. The pack's signature does not match the file: it was changed after signing, or signed for another pack or version\. \(the signature was made for version 9\.2\.0/,
    );
    expect(await packCard().getByTestId('pack-version').textContent()).toBe('9.2.0');
    await expect.poll(() => packCard().getByTestId('pack-last-error').textContent(), WAIT).toMatch(/: The pack's signature does not match the file/);
    expect(await shownRewording()).toBe('What has your mood been like these last weeks?');
  });

  it('unchanged on the server: the check answers 304 and nothing is fetched again', async () => {
    await publish(version('9.2.0', 'What has your mood been like these last weeks?'));
    await options.getByRole('button', { name: 'Check now' }).click();
    // The failed check left the validators of 9.2.0's download in place, so the server answers 304.
    await expect.poll(() => options.getByTestId('packs-status').textContent(), WAIT).toBe('no change, version 9.2.0 is current');
  });

  it('an update that changes when a follow-up appears waits: the settings show what it changes, the page keeps the pack in use until the adviser applies it', async () => {
    await publish(withNewFollowUp('9.5.0', 'When did you last feel rested?'));
    await options.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(status, WAIT).toBe('update ready: version 9.5.0. See what changes, then apply it or keep the current one');
    const staged = packCard().getByTestId('staged-update');
    await expect.poll(() => staged.getByText('Update ready: version 9.5.0').count(), WAIT).toBe(1);
    expect(await staged.getByTestId('packsDiffFollowUps').textContent()).toBe('psychological-health');
    expect(await staged.getByTestId('packsDiffChanged').textContent()).toBe('psychological-health');
    expect(await staged.getByTestId('staged-reasons').locator('li').allTextContents()).toEqual([
      'changes when a follow-up appears',
      'changes the words of 1 question (the question, its rewordings or why we ask)',
    ]);
    // Before the adviser's click nothing is replaced: the settings and the open page keep 9.2.0.
    expect(await packCard().getByTestId('pack-version').textContent()).toBe('9.2.0');
    expect(await shownRewording()).toBe('What has your mood been like these last weeks?');

    await staged.getByRole('button', { name: 'Apply version 9.5.0' }).click();
    await expect.poll(status, WAIT).toBe('installed version 9.5.0');
    await expect.poll(() => packCard().getByTestId('pack-version').textContent(), WAIT).toBe('9.5.0');
    // The staged card leaves when the library's storage change reaches the page, just after the version.
    await expect.poll(() => packCard().getByTestId('staged-update').count(), WAIT).toBe(0);
    await expect.poll(shownRewording, WAIT).toBe('When did you last feel rested?');
    expect(await demo.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    // What it changed stays with the pack, and one click goes back.
    expect(await packCard().getByText('What changed in the last update').count()).toBe(1);
    expect(await packCard().getByTestId('packsDiffFollowUps').textContent()).toBe('psychological-health');
    expect(await packCard().getByRole('button', { name: 'Roll back to version 9.2.0' }).count()).toBe(1);
  });

  it('an unsigned file with the built-in pack’s id is refused, whatever its version, and the pack in use stays', async () => {
    await options.getByLabel('Pack file (YAML or JSON)').setInputFiles({ name: 'social.json', mimeType: 'application/json', buffer: Buffer.from(version('99.0.0', 'This rewording must never be shown.')) });
    await expect.poll(() => options.getByTestId('import-reason').textContent(), WAIT).toBe(
      'This pack has the id of a pack that comes with Adviser Coach or that your organisation set. It can replace that pack only if it is signed with a key trusted for it.',
    );
    expect(await packCard().getByTestId('pack-version').textContent()).toBe('9.5.0');
    expect(await shownRewording()).toBe('When did you last feel rested?');
  });

  it('a pack imported from a file without a signature is labelled unsigned in the settings and the popup', async () => {
    // The adviser's own copy, for the demo pages only (a narrower pattern than the built-in pack's, so it is the one used there).
    const copy = JSON.parse(version('1.0.0', 'How is your mood these days?')) as Pack;
    copy.id = 'example.own-copy';
    copy.hosts.match = ['http://127.0.0.1/demo/*'];
    await options.getByLabel('Pack file (YAML or JSON)').setInputFiles({ name: 'own.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(copy)) });
    const own = options.locator('li.pack[data-pack-id="example.own-copy"]');
    await expect.poll(() => own.getByTestId('pack-version').textContent(), WAIT).toBe('1.0.0');
    expect(await own.getByTestId('unsigned-badge').textContent()).toBe('unsigned');
    expect(await own.getByTestId('pack-signature').textContent()).toBe('Unsigned: imported from a file without a signature');
    await expect.poll(shownRewording, WAIT).toBe('How is your mood these days?');
    const tabId = await tabIdOf(session.browser, demo);
    const popup = await session.browser.context.newPage();
    await popup.goto(session.browser.extensionUrl(`popup.html?tab=${tabId}`));
    await expect.poll(() => popup.getByTestId('pack-in-use').textContent(), WAIT).toBe('Rule pack: Income support initial assessment (1.0.0) unsigned');
    await popup.close();
    await own.getByRole('button', { name: 'Remove' }).click();
    // Each step of the switch waited for on its own (stored, then on the open page), without moving the
    // adviser's focus meanwhile: refocusing at every poll kept the loaded machine busy past one wait.
    await expect.poll(() => own.count(), WAIT).toBe(0);
    await expect.poll(() => card().locator('.rewording').textContent({ timeout: 2000 }).catch(() => null), WAIT).toBe('When did you last feel rested?');
    expect(await shownRewording()).toBe('When did you last feel rested?');
  });

  it('a pack switched off stops coaching on the open page at once, and coaches again when switched back on', async () => {
    const use = packCard().getByRole('checkbox', { name: 'Use this pack' });
    await use.uncheck();
    await expect.poll(() => demo.locator('coach-overlay=host').count(), { timeout: 10_000 }).toBe(0);
    expect(await packCard().textContent()).toContain('switched off');
    await use.check();
    await demo.locator('coach-overlay=host >> .coverage-toggle').waitFor({ timeout: 10_000 });
    expect(await demo.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });
});
