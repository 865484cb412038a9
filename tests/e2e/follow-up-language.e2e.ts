// Follow-ups read answers the way advisers type them, in the built extension on
// the demo case system with the default pack: a third-person Swedish disclosure
// brings the critical card; a negated mention brings only the quiet check-in,
// which becomes the critical card when the adviser types on and it turns out
// there was an attempt after all.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { coachReady, PSYCH_FIELD } from './support/coaching-session';
import { useExtensionSession } from './support/extension-session';

const session = useExtensionSession();
const overlay = (page: Page) => page.locator('coach-overlay=host');
const suicideRisk = (page: Page) => overlay(page).locator('.followup[data-follow-up-id="suicide-risk"]');

let cases = 0;
async function psychologicalHealth(): Promise<Page> {
  const page = await session.browser.context.newPage();
  // A case of its own, so no follow-up waits from an earlier test.
  await page.goto(`${session.server.origin}/demo/intake-3.html?case=2026-9${String(++cases).padStart(4, '0')}`);
  await coachReady(page);
  await page.locator(PSYCH_FIELD).click();
  return page;
}

describe('follow-ups on answers typed the way advisers note them', () => {
  it.each([
    'Hon berättar att hon vill ta sitt liv.',
    'Han har försökt ta livet av sig två gånger.',
    'sjalvmordstankar sen i vintras',
  ])('"%s" brings the critical card', async (text) => {
    const page = await psychologicalHealth();
    await page.keyboard.type(text, { delay: 2 });
    await suicideRisk(page).waitFor({ timeout: 15_000 });
    expect(await suicideRisk(page).getAttribute('data-severity')).toBe('critical');
    expect(await suicideRisk(page).locator('.resources').count()).toBe(1);
    await page.close();
  });

  it('gives a negated mention a quiet check-in, raised to critical when an attempt follows', async () => {
    const page = await psychologicalHealth();
    await page.keyboard.type('Hon har inga självmordstankar just nu', { delay: 2 });
    await suicideRisk(page).waitFor({ timeout: 15_000 });
    expect(await suicideRisk(page).getAttribute('data-severity')).toBe('check-in');
    // Quiet: the check-in line instead of the safety prompt, no resources, nothing announced.
    expect(await suicideRisk(page).locator('[data-testid=follow-up-prompt]').textContent()).toMatch(/nej|no/i);
    expect(await suicideRisk(page).locator('.resources').count()).toBe(0);
    expect(await overlay(page).locator('[data-testid=live-assertive]').textContent()).toBe('');

    await page.keyboard.type(', men hon försökte ta sitt liv förra året.', { delay: 2 });
    await expect.poll(() => suicideRisk(page).getAttribute('data-severity'), { timeout: 15_000 }).toBe('critical');
    expect(await suicideRisk(page).count()).toBe(1);
    expect(await overlay(page).locator('[data-testid=live-assertive]').textContent()).not.toBe('');
    await page.close();
  });
});
