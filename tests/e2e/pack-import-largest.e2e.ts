// The largest pack the validator allows (tests/e2e/support/largest-pack.ts: 500
// questions, 5,000 phrases, ~1 MB; 1.6 MB compiled) in the options page, in real
// Chromium with the built extension: "Check a pack" on it; importing it as a new
// pack; a new version of it (what changes is shown, then accepted); a version that
// changes every question (the whole list of changes shown, then accepted); and a
// refused file of that size (its problems shown, the pack in force kept). What the
// page's main thread spends on each step is measured by `npm run bench -- --only options`
// (a figure, not a pass/fail condition). Before the import moved to the background (the
// page read every compiled pack on each storage change and carried the library as JSON
// text to its worker and back), these steps took 70–205 ms tasks in the page.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintPackBytes } from '../../rules/check-pack-file';
import { launchWithExtension } from './support/launch-browser.mjs';
import { largestPack, largestPackVersions } from './support/largest-pack';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let page: Page;

const PACK_ID = 'example.largest';
const versions = largestPackVersions(PACK_ID);
const card = () => page.locator(`li.pack[data-pack-id="${PACK_ID}"]`);
const version = () => card().getByTestId('pack-version').textContent();
const dir = mkdtempSync(join(tmpdir(), 'largest-pack-'));
/**
 * A file on disk: Chromium is given its path, so the page receives it as an adviser's
 * pick would. (A buffer is decoded from base64 by script in the page: a long task of the test's own.)
 */
function fileOf(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  await page.locator('li.pack').first().waitFor();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('"Check a pack" on the largest allowed pack', () => {
  it("shows the CLI's verdict", async () => {
    const text = largestPack('example.checked', '1.0.0');
    await page.getByLabel('Pack file to check').setInputFiles(fileOf('largest-check.json', text));
    await expect.poll(() => page.getByTestId('check-verdict').textContent(), { timeout: 60_000 }).toContain('largest-check.json:');
    await expect.poll(() => page.getByTestId('check-lines').getAttribute('aria-busy'), { timeout: 30_000 }).not.toBe('true');
    const lines = (await page.getByTestId('check-lines').textContent())!.split('\n');
    const cli = lintPackBytes(new TextEncoder().encode(text), 'largest-check.json');
    expect(lines.slice(0, cli.problems.length + cli.report.length)).toEqual([...cli.problems, ...cli.report]);
  }, 90_000);
});

describe('importing the largest allowed pack', () => {
  it('a new pack: installed and shown, its example answers reported', async () => {
    const text = largestPack(PACK_ID, '1.0.0');
    await page.getByLabel('Pack file (YAML or JSON)').setInputFiles(fileOf('largest.json', text));
    await card().getByTestId('pack-version').waitFor({ timeout: 60_000 });
    await page.getByTestId('import-examples').waitFor();
    expect(await version()).toBe('1.0.0');
    expect(await card().getByTestId('pack-item-count').textContent()).toBe('500');
  }, 90_000);

  it('a new version of it: what changes is shown, then installed', async () => {
    const text = versions.oneChanged;
    const confirm = page.getByTestId('import-confirm');
    await page.getByLabel('Pack file (YAML or JSON)').setInputFiles(fileOf('largest-1.1.json', text));
    await confirm.waitFor({ timeout: 60_000 });
    expect(await confirm.getByTestId('packsDiffChanged').textContent()).toBe('q0');
    expect(await version()).toBe('1.0.0');
    await confirm.getByRole('button', { name: /1\.1\.0/ }).click();
    await expect.poll(version, { timeout: 60_000 }).toBe('1.1.0');
  }, 90_000);

  it('a version that changes every question: the whole list of changes shown, then installed', async () => {
    const text = versions.everyQuestionChanged;
    const confirm = page.getByTestId('import-confirm');
    await page.getByLabel('Pack file (YAML or JSON)').setInputFiles(fileOf('largest-1.2.json', text));
    await confirm.waitFor({ timeout: 60_000 });
    expect((await confirm.getByTestId('packsDiffAdded').textContent())!.split(', ')).toHaveLength(111);
    expect((await confirm.getByTestId('packsDiffRemoved').textContent())!.split(', ')).toHaveLength(111);
    expect((await confirm.getByTestId('packsDiffChanged').textContent())!.split(', ')).toHaveLength(389);
    await confirm.getByRole('button', { name: /1\.2\.0/ }).click();
    await expect.poll(version, { timeout: 60_000 }).toBe('1.2.0');
  }, 90_000);

  it('a refused file of that size: the reason and its problems shown, the pack in force kept', async () => {
    const text = versions.refused;
    await page.getByLabel('Pack file (YAML or JSON)').setInputFiles(fileOf('largest-refused.json', text));
    await page.getByTestId('import-errors').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-errors').textContent()).toContain('largest-refused.json');
    expect(await page.getByTestId('import-errors').locator('li').count()).toBeGreaterThan(50);
    expect(await version()).toBe('1.2.0');
  }, 90_000);
});
