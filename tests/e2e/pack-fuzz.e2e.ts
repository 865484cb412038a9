// A sample of the generated hostile packs (tests/fuzz/pack-fuzz.ts, 4 of each class) and
// the largest pack the validator allows, imported through the options page's file input
// in real Chromium: each is refused with its reason and problems shown as text, or (if
// it is valid and inert) waits for the adviser's yes to replace the installed version,
// which is declined; nothing of it runs as markup; the version installed before stays in
// force. Long tasks in the options page are recorded with a PerformanceObserver and
// printed (a figure for the report, not a pass/fail timing).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basePack, FUZZ_PACK_ID, generateFuzzCases, type FuzzCase } from '../fuzz/pack-fuzz';
import { launchWithExtension } from './support/launch-browser.mjs';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let page: Page;

const PER_CLASS = 4;
const all = generateFuzzCases();
const sample: FuzzCase[] = [...new Set(all.map((c) => c.kind))].flatMap((kind) => all.filter((c) => c.kind === kind).filter((_, i) => i % 10 === 0).slice(0, PER_CLASS));

/** The most a pack may be: 1 MB of questions and rewordings, valid. */
function largestPack(): string {
  const pack = basePack('2.0.0');
  const item = pack.items[0]!;
  const text = 'How have things been for you lately, at home and around it? '.repeat(30).slice(0, 1900);
  pack.items = Array.from({ length: 240 }, (_, i) => ({ ...item, id: `q${i}`, question: `Question ${i}: ${text.slice(0, 200)}`, rewordings: [{ text: `${i} ${text}` }, { text: `${text} ${i}` }] }));
  const json = JSON.stringify(pack);
  if (json.length > 1_000_000 || json.length < 900_000) throw new Error(`largest pack is ${json.length} bytes`);
  return json;
}

const dir = mkdtempSync(join(tmpdir(), 'fuzz-packs-'));
/**
 * A file on disk: Chromium is given its path, as an adviser's pick would. (A buffer is
 * decoded from base64 by script in the page: long tasks of the test's own, up to 413 ms.)
 */
function fileOf(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}
const input = () => page.getByLabel('Pack file (YAML or JSON)');
const baseCard = () => page.locator(`li.pack[data-pack-id="${FUZZ_PACK_ID}"]`);

async function longTasks(): Promise<number[]> {
  return page.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks.splice(0));
}

/** Import one file and wait for what the page makes of it. */
async function importOne(name: string, bytes: Uint8Array | string): Promise<'refused' | 'asks'> {
  await input().setInputFiles(fileOf(name, bytes));
  const refused = page.getByTestId('import-errors').filter({ hasText: `${name} was not installed.` });
  const asks = page.getByTestId('import-confirm');
  await expect.poll(async () => (await refused.count()) + (await asks.count()), { timeout: 20_000 }).toBeGreaterThan(0);
  if ((await asks.count()) > 0) {
    await asks.getByRole('button', { name: 'Cancel' }).click();
    await asks.waitFor({ state: 'detached' });
    return 'asks';
  }
  return 'refused';
}

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  await page.locator('li.pack').first().waitFor();
  await page.evaluate(() => {
    const tasks: number[] = [];
    (globalThis as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask', buffered: false });
  });
  await input().setInputFiles(fileOf('fuzz-base.json', JSON.stringify(basePack('1.0.0'))));
  await baseCard().getByTestId('pack-version').waitFor();
  await longTasks();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('hostile pack files in the options page', () => {
  it('starts from version 1.0.0 of the pack the files pretend to replace', async () => {
    expect(await baseCard().getByTestId('pack-version').textContent()).toBe('1.0.0');
  });

  it(`refuses each of ${sample.length} hostile files with its reason as text, or asks before replacing; the installed version stays`, async () => {
    const tally = new Map<string, { refused: number; asks: number }>();
    const before = await page.locator('li.pack').count();
    const tasks: number[] = [];
    for (const fuzz of sample) {
      const name = `${fuzz.id}.${fuzz.fileName.split('.').pop()}`;
      const outcome = await importOne(name, fuzz.bytes);
      const row = tally.get(fuzz.kind) ?? { refused: 0, asks: 0 };
      row[outcome]++;
      tally.set(fuzz.kind, row);
      if (outcome === 'refused') {
        // The reason in the adviser's words, and each problem with where it is.
        expect(await page.getByTestId('import-reason').textContent(), name).toMatch(/\S/);
        expect(await page.getByTestId('import-errors').locator('li').count(), name).toBeGreaterThan(0);
      }
      // Nothing of the file became markup or ran.
      expect(await page.evaluate(() => document.querySelectorAll('main script, main img, main iframe, main svg, main style, main b').length), name).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { alerted?: boolean }).alerted), name).toBeUndefined();
      expect(await baseCard().getByTestId('pack-version').textContent(), name).toBe('1.0.0');
      tasks.push(...(await longTasks()));
    }
    expect(await page.locator('li.pack').count()).toBe(before);
    console.log(
      `Options page, ${sample.length} hostile files: ${[...tally.entries()].map(([kind, row]) => `${kind} ${row.refused} refused${row.asks ? `, ${row.asks} valid (asked, declined)` : ''}`).join('; ')}\n` +
        `long tasks: ${tasks.length}${tasks.length ? ` (longest ${Math.round(Math.max(...tasks))} ms)` : ''}`,
    );
  }, 240_000);

  it('the largest pack allowed: checked and shown before it replaces anything; long tasks recorded', async () => {
    const text = largestPack();
    expect(await importOne('largest.json', text)).toBe('asks');
    const tasks = await longTasks();
    console.log(`Largest allowed pack (${text.length} bytes, 240 questions): long tasks ${tasks.length}${tasks.length ? `, longest ${Math.round(Math.max(...tasks))} ms, total ${Math.round(tasks.reduce((a, b) => a + b, 0))} ms` : ''}`);
    expect(await baseCard().getByTestId('pack-version').textContent()).toBe('1.0.0');
  });
});
