// Follow-ups below the critical card and known false readings, in the built extension on the demo case system with the
// default pack: a need told with a negation before "without" and drink that takes the month's money bring the
// substance card in the health-comments field (3.10); harm done to a child raises the violence card and, denied, gives
// the quiet check-in in the psychological-health field (3.4); grief ("jeg savner ham, han døde") and a place's name
// ("på Grünerløkka") bring no suicide card, checked once the substance card of the same answer shows it was read.
// Each answer is put in with one input event, so the cards shown are the whole answer's.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { coachReady, PSYCH_FIELD } from './support/coaching-session';
import { useExtensionSession } from './support/extension-session';
import { followUpCard as card } from './support/psych-answers';

const session = useExtensionSession();
const HEALTH_COMMENTS = '#ctl00_Main_txaHealthComments';
let cases = 0;

/** A new page on a demo case of its own (numbers 2026-9…, used by no other test file) with `text` put in `field`. */
async function answered(field: string, text: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/demo/intake-3.html?case=2026-9${String(++cases).padStart(4, '0')}`);
  await coachReady(page);
  await page.locator(field).click();
  await page.keyboard.insertText(text);
  return page;
}

const severityOf = (page: Page, id: string) => card(page, id).getAttribute('data-severity');

describe('substance use told indirectly, in the health-comments field', () => {
  it.each(['Jag klarar inte kvällen utan ett par öl.', 'Han drikker opp trygda.'])('"%s" brings the substance card', async (text) => {
    const page = await answered(HEALTH_COMMENTS, text);
    await expect.poll(() => severityOf(page, 'substance-mentioned'), { timeout: 10_000 }).toBe('info');
    await page.close();
  });

  it.each([
    'Jeg savner ham, han døde i fjor. Drikker hver dag nå.',
    'Vi bor på Grünerløkka. Han drikker hver dag.',
  ])('"%s" brings the substance card and no suicide card', async (text) => {
    const page = await answered(HEALTH_COMMENTS, text);
    await expect.poll(() => severityOf(page, 'substance-mentioned'), { timeout: 10_000 }).toBe('info');
    expect(await card(page, 'suicide-risk').count()).toBe(0);
    await page.close();
  });
});

describe('harm done to a child, in the psychological-health field', () => {
  it('raises the violence card when it is told, the quiet check-in when it is denied', async () => {
    const told = await answered(PSYCH_FIELD, 'Han har skadet gutten.');
    await expect.poll(() => severityOf(told, 'violence-mentioned'), { timeout: 10_000 }).toBe('critical');
    await told.close();
    const denied = await answered(PSYCH_FIELD, 'Faren har aldri rørt ungene.');
    await expect.poll(() => severityOf(denied, 'violence-mentioned'), { timeout: 10_000 }).toBe('check-in');
    await denied.close();
  });
});
