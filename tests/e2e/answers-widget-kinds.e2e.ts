// Safety answers given through the widgets libraries draw instead of native
// controls, with the default packs (en, sv: the social-assistance assessment;
// nb: the work-focused interview). A select replacement in any style (a button
// opening a listbox, a combobox or listbox wrapper around a hidden select, a
// combobox input with the choice shown beside it, a readonly input with a hidden
// value, a listbox whose choice is its active option) is read as the option
// chosen, so "No" to "Do you feel safe at home?" brings the critical card and not
// the quiet check-in of a typed denial. A yes/no question drawn as a switch, a
// single checkbox or one toggle button reads "Yes" when turned on and "No" once
// turned off again, never the question in its label. Fixtures:
// tests/e2e/fixtures/widgets/answer-kinds.js and the pages that use it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import { settleFirstRun, waitForSnapshots } from './support/detection-harness';

const session = useExtensionSession();
beforeAll(() => settleFirstRun(session.browser));

const overlay = (page: Page) => page.locator('coach-overlay=host');
const followUpCard = (page: Page, id: string, severity?: string) =>
  overlay(page).locator(`.followup[data-follow-up-id="${id}"]${severity ? `[data-severity="${severity}"]` : ''}`);
const exactly = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/** Open a fixture page in the given style, once the coach found the `items` on it. */
async function openStyled(path: string, style: string, items: string[]): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/${path}?style=${style}`);
  await page.locator('#form[data-ready]').waitFor();
  const snapshots = await waitForSnapshots(page, (found) => items.every((id) => found.some((frame) => frame.matches.some((m) => m.itemId === id))), 10_000);
  const found = snapshots.flatMap((frame) => frame.matches.map((m) => m.itemId));
  expect(found, `${path} in ${style}: the questions are found`).toEqual(expect.arrayContaining(items));
  return page;
}

const question = (page: Page, key: string): Locator => page.locator(`.question[data-q="${key}"]`);

interface Choice {
  key: string;
  item: string;
  option: string;
  brings: string;
  severity: string;
  /** A follow-up this choice must not bring. */
  never?: string;
}

const SELECT_PAGES: { path: string; choices: Choice[] }[] = [
  {
    path: 'widgets/select-styles-en.html',
    choices: [
      { key: 'safe', item: 'safe-at-home', option: 'No', brings: 'unsafe-at-home', severity: 'critical' },
      { key: 'housing', item: 'housing', option: 'Homeless', brings: 'homeless', severity: 'warning' },
      { key: 'violence', item: 'partner-violence', option: 'Prefer not to say', brings: 'violence-not-said', severity: 'warning', never: 'violence-disclosed' },
    ],
  },
  {
    path: 'widgets/select-styles-sv.html',
    choices: [
      { key: 'safe', item: 'safe-at-home', option: 'Nej', brings: 'unsafe-at-home', severity: 'critical' },
      { key: 'housing', item: 'housing', option: 'Hemlös', brings: 'homeless', severity: 'warning' },
      { key: 'violence', item: 'partner-violence', option: 'Vill inte svara', brings: 'violence-not-said', severity: 'warning', never: 'violence-disclosed' },
    ],
  },
  {
    path: 'work-focused/select-styles-nb.html',
    choices: [
      { key: 'violence', item: 'safety-at-home', option: 'Vil ikke svare', brings: 'violence-not-said', severity: 'warning', never: 'violence-disclosed' },
      { key: 'record', item: 'criminal-record', option: 'Ja', brings: 'record-plan', severity: 'info' },
      { key: 'substance', item: 'alcohol-drugs', option: 'Ja', brings: 'substance-support', severity: 'warning' },
    ],
  },
];

const SELECT_STYLES = ['button-listbox', 'wrapped-select', 'input-control', 'readonly-input', 'active-option'];

/** Choose `option` as an adviser does: open the widget, click the option (in its popup, or in the widget itself). */
async function choose(page: Page, key: string, option: string) {
  const inline = question(page, key).locator('[role=option], .wrapped-choice', { hasText: exactly(option) });
  if (!(await inline.isVisible())) await question(page, key).locator('.widget').click();
  const popup = page.locator('ul.popup:not([hidden]) [role=option]', { hasText: exactly(option) });
  await ((await popup.count()) > 0 ? popup : inline).click();
}

describe('a select replacement in any style is read as the option chosen', () => {
  for (const { path, choices } of SELECT_PAGES) {
    for (const style of SELECT_STYLES) {
      it(`${path} drawn as ${style}`, async () => {
        const page = await openStyled(path, style, choices.map((c) => c.item));
        for (const choice of choices) {
          await choose(page, choice.key, choice.option);
          await followUpCard(page, choice.brings, choice.severity).waitFor({ timeout: 5000 });
        }
        for (const { never } of choices) if (never) expect(await followUpCard(page, never).count(), `${never} after a choice that is not it`).toBe(0);
        // A chosen option is no denial in words: nothing came as a check-in.
        expect(await overlay(page).locator('.followup[data-severity="check-in"]').count()).toBe(0);
        await page.close();
      });
    }
  }
});
