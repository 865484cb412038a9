// Answers given in a question matrix, with the default social-assistance pack: one row per question, a radio per cell,
// the options only in the column headers (sv, the first header spanning the number and question columns), or named by
// aria-labelledby as the row's question and the column's option (en, with no header section). The chosen radio's
// option is its column's: "Ja" brings the drugs follow-up, "Nej" on mental-health care brings no-care, a harmless
// choice is heard and brings nothing. An outside tester's pages found these answers unheard (the option was only the
// radio's value, "1" or "Y"). Likewise radios with the option word beside them and no <label> (an old form's
// <font>Ibland</font>), and labels that show only a picture. Fixtures: tests/e2e/fixtures/widgets/matrix-sv.html,
// matrix-en.html, legacy-radios-sv.html, work-focused/image-radios-nb.html.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import { settleFirstRun, waitForSnapshots } from './support/detection-harness';
import { coverageStates } from './support/coaching-fixtures';
import { coachReady } from './support/coaching-session';

const session = useExtensionSession();
beforeAll(() => settleFirstRun(session.browser));

const overlay = (page: Page) => page.locator('coach-overlay=host');
const followUps = (page: Page, item: string) => overlay(page).locator(`.followup[data-item-id="${item}"]`);

interface Row {
  item: string;
  /** The radios' name, and the column (from 0) of the harmless and the sensitive choice. */
  name: string;
  harmless: number;
  sensitive: number;
  brings: string;
  severity: string;
}

const PAGES: { path: string; rows: Row[] }[] = [
  {
    path: 'widgets/matrix-sv.html',
    rows: [
      { item: 'drugs', name: 'h51', harmless: 1, sensitive: 0, brings: 'drug-use', severity: 'info' },
      { item: 'mental-health-care', name: 'h53', harmless: 0, sensitive: 1, brings: 'no-care', severity: 'info' },
    ],
  },
  {
    path: 'widgets/matrix-en.html',
    rows: [
      { item: 'drugs', name: 'drugs', harmless: 1, sensitive: 2, brings: 'drugs-not-said', severity: 'info' },
      { item: 'mental-health-care', name: 'care', harmless: 0, sensitive: 1, brings: 'no-care', severity: 'info' },
    ],
  },
  // Radios no <label> names: an old form's option word beside each radio, and labels that show only a picture.
  {
    path: 'widgets/legacy-radios-sv.html',
    rows: [{ item: 'safe-at-home', name: 'TRYGG', harmless: 0, sensitive: 2, brings: 'unsafe-at-home', severity: 'critical' }],
  },
  {
    path: 'work-focused/image-radios-nb.html',
    rows: [{ item: 'alcohol-drugs', name: 'rus', harmless: 1, sensitive: 0, brings: 'substance-support', severity: 'warning' }],
  },
];

async function open(path: string, items: string[]): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/${path}`);
  const snapshots = await waitForSnapshots(page, (found) => items.every((id) => found.some((frame) => frame.matches.some((m) => m.itemId === id))), 10_000).catch(() => []);
  expect(snapshots.flatMap((frame) => frame.matches.map((m) => m.itemId)), `${path}: the questions are found`).toEqual(expect.arrayContaining(items));
  await coachReady(page);
  return page;
}

describe('a radio no label names answers with its column header, the words beside it or its picture\'s alt text', () => {
  for (const { path, rows } of PAGES) {
    it(path, async () => {
      const page = await open(path, rows.map((row) => row.item));
      for (const row of rows) {
        const radios = page.locator(`input[name="${row.name}"]`);
        await radios.nth(row.harmless).click();
        await expect.poll(async () => (await coverageStates(page))[row.item], { timeout: 15_000, message: `${row.item}: the harmless choice is heard` }).toBe('answered');
        expect(await followUps(page, row.item).count(), `${row.item}: no follow-up after the harmless choice`).toBe(0);
        await radios.nth(row.sensitive).click();
        await overlay(page).locator(`.followup[data-item-id="${row.item}"][data-follow-up-id="${row.brings}"][data-severity="${row.severity}"]`).waitFor({ timeout: 15_000 });
      }
      await page.close();
    });
  }
});
