// The options page's main thread while an adviser or supervisor brings in packs, in real
// Chromium with the built extension: the largest pack the validator allows (500 questions,
// 5,000 phrases, ~1 MB) checked, imported, replaced by a new version, by a version that
// changes every question, and refused; then hostile files picked one after another
// (tests/fuzz/pack-fuzz.ts, four of each class). design.md's budget: no long task (50 ms
// or more). Each task is measured by its thread time from a Chromium trace
// (tests/e2e/support/task-trace.ts): on a loaded machine a task's wall time stretches while
// the thread waits for a core, its thread time does not. Figures only; what the page shows
// at each step is judged by tests/e2e/pack-import-largest.e2e.ts and pack-fuzz.e2e.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension } from '../../e2e/support/launch-browser.mjs';
import { largestPack, largestPackVersions } from '../../e2e/support/largest-pack';
import { LONG_TASK_MS, traceTasks, type TracedTask } from '../../e2e/support/task-trace';
import { basePack, FUZZ_PACK_ID, generateFuzzCases } from '../../fuzz/pack-fuzz';

export const title = 'Options page: the largest pack and hostile files (main-thread tasks, thread time)';

const PACK_ID = 'example.largest';
const HOSTILE_PER_CLASS = 4;

/** What one step cost the options page's main thread. */
interface StepFigures {
  /** Thread time of the page's longest task (ms). */
  longestMs: number;
  /** The same, garbage collection inside the extension's calls left out (ms). */
  longestWithoutGcMs: number;
  /** Tasks of 50 ms or more (thread time). */
  long: number;
  tasks: number;
}

function figuresOf(tasks: TracedTask[]): StepFigures {
  const most = (value: (task: TracedTask) => number) => tasks.reduce((top, task) => Math.max(top, value(task)), 0);
  return {
    longestMs: Math.round(most((task) => task.threadMs) * 10) / 10,
    longestWithoutGcMs: Math.round(most((task) => task.threadMs - task.gcInsideExtensionMs) * 10) / 10,
    long: tasks.filter((task) => task.threadMs >= LONG_TASK_MS).length,
    tasks: tasks.length,
  };
}

/** Two frames and two idle periods: the page has drawn and has nothing left to do. */
const settled = (page: Page) =>
  page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const idle = () => new Promise((resolve) => requestIdleCallback(resolve));
    await frame();
    await frame();
    await idle();
    await idle();
  });

export async function run({ log }: { log(line: string): void }): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-options-'));
  const fileOf = (name: string, bytes: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    const cdp: CDPSession = await browser.context.newCDPSession(page);
    await page.goto(browser.extensionUrl('options.html'));
    await page.locator('li.pack').first().waitFor();
    await settled(page);

    const measure = async (step: () => Promise<void>): Promise<StepFigures> => {
      const trace = await traceTasks(cdp, browser.extensionUrl(''));
      await step();
      await settled(page);
      return figuresOf((await trace.stop()).pageTasks);
    };
    const importInput = () => page.getByLabel('Pack file (YAML or JSON)');
    const card = (id: string) => page.locator(`li.pack[data-pack-id="${id}"]`);
    const confirm = page.getByTestId('import-confirm');
    const versionIs = (version: string) => card(PACK_ID).getByTestId('pack-version').filter({ hasText: version }).waitFor({ timeout: 60_000 });

    const steps: [string, StepFigures][] = [];
    const step = async (name: string, work: () => Promise<void>) => {
      const figures = await measure(work);
      steps.push([name, figures]);
      log(`${name.padEnd(48)} longest task ${figures.longestMs} ms (${figures.longestWithoutGcMs} ms without collection), ${figures.long} of ${figures.tasks} tasks ≥ ${LONG_TASK_MS} ms`);
    };

    await step('"Check a pack" on the largest pack', async () => {
      await page.getByLabel('Pack file to check').setInputFiles(fileOf('largest-check.json', largestPack('example.checked', '1.0.0')));
      await page.getByTestId('check-verdict').filter({ hasText: 'largest-check.json:' }).waitFor({ timeout: 60_000 });
      await page.locator('[data-testid="check-lines"]:not([aria-busy="true"])').waitFor({ timeout: 60_000 });
    });
    await step('largest pack, new', async () => {
      await importInput().setInputFiles(fileOf('largest.json', largestPack(PACK_ID, '1.0.0')));
      await versionIs('1.0.0');
      await page.getByTestId('import-examples').waitFor({ timeout: 60_000 });
    });
    const versions = largestPackVersions(PACK_ID);
    await step('largest pack, a new version checked', async () => {
      await importInput().setInputFiles(fileOf('largest-1.1.json', versions.oneChanged));
      await confirm.waitFor({ timeout: 60_000 });
    });
    await step('largest pack, a new version installed', async () => {
      await confirm.getByRole('button', { name: /1\.1\.0/ }).click();
      await versionIs('1.1.0');
    });
    await step('largest pack, every question changed, checked', async () => {
      await importInput().setInputFiles(fileOf('largest-1.2.json', versions.everyQuestionChanged));
      await confirm.waitFor({ timeout: 60_000 });
    });
    await step('largest pack, every question changed, installed', async () => {
      await confirm.getByRole('button', { name: /1\.2\.0/ }).click();
      await versionIs('1.2.0');
    });
    await step('largest pack, refused', async () => {
      await importInput().setInputFiles(fileOf('largest-refused.json', versions.refused));
      await page.getByTestId('import-errors').filter({ hasText: 'largest-refused.json' }).waitFor({ timeout: 60_000 });
    });

    // Hostile files, each picked as an adviser would and declined when the page asks to replace the pack.
    await importInput().setInputFiles(fileOf('fuzz-base.json', JSON.stringify(basePack('1.0.0'))));
    await card(FUZZ_PACK_ID).getByTestId('pack-version').waitFor({ timeout: 60_000 });
    const inClass = (id: string) => Number(id.slice(id.lastIndexOf('-') + 1));
    const hostile = generateFuzzCases().filter((fuzz) => inClass(fuzz.id) % 10 === 0 && inClass(fuzz.id) / 10 < HOSTILE_PER_CLASS);
    await step(`${hostile.length} hostile files picked`, async () => {
      for (const fuzz of hostile) {
        const name = `${fuzz.id}.${fuzz.fileName.split('.').pop()}`;
        await importInput().setInputFiles(fileOf(name, fuzz.bytes));
        const refused = page.getByTestId('import-errors').filter({ hasText: `${name} was not installed.` });
        await refused.or(confirm).first().waitFor({ timeout: 30_000 });
        if (await confirm.isVisible()) {
          await confirm.getByRole('button', { name: 'Cancel' }).click();
          await confirm.waitFor({ state: 'detached' });
        }
      }
    });

    const largest = steps.filter(([name]) => name.startsWith('largest') || name.startsWith('"Check'));
    const hostileStep = steps.at(-1)![1];
    const top = (list: [string, StepFigures][], key: keyof StepFigures) => Math.max(...list.map(([, figures]) => figures[key]));
    return {
      optionsLargestPackLongestTaskMs: top(largest, 'longestMs'),
      optionsLargestPackLongTasks: largest.reduce((sum, [, figures]) => sum + figures.long, 0),
      optionsHostileFilesLongestTaskMs: hostileStep.longestMs,
      optionsHostileFilesLongestTaskWithoutGcMs: hostileStep.longestWithoutGcMs,
      optionsHostileFilesLongTasks: hostileStep.long,
    };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
