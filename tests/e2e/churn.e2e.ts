// A page that throws its whole form away and renders a new one every 100 ms, for
// 120 s (fixtures/churn/form.html; and a long form for a shorter run), while the
// adviser moves between questions and types answers now and then: the card is always
// the focused question's, the follow-ups still come, the content script does not hold
// on to the forms the page replaced (also once the adviser looks away from the form and
// detection follows the page in idle slices), and inside the page's own focus handling it
// reads the one field focused, not the new form (counted by the detector). The extension's
// long tasks and its share of the page's render (main-thread CPU time from a Chromium trace)
// are printed as figures, not judged: timings are measured by `npm run bench -- --only churn`.
// The overlay's draw count under an equal form: churn-equal-form.e2e.ts.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { coachReady } from './support/coaching-session';
import { evaluateInExtensionWorld } from './support/detection-harness';
import { useExtensionSession } from './support/extension-session';
import { LONG_TASK_MS, longBecauseOfExtension, traceTasks } from './support/task-trace';
import { churnRenders, clickField, overlay } from './support/churn-form';
import { retainerPaths } from './support/heap-retainers';

const session = useExtensionSession();

const CHURN_MS = 120_000;
/** design.md's budget for showing a card after focus: under 5 ms of script (here the main thread's CPU time). */
const FOCUS_SCRIPT_MS = 5;
const LOOK_AWAY_MS = 8_000;
/** Replaced forms that may still sit in a pending observer record, timer or label index when the page stops (one second's). */
const IN_FLIGHT_FORMS = 10;

interface Visit {
  /** Field name in the fixture (its id is `ch-<name>`). */
  field: string;
  itemId: string;
  answer: string;
  /** The follow-up the answer must raise, the first time it is typed. */
  followUp?: string;
}

const QUESTIONS: Visit[] = [
  { field: 'phys', itemId: 'physical-health', answer: 'Back pain, otherwise fine. ' },
  { field: 'psych', itemId: 'psychological-health', answer: 'Not good. I have thought about how to take my life. ', followUp: 'suicide-risk' },
  { field: 'alc', itemId: 'alcohol', answer: 'Now and then. ' },
  { field: 'housing', itemId: 'housing', answer: 'A small flat, rent is late. ' },
  { field: 'household', itemId: 'household', answer: 'Me and two children. ' },
  { field: 'comments', itemId: 'health-comments', answer: 'I smoke cannabis most days to sleep. ', followUp: 'substance-mentioned' },
  { field: 'psych', itemId: 'psychological-health', answer: 'My partner hits me when he drinks. ', followUp: 'violence-mentioned' },
];

interface Counters {
  nodes: number;
  /** Nodes alive in the renderer and in no document: DOM counters' nodes minus those in the page (shadow roots included). */
  detached: number;
  documents: number;
  listeners: number;
  heapUsedKb: number;
  replacedAlive: number;
  replaced: number;
  /** Of each replaced form still alive, how many forms the page replaced after it. */
  aliveAges: number[];
}

/** After a full garbage collection: the renderer's DOM counters, the isolate's heap (page and content script share it), replaced forms still alive. */
async function countersAfterGc(page: Page, cdp: CDPSession): Promise<Counters> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const dom = await cdp.send('Memory.getDOMCounters');
  // Counted in the content script's world, the one that can open the overlay's closed root.
  const [inDocument] = await evaluateInExtensionWorld(
    page,
    null,
    `(() => {
      let count = 0;
      const walk = (root) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
        for (let node = walker.currentNode; node; node = walker.nextNode()) {
          count++;
          const shadow = node.nodeType === 1 && chrome.dom.openOrClosedShadowRoot(node);
          if (shadow) walk(shadow);
        }
      };
      walk(document);
      return String(count);
    })()`,
  );
  const heap = await cdp.send('Runtime.getHeapUsage');
  const forms = await page.evaluate(() => {
    const churn = (window as unknown as { churn: { stillAlive(): number; replaced(): number; aliveAges(): number[] } }).churn;
    return { alive: churn.stillAlive(), replaced: churn.replaced(), ages: churn.aliveAges() };
  });
  return {
    nodes: dom.nodes,
    detached: dom.nodes - Number(inDocument),
    documents: dom.documents,
    listeners: dom.jsEventListeners,
    heapUsedKb: Math.round(heap.usedSize / 1024),
    replacedAlive: forms.alive,
    replaced: forms.replaced,
    aliveAges: forms.ages,
  };
}

/** For replaced forms still alive past the ones in flight: who holds them (from a heap snapshot), to print with the failure. */
async function retainersOfOldForms(page: Page, cdp: CDPSession, counters: Counters): Promise<string[]> {
  if (!counters.aliveAges.some((age) => age >= IN_FLIGHT_FORMS)) return [];
  await page.evaluate((minAge) => (window as unknown as { churn: { tagAlive(minAge: number): void } }).churn.tagAlive(minAge), IN_FLIGHT_FORMS);
  return retainerPaths(cdp, 'LeakedFormTag');
}

/** What the detector says it did (counted in the content script's world). */
async function detectorStats(page: Page): Promise<{ fieldsReadAtOnce: number; incrementalPasses: number; fullScans: number }> {
  const [stats] = await evaluateInExtensionWorld(page, null, 'JSON.stringify(globalThis.adviserCoachDetection?.detector.stats() ?? null)');
  return JSON.parse(stats ?? 'null') ?? { fieldsReadAtOnce: NaN, incrementalPasses: NaN, fullScans: NaN };
}

/** Two seconds, then until the detector made no pass and read no field for a whole second (at most 30 s). */
async function detectorIdle(page: Page): Promise<void> {
  await page.waitForTimeout(2_000);
  const deadline = Date.now() + 30_000;
  let last = JSON.stringify(await detectorStats(page));
  while (Date.now() < deadline) {
    await page.waitForTimeout(1_000);
    const now = JSON.stringify(await detectorStats(page));
    if (now === last) return;
    last = now;
  }
}

/** The items the coach's detector has matched on the page now (counted in the content script's world). */
async function matchedItems(page: Page): Promise<string[]> {
  const [items] = await evaluateInExtensionWorld(page, null, 'JSON.stringify(globalThis.adviserCoachDetection?.detector.matches().map((m) => m.itemId) ?? [])');
  return JSON.parse(items ?? '[]') as string[];
}

/**
 * The coach is at work on the page, not just drawn: its toggle shown, a full scan done and every
 * question of the form matched to the pack. (Its field markers are no sign here: a form replaced
 * every 100 ms keeps them from being drawn.)
 */
async function coachAtWork(page: Page): Promise<void> {
  await coachReady(page);
  await expect.poll(async () => (await detectorStats(page)).fullScans, { timeout: 30_000 }).toBeGreaterThan(0);
  await expect.poll(() => matchedItems(page), { timeout: 30_000 }).toEqual(expect.arrayContaining([...new Set(QUESTIONS.map((q) => q.itemId))]));
}

const VARIANTS = [
  { name: 'the six-question form for two minutes', query: '', churnMs: CHURN_MS },
  // Every field of it is new at each render: reading them all in the page's focus handling, not the focused one, is what the fields-read count catches.
  { name: 'a 156-field form for 30 s', query: '?extra=150', churnMs: 30_000 },
];

describe('a form replaced every 100 ms', () => {
  it.each(VARIANTS)('$name: keeps the card on the focused question, raises follow-ups, keeps no replaced form alive', { timeout: CHURN_MS + 120_000 }, async ({ query, churnMs }) => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/churn/form.html${query}`);
    const started = Date.now();
    await coachReady(page);
    const cdp = await page.context().newCDPSession(page);
    // The baseline is what the page and a coach already at work hold: taken before the coach had
    // loaded (its toggle drawn, its pack's matcher and first scan not yet done: seen once under heavy
    // load, 14 MB where a quiet run starts near 35 MB), the 2× heap check below would measure the
    // coach's own start-up, not what replacing forms leaves behind. So: a full scan counted and every
    // question of the form matched to the pack (coachAtWork), then a few renders more.
    await coachAtWork(page);
    const rendersAtWork = await churnRenders(page);
    await page.waitForFunction((from) => (window as unknown as { churn: { renders(): number } }).churn.renders() > from + 20, rendersAtWork);
    const baseline = await countersAfterGc(page, cdp);
    const statsBefore = await detectorStats(page);
    const rendersBefore = baseline.replaced;
    const trace = await traceTasks(cdp, `chrome-extension://${session.browser.extensionId}/`, session.server.origin);

    const visits: { field: string; cardMs: number; misses: number; covered: boolean; shown: string[]; focused: string; wrongCards: string[]; missing?: boolean; followUp?: string; followUpMs?: number }[] = [];
    const followUpsSeen = new Set<string>();
    let warmHeapKb = 0;
    // Every question at least once, however slow the machine; then on until the two minutes are nearly up.
    for (let n = 0; n < QUESTIONS.length || Date.now() - started < churnMs - 5_000; n++) {
      const visit = QUESTIONS[n % QUESTIONS.length]!;
      const shownAt = Date.now();
      const click = await clickField(page, visit.field);
      const card = overlay(page).locator(`.card[data-item-id="${visit.itemId}"]`);
      const cardShown = await card.waitFor({ timeout: 15_000 }).then(
        () => true,
        () => false,
      );
      const cardMs = Date.now() - shownAt;
      // The card on screen is this question's and no other's.
      const shownIds = await overlay(page).locator('.card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-item-id') ?? ''));
      const focused = await page.evaluate(() => `${document.activeElement?.localName}#${document.activeElement?.id}`);
      const record: (typeof visits)[number] = { field: visit.field, cardMs, ...click, shown: shownIds, focused, wrongCards: cardShown ? shownIds.filter((id) => id !== visit.itemId) : shownIds };
      if (!cardShown) {
        visits.push({ ...record, missing: true });
        continue;
      }
      await page.keyboard.type(visit.answer, { delay: 0 });
      if (visit.followUp && !followUpsSeen.has(visit.followUp)) {
        const typedAt = Date.now();
        await overlay(page).locator(`.followup[data-follow-up-id="${visit.followUp}"]`).waitFor({ timeout: 15_000 });
        followUpsSeen.add(visit.followUp);
        Object.assign(record, { followUp: visit.followUp, followUpMs: Date.now() - typedAt });
      }
      // What was typed went on into each new field the page rendered.
      expect(await page.locator(`#ch-${visit.field}`).inputValue()).toContain(visit.answer.trim());
      visits.push(record);
      // The adviser listens for a while; the page keeps re-rendering.
      await page.waitForTimeout(500);
      // Every question visited once: each card and follow-up drawn, so the coach's code for them is loaded.
      if (n === QUESTIONS.length - 1) warmHeapKb = (await countersAfterGc(page, cdp)).heapUsedKb;
    }
    // The adviser looks away from the form (the focus on the page's heading): no focus move follows
    // the replacements, detection follows them at idle time, in slices the page's next render
    // can fall between. Whatever a slice was reading is in a replaced form by then.
    await page.locator('h1').evaluate((heading) => heading.setAttribute('tabindex', '-1'));
    await page.locator('h1').click();
    await page.waitForTimeout(Math.max(LOOK_AWAY_MS, churnMs - (Date.now() - started)));
    const renders = await page.evaluate(() => {
      const churn = (window as unknown as { churn: { stop(): void; renders(): number } }).churn;
      churn.stop();
      return churn.renders();
    });
    // Let the coach's own timers run out after the last render, then measure: its detector has
    // made no pass for a second (on a loaded machine its idle slices come late, still holding the
    // form they were reading; a form held after that is held for good).
    await detectorIdle(page);
    const traced = await trace.stop();
    const statsAfter = await detectorStats(page);
    const after = await countersAfterGc(page, cdp);
    const heldBy = await retainersOfOldForms(page, cdp, after);
    const longTasks = await page.evaluate(() =>
      (window as unknown as { churn: { longTasks(): { start: number; duration: number }[] } }).churn.longTasks(),
    );
    await cdp.detach();
    const ours = traced.extensionTasks;
    const longOfOurs = ours.filter(longBecauseOfExtension);
    const most = (key: 'threadMs' | 'wallMs' | 'extensionThreadMs' | 'gcInsideExtensionMs') => ours.reduce((max, task) => Math.max(max, task[key]), 0).toFixed(1);
    const readAtOnce = statsAfter.fieldsReadAtOnce - statsBefore.fieldsReadAtOnce;
    // What the extension did inside the page's own script calls (the render's focus() dispatches focusin there).
    // The page listens to no focus event: the listeners its focus() runs are the extension's.
    const inPage = traced.hostCalls.map((call) => (call.dispatchThreadMs.focusin ?? 0) + (call.dispatchThreadMs.focus ?? 0)).filter((ms) => ms > 0).sort((a, b) => a - b);
    const inPageAt = (share: number) => (inPage[Math.min(inPage.length - 1, Math.floor(inPage.length * share))] ?? 0).toFixed(2);
    // The same as a share of the page's own work in that render (both CPU time of one call, under the same load).
    const shares = traced.hostCalls.flatMap((call) => {
      const ours = (call.dispatchThreadMs.focusin ?? 0) + (call.dispatchThreadMs.focus ?? 0);
      return ours > 0 ? [ours / Math.max(1e-3, call.threadMs - ours)] : [];
    }).sort((a, b) => a - b);
    const medianShare = shares[Math.floor(shares.length / 2)] ?? NaN;
    const pageOwn = traced.hostCalls.map((call) => call.threadMs).sort((a, b) => a - b);
    const replacements = renders - rendersBefore;

    const cardTimes = visits.map((v) => v.cardMs).sort((a, b) => a - b);
    const longest = longTasks.reduce((max, task) => Math.max(max, task.duration), 0);
    console.log(
      [
        '── churn: a form replaced every 100 ms ──',
        `ran ${((Date.now() - started) / 1000).toFixed(0)} s, ${renders} renders; ${visits.length} field visits, ` +
          `card shown after median ${cardTimes[Math.floor(cardTimes.length / 2)]} ms (max ${cardTimes.at(-1)} ms); ` +
          `no card ${visits.filter((v) => v.missing).length}, wrong card ${visits.filter((v) => v.wrongCards.length).length}`,
        `clicks that missed the field: ${visits.reduce((sum, v) => sum + v.misses, 0)}; fields the coach's overlay covered whole: ${visits.filter((v) => v.covered).map((v) => v.field).join(', ') || 'none'}`,
        `follow-ups: ${visits.filter((v) => v.followUp).map((v) => `${v.followUp} after ${v.followUpMs} ms`).join(', ')}`,
        `after GC, before → after: DOM nodes ${baseline.nodes} → ${after.nodes} (in no document: ${baseline.detached} → ${after.detached}), documents ${baseline.documents} → ${after.documents}, ` +
          `JS listeners ${baseline.listeners} → ${after.listeners}, heap used ${baseline.heapUsedKb} (after every first visit ${warmHeapKb}) → ${after.heapUsedKb} kB`,
        ...visits.filter((v) => v.missing || v.wrongCards.length).map((v) => `  not right: ${JSON.stringify(v)}`),
        `replaced forms still alive: ${after.replacedAlive} of ${after.replaced} (replaced ${after.aliveAges.join(', ') || '-'} forms before the last)`,
        ...heldBy.map((path) => `  held: ${path}`),
        `long tasks in the page (wall clock, PerformanceObserver): ${longTasks.length} (longest ${Math.round(longest)} ms)`,
        `traced: ${traced.tasks} tasks on the page's main thread, the extension ran in ${ours.length}: its calls ${Math.round(traced.extensionThreadMs)} ms of thread time in all, ` +
          `at most ${most('extensionThreadMs')} ms in one task (garbage collection inside its calls left out: at most ${most('gcInsideExtensionMs')} ms in one task); ` +
          `those tasks at most ${most('threadMs')} ms thread time, ${most('wallMs')} ms wall; ` +
          `long tasks (≥ ${LONG_TASK_MS} ms thread time) the extension ran in: ${ours.filter((task) => task.threadMs >= LONG_TASK_MS).length}, caused: ${longOfOurs.length}`,
        `focus moves inside the page's render (the extension's listeners): ${inPage.length}, thread time median ${inPageAt(0.5)} ms, p95 ${inPageAt(0.95)} ms, max ${inPageAt(1)} ms, ` +
          `${inPage.filter((ms) => ms >= FOCUS_SCRIPT_MS).length} of them ≥ ${FOCUS_SCRIPT_MS} ms; ` +
          `the page's render itself ${(pageOwn[Math.floor(pageOwn.length / 2)] ?? 0).toFixed(2)} ms (median), the extension's share of it median ${(medianShare * 100).toFixed(1)} %`,
        `fields read inside the page's own event handling: ${readAtOnce} over ${replacements} replacements and ${visits.length} visits; ` +
          `detector passes ${statsAfter.incrementalPasses - statsBefore.incrementalPasses}, full scans ${statsAfter.fullScans - statsBefore.fullScans}`,
      ].join('\n'),
    );

    expect(visits.filter((v) => v.missing || v.wrongCards.length)).toEqual([]);
    expect([...followUpsSeen].sort()).toEqual(['substance-mentioned', 'suicide-risk', 'violence-mentioned']);
    // The page holds its replaced forms weakly: any still alive after GC is held by the extension.
    // The last one or two may still sit in a pending observer record or timer.
    expect(after.replacedAlive).toBeLessThanOrEqual(2);
    // And those are among the last replaced (in flight when the page stopped): none from the time the
    // adviser looked away, when slices of detection fell between the page's renders.
    expect(after.aliveAges.filter((age) => age >= IN_FLIGHT_FORMS)).toEqual([]);
    // Nodes in no document: a few forms' worth of slack (each is about 30 nodes; a leak of the
    // forms replaced in two minutes would be tens of thousands). The cards and follow-ups shown
    // since the baseline add to the nodes in the document, not to these.
    expect(after.detached).toBeLessThan(baseline.detached * 2 + 100);
    // The heap (page and content script share it) after the run, against the same once the coach was at work
    // on the page: what the churn added, less than the whole of what was there before it. "At work" is the
    // larger of the heap at the baseline and after every question's first visit: under heavy load the
    // baseline was once taken before the cards' code had run (18 MB, where the same run ended at 38 MB and
    // quiet runs start near 36 MB), and the check then measured the coach's start-up, not the churn.
    expect(after.heapUsedKb).toBeLessThan(Math.max(baseline.heapUsedKb, warmHeapKb) * 2);
    // The extension's long tasks and its share of the page's render are printed above, not judged:
    // timings are figures (`npm run bench -- --only churn` measures them), not pass/fail conditions.
    // The trace did see the extension's listeners run inside the page's renders (so the figures printed are real).
    expect(shares.length).toBeGreaterThan(visits.length);
    // Inside the page's task the coach reads the field the focus moved into, at most one per
    // replacement or visit, never the whole new form (its fields follow at idle time, in slices).
    expect(readAtOnce).toBeLessThanOrEqual(replacements + visits.length);
    await page.close();
  });
});

// The order a loaded machine brings: the coach reads the fields' aria-labelledby captions (or their
// `<label for>`) early, then (its idle slices starved, or the page now rendering other markup) reads
// none again for the rest of the run. Nothing the coach read then may keep that early form alive: here the page switches
// its markup for good after the first forms, so the ordering is the same on any machine.
describe('a form replaced by one in other markup', () => {
  it.each([
    { name: 'aria-labelledby, then label for', from: 2, to: 0 },
    { name: 'aria-labelledby, then wrapping labels', from: 2, to: 1 },
    // The `<label for>` index the detector keeps between passes must let go of the labels the page removed.
    { name: 'label for, then wrapping labels', from: 0, to: 1 },
  ])('$name: the forms read before the switch are not kept alive', { timeout: 120_000 }, async ({ from, to }) => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/churn/form.html?extra=20&shape=${from}`);
    await coachReady(page);
    const cdp = await page.context().newCDPSession(page);
    await clickField(page, 'psych');
    await overlay(page).locator('.card[data-item-id="psychological-health"]').waitFor({ timeout: 15_000 });
    await page.locator('h1').evaluate((heading) => heading.setAttribute('tabindex', '-1'));
    await page.locator('h1').click();
    const switchedAt = await page.evaluate((shape) => {
      const churn = (window as unknown as { churn: { keepShape(shape: number): void; renders(): number } }).churn;
      churn.keepShape(shape);
      return churn.renders();
    }, to);
    // Enough new forms that one from before the switch is well out of flight.
    await page.waitForFunction((n) => (window as unknown as { churn: { renders(): number } }).churn.renders() >= n, switchedAt + 3 * IN_FLIGHT_FORMS, { timeout: 30_000 });
    await page.evaluate(() => (window as unknown as { churn: { stop(): void } }).churn.stop());
    await page.waitForTimeout(2_000);
    const after = await countersAfterGc(page, cdp);
    const heldBy = await retainersOfOldForms(page, cdp, after);
    await cdp.detach();
    console.log(
      [
        `── markup ${from} → ${to}: replaced forms still alive ${after.replacedAlive} of ${after.replaced} (replaced ${after.aliveAges.join(', ') || '-'} forms before the last) ──`,
        ...heldBy.map((path) => `  held: ${path}`),
      ].join('\n'),
    );
    expect(after.aliveAges.filter((age) => age >= IN_FLIGHT_FORMS)).toEqual([]);
    expect(after.replacedAlive).toBeLessThanOrEqual(2);
    await page.close();
  });
});
