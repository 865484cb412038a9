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
import { coverageStates } from './support/coaching-fixtures';
import { coachReady } from './support/coaching-session';

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
  await coachReady(page);
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
          await followUpCard(page, choice.brings, choice.severity).waitFor({ timeout: 15_000 });
        }
        for (const { never } of choices) if (never) expect(await followUpCard(page, never).count(), `${never} after a choice that is not it`).toBe(0);
        // A chosen option is no denial in words: nothing came as a check-in.
        expect(await overlay(page).locator('.followup[data-severity="check-in"]').count()).toBe(0);
        await page.close();
      });
    }
  }
});

interface OnOffPage {
  path: string;
  /** Turned on ("Yes"): what it brings. */
  on: { key: string; item: string; brings: string; severity: string }[];
  /** Turned on ("Yes": nothing), then off again ("No"): what that brings. */
  offAgain?: { key: string; item: string; brings: string; severity: string };
}

const ON_OFF_PAGES: OnOffPage[] = [
  {
    path: 'widgets/switches-en.html',
    on: [
      { key: 'violence', item: 'partner-violence', brings: 'violence-disclosed', severity: 'critical' },
      { key: 'probation', item: 'probation', brings: 'coordinate-probation', severity: 'info' },
    ],
    offAgain: { key: 'safe', item: 'safe-at-home', brings: 'unsafe-at-home', severity: 'critical' },
  },
  {
    path: 'widgets/switches-sv.html',
    on: [
      { key: 'violence', item: 'partner-violence', brings: 'violence-disclosed', severity: 'critical' },
      { key: 'probation', item: 'probation', brings: 'coordinate-probation', severity: 'info' },
    ],
    offAgain: { key: 'safe', item: 'safe-at-home', brings: 'unsafe-at-home', severity: 'critical' },
  },
  {
    path: 'work-focused/switches-nb.html',
    on: [
      { key: 'violence', item: 'safety-at-home', brings: 'violence-disclosed', severity: 'critical' },
      { key: 'record', item: 'criminal-record', brings: 'record-plan', severity: 'info' },
      { key: 'substance', item: 'alcohol-drugs', brings: 'substance-support', severity: 'warning' },
    ],
  },
];

const ON_OFF_STYLES = ['aria-switch', 'input-switch', 'checkbox', 'toggle-button'];

describe('a yes/no question answered with a switch, a single checkbox or a toggle button', () => {
  for (const { path, on, offAgain } of ON_OFF_PAGES) {
    for (const style of ON_OFF_STYLES) {
      it(`${path} drawn as ${style}: on is "Yes", off again is "No", untouched is no answer`, async () => {
        const items = [...on.map((q) => q.item), ...(offAgain ? [offAgain.item] : [])];
        const page = await openStyled(path, style, items);
        const toggle = (key: string) => question(page, key).locator('.widget').click();
        // Untouched (off by default): not answered, and no "No".
        const untouched = await coverageStates(page);
        for (const item of items) expect(untouched[item], `${item} untouched`).not.toBe('answered');

        if (offAgain) await toggle(offAgain.key);
        for (const q of on) {
          await toggle(q.key);
          await followUpCard(page, q.brings, q.severity).waitFor({ timeout: 15_000 });
        }
        await expect.poll(() => coverageStates(page), { timeout: 10_000 }).toMatchObject(Object.fromEntries(items.map((item) => [item, 'answered'])));
        if (offAgain) {
          // "Yes, I feel safe" brought nothing; turned off again it is a "No".
          expect(await followUpCard(page, offAgain.brings).count()).toBe(0);
          await toggle(offAgain.key);
          await followUpCard(page, offAgain.brings, offAgain.severity).waitFor({ timeout: 15_000 });
        }
        // The question in a checkbox's label is not an answer in words: no check-in came.
        expect(await overlay(page).locator('.followup[data-severity="check-in"]').count()).toBe(0);
        await page.close();
      });
    }
  }
});
