// Options a case system words with more than the pack's own label ("Ja, det finns misstanke", "Yes – witnessed it",
// "Ja, daglig") chosen in answer widgets of several kinds, with the default packs (en, sv: the social-assistance
// assessment; nb: the work-focused interview): the option's follow-up comes up as for the bare "Ja"/"Yes", a
// qualified "no" brings nothing, and a plain "Nej"/"No" stays quiet. An outside tester's pages found these silent.
// Options spelt otherwise ("Vet ej", "Vill ikke svare") likewise. The rules' side: rules/qualified-option.test.ts.
// Fixtures: tests/e2e/fixtures/widgets/qualified-options-*.html, option-spellings-sv.html and
// work-focused/qualified-options-nb.html, option-spellings-nb.html, drawn by widgets/more-kinds.js.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import { settleFirstRun } from './support/detection-harness';
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
  /** Chosen first: brings no follow-up for the item. */
  harmless: string;
  /** Then: brings `brings` at `severity`. */
  sensitive: string;
  brings: string;
  severity: string;
}

const PAGES: Record<'en' | 'sv' | 'nb', { path: string; questions: Question[] }> = {
  sv: {
    path: 'widgets/qualified-options-sv.html',
    questions: [
      { key: 'children', item: 'children-exposed', harmless: 'Nej', sensitive: 'Ja, det finns misstanke', brings: 'children-at-risk', severity: 'critical' },
      { key: 'drugs', item: 'drugs', harmless: 'Nej, aldrig', sensitive: 'Ja, nu', brings: 'drug-use', severity: 'info' },
      { key: 'worried', item: 'others-worried', harmless: 'Nej', sensitive: 'Ja, nyligen', brings: 'others-concerned', severity: 'info' },
    ],
  },
  en: {
    path: 'widgets/qualified-options-en.html',
    questions: [
      { key: 'children', item: 'children-exposed', harmless: 'No', sensitive: 'Yes – witnessed it', brings: 'children-at-risk', severity: 'critical' },
      { key: 'drugs', item: 'drugs', harmless: 'No, never', sensitive: 'Yes (cannabis)', brings: 'drug-use', severity: 'info' },
      { key: 'worried', item: 'others-worried', harmless: 'No', sensitive: 'Yes, recently', brings: 'others-concerned', severity: 'info' },
    ],
  },
  nb: {
    path: 'work-focused/qualified-options-nb.html',
    questions: [{ key: 'substance', item: 'alcohol-drugs', harmless: 'Nei', sensitive: 'Ja, daglig', brings: 'substance-support', severity: 'warning' }],
  },
};

/**
 * Options the case system spells otherwise than the pack: sv "Vet ej", "Vill ej svara" (the form's "ej" for "inte"), nb
 * "Vill ikke svare" (the common misspelling of "Vil"). An outside tester's pages found them silent.
 */
const SPELLINGS: Record<'sv' | 'nb', { path: string; questions: Question[] }> = {
  sv: {
    path: 'widgets/option-spellings-sv.html',
    questions: [
      { key: 'children', item: 'children-exposed', harmless: 'Nej', sensitive: 'Vet ej', brings: 'children-unclear', severity: 'warning' },
      { key: 'drugs', item: 'drugs', harmless: 'Nej', sensitive: 'Vill ej svara', brings: 'drugs-not-said', severity: 'info' },
    ],
  },
  nb: {
    path: 'work-focused/option-spellings-nb.html',
    questions: [{ key: 'safety', item: 'safety-at-home', harmless: 'Nei', sensitive: 'Vill ikke svare', brings: 'violence-not-said', severity: 'warning' }],
  },
};

/** Click an option as the adviser does in this kind of widget. */
async function choose(page: Page, style: string, key: string, option: string) {
  const q = page.locator(`.question[data-q="${key}"]`);
  if (style === 'aria-radio') return q.locator('[role=radio]', { hasText: exactly(option) }).click();
  return q.locator('button', { hasText: exactly(option) }).click();
}

const SETS = [
  ...Object.entries(PAGES).map(([language, page]) => ({ title: `${language}: an option worded with more than the pack's label brings the option's follow-up`, ...page })),
  ...Object.entries(SPELLINGS).map(([language, page]) => ({ title: `${language}: an option spelt otherwise than the pack's label brings the option's follow-up`, ...page })),
];

for (const { title, path, questions } of SETS) {
  describe(title, () => {
    for (const style of ['aria-radio', 'segmented']) {
      it(`${path} drawn as ${style}`, async () => {
        const page = await openStyled(session, path, style, questions.map((q) => q.item));
        for (const q of questions) {
          await choose(page, style, q.key, q.harmless);
          await expect.poll(async () => (await coverageStates(page))[q.item], { timeout: 15_000, message: `${q.item}: "${q.harmless}" is heard` }).toBe('answered');
          expect(await cardsFor(page, q.item).count(), `${q.item}: no follow-up after "${q.harmless}"`).toBe(0);
          await choose(page, style, q.key, q.sensitive);
          await overlay(page).locator(`.followup[data-item-id="${q.item}"][data-follow-up-id="${q.brings}"][data-severity="${q.severity}"]`).waitFor({ timeout: 15_000 });
        }
        await page.close();
      });
    }
  });
}
