// Safety questions asked directly, on purpose, in the demo case system with the
// default pack: the section's pre-check before its first question (confirmed from
// the keyboard, kept for the interview), what to say first and the direct wording,
// and a follow-up's one-line summary above its detail with next steps ticked as a
// checklist by keyboard, kept across a reload. Focus never leaves the host field
// unless the adviser takes it into the overlay, and comes back when they are done.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { coachReady } from './support/coaching-session';
import { overlayFocus, overlayTexts } from './support/overlay-texts';
import type { InterviewSession } from '../../utils/interview/session';
import { useExtensionSession } from './support/extension-session';
import { useInstalledPack } from './support/installed-packs';
import { hostFocus } from './support/host-probes';

const session = useExtensionSession();

const social = useInstalledPack(session, 'adviser-coach.social-assistance-ia');

const item = (id: string) => social.item(id);
const overlay = (page: Page) => page.locator('coach-overlay=host');

async function openSegment(n: number, caseId: string) {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/demo/intake-${n}.html?case=${caseId}`);
  await coachReady(page);
  return page;
}

/** The interview sessions in extension storage (ids, times and ticks only). */
async function storedSessions(): Promise<Partial<InterviewSession>[]> {
  const stored = await session.browser.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
  return Object.entries(JSON.parse(stored) as Record<string, Partial<InterviewSession>>)
    .filter(([key]) => key.startsWith('interview:'))
    .map(([, value]) => value);
}

async function storedFollowUp(followUpId: string) {
  return (await storedSessions()).flatMap((value) => value.followUps ?? []).find((f) => f.followUpId === followUpId);
}

describe('safety questions asked directly', () => {
  it('shows the pre-check at the first field of the safety segment, until confirmed from the keyboard, for the whole interview', async () => {
    const page = await openSegment(4, '2026-05120');
    const checks = social.pack.sections.find((s) => s.id === 'safety-outlook')!.precheck!;
    expect(checks.length).toBeGreaterThanOrEqual(2);

    await page.locator('#ctl00_Main_rblViolence_1').focus();
    const card = overlay(page).locator('.card[data-item-id="partner-violence"]');
    const precheck = card.locator('[data-testid=precheck]');
    await precheck.waitFor();
    expect(await overlayTexts(precheck.locator('li'))).toEqual(checks.map((c) => c.en));
    // Screen readers hear it before the question.
    const heard = `Before you ask these questions: ${checks.map((c) => c.en).join(' ')} `;
    await expect.poll(async () => (await overlay(page).locator('[data-testid=live-polite]').textContent())?.startsWith(heard)).toBe(true);
    expect(await hostFocus(page)).toBe('ctl00_Main_rblViolence_1');

    // Another field of the same section: still there, nothing confirmed yet.
    await page.locator('#ctl00_Main_rblSafeAtHome_1').focus();
    await overlay(page).locator('.card[data-item-id="safe-at-home"] [data-testid=precheck]').waitFor();

    // Confirm by keyboard: Alt+Shift+F reaches it (no follow-up is waiting), Tab to the button, Enter.
    await page.keyboard.press('Alt+Shift+F');
    await expect.poll(() => overlayFocus(page)).toBe('div.precheck');
    await page.keyboard.press('Tab');
    await expect.poll(() => overlayFocus(page)).toBe('button[button].link');
    await page.keyboard.press('Enter');
    await overlay(page).locator('[data-testid=precheck]').waitFor({ state: 'detached' });
    // Back in the field the adviser was in.
    await expect.poll(() => hostFocus(page)).toBe('ctl00_Main_rblSafeAtHome_1');

    // Confirmed for the interview: not on the next question, nor after a reload.
    await page.locator('#ctl00_Main_rblChildrenViolence_1').focus();
    await overlay(page).locator('.card[data-item-id="children-exposed"]').waitFor();
    expect(await overlay(page).locator('[data-testid=precheck]').count()).toBe(0);
    // The interview session (kept by the background) holds the confirmation.
    await expect.poll(async () => (await storedSessions()).some((session) => session.prechecked?.includes('safety-outlook'))).toBe(true);
    // A follow-up left waiting shows, after the reload, that the session is back.
    await page.locator('#ctl00_Main_rblCriminalRecord_0').check();
    const waiting = overlay(page).locator('.followup[data-follow-up-id="record-matters"]');
    await waiting.waitFor();
    await expect.poll(async () => (await storedSessions()).some((session) => session.followUps?.some((f) => f.followUpId === 'record-matters'))).toBe(true);
    await page.reload();
    await coachReady(page);
    await waiting.waitFor();
    await page.locator('#ctl00_Main_rblViolence_1').focus();
    await card.waitFor();
    expect(await card.locator('[data-testid=precheck]').count()).toBe(0);
    await page.close();
  });

  it('says what to say first and marks the direct wording as asked directly', async () => {
    const page = await openSegment(4, '2026-05121');
    const violence = item('partner-violence');
    await page.locator('#ctl00_Main_rblViolence_1').focus();
    const card = overlay(page).locator('.card[data-item-id="partner-violence"]');
    await card.waitFor();
    expect(await card.locator('[data-testid=say-first]').textContent()).toContain(violence.sayFirst!.en);
    // The say-first text comes before the question.
    expect(await card.evaluate((el) => {
      const say = el.querySelector('[data-testid=say-first]');
      const rewording = el.querySelector('[data-testid=rewording]');
      return !!say && !!rewording && !!(say.compareDocumentPosition(rewording) & Node.DOCUMENT_POSITION_FOLLOWING);
    })).toBe(true);
    const openEyebrow = await card.locator('[data-testid=rewording-kind]').textContent();

    const direct = violence.rewordings.findIndex((r) => r.kind === 'direct');
    expect(direct).toBeGreaterThan(0);
    for (let i = 0; i < direct; i++) await page.keyboard.press('Alt+Shift+N');
    const rewording = card.locator('[data-testid=rewording]');
    await expect.poll(() => rewording.textContent()).toBe(violence.rewordings[direct]!.text.en);
    expect(await rewording.getAttribute('data-kind')).toBe('direct');
    const directEyebrow = await card.locator('[data-testid=rewording-kind]').textContent();
    expect(directEyebrow).not.toBe(openEyebrow);
    expect(directEyebrow).toMatch(/directly/i);
    expect(await hostFocus(page)).toBe('ctl00_Main_rblViolence_1');
    await page.close();
  });

  it('puts the summary above the detail and ticks next steps as a checklist by keyboard, kept across a reload', async () => {
    const page = await openSegment(4, '2026-05122');
    await page.locator('#ctl00_Main_rblViolence_0').check();
    const followUp = overlay(page).locator('.followup[data-follow-up-id="violence-disclosed"]');
    await followUp.waitFor();
    const spec = item('partner-violence').followUps.find((f) => f.id === 'violence-disclosed')!;
    const summary = followUp.locator('[data-testid=follow-up-summary]');
    expect(await summary.textContent()).toBe(spec.summary!.en!);
    expect(spec.summary!.en!.length).toBeLessThanOrEqual(140);
    const above = await followUp.evaluate((el) => {
      const s = el.querySelector('[data-testid=follow-up-summary]')!.getBoundingClientRect();
      const p = el.querySelector('[data-testid=follow-up-prompt]')!.getBoundingClientRect();
      return s.bottom <= p.top;
    });
    expect(above).toBe(true);
    const boxes = followUp.locator('.steps input[type=checkbox]');
    expect(await boxes.count()).toBe(spec.nextSteps.length);
    expect(await hostFocus(page)).toBe('ctl00_Main_rblViolence_0');

    // Keyboard only: go to the follow-up, Tab to the first checkbox, Space; Tab, Space.
    await page.keyboard.press('Alt+Shift+F');
    await expect.poll(() => overlayFocus(page)).toBe('section.followup');
    for (let i = 0; i < 20 && (await overlayFocus(page)) !== 'input[checkbox]'; i++) await page.keyboard.press('Tab');
    expect(await overlayFocus(page)).toBe('input[checkbox]');
    // Focus is visible on it.
    expect(await boxes.first().evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    // Several steps may be done at once, and one can be unticked again.
    await expect.poll(async () => [await boxes.nth(0).isChecked(), await boxes.nth(1).isChecked(), await boxes.nth(2).isChecked()]).toEqual([true, true, false]);
    await page.keyboard.press('Space');
    await expect.poll(() => boxes.nth(1).isChecked()).toBe(false);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await storedFollowUp('violence-disclosed'))?.stepsDone).toEqual([0, 1]);

    // Kept for the interview: after a reload the waiting follow-up has the same ticks.
    await page.reload();
    await followUp.waitFor();
    await expect.poll(async () => [await boxes.nth(0).isChecked(), await boxes.nth(1).isChecked(), await boxes.nth(2).isChecked()]).toEqual([true, true, false]);

    // A mouse click on a step ticks it and leaves focus in the host field.
    await page.locator('#ctl00_Main_txaSupportNeeded').focus();
    await boxes.nth(2).click();
    await expect.poll(() => boxes.nth(2).isChecked()).toBe(true);
    expect(await hostFocus(page)).toBe('ctl00_Main_txaSupportNeeded');
    await expect.poll(async () => (await storedFollowUp('violence-disclosed'))?.stepsDone).toEqual([0, 1, 2]);
    // The host form never saw any of it.
    expect(await page.locator('#ctl00_Main_txaSupportNeeded').inputValue()).toBe('');
    await page.close();
  });
});
