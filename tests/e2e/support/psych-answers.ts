// Answers typed into the demo's psychological-health field (3.4), one case each, and the follow-up cards they bring:
// shared by the browser tests that check which card an answer raises there.
import type { Locator, Page } from 'playwright-core';
import { coachReady, PSYCH_FIELD } from './coaching-session';
import type { ExtensionSession } from './extension-session';

/** A follow-up card of the overlay by its follow-up id ("suicide-risk", "violence-mentioned"). */
export const followUpCard = (page: Page, id: string): Locator =>
  page.locator('coach-overlay=host').locator(`.followup[data-follow-up-id="${id}"]`);

/**
 * @param casePrefix the first digits of the demo case numbers this test file opens ("2026-8"), so files never share a case
 * @returns `answered(text)`: a new page on a case of its own with `text` put in the field in one input event
 */
export function psychAnswers(session: ExtensionSession, casePrefix: string): (text: string) => Promise<Page> {
  let cases = 0;
  return async (text: string) => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/demo/intake-3.html?case=${casePrefix}${String(++cases).padStart(4, '0')}`);
    await coachReady(page);
    await page.locator(PSYCH_FIELD).click();
    await page.keyboard.insertText(text);
    return page;
  };
}
