// The largest pack the validator allows (tests/e2e/support/largest-pack.ts: 500
// questions, 5,000 phrases, ~1 MB; 1.6 MB compiled) in the options page, in real
// Chromium with the built extension: "Check a pack" on it; importing it as a new
// pack; a new version of it (what changes is shown, then accepted); a version that
// changes every question (the whole list of changes shown, then accepted); and a
// refused file of that size (its problems shown, the pack in force kept). From the
// file's pick until the page has settled, no task of the options page's main thread
// may take 50 ms or more.
//
// A task is judged by its thread time (CPU time of the page's main thread, from a
// Chromium trace: tests/e2e/support/task-trace.ts), and the Long Tasks API's wall
// times are printed beside it: on a machine shared by many jobs, the wall time of a
// task of a few milliseconds stretches past 50 ms while the thread waits for a core.
//
// Before the import moved to the background (the page read every compiled pack on each
// storage change and carried the library as JSON text to its worker and back), the
// Long Tasks API saw 85–190 ms tasks on a new pack and 137–205 ms ones installing a new
// version, and this test failed on thread time as well (the figures are in the commit
// that un-gated it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintPackBytes } from '../../rules/check-pack-file';
import { launchWithExtension } from './support/launch-browser.mjs';
import { largestPack } from './support/largest-pack';
import { LONG_TASK_MS, traceTasks } from './support/task-trace';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let page: Page;
let cdp: CDPSession;

const PACK_ID = 'example.largest';
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

/** Start recording long tasks of the options page (Long Tasks API). */
async function recordLongTasks(): Promise<void> {
  await page.evaluate(() => {
    const scope = globalThis as unknown as { longTasks: number[]; longTaskObserver?: PerformanceObserver };
    scope.longTaskObserver?.disconnect();
    scope.longTasks = [];
    scope.longTaskObserver = new PerformanceObserver((list) => list.getEntries().forEach((entry) => scope.longTasks.push(Math.round(entry.duration))));
    scope.longTaskObserver.observe({ type: 'longtask', buffered: false });
  });
}

/** The long tasks since recording began, once the page has rendered two frames and been idle. */
async function longTasksWhenSettled(): Promise<number[]> {
  return page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const idle = () => new Promise((resolve) => requestIdleCallback(resolve));
    await frame();
    await frame();
    await idle();
    await idle();
    const scope = globalThis as unknown as { longTasks: number[]; longTaskObserver: PerformanceObserver };
    for (const entry of scope.longTaskObserver.takeRecords()) scope.longTasks.push(Math.round(entry.duration));
    return scope.longTasks.splice(0);
  });
}

interface Measured {
  /** Thread time (ms) of each of the page's main-thread tasks of 50 ms or more. */
  long: number[];
  /** The Long Tasks API's durations (wall time, ms). */
  wall: number[];
  /** The page's longest task: thread time and wall time (ms). */
  longest: { threadMs: number; wallMs: number };
}

/** What the options page's main thread did during `step` and until it settled. */
async function measure(step: () => Promise<void>): Promise<Measured> {
  // Tracing first: starting it is work of its own on the page.
  const trace = await traceTasks(cdp, browser.extensionUrl(''));
  await recordLongTasks();
  await step();
  const wall = await longTasksWhenSettled();
  const { pageTasks } = await trace.stop();
  const longest = pageTasks.reduce((top, task) => (task.threadMs > top.threadMs ? task : top), { threadMs: 0, wallMs: 0 });
  return {
    long: pageTasks.filter((task) => task.threadMs >= LONG_TASK_MS).map((task) => Math.round(task.threadMs)),
    wall,
    longest: { threadMs: Math.round(longest.threadMs), wallMs: Math.round(longest.wallMs) },
  };
}

const said = (what: string, measured: Measured) =>
  console.log(`${what}: tasks of 50 ms or more (thread time) ${JSON.stringify(measured.long)}; longest ${measured.longest.threadMs} ms thread, ${measured.longest.wallMs} ms wall; Long Tasks API ${JSON.stringify(measured.wall)}`);

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  cdp = await browser.context.newCDPSession(page);
  await page.goto(browser.extensionUrl('options.html'));
  await page.locator('li.pack').first().waitFor();
  // The page's own start-up (first render, reading the library) is over before recording.
  await recordLongTasks();
  await longTasksWhenSettled();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('"Check a pack" on the largest allowed pack', () => {
  it("shows the CLI's verdict with no long task in the options page", async () => {
    const text = largestPack('example.checked', '1.0.0');
    const measured = await measure(async () => {
      await page.getByLabel('Pack file to check').setInputFiles(fileOf('largest-check.json', text));
      await expect.poll(() => page.getByTestId('check-verdict').textContent(), { timeout: 60_000 }).toContain('largest-check.json:');
      await expect.poll(() => page.getByTestId('check-lines').getAttribute('aria-busy'), { timeout: 30_000 }).not.toBe('true');
    });
    const lines = (await page.getByTestId('check-lines').textContent())!.split('\n');
    const cli = lintPackBytes(new TextEncoder().encode(text), 'largest-check.json');
    expect(lines.slice(0, cli.problems.length + cli.report.length)).toEqual([...cli.problems, ...cli.report]);
    said('Check a pack, largest pack', measured);
    expect(measured.long).toEqual([]);
  }, 90_000);
});

describe('importing the largest allowed pack', () => {
  it('a new pack: installed and shown, its example answers reported, with no long task in the options page', async () => {
    const text = largestPack(PACK_ID, '1.0.0');
    const measured = await measure(async () => {
      await page.getByLabel('Pack file (YAML or JSON)').setInputFiles(fileOf('largest.json', text));
      await card().getByTestId('pack-version').waitFor({ timeout: 60_000 });
      await page.getByTestId('import-examples').waitFor();
    });
    expect(await version()).toBe('1.0.0');
    expect(await card().getByTestId('pack-item-count').textContent()).toBe('500');
    said(`Largest pack (${text.length} bytes), new`, measured);
    expect(measured.long).toEqual([]);
  }, 90_000);

  it('a new version of it: what changes is shown, then installed, with no long task', async () => {
    const text = largestPack(PACK_ID, '1.1.0').replace('"prompt":"Ask what has changed since last time (0).', '"prompt":"Ask what has changed since you last met (0).');
    const confirm = page.getByTestId('import-confirm');
    const shown = await measure(async () => {
      await page.getByLabel('Pack file (YAML or JSON)').setInputFiles(fileOf('largest-1.1.json', text));
      await confirm.waitFor({ timeout: 60_000 });
    });
    expect(await confirm.getByTestId('packsDiffChanged').textContent()).toBe('q0');
    expect(await version()).toBe('1.0.0');
    const installed = await measure(async () => {
      await confirm.getByRole('button', { name: /1\.1\.0/ }).click();
      await expect.poll(version, { timeout: 60_000 }).toBe('1.1.0');
    });
    said('Largest pack, new version, while it is checked', shown);
    said('Largest pack, new version, while it is installed', installed);
    expect({ shown: shown.long, installed: installed.long }).toEqual({ shown: [], installed: [] });
  }, 90_000);

  it('a version that changes every question: the whole list of changes shown, then installed, with no long task', async () => {
    // Questions q1, q10–q19, q100–q199 renamed (111 removed, 111 added); every question's words changed (same length, so the file stays within the limit).
    const text = largestPack(PACK_ID, '1.2.0').replaceAll('"id":"q1', '"id":"r1').replaceAll('for you lately', 'for you at all');
    const confirm = page.getByTestId('import-confirm');
    const shown = await measure(async () => {
      await page.getByLabel('Pack file (YAML or JSON)').setInputFiles(fileOf('largest-1.2.json', text));
      await confirm.waitFor({ timeout: 60_000 });
    });
    expect((await confirm.getByTestId('packsDiffAdded').textContent())!.split(', ')).toHaveLength(111);
    expect((await confirm.getByTestId('packsDiffRemoved').textContent())!.split(', ')).toHaveLength(111);
    expect((await confirm.getByTestId('packsDiffChanged').textContent())!.split(', ')).toHaveLength(389);
    const installed = await measure(async () => {
      await confirm.getByRole('button', { name: /1\.2\.0/ }).click();
      await expect.poll(version, { timeout: 60_000 }).toBe('1.2.0');
    });
    said('Largest pack, every question changed, while it is checked', shown);
    said('Largest pack, every question changed, while it is installed', installed);
    expect({ shown: shown.long, installed: installed.long }).toEqual({ shown: [], installed: [] });
  }, 90_000);

  it('a refused file of that size: the reason and its problems shown, the pack in force kept, with no long task', async () => {
    const text = largestPack(PACK_ID, '1.3.0').replaceAll('"rewordings":', '"rewording":');
    const measured = await measure(async () => {
      await page.getByLabel('Pack file (YAML or JSON)').setInputFiles(fileOf('largest-refused.json', text));
      await page.getByTestId('import-errors').waitFor({ timeout: 60_000 });
    });
    expect(await page.getByTestId('import-errors').textContent()).toContain('largest-refused.json');
    expect(await page.getByTestId('import-errors').locator('li').count()).toBeGreaterThan(50);
    expect(await version()).toBe('1.2.0');
    said('Largest pack, refused', measured);
    expect(measured.long).toEqual([]);
  }, 90_000);
});
