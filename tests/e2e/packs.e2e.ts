// The options page's pack manager in real Chromium: the default packs are
// installed and listed; a bad pack file is refused with its errors shown as text
// and the good packs stay; a newer version replaces a pack and can be rolled
// back; a pack can be removed and the removal undone; removed built-in packs can
// be brought back; an unsigned file cannot take a built-in pack's id; two packs
// removed at once both stay removed; an undo that comes after another change to
// the packs says the pack cannot be put back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, PROJECT_DIR } from './support/launch-browser.mjs';

/** Imports are checked in a worker and stored by the extension: on a shared, loaded machine, wait for them, never time them. */
const WAIT = { timeout: 15_000 };

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let page: Page;

const minimal = readFileSync(join(PROJECT_DIR, 'rules/fixtures/minimal-pack.yaml'), 'utf8');
const file = (name: string, text: string) => ({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });

/** Installed packs as the extension stores them, read through the service worker. */
async function storedPacks(): Promise<string[]> {
  return browser.worker.evaluate(async () => {
    const stored = await chrome.storage.local.get('packs:installed');
    return ((stored['packs:installed'] ?? []) as { id: string; version: string }[]).map((p) => `${p.id}@${p.version}`);
  });
}

const packCard = (id: string) => page.locator(`li.pack[data-pack-id="${id}"]`);

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
});

afterAll(async () => {
  await browser?.close();
});

describe('options page: rule packs', () => {
  it('lists the default packs with version, organisation, languages and item count', async () => {
    await expect.poll(() => page.locator('li.pack').count(), WAIT).toBe(2);
    const social = packCard('adviser-coach.social-assistance-ia');
    await expect.poll(() => social.locator('h4').textContent(), WAIT).toBe('Income support initial assessment');
    expect(await social.getByTestId('pack-version').textContent()).toBe('1.3.1');
    expect(await social.getByTestId('pack-item-count').textContent()).toBe('38');
    expect(await social.textContent()).toContain('English, Swedish');
    expect(await social.textContent()).toContain('Adviser Coach default packs');
    const work = packCard('adviser-coach.work-focused-interview');
    expect(await work.getByTestId('pack-item-count').textContent()).toBe('17');
    expect(await work.textContent()).toContain('Norwegian');
  });

  it('refuses a bad pack with its errors shown as text, and the good packs stay', async () => {
    const before = await storedPacks();
    const hostile = minimal
      .replace('version: 0.1.0', 'version: 1.0')
      .replace('title: Minimal example', 'title: "<img src=x onerror=document.title=1>"')
      .replace('rewordings:', 'rewording:');
    await page.getByLabel('Pack file (YAML or JSON)').setInputFiles(file('bad-pack.yaml', hostile));
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    expect(await errors.getAttribute('role')).toBe('alert');
    const text = (await errors.textContent()) ?? '';
    expect(text).toContain('bad-pack.yaml was not installed. The packs in use stay as they were.');
    expect(text).toContain('version: must be a version in quotes, like "1.0.0": YAML reads 1.0 without quotes as a number');
    expect(text).toContain('items[0].rewording: unknown field "rewording" (did you mean "rewordings"?) (line 15, column 5)');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.title()).not.toBe('1');
    expect(await storedPacks()).toEqual(before);
    expect(await page.locator('li.pack').count()).toBe(2);
  });

  it('refuses malformed YAML and says where', async () => {
    await page.getByLabel('Pack file (YAML or JSON)').setInputFiles(file('broken.yaml', 'id: a\nitems: [\n'));
    await expect.poll(() => page.getByTestId('import-errors').textContent(), WAIT).toMatch(/\(root\): YAML syntax: .*\(line \d+, column \d+\)/);
    expect(await page.locator('li.pack').count()).toBe(2);
  });

  it('imports a pack (labelled unsigned), shows what a newer version changes before replacing it, and rolls back with one click', async () => {
    const input = page.getByLabel('Pack file (YAML or JSON)');
    await input.setInputFiles(file('minimal.yaml', minimal));
    await expect.poll(() => page.getByTestId('packs-status').textContent(), WAIT).toBe(
      'Installed Minimal example, version 0.1.0. Unsigned: imported from a file without a signature',
    );
    expect(await page.getByTestId('import-errors').count()).toBe(0);
    expect(await packCard('example.minimal').getByTestId('unsigned-badge').textContent()).toBe('unsigned');
    expect(await packCard('example.minimal').getByTestId('pack-source').textContent()).toBe('Imported file');
    const newer = minimal
      .replace('version: 0.1.0', 'version: 0.2.0')
      .replace('How are things with where you live at the moment?', 'Tell me about where you live now.')
      .concat('  - id: income\n    question: Monthly income\n    rewordings:\n      - text: What do you live on each month?\n');
    await input.setInputFiles(file('minimal.yaml', newer));
    // Nothing is replaced until the adviser has seen what changes.
    const confirm = page.getByTestId('import-confirm');
    await confirm.waitFor();
    expect(await storedPacks()).toContain('example.minimal@0.1.0');
    expect(await confirm.getByTestId('packsDiffAdded').textContent()).toBe('income');
    expect(await confirm.getByTestId('packsDiffChanged').textContent()).toBe('housing');
    // By keyboard: the question has the focus, the next Tab reaches "Install".
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), WAIT).toBe('import-confirm');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Install version 0.2.0');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('packs-status').textContent(), WAIT).toBe(
      'Installed Minimal example, version 0.2.0, in place of version 0.1.0 (you can roll back). Unsigned: imported from a file without a signature',
    );
    expect(await storedPacks()).toContain('example.minimal@0.2.0');

    const rollBack = page.getByRole('button', { name: 'Roll back to version 0.1.0' });
    await rollBack.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => packCard('example.minimal').getByTestId('pack-version').textContent(), WAIT).toBe('0.1.0');
    expect(await storedPacks()).toContain('example.minimal@0.1.0');
    expect(await page.getByRole('button', { name: 'Return to version 0.2.0' }).count()).toBe(1);
  });

  it('shows how the example answers of an imported pack fared, naming those that failed', async () => {
    const mentions = readFileSync(join(PROJECT_DIR, 'rules/fixtures/mentions-pack.yaml'), 'utf8');
    const input = page.getByLabel('Pack file (YAML or JSON)');
    await input.setInputFiles(file('mentions.yaml', mentions));
    const examples = page.getByTestId('import-examples');
    await expect.poll(() => examples.textContent(), WAIT).toContain("The pack's 12 example answers were tried: 12 brought up what the pack says.");
    expect(await examples.locator('li').count()).toBe(0);

    // An example that says a negation must bring the critical card fails, and is named.
    const wrong = mentions
      .replace('version: 0.1.0', 'version: 0.2.0')
      .replace('fires: ["suicide-risk:check-in"]', 'fires: ["suicide-risk:critical"]');
    await input.setInputFiles(file('mentions.yaml', wrong));
    // A replacement shows what changes first; the examples are tried once it is installed.
    await page.getByTestId('import-confirm').getByRole('button', { name: 'Install version 0.2.0' }).click();
    await expect.poll(() => examples.textContent(), WAIT).toContain('11 brought up what the pack says.');
    expect(await examples.locator('li').allTextContents()).toEqual([
      `FAIL items[0].examples[1] wellbeing (en) "I'm not suicidal": expected suicide-risk:critical, got suicide-risk:check-in`,
    ]);
    // Leave the library as the other tests expect it.
    await page.getByRole('button', { name: 'Remove Concepts test' }).click();
    await expect.poll(() => packCard('example.mentions').count(), WAIT).toBe(0);
  });

  it('removes a pack from the keyboard, and undoes the removal: focus on Undo, then back on the pack', async () => {
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');
    await page.getByRole('button', { name: 'Remove Minimal example' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => packCard('example.minimal').count(), WAIT).toBe(0);
    await expect.poll(() => page.getByTestId('packs-status').textContent(), WAIT).toContain('Removed Minimal example.');
    // The removed pack's button went with it: the keyboard is on the Undo offered for it, not on the page.
    await expect.poll(focused, WAIT).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => packCard('example.minimal').count(), WAIT).toBe(1);
    expect(await storedPacks()).toContain('example.minimal@0.1.0');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li[data-pack-id]')?.getAttribute('data-pack-id') ?? null), WAIT).toBe('example.minimal');
  });

  it('refuses an unsigned file with a built-in pack\'s id at a higher version, says why, and the built-in pack stays in force', async () => {
    const before = await storedPacks();
    const builtIn = readFileSync(join(PROJECT_DIR, 'rules/packs/work-focused-interview.yaml'), 'utf8');
    expect(builtIn).toMatch(/^version: 1\.2\.2$/m);
    const takeover = builtIn.replace(/^version: 1\.2\.2$/m, 'version: 99.0.0');
    await page.getByLabel('Pack file (YAML or JSON)').setInputFiles(file('work-focused.yaml', takeover));
    // Each look short (no reason shown yet is null), so a pack taken instead fails here with what was shown.
    await expect.poll(() => page.getByTestId('import-reason').textContent({ timeout: 1000 }).catch(() => null), WAIT).toBe(
      'This pack has the id of a pack that comes with Adviser Coach or that your organisation set. It can replace that pack only if it is signed with a key trusted for it.',
    );
    expect(await storedPacks()).toEqual(before);
    expect(before).toContain('adviser-coach.work-focused-interview@1.2.2');
    const work = packCard('adviser-coach.work-focused-interview');
    expect(await work.getByTestId('pack-version').textContent()).toBe('1.2.2');
    expect(await work.locator('h4').textContent()).toBe('Work-focused interview');
    expect(await page.locator('li.pack').count()).toBe(before.length);
  });

  it('brings back removed built-in packs on request, and says when there is nothing to restore', async () => {
    await page.getByRole('button', { name: 'Remove Income support initial assessment' }).click();
    await page.getByRole('button', { name: 'Remove Work-focused interview' }).click();
    await expect.poll(() => packCard('adviser-coach.work-focused-interview').count(), WAIT).toBe(0);
    await page.getByRole('button', { name: 'Restore the built-in packs' }).click();
    // Restoring compiles the bundled YAML again (about half a second on a busy machine): wait for it, not for a fixed time.
    await expect.poll(() => page.getByTestId('packs-status').textContent(), { timeout: 10_000 }).toMatch(/^Restored: .*Income support initial assessment/);
    await expect.poll(() => page.locator('li.pack').count(), WAIT).toBe(3);
    expect((await storedPacks()).sort()).toEqual([
      'adviser-coach.social-assistance-ia@1.3.1',
      'adviser-coach.work-focused-interview@1.2.2',
      'example.minimal@0.1.0',
    ]);
    await page.getByRole('button', { name: 'Restore the built-in packs' }).click();
    await expect.poll(() => page.getByTestId('packs-status').textContent(), { timeout: 10_000 }).toBe('The built-in packs are all installed already.');
  });

  it('two packs removed at once both stay removed, after a reload too', async () => {
    const first = await page.getByRole('button', { name: 'Remove Income support initial assessment' }).elementHandle();
    const second = await page.getByRole('button', { name: 'Remove Work-focused interview' }).elementHandle();
    // Both presses in one task: the second removal is asked for before the first is stored.
    await page.evaluate(([a, b]) => {
      (a as HTMLButtonElement).click();
      (b as HTMLButtonElement).click();
    }, [first, second] as const);
    await expect.poll(storedPacks, WAIT).toEqual(['example.minimal@0.1.0']);
    await page.reload();
    await expect.poll(() => page.locator('li.pack').count(), WAIT).toBe(1);
    expect(await packCard('example.minimal').count()).toBe(1);
    expect(await storedPacks()).toEqual(['example.minimal@0.1.0']);
  });

  it('says plainly when a removal can no longer be undone because the packs changed since (here from another settings tab)', async () => {
    await page.getByRole('button', { name: 'Remove Minimal example' }).click();
    await expect.poll(() => packCard('example.minimal').count(), WAIT).toBe(0);
    const other = await browser.context.newPage();
    await other.goto(browser.extensionUrl('options.html'));
    await other.getByRole('button', { name: 'Restore the built-in packs' }).click();
    await expect.poll(() => page.locator('li.pack').count(), { timeout: 10_000 }).toBe(2);
    await other.close();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByTestId('packs-status').textContent(), WAIT).toBe('Minimal example cannot be put back: the packs changed after it was removed. Import it again.');
    expect((await storedPacks()).sort()).toEqual(['adviser-coach.social-assistance-ia@1.3.1', 'adviser-coach.work-focused-interview@1.2.2']);
  });
});
