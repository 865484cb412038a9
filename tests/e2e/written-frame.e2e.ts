// A frame the case system writes whole: a same-origin about:blank iframe whose document is replaced
// with document.open/write/close, by the page or by the frame's own script, once or again later with
// the next step. In real Chromium with the built extension: focusing the frame's question brings its
// card, and a disclosure typed there brings the critical follow-up (en, sv, nb disclosures; en and sv
// questions, the pack's languages).
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/extension-session';

const session = useExtensionSession();
const overlay = (at: Page | FrameLocator) => at.locator('coach-overlay=host');
const CARD = '.card[data-item-id="psychological-health"]';
const CRITICAL = '.followup[data-follow-up-id="suicide-risk"][data-severity="critical"]';

/** Our own disclosures, one per language the lexicon reads. */
const DISCLOSURES = {
  en: 'Last night she said she keeps thinking about killing herself.',
  sv: 'Han har tänkt på att ta sitt liv flera gånger.',
  nb: 'Hun forteller at hun har tenkt på å ta livet sitt.',
};

/** Count of `selector` drawn by the top document's overlay or the frame's own. */
async function shownAnywhere(page: Page, selector: string): Promise<number> {
  const frame = page.frameLocator('#form-frame');
  return (await overlay(page).locator(selector).count()) + (await overlay(frame).locator(selector).count());
}

async function open(how: string, lang: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/written-frame/?how=${how}&lang=${lang}`);
  return page;
}

/** Focus the frame's question (waiting until the written document has it), expect its card, type the disclosure, expect the critical card. */
async function coachesTheWrittenQuestion(page: Page, disclosure: string): Promise<void> {
  const frame = page.frameLocator('#form-frame');
  const field = frame.locator('#w-psy');
  await field.waitFor({ timeout: 15_000 });
  // The coach may find the field after it was focused: focus again until the card shows.
  await expect.poll(async () => {
    await frame.locator('body').click({ position: { x: 2, y: 2 } }).catch(() => undefined);
    await field.focus();
    return shownAnywhere(page, CARD);
  }, { timeout: 20_000, interval: 1000 }).toBeGreaterThan(0);
  await field.click();
  await page.keyboard.type(disclosure, { delay: 5 });
  await expect.poll(() => shownAnywhere(page, CRITICAL), { timeout: 15_000 }).toBeGreaterThan(0);
}

describe('a frame written with document.open/write/close: card on focus, critical follow-up after a disclosure', () => {
  const cases: [how: string, lang: string, disclosure: string][] = [
    ['parent', 'en', DISCLOSURES.en],
    ['parent', 'sv', DISCLOSURES.nb],
    ['self', 'sv', DISCLOSURES.sv],
    ['self', 'en', DISCLOSURES.nb],
  ];
  for (const [how, lang, disclosure] of cases) {
    it(`written by the ${how === 'parent' ? 'page' : 'frame\'s own script'} (${lang} question)`, async () => {
      const page = await open(how, lang);
      await coachesTheWrittenQuestion(page, disclosure);
      await page.close();
    });
  }

  for (const [lang, disclosure] of [['en', DISCLOSURES.sv], ['sv', DISCLOSURES.en]] as const) {
    it(`written once, then written again with the question (${lang})`, async () => {
      const page = await open('again', lang);
      const frame = page.frameLocator('#form-frame');
      await frame.locator('#w-ref').waitFor({ timeout: 15_000 });
      // Let the first document's coach start before the frame is written again (wait for its detection report).
      await expect.poll(() => session.browser.worker.evaluate(async (url) => {
        const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === url);
        return (await chrome.storage.session.get(`detection:${tab?.id}`))[`detection:${tab?.id}`] !== undefined;
      }, page.url()), { timeout: 15_000 }).toBe(true);
      await page.evaluate(() => (window as unknown as { writeStep(n: number): void }).writeStep(1));
      await coachesTheWrittenQuestion(page, disclosure);
      await page.close();
    });
  }
});
