// "Check a pack" in the options page, in real Chromium: a pack file is validated, linted
// and its examples tried without installing it, and the page shows exactly the lines the
// CLI's `pack lint` gives for the same bytes (rules/check-pack-file.ts, computed here in Node).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintPackBytes, testPackBytes } from '../../rules/check-pack-file';
import { launchWithExtension, PROJECT_DIR } from './support/launch-browser.mjs';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let page: Page;

const mentions = readFileSync(join(PROJECT_DIR, 'rules/fixtures/mentions-pack.yaml'), 'utf8');
const builtIn = readFileSync(join(PROJECT_DIR, 'rules/packs/work-focused-interview.yaml'), 'utf8');
const storedIds = () => browser.worker.evaluate(async () => ((await chrome.storage.local.get('packs:installed'))['packs:installed'] as { id: string }[]).map((p) => p.id));

async function check(name: string, text: string): Promise<{ verdict: string; lines: string[] }> {
  await page.getByLabel('Pack file to check').setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
  await expect.poll(() => page.getByTestId('check-verdict').textContent()).toContain(`${name}:`);
  // A long report is added a few hundred lines per frame.
  await expect.poll(() => page.getByTestId('check-lines').getAttribute('aria-busy')).not.toBe('true');
  return { verdict: (await page.getByTestId('check-verdict').textContent())!, lines: (await page.getByTestId('check-lines').textContent())!.split('\n') };
}

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  await page.locator('li.pack').first().waitFor();
});
afterAll(() => browser?.close());

describe('Check a pack', () => {
  it('a good pack: the CLI’s report, nothing installed', async () => {
    const before = await storedIds();
    const copy = builtIn.replace(/^id: .*$/m, 'id: example.checked-only');
    const { verdict, lines } = await check('work.yaml', copy);
    expect(verdict).toBe('work.yaml: no problems. The pack is valid, has no warnings, and its example answers pass. Nothing was installed.');
    const cli = lintPackBytes(new TextEncoder().encode(copy), 'work.yaml');
    expect(lines).toEqual([...cli.problems, ...cli.report]);
    expect(await storedIds()).toEqual(before);
  });

  it('a pack with errors, and one whose example fails: the same lines as the CLI, in the same words', async () => {
    const broken = mentions.replace('version: 0.1.0', 'version: 1.0').replace('suicid', 'sui\u200bcid');
    const first = await check('broken.yaml', broken);
    expect(first.verdict).toBe('broken.yaml: problems found, as the command-line tool reports them. Nothing was installed.');
    const cli = lintPackBytes(new TextEncoder().encode(broken), 'broken.yaml');
    expect(cli.exitCode).toBe(1);
    expect(first.lines).toEqual([...cli.problems, ...cli.report]);

    const failing = mentions.replace('fires: ["suicide-risk:check-in"]', 'fires: ["suicide-risk:critical"]');
    const second = await check('failing.yaml', failing);
    const bytes = new TextEncoder().encode(failing);
    const lint = lintPackBytes(bytes, 'failing.yaml');
    const test = testPackBytes(bytes, 'failing.yaml');
    expect(test.exitCode).toBe(1);
    expect(second.lines).toEqual([...lint.problems, ...lint.report, ...test.problems.filter((line) => !lint.problems.includes(line))]);
    expect(second.lines.some((line) => line.startsWith('FAIL '))).toBe(true);
  });
});
