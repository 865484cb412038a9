// Kinds of disclosure a fresh writer found missed, in the built extension on the demo case system with the default
// pack: typed in the psychological-health field, each brings the critical suicide-risk card. A thought "about" an act
// (nb "tanker om å …"), where the "meg" after "om å" was read as someone else's object; tablets kept "på badet" (the
// bathroom), which was read as a swim that explained them; and a considering with no plan ("thought about it, but I
// have no plan"), which was read as a belief a turn refutes. Each answer is put in with one input event.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { coachReady, PSYCH_FIELD } from './support/coaching-session';
import { useExtensionSession } from './support/extension-session';

const session = useExtensionSession();
const overlay = (page: Page) => page.locator('coach-overlay=host');
const card = (page: Page, id: string) => overlay(page).locator(`.followup[data-follow-up-id="${id}"]`);

let cases = 0;
/** The demo's psychological-health field, in a case of its own, with `text` entered in one go. */
async function answered(text: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/demo/intake-3.html?case=2026-7${String(++cases).padStart(4, '0')}`);
  await coachReady(page);
  await page.locator(PSYCH_FIELD).click();
  await page.keyboard.insertText(text);
  return page;
}

describe('a fresh writer\'s disclosures, in the psychological-health field', () => {
  it.each([
    'Har mange tanker om å ta livet av meg.',
    'Han har samlet opp sovepiller i en boks på badet.',
    "I've thought about killing myself but I have no plan.",
  ])('"%s" brings the critical suicide-risk card', async (text) => {
    const page = await answered(text);
    await card(page, 'suicide-risk').waitFor({ timeout: 10_000 });
    await expect.poll(() => card(page, 'suicide-risk').getAttribute('data-severity'), { timeout: 10_000 }).toBe('critical');
    await page.close();
  });
});
