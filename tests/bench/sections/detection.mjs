// Field detection in headless Chromium: initial scan+match, an incremental re-scan
// after 10 controls are replaced, and the floor (list the controls, read their
// `labels`) beside a stricter linear one, on generated pages of 200, 2,000 and
// 10,000 controls against a 300-item pack. Times the shipped modules (utils/dom, rules/match-*), bundled.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { launchBenchBrowser } from '../bench-browser.mjs';
import { bundleForBrowser } from '../bundle-for-browser.mjs';
import { fmt, round, summarize } from '../stats.mjs';

export const title = 'Field detection (300-item pack; median / p95)';

const SIZES = [200, 2000, 10000];
const SAMPLES = { 200: 40, 2000: 25, 10000: 8 };
// The floor through control.labels costs 0.2 s at 2,000 controls and seconds at 10,000 (see labelsPropertyFloor).
const FLOOR_SAMPLES = { 200: 25, 2000: 10, 10000: 3 };
const WARMUP = 3;

/** A blank page served cross-origin isolated, so performance.now() has 5 µs resolution instead of 100 µs. */
export async function isolatedServer() {
  const server = createServer((request, response) => {
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    response.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><main id="root"></main></body></html>');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, close: () => new Promise((done) => server.close(done)) };
}

export async function run({ log }) {
  const bundle = await bundleForBrowser(fileURLToPath(new URL('./detection.entry.ts', import.meta.url)));
  const server = await isolatedServer();
  const browser = await launchBenchBrowser();
  const figures = {};
  try {
    for (const size of SIZES) {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.addScriptTag({ content: bundle });
      const result = await page.evaluate(
        async ({ size, samples, floorSamples, warmup }) => {
          const {
            createFieldDetector, createPagePackMatcher, benchPack, generatePage, replaceControls,
            labelsPropertyFloor, labelPassFloor, markDocumentChanged,
          } = globalThis.detectionBench;
          const isolated = globalThis.crossOriginIsolated;
          const pack = benchPack();
          const t0 = performance.now();
          const matcher = createPagePackMatcher(pack);
          const matcherMs = performance.now() - t0;
          generatePage(size, document.getElementById('root'));
          const controls = document.querySelectorAll('input,select,textarea').length;

          // The first scan on a fresh page, as a content script meets it: nothing compiled, no wrappers yet.
          let start = performance.now();
          createFieldDetector({ pack: matcher, sliceMs: Infinity, observe: false }).stop();
          const firstMs = performance.now() - start;

          // Each sample follows a change to the page that touches no control, as detection meets a page;
          // the floor through control.labels rebuilds its lists then and is slow, so it gets fewer samples.
          const scan = [];
          const floorMs = [];
          const passMs = [];
          const unmatchedMs = [];
          const unmatchedDrawnMs = [];
          let unmatched = { total: 0, questions: [] };
          let matched = 0;
          let fields = 0;
          for (let k = 0; k < warmup + samples; k++) {
            markDocumentChanged();
            start = performance.now();
            const detector = createFieldDetector({ pack: matcher, sliceMs: Infinity, observe: false });
            const scanMs = performance.now() - start;
            matched = detector.matches().length;
            fields = detector.stats().fields;
            // What a report adds, in its own task(s) after the scan, when the page has drawn (a report runs in a
            // timer 150 ms after the last change): the fields that look like questions and match nothing. The
            // first list judges every unmatched field; later ones reuse those verdicts while the fields stay.
            void document.body.offsetHeight;
            start = performance.now();
            unmatched = detector.unmatchedQuestions();
            const listMs = performance.now() - start;
            start = performance.now();
            detector.unmatchedQuestions();
            const listDrawnMs = performance.now() - start;
            detector.stop();
            markDocumentChanged();
            start = performance.now();
            labelPassFloor();
            const passFloorMs = performance.now() - start;
            if (k >= warmup) {
              scan.push(scanMs);
              passMs.push(passFloorMs);
              unmatchedMs.push(listMs);
              unmatchedDrawnMs.push(listDrawnMs);
            }
          }
          for (let k = 0; k < floorSamples; k++) {
            markDocumentChanged();
            start = performance.now();
            labelsPropertyFloor();
            floorMs.push(performance.now() - start);
          }

          // Incremental: a live detector; 10 controls replaced by equivalent new ones; the pass that follows.
          const incremental = [];
          const live = createFieldDetector({ pack: matcher, sliceMs: Infinity, idleTimeoutMs: 1e9 });
          await live.ready;
          for (let k = 0; k < warmup + samples; k++) {
            replaceControls(10, k);
            start = performance.now();
            live.flush();
            const ms = performance.now() - start;
            if (k >= warmup) incremental.push(ms);
          }
          const stillMatched = live.matches().length;
          live.stop();

          // Long tasks: the real, sliced scan as the content script runs it.
          const long = [];
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) long.push(entry.duration);
          });
          observer.observe({ type: 'longtask' });
          await new Promise((resolve) => setTimeout(resolve, 100));
          long.length = 0;
          const slicedStart = performance.now();
          const sliced = createFieldDetector({ pack: matcher, observe: false });
          await sliced.ready;
          const slicedMs = performance.now() - slicedStart;
          sliced.stop();
          await new Promise((resolve) => setTimeout(resolve, 200));
          observer.disconnect();

          return {
            isolated, matcherMs, controls, fields, matched, stillMatched, scan, floorMs, passMs, incremental, long, slicedMs, firstMs,
            unmatchedMs, unmatchedDrawnMs, unmatchedTotal: unmatched.total, unmatchedListed: unmatched.questions.length,
          };
        },
        { size, samples: SAMPLES[size], floorSamples: FLOOR_SAMPLES[size], warmup: WARMUP },
      );
      await page.close();

      const scan = summarize(result.scan);
      const floor = summarize(result.floorMs);
      const pass = summarize(result.passMs);
      const incremental = summarize(result.incremental);
      const unmatchedList = summarize(result.unmatchedMs);
      const unmatchedDrawn = summarize(result.unmatchedDrawnMs);
      const ratio = scan.median / floor.median;
      const passRatio = scan.median / pass.median;
      log(
        `${String(size).padStart(6)} controls (${result.fields} fields, ${result.matched} items found${
          result.stillMatched !== result.matched ? `, ${result.stillMatched} after re-renders` : ''
        }):`,
      );
      log(`         scan+match   ${fmt(scan.median).padStart(9)} / ${fmt(scan.p95).padStart(9)}   (first, cold: ${fmt(result.firstMs)})`);
      log(`         floor        ${fmt(floor.median).padStart(9)} / ${fmt(floor.p95).padStart(9)}   ratio ${ratio.toFixed(2)}×`);
      log(`         label pass   ${fmt(pass.median).padStart(9)} / ${fmt(pass.p95).padStart(9)}   ratio ${passRatio.toFixed(2)}×`);
      log(`         incremental  ${fmt(incremental.median).padStart(9)} / ${fmt(incremental.p95).padStart(9)}   (10 controls replaced)`);
      log(`         unmatched    ${fmt(unmatchedList.median).padStart(9)} / ${fmt(unmatchedList.p95).padStart(9)}   (a report's first list of questions no item matches, ${result.unmatchedListed} of ${result.unmatchedTotal}, sliced; later lists: ${fmt(unmatchedDrawn.median)} / ${fmt(unmatchedDrawn.p95)})`);
      log(`         sliced scan  ${fmt(result.slicedMs).padStart(9)} wall, ${result.long.length} long task(s)${result.long.length ? ` (${result.long.map((d) => fmt(d)).join(', ')})` : ''}`);
      if (!result.isolated) log('         (timer not cross-origin isolated: 0.1 ms resolution)');
      figures[`scan${size}MedianMs`] = round(scan.median);
      figures[`scan${size}P95Ms`] = round(scan.p95);
      figures[`floor${size}MedianMs`] = round(floor.median);
      figures[`floor${size}P95Ms`] = round(floor.p95);
      figures[`ratio${size}`] = round(ratio);
      figures[`labelPass${size}MedianMs`] = round(pass.median);
      figures[`labelPassRatio${size}`] = round(passRatio);
      figures[`incremental${size}MedianMs`] = round(incremental.median);
      figures[`incremental${size}P95Ms`] = round(incremental.p95);
      figures[`longTasks${size}`] = result.long.length;
      figures[`unmatched${size}FirstMedianMs`] = round(unmatchedList.median);
      figures[`unmatched${size}FirstP95Ms`] = round(unmatchedList.p95);
      figures[`unmatched${size}MedianMs`] = round(unmatchedDrawn.median);
      figures[`unmatched${size}Total`] = result.unmatchedTotal;
      figures[`found${size}`] = result.matched;
      figures[`scan${size}FirstMs`] = round(result.firstMs);
      if (size === SIZES[0]) {
        figures.packMatcherBuildMs = round(result.matcherMs);
        log(`         (the pack's indexes, built once per page before the first scan: ${fmt(result.matcherMs)})`);
      }
    }
    Object.assign(figures, await lateRender(browser, server, bundle, log));
    log('  floor: querySelectorAll over the controls + reading each one\'s `labels`, after a change to the page');
    log('  (Chromium then walks the whole document per control). label pass: the same answer from one pass');
    log('  over the <label>s, linear in the page, a stricter yardstick. Every sample follows such a change.');
    log('  budgets: 2,000 controls < 16 ms and ≤ 4× floor; incremental < 2 ms; no long task at 10,000 or in a late render.');
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

const LATE_CONTROLS = 500;

/**
 * A form library that renders hundreds of controls in one batch after the first
 * scan: a live detector (sliced, observing) on a small page, then 500 controls
 * appended at once. Counts the long tasks until detection has followed, and the
 * longest stretch of detection work.
 */
export async function lateRender(browser, server, bundle, log) {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.addScriptTag({ content: bundle });
  const result = await page.evaluate(async (lateControls) => {
    const { createFieldDetector, createPagePackMatcher, benchPack, generatePage } = globalThis.detectionBench;
    const matcher = createPagePackMatcher(benchPack());
    generatePage(20, document.getElementById('root'));
    const detector = createFieldDetector({ pack: matcher });
    await detector.ready;
    const later = document.createElement('section');
    generatePage(lateControls, later);
    const long = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(e.duration)));
    observer.observe({ type: 'longtask' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    long.length = 0;
    // The detector's longest slice so far (its first scan, on a cold page) is not the late render's.
    const before = { fields: detector.stats().fields, found: detector.matches().length, longestWorkMs: detector.stats().longestWorkMs };
    const start = performance.now();
    document.body.append(later);
    // The page's own share of the task: inserting the controls and laying them out.
    void document.body.offsetHeight;
    const pageMs = performance.now() - start;
    const added = later.querySelectorAll('input,select,textarea').length;
    // Followed when the detector has taken in the new controls and stays put for a while.
    let followedMs = Infinity;
    let fields = before.fields;
    for (let quiet = 0; quiet < 60 && performance.now() - start < 20000; ) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const now = detector.stats().fields;
      if (now !== fields) {
        fields = now;
        followedMs = performance.now() - start;
        quiet = 0;
      } else if (fields > before.fields) {
        quiet++;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    const stats = detector.stats();
    detector.stop();
    const lateWorkMs = stats.longestWorkMs > before.longestWorkMs ? stats.longestWorkMs : null;
    return { long, followedMs, added, pageMs, fields: stats.fields, found: detector.matches().length, before, lateWorkMs };
  }, LATE_CONTROLS);
  await page.close();
  log(`  late render: ${result.added} controls appended at once to a page of ${result.before.fields} fields (${result.before.found} → ${result.found} items found)`);
  log(`         followed in ${fmt(result.followedMs)}, longest detection slice ${result.lateWorkMs === null ? `at most ${fmt(result.before.longestWorkMs)} (its first scan's)` : fmt(result.lateWorkMs)}, ${result.long.length} long task(s)${result.long.length ? ` (${result.long.map((d) => fmt(d)).join(', ')})` : ''}`);
  log(`         (the page's own insertion and layout of the controls: ${fmt(result.pageMs)}, in the task that appended them)`);
  return {
    longTasksLateRender: result.long.length,
    lateRenderLongestWorkMs: round(result.lateWorkMs ?? result.before.longestWorkMs),
    lateRenderPageMs: round(result.pageMs),
    lateRenderFollowedMs: round(result.followedMs),
  };
}
