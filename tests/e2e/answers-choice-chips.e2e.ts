// Choices made with choice chips: a question's options drawn as a row of plain
// buttons, links or focusable boxes with no ARIA role or state, the chosen one
// told apart only by its look (a class added or swapped, an inline style, a data
// attribute, a check icon put inside, a row drawn anew). With the default packs
// (en, sv: the social-assistance assessment; nb: the work-focused interview): a
// harmless option is heard and brings nothing (a "No" chosen is an option, never a
// typed denial), a sensitive one brings its card; several chips on in one row are
// all heard. Negative: an action bar (Save, Print, Next) under a question is not
// that question's options, and focus or hover alone is no choice. The adviser's
// actions are the test's; the extension only reads.
// Fixtures: tests/e2e/fixtures/widgets/chip-rows.js and the pages that use it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import { settleFirstRun, waitForSnapshots } from './support/detection-harness';
import { coverageStates } from './support/coaching-fixtures';
import { openStyled } from './support/styled-pages';

const session = useExtensionSession();
beforeAll(() => settleFirstRun(session.browser));

const overlay = (page: Page) => page.locator('coach-overlay=host');
const cardsFor = (page: Page, item: string) => overlay(page).locator(`.followup[data-item-id="${item}"]`);
const exactly = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

interface Question {
  key: string;
  item: string;
  /** Options chosen in turn that bring no follow-up (several: a multi-choice row). */
  harmless: string[];
  sensitive: string;
  brings: string;
  severity: string;
}

interface ChipPage {
  path: string;
  questions: Question[];
  /** The item whose question has only the action bar under it, and the bar's buttons. */
  actionsItem: string;
  actions: string[];
}

const PAGES: Record<'en' | 'sv' | 'nb', ChipPage> = {
  en: {
    path: 'widgets/chip-rows-en.html',
    questions: [
      { key: 'violence', item: 'partner-violence', harmless: ['No'], sensitive: 'Yes', brings: 'violence-disclosed', severity: 'critical' },
      { key: 'safe', item: 'safe-at-home', harmless: ['Yes'], sensitive: 'No', brings: 'unsafe-at-home', severity: 'critical' },
      { key: 'income', item: 'income-sources', harmless: ['Salary', 'Child benefit'], sensitive: 'None', brings: 'no-income', severity: 'warning' },
    ],
    actionsItem: 'debts',
    actions: ['Save', 'Print', 'Next'],
  },
  sv: {
    path: 'widgets/chip-rows-sv.html',
    questions: [
      { key: 'violence', item: 'partner-violence', harmless: ['Nej'], sensitive: 'Ja', brings: 'violence-disclosed', severity: 'critical' },
      { key: 'safe', item: 'safe-at-home', harmless: ['Ja'], sensitive: 'Nej', brings: 'unsafe-at-home', severity: 'critical' },
      { key: 'income', item: 'income-sources', harmless: ['Lön', 'Barnbidrag'], sensitive: 'Ingen', brings: 'no-income', severity: 'warning' },
    ],
    actionsItem: 'debts',
    actions: ['Spara', 'Skriv ut', 'Nästa'],
  },
  nb: {
    path: 'work-focused/chip-rows-nb.html',
    questions: [
      { key: 'violence', item: 'safety-at-home', harmless: ['Nei'], sensitive: 'Ja', brings: 'violence-disclosed', severity: 'critical' },
      { key: 'substance', item: 'alcohol-drugs', harmless: ['Nei'], sensitive: 'Ja', brings: 'substance-support', severity: 'warning' },
    ],
    actionsItem: 'criminal-record',
    actions: ['Lagre', 'Skriv ut', 'Neste'],
  },
};

const STYLES = ['lit-class', 'swap-class', 'inline-style', 'data-flag', 'tick-icon', 'links', 'rerender'];
/** swap-class draws only a row's first two options: the income row's "None" is not among them. */
const drawnIn = (style: string, q: Question) => style !== 'swap-class' || q.key !== 'income';

/** The chip of a question's row with these words (the row may have been drawn anew since). */
const chip = (page: Page, key: string, words: string) =>
  page.locator(`.question[data-q="${key}"] .chip-row > *`, { hasText: exactly(words) });

for (const [language, page_] of Object.entries(PAGES)) {
  const { path, questions } = page_;
  describe(`${language}: a choice made with plain-button chips brings the card a sensitive answer calls for, and no other`, () => {
    for (const style of STYLES) {
      const drawn = questions.filter((q) => drawnIn(style, q));
      it(`${path} drawn as ${style}`, async () => {
        const page = await openStyled(session, path, style, drawn.map((q) => q.item));
        for (const q of drawn) {
          for (const option of q.harmless) await chip(page, q.key, option).click();
          // Heard: the question counts as answered; harmless (a "No" chosen, several harmless on): no follow-up.
          await expect.poll(async () => (await coverageStates(page))[q.item], { timeout: 15_000, message: `${q.item}: a harmless choice is heard` }).toBe('answered');
          expect(await cardsFor(page, q.item).count(), `${q.item}: no follow-up after a harmless choice`).toBe(0);
          await chip(page, q.key, q.sensitive).click();
          await overlay(page).locator(`.followup[data-item-id="${q.item}"][data-follow-up-id="${q.brings}"][data-severity="${q.severity}"]`).waitFor({ timeout: 15_000 });
        }
        await page.close();
      });
    }
  });
}

describe('what is not a choice', () => {
  for (const [language, { path, questions, actionsItem, actions }] of Object.entries(PAGES)) {
    it(`${language}: an action bar under a question is not its options, and clicking it answers nothing`, async () => {
      const page = await openStyled(session, path, 'lit-class', questions.map((q) => q.item));
      const snapshots = await waitForSnapshots(page, () => true);
      expect(snapshots.flatMap((frame) => frame.matches.map((m) => m.itemId)), 'the action bar is no field of the question above it').not.toContain(actionsItem);
      for (const label of actions.slice(0, 2)) await page.locator('.actions button', { hasText: exactly(label) }).click();
      // A real choice after the clicks, heard: the clicks before it were looked at too.
      const [first] = questions;
      await chip(page, first!.key, first!.harmless[0]!).click();
      await expect.poll(async () => (await coverageStates(page))[first!.item], { timeout: 15_000 }).toBe('answered');
      expect((await coverageStates(page))[actionsItem], 'the question over the action bar is not answered by it').not.toBe('answered');
      await page.close();
    });
  }

  for (const style of ['lit-class', 'swap-class', 'data-flag']) {
    it(`focus and hover restyle chips drawn as ${style} but choose nothing`, async () => {
      const { path, questions } = PAGES.en;
      const page = await openStyled(session, path, style, questions.filter((q) => drawnIn(style, q)).map((q) => q.item));
      const [violence, safe] = questions as [Question, Question];
      // Focus into the first row with the keyboard (its card comes: the focus was heard), hover another chip.
      await page.locator('h1').click();
      await chip(page, violence.key, 'No').focus();
      await page.keyboard.press('Tab');
      await overlay(page).locator(`.card[data-item-id="${violence.item}"]`).waitFor({ timeout: 15_000 });
      await chip(page, violence.key, 'No').hover();
      await chip(page, safe.key, 'No').hover();
      // A real choice in another row, heard: the focus and hover before it were looked at too.
      await chip(page, safe.key, 'Yes').click();
      await expect.poll(async () => (await coverageStates(page))[safe.item], { timeout: 15_000 }).toBe('answered');
      expect((await coverageStates(page))[violence.item], 'focus and hover chose nothing').not.toBe('answered');
      expect(await cardsFor(page, violence.item).count(), 'no follow-up from focus or hover').toBe(0);
      await page.close();
    });
  }
});
