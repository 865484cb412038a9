// One full coaching interaction on a page with the demo's health questions
// (3.4 "How are you psychologically?" as a textarea, 3.5 the well-being score as
// a select), as an adviser would do it with the default pack: focus, hover, choose,
// type a disclosure, read the follow-up, the other rewording, why we ask, switch
// the card's language and back, acknowledge with a next step, open the coverage
// panel with Alt+Shift+L and leave it with Esc. Never presses the host's Save.
import type { Locator, Page } from 'playwright-core';
import { hostFocus } from './host-probes';

export const PSYCH_FIELD = '#ctl00_Main_txaPsychological';
export const SCORE_FIELD = '#ctl00_Main_ddlWellbeingScore';
export const DISCLOSURE = 'Not good. I have thought about how to take my life.';
/** The score chosen: 4 brings no follow-up of its own. */
export const SCORE = '4';

export interface CoachingStep {
  step: string;
  /** Where focus was in the host document after the step (element id, or the overlay's tag). */
  focus: string;
}

const overlay = (page: Page) => page.locator('coach-overlay=host');

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Wait until the coach is running in the page (its coverage panel is drawn once the session loaded). */
export async function coachReady(page: Page): Promise<void> {
  await overlay(page).locator('.coverage-toggle').waitFor({ timeout: 30_000 });
}

export async function runCoachingSession(page: Page): Promise<CoachingStep[]> {
  const steps: CoachingStep[] = [];
  const note = async (step: string) => steps.push({ step, focus: await hostFocus(page) });
  const card = (itemId: string): Locator => overlay(page).locator(`.card[data-item-id="${itemId}"]`);

  // Focus a field: its card appears. Choose an option.
  await page.locator(SCORE_FIELD).focus();
  await card('wellbeing-score').waitFor();
  await note('focus the score');
  await page.locator(SCORE_FIELD).selectOption(SCORE);
  await note('choose a score');

  // Hover another question: after a short rest its card replaces the focused one's.
  await page.locator(PSYCH_FIELD).hover();
  await card('psychological-health').waitFor();
  await note('hover 3.4');

  // Type a disclosure: the critical follow-up appears; the card stays beside the field.
  await page.locator(PSYCH_FIELD).click();
  await page.keyboard.type(DISCLOSURE, { delay: 2 });
  const followUp = overlay(page).locator('.followup[data-follow-up-id="suicide-risk"]');
  await followUp.waitFor({ timeout: 15_000 });
  await note('type a disclosure');

  // The other rewording and why we ask, by key.
  const rewording = card('psychological-health').locator('.rewording');
  const first = await rewording.textContent();
  await page.keyboard.press('Alt+Shift+N');
  await until(async () => (await rewording.textContent()) !== first, 'the next rewording');
  await note('next rewording (Alt+Shift+N)');
  await page.keyboard.press('Alt+Shift+W');
  await card('psychological-health').locator('[data-testid=why]').waitFor();
  await note('why we ask (Alt+Shift+W)');

  // Switch the card's language (for an interpreter) and back, with the mouse.
  const chip = card('psychological-health').locator('.chip');
  const language = await rewording.getAttribute('lang');
  await chip.click();
  await until(async () => (await rewording.getAttribute('lang')) !== language, 'the other language');
  await note('switch card language');
  await chip.click();
  await until(async () => (await rewording.getAttribute('lang')) === language, 'the first language again');
  await note('switch card language back');

  // Tick a next step on the follow-up's checklist, then acknowledge it.
  await followUp.locator('input[type=checkbox]').nth(1).check();
  await followUp.locator('button.primary').click();
  await followUp.waitFor({ state: 'detached' });
  await note('acknowledge with a next step');

  // What is left to ask: Alt+Shift+L opens the panel and takes focus into it; Esc gives it back.
  await page.keyboard.press('Alt+Shift+L');
  await overlay(page).locator('#coverage-list').waitFor();
  await until(async () => (await hostFocus(page)) === '(overlay)', 'focus in the coverage panel');
  await note('open coverage (Alt+Shift+L)');
  await page.keyboard.press('Escape');
  await overlay(page).locator('#coverage-list').waitFor({ state: 'detached' });
  await note('close coverage (Esc)');
  return steps;
}

/** Focus after each step of `runCoachingSession`: in the host field the adviser was in, except inside the panel they opened. */
export const EXPECTED_FOCUS: CoachingStep[] = [
  { step: 'focus the score', focus: 'ctl00_Main_ddlWellbeingScore' },
  { step: 'choose a score', focus: 'ctl00_Main_ddlWellbeingScore' },
  { step: 'hover 3.4', focus: 'ctl00_Main_ddlWellbeingScore' },
  { step: 'type a disclosure', focus: 'ctl00_Main_txaPsychological' },
  { step: 'next rewording (Alt+Shift+N)', focus: 'ctl00_Main_txaPsychological' },
  { step: 'why we ask (Alt+Shift+W)', focus: 'ctl00_Main_txaPsychological' },
  { step: 'switch card language', focus: 'ctl00_Main_txaPsychological' },
  { step: 'switch card language back', focus: 'ctl00_Main_txaPsychological' },
  { step: 'acknowledge with a next step', focus: 'ctl00_Main_txaPsychological' },
  { step: 'open coverage (Alt+Shift+L)', focus: '(overlay)' },
  { step: 'close coverage (Esc)', focus: 'ctl00_Main_txaPsychological' },
];
