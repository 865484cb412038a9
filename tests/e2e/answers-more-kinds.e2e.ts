// Safety answers given through answer widgets of other kinds than native controls,
// select replacements and switches, with the default packs (en, sv: the
// social-assistance assessment; nb: the work-focused interview): ARIA radio
// groups of divs, segmented buttons, choice chips, star ratings, sliders and
// range inputs for "how often", rich-text editors (a contenteditable div, a
// classic editor's iframe), masked inputs, free-text comboboxes, tag inputs, and
// an answer the page writes after a choice in a modal dialog. For each: a harmless
// answer is heard (the question counts as answered) and brings no follow-up; a
// sensitive one brings its card. The adviser's actions are the test's; the
// extension only reads. Fixtures: tests/e2e/fixtures/widgets/more-kinds.js and the
// pages that use it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import { settleFirstRun } from './support/detection-harness';
import { coverageStates } from './support/coaching-fixtures';
import { openStyled } from './support/styled-pages';

const session = useExtensionSession();
beforeAll(() => settleFirstRun(session.browser));

const overlay = (page: Page) => page.locator('coach-overlay=host');
const cardsFor = (page: Page, item: string) => overlay(page).locator(`.followup[data-item-id="${item}"]`);
const exactly = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/** What the adviser enters: an option (by its words, or its place from 0 on a scale), or text. */
type Entry = { option: string; at?: number } | { text: string };

interface Question {
  key: string;
  item: string;
  harmless: Entry;
  sensitive: Entry;
  brings: string;
  severity: string;
}

interface KindPage {
  path: string;
  questions: Question[];
}

const scale = (options: string[], harmless: number, sensitive: number) => ({
  harmless: { option: options[harmless]!, at: harmless },
  sensitive: { option: options[sensitive]!, at: sensitive },
});
const ALCOHOL_EN = ['Never', 'Monthly or less', '2–4 times a month', '2–3 times a week', '4 or more times a week'];
const ALCOHOL_SV = ['Aldrig', 'En gång i månaden eller mer sällan', '2–4 gånger i månaden', '2–3 gånger i veckan', '4 gånger i veckan eller oftare'];
const SCORE = ['1', '2', '3', '4', '5'];

const PAGES: Record<'en' | 'sv' | 'nb', KindPage> = {
  en: {
    path: 'widgets/more-kinds-en.html',
    questions: [
      { key: 'safe', item: 'safe-at-home', harmless: { option: 'Yes' }, sensitive: { option: 'No' }, brings: 'unsafe-at-home', severity: 'critical' },
      { key: 'violence', item: 'partner-violence', harmless: { option: 'No' }, sensitive: { option: 'Yes' }, brings: 'violence-disclosed', severity: 'critical' },
      { key: 'alcohol', item: 'alcohol', ...scale(ALCOHOL_EN, 1, 4), brings: 'frequent-drinking', severity: 'info' },
      { key: 'score', item: 'wellbeing-score', ...scale(SCORE, 3, 0), brings: 'low-score', severity: 'warning' },
      { key: 'psych', item: 'psychological-health', harmless: { text: 'Fairly well, a little tired after the move.' }, sensitive: { text: 'Not good. Some nights I think about ending my life.' }, brings: 'suicide-risk', severity: 'critical' },
      { key: 'income', item: 'income-sources', harmless: { option: 'Salary' }, sensitive: { option: 'None' }, brings: 'no-income', severity: 'warning' },
      { key: 'children', item: 'children-at-home', harmless: { text: '0' }, sensitive: { text: '2' }, brings: 'children-perspective', severity: 'info' },
    ],
  },
  sv: {
    path: 'widgets/more-kinds-sv.html',
    questions: [
      { key: 'safe', item: 'safe-at-home', harmless: { option: 'Ja' }, sensitive: { option: 'Nej' }, brings: 'unsafe-at-home', severity: 'critical' },
      { key: 'violence', item: 'partner-violence', harmless: { option: 'Nej' }, sensitive: { option: 'Ja' }, brings: 'violence-disclosed', severity: 'critical' },
      { key: 'alcohol', item: 'alcohol', ...scale(ALCOHOL_SV, 0, 3), brings: 'frequent-drinking', severity: 'info' },
      { key: 'score', item: 'wellbeing-score', ...scale(SCORE, 4, 1), brings: 'low-score', severity: 'warning' },
      { key: 'psych', item: 'psychological-health', harmless: { text: 'Ganska bra, lite trött efter flytten.' }, sensitive: { text: 'Dåligt. Jag har tänkt på att ta livet av mig.' }, brings: 'suicide-risk', severity: 'critical' },
      { key: 'income', item: 'income-sources', harmless: { option: 'Lön' }, sensitive: { option: 'Ingen' }, brings: 'no-income', severity: 'warning' },
      { key: 'children', item: 'children-at-home', harmless: { text: '0' }, sensitive: { text: '3' }, brings: 'children-perspective', severity: 'info' },
    ],
  },
  nb: {
    path: 'work-focused/more-kinds-nb.html',
    questions: [
      { key: 'violence', item: 'safety-at-home', harmless: { option: 'Nei' }, sensitive: { option: 'Ja' }, brings: 'violence-disclosed', severity: 'critical' },
      { key: 'substance', item: 'alcohol-drugs', harmless: { option: 'Nei' }, sensitive: { option: 'Ja' }, brings: 'substance-support', severity: 'warning' },
      { key: 'barriers', item: 'barriers', harmless: { text: 'Jeg har ikke førerkort, og bussen går sjelden.' }, sensitive: { text: 'Jeg har tenkt på å ta livet mitt den siste tiden.' }, brings: 'crisis', severity: 'critical' },
    ],
  },
};

/** Which questions of each page a style draws (more-kinds.js draws only the kinds a style suits). */
const STYLES: Record<string, string[]> = {
  'aria-radio': ['safe', 'violence', 'substance', 'alcohol', 'score'],
  segmented: ['safe', 'violence', 'substance'],
  chips: ['safe', 'violence', 'substance'],
  modal: ['safe', 'violence', 'substance'],
  stars: ['score'],
  slider: ['alcohol', 'score'],
  range: ['alcohol', 'score'],
  'rich-div': ['psych', 'barriers'],
  'rich-iframe': ['psych', 'barriers'],
  'combo-free': ['psych', 'barriers'],
  tags: ['income'],
  masked: ['children'],
};

const question = (page: Page, key: string): Locator => page.locator(`.question[data-q="${key}"]`);

/** Enter an answer as an adviser does with this kind of widget: clicks and keys only. */
async function enter(page: Page, style: string, key: string, entry: Entry) {
  const q = question(page, key);
  const widget = q.locator('.widget');
  const keysTo = async (at: number) => {
    await widget.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowRight');
  };
  const typeOver = async (target: Locator, text: string) => {
    await target.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(text);
  };
  switch (style) {
    case 'aria-radio':
      return q.locator('[role=radio]', { hasText: exactly((entry as { option: string }).option) }).click();
    case 'segmented':
    case 'chips':
      return q.locator('button', { hasText: exactly((entry as { option: string }).option) }).click();
    case 'modal': {
      await q.locator('.open-dialog').click();
      await page.locator('dialog[open] label', { hasText: exactly((entry as { option: string }).option) }).click();
      return page.locator('dialog[open] .dialog-ok').click();
    }
    case 'stars':
      return q.locator('.star').nth((entry as { at: number }).at).click();
    case 'slider':
    case 'range':
      return keysTo((entry as { at: number }).at);
    case 'rich-div':
    case 'combo-free':
    case 'masked':
      return typeOver(widget, (entry as { text: string }).text);
    case 'rich-iframe':
      return typeOver(q.frameLocator('iframe').locator('body'), (entry as { text: string }).text);
    case 'tags': {
      // A wrong tag is taken off with its × before the right one is added.
      for (const remove of await q.locator('.tag-remove').all()) await remove.click();
      await widget.click();
      await page.keyboard.type((entry as { option: string }).option);
      return page.keyboard.press('Enter');
    }
  }
  throw new Error(`no way to enter an answer in ${style}`);
}

for (const [language, { path, questions }] of Object.entries(PAGES)) {
  describe(`${language}: answers in widgets of other kinds bring the card a sensitive answer calls for, and no other`, () => {
    for (const [style, keys] of Object.entries(STYLES)) {
      const drawn = questions.filter((q) => keys.includes(q.key));
      if (drawn.length === 0) continue;
      it(`${path} drawn as ${style}`, async () => {
        const page = await openStyled(session, path, style, drawn.map((q) => q.item));
        for (const q of drawn) {
          await enter(page, style, q.key, q.harmless);
          // Heard: the question counts as answered; harmless: no follow-up for it.
          await expect.poll(async () => (await coverageStates(page))[q.item], { timeout: 15_000, message: `${q.item}: a harmless answer is heard` }).toBe('answered');
          expect(await cardsFor(page, q.item).count(), `${q.item}: no follow-up after a harmless answer`).toBe(0);
          await enter(page, style, q.key, q.sensitive);
          await overlay(page).locator(`.followup[data-item-id="${q.item}"][data-follow-up-id="${q.brings}"][data-severity="${q.severity}"]`).waitFor({ timeout: 15_000 });
        }
        await page.close();
      });
    }
  });
}
