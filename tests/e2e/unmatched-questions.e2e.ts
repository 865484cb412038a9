// The popup's "Questions on this page that no pack item matches": a safety question a
// host words in a way the pack does not know is listed for supervisors with its kind and
// options, look-alikes (search, sign-in, page size, navigation, hidden) and matched
// questions are not, a question the page adds later joins the list, and "Copy as text"
// gives one line per field. Built extension, real Chromium.
import { beforeAll, describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/extension-session';
import { installPacks, settleFirstRun, waitForSnapshots } from './support/detection-harness';
import { testPack } from './support/detection-packs';
import { readDetectionReport, tabIdOf } from './support/extension-state.mjs';

const session = useExtensionSession();
beforeAll(() => settleFirstRun(session.browser));

const pack = {
  ...testPack('household-check', [
    { id: 'safe-now', question: 'Do you feel safe where you are living now?' },
    { id: 'rent', question: 'Rent each month' },
    { id: 'hurt-by-partner', question: 'Has a partner or someone in your home hurt you?' },
  ]),
  title: { en: 'Household check' },
};

describe('questions on the page that no pack item matches', () => {
  it('lists the unmatched safety question with its kind and options, not the look-alikes or the matched ones, and copies them as text', async () => {
    await installPacks(session.browser, [pack]);
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/unmatched/household-check.html`);
    await waitForSnapshots(page, (s) => (s[0]?.matches.length ?? 0) >= 2);
    const report = await readDetectionReport(session.browser, page, { until: (r) => Object.keys(r.found ?? {}).length >= 2 });
    expect(Object.keys(report?.found ?? {}).sort()).toEqual(['rent', 'safe-now']);
    // The host page's texts are not stored with the report (kept in the background's memory only).
    expect(JSON.stringify(report)).not.toContain('pushed, hit or scared');

    const tabId = await tabIdOf(session.browser, page);
    const popup = await session.browser.context.newPage();
    await popup.goto(session.browser.extensionUrl(`popup.html?tab=${tabId}`));
    await popup.getByText('What was found on this page (for supervisors)').click();
    const section = popup.getByRole('region', { name: 'Questions on this page that no pack item matches' });
    const items = section.locator('[data-testid=unmatched-list] > li');
    await expect.poll(() => items.allTextContents()).toEqual([
      'Has someone in your home pushed, hit or scared you lately? (radio buttons): Yes / No / Does not want to answer' +
        'closest in the pack: Has a partner or someone in your home hurt you?',
      'Pets in the household (drop-down list): None / A dog / Another animal',
    ]);
    expect(await section.getByTestId('unmatched-count').textContent()).toBe('2 fields look like questions, and no question of the pack matches them.');
    const listed = (await items.allTextContents()).join('\n');
    for (const lookAlike of ['Find a case', 'Go to section', 'Staff number', 'PIN', 'Rows per page', 'When did you last see a doctor', 'Do you feel safe', 'Rent each month']) {
      expect(listed).not.toContain(lookAlike);
    }

    // A question the page adds later joins the list (the matches did not change).
    await page.evaluate(() => {
      const row = document.createElement('div');
      row.innerHTML = '<label for="money-worry">Are you worried about money for food this week?</label> <input id="money-worry">';
      document.getElementById('check')?.append(row);
    });
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(3);
    expect(await items.nth(2).textContent()).toBe('Are you worried about money for food this week? (text box)');
    expect(await section.getByTestId('unmatched-count').textContent()).toBe('3 fields look like questions, and no question of the pack matches them.');

    // Copy as text: keyboard reachable, one line per field.
    const copy = section.getByRole('button', { name: 'Copy as text' });
    await copy.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => section.getByTestId('unmatched-copy-status').textContent()).toBe('Copied: one line per field.');
    // Read back where a test may be let read the clipboard (Chromium grants no permission to an extension's origin).
    const reader = await session.browser.context.newPage();
    await session.browser.context.grantPermissions(['clipboard-read'], { origin: session.server.origin });
    await reader.goto(`${session.server.origin}/unmatched/household-check.html`);
    const copied = await reader.evaluate(() => navigator.clipboard.readText());
    await reader.close();
    expect(copied.split('\n')).toEqual([
      'Has someone in your home pushed, hit or scared you lately? — radio buttons — Yes / No / Does not want to answer — closest in the pack: Has a partner or someone in your home hurt you? (hurt-by-partner)',
      'Pets in the household — drop-down list — None / A dog / Another animal',
      'Are you worried about money for food this week? — text box',
    ]);
    await popup.close();
    await page.close();
  });
  it("lists a page's real questions only, not its toolbar, its case list's Edit · Delete · View links or its pager (en, sv, nb)", async () => {
    const interview = {
      ...testPack('interview-check', [
        { id: 'safe', question: 'Do you feel safe where you are living now?', labels: ['Känner du dig trygg där du bor nu?', 'Føler du deg trygg der du bor nå?'] },
        { id: 'income', question: 'What is your income each month?', labels: ['Vilken inkomst har du varje månad?', 'Hvilken inntekt har du hver måned?'] },
      ]),
      title: { en: 'Interview check' },
    };
    await installPacks(session.browser, [interview]);
    const questions: Record<string, string[]> = {
      en: ['Do you have debts you are worried about? (text box)', 'How many people live in your home? (text box)'],
      sv: ['Har du skulder som du oroar dig för? (text box)', 'Hur många bor i ditt hem? (text box)'],
      nb: ['Har du gjeld du bekymrer deg for? (text box)', 'Hvor mange bor i hjemmet ditt? (text box)'],
    };
    for (const [language, expected] of Object.entries(questions)) {
      const page = await session.browser.context.newPage();
      await page.goto(`${session.server.origin}/unmatched/case-list-${language}.html`);
      await waitForSnapshots(page, (s) => (s[0]?.matches.length ?? 0) >= 2);
      const tabId = await tabIdOf(session.browser, page);
      const popup = await session.browser.context.newPage();
      await popup.goto(session.browser.extensionUrl(`popup.html?tab=${tabId}`));
      await popup.getByText('What was found on this page (for supervisors)').click();
      const items = popup.getByRole('region', { name: 'Questions on this page that no pack item matches' }).locator('[data-testid=unmatched-list] > li');
      await expect.poll(() => items.allTextContents(), { message: language }).toEqual(expected);
      await popup.close();
      await page.close();
    }
  });
});
