// Answers from any widget: the libraries' own radios, toggle buttons, drop-downs,
// select replacements and re-rendering fields must bring the follow-up and count
// the question as answered, although none of them sends input or change events
// the way native controls do (tests/e2e/fixtures/widgets).
import { beforeAll, describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/extension-session';
import { detectionProblems, settleFirstRun, waitForExactDetection } from './support/detection-harness';
import { testPack } from './support/detection-packs';
import { card, coachingPack, coverageStates, followUp, openWithPack } from './support/coaching-fixtures';

const session = useExtensionSession();
beforeAll(() => settleFirstRun(session.browser));

const choicesPack = coachingPack(
  testPack('widgets-choices', [
    { id: 'selfHarm', question: 'Have you had thoughts of harming yourself in the last two weeks?' },
    { id: 'safeHome', question: 'Do you feel safe where you live?' },
    { id: 'violenceRisk', question: 'Is anyone in your household at risk of violence?' },
    { id: 'housingWorry', question: 'Are you worried about losing your home?' },
    { id: 'alcohol', question: 'Do you drink alcohol most days?' },
  ]),
  { selfHarm: { option: 'yes' }, safeHome: { option: 'no' }, violenceRisk: { option: 'yes' }, housingWorry: { option: 'yes' }, alcohol: { option: 'yes' } },
);

const dropdownPack = coachingPack(
  testPack('widgets-dropdowns', [
    { id: 'phq9', question: 'Thoughts that you would be better off dead, or of hurting yourself in some way' },
    { id: 'alcohol', question: 'How often do you have a drink containing alcohol?' },
    { id: 'sleeping', question: 'Where are you sleeping at the moment?' },
    { id: 'benefit', question: 'Which benefit are you claiming?' },
    { id: 'debts', question: 'Do you have debts you cannot pay?' },
    { id: 'landlord', question: 'Who is your landlord?' },
  ]),
  {
    phq9: { optionIn: ['Several days', 'More than half the days', 'Nearly every day'] },
    alcohol: { option: 'daily' },
    sleeping: { optionIn: ['Outside', 'Shelter'] },
    benefit: { option: 'uc' },
    debts: { option: 'yes' },
    landlord: { option: 'private landlord' },
  },
);

const rerenderPack = coachingPack(
  testPack('widgets-rerender', [
    { id: 'mood', question: 'How have you been feeling recently?' },
    { id: 'nights', question: 'How many nights did you sleep outside last month?' },
  ]),
  { mood: { text: ['end my life'] }, nights: { number: { min: 1 } } },
);

describe('answers from library widgets', () => {
  it('custom radios and toggle buttons: a click on the label inside, state in aria, a class, data-state or a hidden input', async () => {
    const page = await openWithPack(session, choicesPack, 'widgets/choices.html');
    expect(detectionProblems(await waitForExactDetection(page))).toEqual([]);
    // The click lands on the <span> inside button[role=radio].
    await page.locator('[data-expect=selfHarm] .ds-label', { hasText: 'Yes' }).click();
    await followUp(page, 'selfHarm').waitFor({ timeout: 15_000 });
    // State only in a class.
    await page.locator('[data-expect=safeHome] span', { hasText: 'No' }).click();
    await followUp(page, 'safeHome').waitFor({ timeout: 15_000 });
    // State only in a hidden input the page's script sets.
    await page.locator('[data-expect=violenceRisk]', { hasText: 'Yes' }).click();
    await followUp(page, 'violenceRisk').waitFor({ timeout: 15_000 });
    // Toggle buttons (aria-pressed), the click on the text inside.
    await page.locator('[data-expect=housingWorry] span', { hasText: 'Yes' }).click();
    await followUp(page, 'housingWorry').waitFor({ timeout: 15_000 });
    // data-state="on", chosen from the keyboard.
    await page.locator('[data-expect=alcohol]', { hasText: 'Yes' }).focus();
    await page.keyboard.press('Enter');
    await followUp(page, 'alcohol').waitFor({ timeout: 15_000 });
    expect(await coverageStates(page)).toMatchObject({ selfHarm: 'answered', safeHome: 'answered', violenceRisk: 'answered', housingWorry: 'answered', alcohol: 'answered' });
    await page.close();
  });

  it('drop-downs: keys and Enter, a click in a list at the end of <body>, a hidden real <select>, a button combobox', async () => {
    const page = await openWithPack(session, dropdownPack, 'widgets/dropdowns.html');
    expect(detectionProblems(await waitForExactDetection(page))).toEqual([]);
    // Autocomplete: arrow keys and Enter set the value from script.
    await page.locator('#phq9').click();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.locator('#phq9').inputValue()).toBe('Nearly every day');
    await followUp(page, 'phq9').waitFor({ timeout: 15_000 });
    // Select replacement: a click in the list appended to <body>; the real select is hidden beside it.
    await page.locator('[data-expect=alcohol]').click();
    await page.locator('body > ul.pop [role=option]', { hasText: 'Daily or almost daily' }).click();
    await followUp(page, 'alcohol').waitFor({ timeout: 15_000 });
    // <button role=combobox> with a portal listbox.
    await page.locator('#housing-trigger').click();
    await page.locator('#portal-housing [role=option]', { hasText: 'Outside' }).click();
    await followUp(page, 'sleeping').waitFor({ timeout: 15_000 });
    // Enhanced select: display:none original, option.selected set from script.
    await page.locator('#benefit').click();
    await page.locator('#benefit__listbox [role=option]', { hasText: 'Universal Credit' }).click();
    await followUp(page, 'benefit').waitFor({ timeout: 15_000 });
    // A select hidden inside the widget, its options rebuilt by script.
    await page.locator('.choices[data-expect=debts]').click();
    await page.locator('body > ul.pop [role=option]', { hasText: 'Yes' }).click();
    await followUp(page, 'debts').waitFor({ timeout: 15_000 });
    // role=button with aria-haspopup=listbox: empty (a zero-width space) is no answer; then a choice in its portal list.
    expect((await coverageStates(page)).landlord).toBe('on-screen');
    await page.locator('#landlord').click();
    await page.locator('#landlord-menu [role=option]', { hasText: 'Private landlord' }).click();
    await followUp(page, 'landlord').waitFor({ timeout: 15_000 });
    expect(await coverageStates(page)).toMatchObject({ phq9: 'answered', alcohol: 'answered', sleeping: 'answered', benefit: 'answered', debts: 'answered', landlord: 'answered' });
    await page.close();
  });

  it('a field re-created on every keystroke keeps its item, its card and its follow-up', async () => {
    const page = await openWithPack(session, rerenderPack, 'widgets/rerender.html');
    expect(detectionProblems(await waitForExactDetection(page))).toEqual([]);
    await page.locator('textarea').click();
    await card(page, 'mood').waitFor();
    await page.keyboard.type('Some days I think I want to end my life', { delay: 15 });
    await followUp(page, 'mood').waitFor({ timeout: 15_000 });
    expect(await card(page, 'mood').count()).toBe(1);
    await page.locator('input[name=nights]').click();
    await page.keyboard.type('3', { delay: 15 });
    await followUp(page, 'nights').waitFor({ timeout: 15_000 });
    expect(await page.locator('textarea').inputValue()).toBe('Some days I think I want to end my life');
    await page.close();
  });
});
