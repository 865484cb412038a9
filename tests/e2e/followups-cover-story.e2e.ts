// Cover stories in the built extension on the demo case system with the default pack: an injury, then the fall or the
// accident the client told a doctor or work, typed key by key into the psychological-health field as an adviser types
// a note, raises the violence card (critical) in Swedish and English, the pack's languages; and nb "har" typed without
// å is read as "har", not "hår" ("kutter … hår" is a haircut), so a denial of cutting checks in; another person's violence with
// the client spared ("He beats the kids, but never me") is no denial: it raises the violence card. The host field is only read.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { coachReady, PSYCH_FIELD } from './support/coaching-session';
import { useExtensionSession } from './support/extension-session';
import { followUpCard as card } from './support/psych-answers';

const session = useExtensionSession();
let cases = 0;

/** A new page on a demo case of its own (numbers 2026-8…, used by no other test file) with `text` typed into `field`. */
async function typed(field: string, text: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/demo/intake-3.html?case=2026-8${String(++cases).padStart(4, '0')}`);
  await coachReady(page);
  await page.locator(field).click();
  await page.keyboard.type(text);
  return page;
}

describe('a cover story, in the psychological-health field', () => {
  it.each([
    'Fick sy fyra stygn i ögonbrynet, och på jobbet sa jag att jag gått in i en skåpdörr.',
    'Needed stitches in my lip, and at work I told them I walked into a door.',
  ])('"%s" raises the violence card', async (text) => {
    const page = await typed(PSYCH_FIELD, text);
    await expect.poll(() => card(page, 'violence-mentioned').getAttribute('data-severity'), { timeout: 15_000 }).toBe('critical');
    await page.close();
  });
});

describe('nb "har" typed without å, in the psychological-health field', () => {
  it('a denial of cutting gives the quiet check-in, cutting told raises the card', async () => {
    const denied = await typed(PSYCH_FIELD, 'Kutter meg ikke og har aldri gjort det.');
    await expect.poll(() => card(denied, 'suicide-risk').getAttribute('data-severity'), { timeout: 15_000 }).toBe('check-in');
    await denied.close();
    const told = await typed(PSYCH_FIELD, 'Jeg kutter meg, har gjort det i et halvt år.');
    await expect.poll(() => card(told, 'suicide-risk').getAttribute('data-severity'), { timeout: 15_000 }).toBe('critical');
    await told.close();
  });
});

describe("another person's violence, the client spared, in the psychological-health field", () => {
  it.each(['He beats the kids, but never me.', 'Their father hits them, but I never have.'])('"%s" raises the violence card, not the check-in', async (text) => {
    const page = await typed(PSYCH_FIELD, text);
    await expect.poll(() => card(page, 'violence-mentioned').getAttribute('data-severity'), { timeout: 15_000 }).toBe('critical');
    await page.close();
  });
});
