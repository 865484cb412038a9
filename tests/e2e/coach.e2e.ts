// The live coach in the demo case system with the default pack: card on focus,
// follow-ups on a sensitive answer, coverage, and a host form left exactly as the
// adviser made it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import { useInstalledPack } from './support/installed-packs';

const session = useExtensionSession();

const social = useInstalledPack(session, 'adviser-coach.social-assistance-ia');

const item = (id: string) => social.item(id);
const overlay = (page: Page) => page.locator('coach-overlay=host');
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function openSegment(n: number, caseId = '2026-04417') {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/demo/intake-${n}.html?case=${caseId}`);
  await overlay(page).locator('.coverage-toggle').waitFor();
  return page;
}

describe('coaching card', () => {
  it('appears on focus with the pack rewording, cycles with a key, opens why, and leaves focus in the host field', async () => {
    const page = await openSegment(3);
    await page.locator('#ctl00_Main_txaPsychological').focus();
    const card = overlay(page).locator('.card[data-item-id="psychological-health"]');
    await card.waitFor();
    const psych = item('psychological-health');
    await expect.poll(() => card.locator('.rewording').textContent()).toBe(psych.rewordings[0]!.text.en);
    expect(await activeId(page)).toBe('ctl00_Main_txaPsychological');

    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => card.locator('.rewording').textContent()).toBe(psych.rewordings[1]!.text.en);
    await page.keyboard.press('Alt+Shift+W');
    await expect.poll(() => card.locator('[data-testid=why]').textContent()).toContain(psych.why!.purpose.en);
    expect(await activeId(page)).toBe('ctl00_Main_txaPsychological');

    // The card sits beside the field, not over it.
    const field = (await page.locator('#ctl00_Main_txaPsychological').boundingBox())!;
    const box = (await card.boundingBox())!;
    const overlapX = box.x < field.x + field.width && box.x + box.width > field.x;
    const overlapY = box.y < field.y + field.height && box.y + box.height > field.y;
    expect(overlapX && overlapY).toBe(false);

    // Esc hides it until the next question; clicking its buttons never takes focus.
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await page.locator('#ctl00_Main_ddlWellbeingScore').focus();
    await overlay(page).locator('.card[data-item-id="wellbeing-score"]').waitFor();
    await overlay(page).locator('.card button.link').first().click();
    expect(await activeId(page)).toBe('ctl00_Main_ddlWellbeingScore');
    await page.close();
  });

  it('follows its field when the page scrolls, and respects dark mode and forced colours', async () => {
    const page = await openSegment(3);
    await page.setViewportSize({ width: 1280, height: 500 });
    const field = page.locator('#ctl00_Main_ddlPhysicalHealth');
    await field.focus();
    const card = overlay(page).locator('.card[data-item-id="physical-health"]');
    await card.waitFor();
    const tops = async () => [Math.round((await field.boundingBox())!.y), Math.round((await card.boundingBox())!.y)];
    const [fieldBefore, cardBefore] = await tops();
    await page.evaluate(() => window.scrollBy(0, 100));
    await expect.poll(async () => (await tops())[0]).toBe(fieldBefore! - 100);
    // The card moved with its field, in the next frame.
    await expect.poll(async () => (await tops())[1]).toBe(cardBefore! - 100);

    const background = () => card.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).toBe('rgb(30, 34, 39)');
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    await expect.poll(() => card.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('2px');
    await page.close();
  });

  it('shows the rewording in the other pack language for an interpreter', async () => {
    const page = await openSegment(3);
    await page.locator('#ctl00_Main_txaPsychological').focus();
    const card = overlay(page).locator('.card');
    await card.locator('.chip').click();
    await expect.poll(() => card.locator('.rewording').textContent()).toBe(item('psychological-health').rewordings[0]!.text.sv);
    await card.locator('.chip').click(); // back to English for the other tests
    await page.close();
  });
});

describe('follow-ups', () => {
  it('a typed disclosure brings the critical follow-up, announced assertively, until acknowledged', async () => {
    const page = await openSegment(3, '2026-03981');
    const answer = 'I have tried to take my life three times this year';
    await page.locator('#ctl00_Main_txaPsychological').click();
    await page.keyboard.type(answer, { delay: 5 });
    const followUp = overlay(page).locator('.followup[data-follow-up-id="suicide-risk"]');
    await followUp.waitFor({ timeout: 15_000 });
    expect(await followUp.getAttribute('data-severity')).toBe('critical');
    const prompt = item('psychological-health').followUps.find((f) => f.id === 'suicide-risk')!.prompt.en;
    expect(await followUp.locator('[data-testid=follow-up-prompt]').textContent()).toBe(prompt);
    expect(await overlay(page).locator('[data-testid=live-assertive]').textContent()).toBe(prompt);
    // The host field holds exactly what the adviser typed, and still has focus.
    expect(await page.locator('#ctl00_Main_txaPsychological').inputValue()).toBe(answer);
    expect(await activeId(page)).toBe('ctl00_Main_txaPsychological');

    // It survives a reload until acknowledged.
    await page.reload();
    await followUp.waitFor();

    // Alt+Shift+F goes to it; tick a next step; acknowledge; Esc-free return to the field.
    await page.locator('#ctl00_Main_txaPsychological').focus();
    await page.keyboard.press('Alt+Shift+F');
    await followUp.locator('input[type=checkbox]').nth(1).check();
    await followUp.locator('button.primary').click();
    await followUp.waitFor({ state: 'detached' });

    // The acknowledgement reaches the background by message after the card is gone: wait for it.
    const readStored = () => session.browser.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    const acknowledged = (text: string) =>
      Object.values(JSON.parse(text) as Record<string, { followUps?: { followUpId: string; stepsDone?: number[]; acknowledgedAt?: number }[] } | null>)
        .flatMap((value) => value?.followUps ?? [])
        .find((f) => f.followUpId === 'suicide-risk');
    await expect.poll(async () => acknowledged(await readStored())?.acknowledgedAt ?? 0).toBeGreaterThan(0);
    const stored = await readStored();
    const record = acknowledged(stored);
    expect(record?.acknowledgedAt).toBeGreaterThan(0);
    expect(record?.stepsDone).toEqual([1]);
    // The answer itself is nowhere in extension storage (the pack's own words, such as
    // "take my life" in its lexicon, are; the client's sentence is not).
    expect(stored).not.toContain(answer);
    expect(stored).not.toContain('three times this year');
    await page.close();
  });

  it('choosing a triggering option shows its follow-up at once', async () => {
    const page = await openSegment(3, '2026-04102');
    await page.locator('#ctl00_Main_ddlWellbeingScore').selectOption('1');
    const followUp = overlay(page).locator('.followup[data-follow-up-id="low-score"]');
    await followUp.waitFor({ timeout: 15_000 });
    expect(await followUp.getAttribute('data-severity')).toBe('warning');
    await page.close();
  });
});

describe('what is left to ask', () => {
  it('lists required items by section, tracks answers across pages and goes to a field', async () => {
    const page = await openSegment(1, '2026-04417');
    await page.keyboard.press('Alt+Shift+L');
    const list = overlay(page).locator('#coverage-list');
    await list.waitFor();
    const housing = list.locator('li[data-item-id="housing"]');
    expect(await housing.getAttribute('data-state')).toBe('on-screen');
    expect(await list.locator('li[data-item-id="partner-violence"]').getAttribute('data-state')).toBe('not-asked');

    await page.locator('#ctl00_Main_ddlHousing').selectOption({ label: 'Sublet' });
    await expect.poll(() => housing.getAttribute('data-state')).toBe('answered');

    // Enter on an item scrolls to its field and shows its card.
    await list.locator('li[data-item-id="debts"] button').focus();
    await page.keyboard.press('Enter');
    await overlay(page).locator('.card[data-item-id="debts"]').waitFor();
    expect(await activeId(page)).toMatch(/^ctl00_Main_rblDebts_/);

    // On the next segment the answered item is still answered.
    await page.goto(`${session.server.origin}/demo/intake-2.html?case=2026-04417`);
    await overlay(page).locator('.coverage-toggle').click();
    await expect.poll(() => overlay(page).locator('#coverage-list li[data-item-id="housing"]').getAttribute('data-state')).toBe('answered');
    await page.close();
  });
});

describe('the host form', () => {
  it('submits exactly the fields the adviser filled in, and nothing from the overlay', async () => {
    const page = await openSegment(4, '2026-04417');
    await page.locator('#ctl00_Main_rblViolence_0').check();
    await page.locator('#ctl00_Main_txaSupportNeeded').fill('Help with housing');
    await overlay(page).locator('.followup').first().waitFor();
    // Interact with the overlay's own checkboxes and buttons before saving.
    await overlay(page).locator('.followup input[type=checkbox]').first().check();
    const expected = await page.evaluate(() => {
      const data = new FormData(document.getElementById('aspnetForm') as HTMLFormElement);
      return [...data.entries()].map(([k, v]) => `${k}=${String(v)}`).sort();
    });
    await page.locator('#ctl00_Main_btnSave').click();
    const submitted = JSON.parse((await page.evaluate(() => sessionStorage.getItem('caseworks:lastSubmit')))!) as Record<string, string>;
    // Exactly what the adviser entered (the empty date field is the form's own), nothing else.
    expect(submitted).toEqual({ ctl00$Main$rblViolence: 'Yes', ctl00$Main$txaSupportNeeded: 'Help with housing', ctl00$Main$dtNextContact: '' });
    expect(expected).toEqual([
      '__EVENTVALIDATION=/wEWAgKM54rGBgLs0bLrBg==',
      '__VIEWSTATE=/wEPDwUKLTk3MzE0NjQ2OWRk',
      'ctl00$Main$dtNextContact=',
      'ctl00$Main$rblViolence=Yes',
      'ctl00$Main$txaSupportNeeded=Help with housing',
      'ctl00$txtQuickSearch=',
    ]);
    await page.close();
  });
});
