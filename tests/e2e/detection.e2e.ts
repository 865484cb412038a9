// Field detection on host pages built in different ways: the content script must
// find every pack item in exactly the controls the fixture marks (data-expect),
// match no other control, and report per tab to the background.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import { readDetectionReport, tabIdOf } from './support/extension-state.mjs';
import { detectionProblems, installPacks, settleFirstRun, waitForExactDetection, type FrameSnapshot } from './support/detection-harness';
import { ensureGovukVendor } from './support/govuk-vendor';
import type { CompiledPack } from '../../rules/compiled-pack';
import {
  ariaPack, demoItemsBySegment, demoNames, demoPack, govukPack, govukRules, iframePack, legacyPack, legacyRules,
  swedishPack, swedishRules, variantsPack, webComponentsPack,
} from './support/fixture-packs';

const session = useExtensionSession();

beforeAll(async () => {
  await ensureGovukVendor();
  await settleFirstRun(session.browser);
});

async function open(pack: CompiledPack, path: string): Promise<Page> {
  await installPacks(session.browser, [pack]);
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/${path}`);
  return page;
}

const rulesOf = (snapshots: FrameSnapshot[]) =>
  Object.fromEntries(snapshots.flatMap((s) => s.matches.map((m) => [m.itemId, m.rule])));
const foundIn = (snapshots: FrameSnapshot[]) => snapshots.flatMap((s) => s.matches.map((m) => m.itemId)).sort();
const expectedIn = (snapshots: FrameSnapshot[]) => snapshots.flatMap((s) => Object.keys(s.expected)).sort();
const absent = (pack: CompiledPack, found: string[]) => pack.items.map((i) => i.id).filter((id) => !found.includes(id)).sort();

async function expectReport(page: Page, pack: CompiledPack, found: string[]) {
  const report = await readDetectionReport(session.browser, page, {
    until: (r: { packId: string; found: object }) => r.packId === pack.id && Object.keys(r.found).length === found.length,
  });
  expect(report?.packId).toBe(pack.id);
  expect(Object.keys(report.found).sort()).toEqual([...found].sort());
  expect([...report.missing].sort()).toEqual(absent(pack, found));
  return report;
}

describe('static host pages', () => {
  it('legacy ASP.NET table layout: labels, row headers, the column header above, a selector and a name pattern', async () => {
    const page = await open(legacyPack, 'legacy/index.html');
    const snapshots = await waitForExactDetection(page);
    expect(detectionProblems(snapshots)).toEqual([]);
    expect(foundIn(snapshots)).toEqual(expectedIn(snapshots));
    expect(rulesOf(snapshots)).toMatchObject(legacyRules);
    const report = await expectReport(page, legacyPack, expectedIn(snapshots));
    expect(report.found.housing).toMatchObject({ rule: 'selector', frameId: 0, element: 'select#ctl00_ContentPlaceHolder1_ddlBoende' });
    expect(report.found.income).toMatchObject({ rule: 'label-approximate', matchedText: '3.5 Total monthly household income (SEK)' });
    // The look-alike item ("… expenses") and the items on no page stay missing.
    expect(report.missing).toContain('expenses');
    await page.close();
  });

  it('a reworded page: typos, reordered and dropped words, units found approximately; look-alikes and near-miss labels not', async () => {
    const page = await open(variantsPack, 'variants/index.html');
    const snapshots = await waitForExactDetection(page);
    expect(detectionProblems(snapshots)).toEqual([]);
    expect(foundIn(snapshots)).toEqual(expectedIn(snapshots));
    const rules = rulesOf(snapshots);
    expect(Object.values(rules).filter((rule) => rule === 'label-approximate').length).toBeGreaterThanOrEqual(18);
    const report = await expectReport(page, variantsPack, expectedIn(snapshots));
    expect([...report.missing].sort()).toEqual(['childrenAbroad', 'dental', 'expenses', 'gambling', 'parentalLeave', 'savings']);
    await page.close();
  });

  it('GOV.UK Frontend: legends, date parts, conditional reveals, hints and "(optional)"', async () => {
    const page = await open(govukPack, 'govuk/index.html');
    const snapshots = await waitForExactDetection(page);
    expect(detectionProblems(snapshots)).toEqual([]);
    expect(foundIn(snapshots)).toEqual(expectedIn(snapshots));
    expect(rulesOf(snapshots)).toMatchObject(govukRules);
    await expectReport(page, govukPack, expectedIn(snapshots));
    await page.close();
  });

  it('div-based ARIA widgets, a matrix of aria-labelled radios, a definition list and a dialog', async () => {
    const page = await open(ariaPack, 'aria/index.html');
    const snapshots = await waitForExactDetection(page);
    expect(detectionProblems(snapshots)).toEqual([]);
    expect(foundIn(snapshots)).toEqual(expectedIn(snapshots));
    await expectReport(page, ariaPack, expectedIn(snapshots));
    await page.close();
  });

  it('a Swedish page: inflections and units match approximately, å is not a', async () => {
    const page = await open(swedishPack, 'swedish/index.html');
    const snapshots = await waitForExactDetection(page);
    expect(detectionProblems(snapshots)).toEqual([]);
    expect(foundIn(snapshots)).toEqual(expectedIn(snapshots));
    expect(rulesOf(snapshots)).toMatchObject(swedishRules);
    const report = await expectReport(page, swedishPack, expectedIn(snapshots));
    expect(report.missing).toEqual(expect.arrayContaining(['sv-far', 'sv-ar-kommun', 'sv-fysiskt']));
    await page.close();
  });

  it('web components: open, closed, nested and late-defined shadow roots, slotted questions', async () => {
    const page = await open(webComponentsPack, 'web-components/index.html');
    await page.waitForFunction(() => !!customElements.get('wc-late-field'));
    const snapshots = await waitForExactDetection(page, 1, { require: ['workGoal'] });
    expect(detectionProblems(snapshots)).toEqual([]);
    expect(foundIn(snapshots)).toEqual(['barriers', 'contact', 'education', 'employment', 'skills', 'workGoal']);
    // In the order the adviser sees them, shadow roots included.
    expect(snapshots[0]?.matches.map((m) => m.itemId)).toEqual(['contact', 'employment', 'education', 'skills', 'barriers', 'workGoal']);
    const report = await expectReport(page, webComponentsPack, expectedIn(snapshots));
    expect(report.found.contact.element).toBe('input[name="choice"] in <wc-choice>');
    await page.close();
  });

  it('frames: the top document, a same-origin, a cross-origin and a srcdoc frame report into one tab report', async () => {
    const page = await open(iframePack, 'iframe/index.html');
    const snapshots = await waitForExactDetection(page, 4);
    expect(detectionProblems(snapshots)).toEqual([]);
    expect(snapshots.map((s) => s.url.replace(/:\d+\/.*/, '')).sort()).toEqual(['about:srcdoc', 'http://127.0.0.1', 'http://127.0.0.1', 'http://localhost']);
    expect(foundIn(snapshots)).toEqual(expectedIn(snapshots));
    const report = await expectReport(page, iframePack, expectedIn(snapshots));
    expect(report.found.preferredName.frameId).toBe(0);
    expect(report.found.rent.frameId).toBeGreaterThan(0);
    expect(report.found.rent.frameUrl).toMatch(/\/iframe\/frame-household\.html$/);
    expect(report.found.physicalHealth.frameUrl).toMatch(/^http:\/\/localhost:\d+\/iframe\/frame-health\.html$/);
    expect(report.found.supportNeeded.frameUrl).toBe('about:srcdoc');

    // A frame that goes away takes its findings with it; the other frames' stay.
    await page.evaluate(() => document.getElementById('household')?.remove());
    const after = await readDetectionReport(session.browser, page, { until: (r: { found: object }) => !('rent' in r.found) });
    expect(Object.keys(after.found).sort(), JSON.stringify(after)).toEqual(['interpreter', 'physicalHealth', 'preferredName', 'psychologicalHealth', 'supportNeeded']);
    expect(after.missing).toEqual(expect.arrayContaining(['livesWith', 'rent']));
    await page.close();
  });
});

describe('the demo case system', () => {
  it.each([1, 2, 3, 4])('finds every question of intake segment %i, in its own controls', async (segment) => {
    const page = await open(demoPack, `demo/intake-${segment}.html?case=2026-04417`);
    const items = demoItemsBySegment(segment);
    const snapshots = await waitForExactDetection(page, 1, { byName: demoNames });
    expect(detectionProblems(snapshots, { byName: demoNames })).toEqual([]);
    expect(foundIn(snapshots)).toEqual([...items].sort());
    await expectReport(page, demoPack, items);
    await page.close();
  });
});

describe('the popup', () => {
  it('shows what was found on the tab and which questions are missing', async () => {
    const page = await open(legacyPack, 'legacy/index.html');
    await waitForExactDetection(page);
    await expectReport(page, legacyPack, expectedIn(await waitForExactDetection(page)));
    const tabId = await tabIdOf(session.browser, page);
    const popup = await session.browser.context.newPage();
    await popup.goto(session.browser.extensionUrl(`popup.html?tab=${tabId}`));
    await expect.poll(() => popup.getByTestId('detection-summary').textContent()).toBe('Found 13 of 16 questions on this page');
    const missing = await popup.getByTestId('detection-missing').locator('li').allTextContents();
    expect(missing.map((t) => t.trim()).sort()).toEqual([
      'Do you have any savings or assets?',
      'Have you been subjected to violence or threats of violence?',
      'Total monthly household expenses',
    ]);
    await popup.close();
    await page.close();
  });
});
