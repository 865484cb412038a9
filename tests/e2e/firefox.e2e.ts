// The Firefox build in a real Firefox (firefox-esr, WebDriver BiDi): the content script
// finds the page's questions, the card appears on focus and focus stays in the field,
// and a typed disclosure brings the follow-up.
import { describe, expect, it } from 'vitest';
import { inOverlay, OVERLAY_CARD_ITEM as CARD_ITEM, OVERLAY_MARKERS as MARKERS, until, useFirefoxSession } from './support/firefox-session';

const session = useFirefoxSession();
const FOLLOW_UP = '(root) => root.querySelector(".followup [data-testid=follow-up-prompt]")?.textContent ?? ""';

describe('Firefox (firefox-esr over WebDriver BiDi)', () => {
  it('finds the questions, shows the card on focus with focus kept in the field, and brings the follow-up', async () => {
    const page = await session.firefox.newPage();
    await page.goto(`${session.server.origin}/firefox/`);
    // Every question on the page found and marked.
    expect(await until(() => inOverlay(page, MARKERS), 'the field markers')).toBe('alcohol,physical-health,psychological-health');

    await page.focus('#fx-psych');
    expect(await until(() => inOverlay(page, CARD_ITEM), 'the card')).toBe('psychological-health');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fx-psych');

    await page.keyboard.type('Not great. I have thought about how to take my life.', { delay: 5 });
    const prompt = await until(() => inOverlay(page, FOLLOW_UP), 'the follow-up');
    expect(prompt.length).toBeGreaterThan(20);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fx-psych');
    // The page's own scripts see no way in.
    expect(await page.evaluate(() => document.querySelector(':root > div[popover]')?.shadowRoot ?? null)).toBeNull();
    await page.close();
  });
});
