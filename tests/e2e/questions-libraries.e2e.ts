// Questions where form libraries put them (tests/e2e/fixtures/libraries): numbers
// glued to long questions, a stem over rows, helper inputs in a date group, matrix
// rows under a legend, closed shadow roots on plain elements, a hidden copy of the
// form, duplicated ids, sandboxed srcdoc frames, and the marker dot of a widget
// whose last element has no box.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CompiledPack } from '../../rules/compiled-pack';
import { useExtensionSession } from './support/extension-session';
import { detectionProblems, installPacks, settleFirstRun, waitForExactDetection, waitForSnapshots, type FrameSnapshot } from './support/detection-harness';
import { testPack, type TestItem } from './support/detection-packs';
import { card, coverageStates } from './support/coaching-fixtures';

const session = useExtensionSession();
beforeAll(() => settleFirstRun(session.browser));

async function openPage(pack: CompiledPack, path: string): Promise<Page> {
  await installPacks(session.browser, [pack]);
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/libraries/${path}`);
  return page;
}

/** Open the fixture with a pack of these items and expect exactly the data-expect controls found. */
async function expectExact(path: string, items: TestItem[], frames = 1): Promise<{ page: Page; snapshots: FrameSnapshot[] }> {
  const page = await openPage(testPack(`libraries-${path}`, items), path);
  const required = items.map((i) => i.id);
  const snapshots = await waitForExactDetection(page, frames, { require: required });
  expect(detectionProblems(snapshots)).toEqual([]);
  expect(snapshots.flatMap((s) => s.matches.map((m) => m.itemId)).sort()).toEqual([...required].sort());
  return { page, snapshots };
}

/** The "left to ask" states once `ready` holds for them (or the last read when the time is up). */
async function waitForCoverage(page: Page, ready: (states: Record<string, string>) => boolean, timeoutMs = 8000): Promise<Record<string, string>> {
  const deadline = Date.now() + timeoutMs;
  let states = await coverageStates(page);
  while (!ready(states) && Date.now() < deadline) states = await coverageStates(page);
  return states;
}

describe('questions where libraries put them', () => {
  it('numbering glued to long questions (over 40 words) by markup', async () => {
    const { page } = await expectExact('numbered.html', [
      { id: 'householdSize', question: 'How many people, including yourself, children of any age, lodgers, relatives staying for more than a few weeks and anyone who normally lives with you but is away at the moment for work, study, hospital or prison, usually live in your home and share at least one meal a day or the living room with you?' },
      { id: 'monthlyIncome', question: 'Thinking about the last twelve months, and counting wages, benefits, pensions, maintenance from a former partner, money from family or friends, income from renting out a room and any cash-in-hand work, roughly how much money comes into your household in a typical month after tax and other deductions?' },
      // Worded a little differently from the page: found approximately, although long.
      { id: 'wentWithout', question: 'In the past 12 months, was there a time when you or anyone in your household went without food, heating, medicine or other essentials because there was not enough money, or had to borrow money from a lender, a friend or a relative to pay for them, or used a food bank or an emergency fund?' },
      { id: 'workLimits', question: 'Describe in your own words any health problem, disability, caring responsibility, court order, immigration condition or other circumstance that limits the kind of work you can do, the hours you can work, or how far you can travel to work, and tell us how long you expect it to last.' },
    ]);
    await page.close();
  });

  it('a stem question over rows that are each their own radio group (and each row, when the pack names rows)', async () => {
    const { page } = await expectExact('stem-rows.html', [
      { id: 'unmetNeeds', question: 'In the past 12 months, has lack of money kept you from getting any of the following when it was really needed?' },
      { id: 'worries', question: 'Over the last month, how often have you worried about each of these?' },
      { id: 'haveFollowing', question: 'Do you currently have any of the following?' },
      { id: 'payHeating', question: 'Heating' },
      { id: 'payTravel', question: 'Travel to work' },
    ]);
    await page.close();
  });

  it('a stem the pack names along with every one of its rows: both found, the stem answered by any row', async () => {
    const { page } = await expectExact('stem-rows-named.html', [
      { id: 'wentWithout', question: 'Since your last visit, have you had to go without any of these?' },
      { id: 'withoutMeals', question: 'Hot meals' },
      { id: 'withoutCoat', question: 'A warm coat' },
      { id: 'turnTo', question: 'Who do you turn to when money runs short?' },
      { id: 'turnFamily', question: 'Family' },
      { id: 'turnFriends', question: 'Friends' },
      { id: 'turnLender', question: 'A lender' },
    ]);
    expect(await coverageStates(page)).toMatchObject({ wentWithout: 'on-screen', withoutCoat: 'on-screen', turnTo: 'on-screen', turnLender: 'on-screen' });
    // Answering one row answers that row and the stem over it, not the other rows.
    await page.locator('input[name=withoutCoat][value=no]').check();
    // A library's radio whose state lives only in aria-checked, set by its script.
    await page.evaluate(() => document.querySelector('[aria-labelledby=t3] [role=radio]:last-child')?.setAttribute('aria-checked', 'true'));
    // Wait for every answer to be heard (the two rows and their stems are heard one after another), then judge the rest.
    const answered = ['wentWithout', 'withoutCoat', 'turnTo', 'turnLender'];
    const states = await waitForCoverage(page, (s) => answered.every((id) => s[id] === 'answered'));
    expect(states).toMatchObject({ wentWithout: 'answered', withoutCoat: 'answered', withoutMeals: 'on-screen', turnTo: 'answered', turnLender: 'answered', turnFamily: 'on-screen' });
    // From "left to ask", the stem's own card; focus in a row still shows the row's.
    await page.keyboard.press('Alt+Shift+L');
    await page.locator('coach-overlay=host >> #coverage-list li[data-item-id="turnTo"] button').click();
    await card(page, 'turnTo').waitFor();
    await page.locator('input[name=withoutMeals][value=yes]').focus();
    await card(page, 'withoutMeals').waitFor();
    await page.close();
  });

  it('an invisible helper input inside a labelled date group is not part of the answer', async () => {
    const { page } = await expectExact('date-helper.html', [
      { id: 'moveDate', question: 'When did you move to your current address?' },
      { id: 'appointmentDate', question: 'What is the date of your next medical appointment?' },
      { id: 'benefitStopped', question: 'When did your benefit payments stop?' },
    ]);
    await page.close();
  });

  it('a matrix row is read by its own header, not by the legend holding the matrix title', async () => {
    const { page } = await expectExact('matrix.html', [
      { id: 'phq1', question: 'Little interest or pleasure in doing things' },
      { id: 'phq2', question: 'Feeling down, depressed or hopeless' },
      { id: 'moneyRunsOut', question: 'I worry about running out of money before the end of the month' },
      { id: 'helpInEmergency', question: 'I have someone I can ask for help in an emergency' },
      { id: 'safeWithHousehold', question: 'I feel safe with the people I live with' },
      { id: 'homeRepair', question: 'My home is in a good state of repair' },
    ]);
    await page.close();
  });

  it('questions in closed shadow roots on a div, a section and a span', async () => {
    const { page } = await expectExact('closed-shadow.html', [
      { id: 'currentAddress', question: 'Where are you living at the moment?' },
      { id: 'leaveMessage', question: 'May we leave a message on your phone?' },
      { id: 'callTime', question: 'Best time to call you' },
    ]);
    await page.close();
  });

  it('duplicated ids: the label beside each field is its question', async () => {
    const { page } = await expectExact('duplicate-ids.html', [
      { id: 'landlord', question: 'Name of your landlord or letting agent' },
      { id: 'tenure', question: 'How long have you lived at this address?' },
      { id: 'repairs', question: 'Is there anything wrong with the property?' },
      { id: 'deposit', question: 'Deposit paid (amount)' },
      { id: 'depositReturned', question: 'Date the deposit was returned' },
    ]);
    await page.close();
  });

  it('a hidden copy of the form before the visible one: the rendered control wins, and the match moves with the layout', async () => {
    const pack = testPack('libraries-hidden-copy', [
      { id: 'phone', question: 'Telephone number' },
      { id: 'interpreter', question: 'Do you need an interpreter?' },
      { id: 'languages', question: 'What languages do you speak?' },
    ]);
    const page = await openPage(pack, 'hidden-copy.html');
    const copyOf = (snapshots: FrameSnapshot[]) =>
      Object.fromEntries((snapshots[0]?.matches ?? []).map((m) => [m.itemId, m.controls.map((c) => c.described.replace(/^\w+#/, '').slice(0, 2)).join(',')]));
    const wide = await waitForSnapshots(page, (s) => Object.keys(copyOf(s)).length === 3);
    expect(copyOf(wide)).toEqual({ phone: 'w-', interpreter: 'w-,w-', languages: 'w-' });
    await page.setViewportSize({ width: 600, height: 900 });
    const narrow = await waitForSnapshots(page, (s) => copyOf(s).phone === 'n-' && copyOf(s).languages === 'n-');
    expect(copyOf(narrow)).toEqual({ phone: 'n-', interpreter: 'n-,n-', languages: 'n-' });
    await page.close();
  });

  it('sandboxed srcdoc frames: the content script runs there, with the pack of the page that embeds them', async () => {
    // Only this page's path: a referrer cut to the origin would find no pack.
    const pack = testPack(
      'libraries-srcdoc',
      [
        { id: 'referredBy', question: 'Who referred you to us?' },
        { id: 'beenBefore', question: 'Have you been here before?' },
      ],
      { hostPatterns: ['http://127.0.0.1/libraries/*', 'http://localhost/libraries/*'] },
    );
    const page = await openPage(pack, 'srcdoc.html');
    const snapshots = await waitForExactDetection(page, 2, { require: ['referredBy', 'beenBefore'] });
    expect(detectionProblems(snapshots)).toEqual([]);
    expect(snapshots.flatMap((s) => s.matches.map((m) => m.itemId)).sort()).toEqual(['beenBefore', 'referredBy']);
    await page.close();
  });

  it('the marker dot of a widget whose last element has no box sits beside the visible part', async () => {
    const { page } = await expectExact('marker.html', [
      { id: 'council', question: 'Which council area do you live in?' },
      { id: 'heardFrom', question: 'How did you hear about this service?' },
    ]);
    for (const itemId of ['council', 'heardFrom']) {
      const marker = page.locator(`coach-overlay=host >> .marker[data-item-id="${itemId}"]`);
      await marker.waitFor({ state: 'attached' });
      const dot = await marker.evaluate((el) => ({ left: parseFloat((el as HTMLElement).style.left), top: parseFloat((el as HTMLElement).style.top) }));
      const widget = await page.locator(`[role=combobox][data-expect="${itemId}"]`).evaluate((el) => {
        const box = el.getBoundingClientRect();
        return { right: box.right + scrollX, top: box.top + scrollY, bottom: box.bottom + scrollY };
      });
      expect(dot.left).toBeGreaterThanOrEqual(widget.right);
      expect(dot.left).toBeLessThan(widget.right + 20);
      expect(dot.top).toBeGreaterThan(widget.top - 10);
      expect(dot.top).toBeLessThan(widget.bottom);
    }
    await page.close();
  });
});
