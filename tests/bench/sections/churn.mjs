// A page that throws its form away and renders an equal new one (new elements, same
// questions, ids and names), moving the focus into the new copy of the focused field,
// as tests/e2e/fixtures/churn/form.html does every 100 ms. Per replacement: the
// page's own task with the coach running (the coach hears the focus move inside it),
// the coach's follow-up work after it (the detector's pending pass), and the same
// replacement with no coach, in another tab sampled in turn: the ratio says what the
// coach adds. Rendering and animation frames are made synchronous, as in the coach section,
// so one call covers all the script work. Then real timers: long tasks over 5 s of
// replacements every 100 ms.
import { fileURLToPath } from 'node:url';
import { launchBenchBrowser } from '../bench-browser.mjs';
import { bundleForBrowser } from '../bundle-for-browser.mjs';
import { isolatedServer } from './detection.mjs';
import { fmt, round, summarize } from '../stats.mjs';

export const title = 'Churn: the form replaced by a new copy, focus moved into it (300-item pack; median / p95)';

const SIZES = [30, 300];
const SAMPLES = 60;
const WARMUP = 5;
const LIVE_MS = 5000;

/**
 * In the page: a form of `size` controls, and the page's render (`churnBench.render`):
 * a fresh copy of one template in place of the old form, values and focus carried over,
 * as a framework re-renders.
 */
function renderingPage(size) {
  const template = document.createElement('div');
  globalThis.coachBench.generatePage(size, template);
  const root = document.getElementById('root');
  root.append(template.firstElementChild.cloneNode(true));
  const controlsOf = (form) => form.querySelectorAll('input,select,textarea');
  const render = () => {
    const old = root.firstElementChild;
    const fresh = template.firstElementChild.cloneNode(true);
    const before = controlsOf(old);
    const after = controlsOf(fresh);
    let focused = -1;
    for (let i = 0; i < before.length; i++) {
      if (before[i] === document.activeElement) focused = i;
      if (before[i].type !== 'radio' && before[i].type !== 'checkbox') after[i].value = before[i].value;
    }
    old.replaceWith(fresh);
    if (focused >= 0) after[focused].focus();
  };
  globalThis.churnBench = { render, controlsOf, root };
}

export async function run({ log }) {
  const bundle = await bundleForBrowser(fileURLToPath(new URL('./coach.entry.ts', import.meta.url)), {
    alias: { 'wxt/browser': fileURLToPath(new URL('../extension-api-stub.ts', import.meta.url)) },
  });
  const server = await isolatedServer();
  const browser = await launchBenchBrowser();
  const figures = {};
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      // The baseline: the same page and replacements in another tab with no coach, sampled in
      // turn with the coach's, so both meet the same load on the machine.
      const alonePage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      for (const p of [page, alonePage]) {
        await p.goto(server.url);
        await p.addScriptTag({ content: bundle });
      }
      for (const p of [page, alonePage]) await p.evaluate(renderingPage, size);
      const setup = await page.evaluate(async () => {
        const { render, controlsOf, root } = globalThis.churnBench;
        const { detector, container, coach } = await globalThis.coachBench.startBenchCoach();
        await new Promise((resolve) => setTimeout(resolve, 200));
        const textFields = detector.matches().flatMap((m) => {
          const index = [...controlsOf(root.firstElementChild)].indexOf(m.control);
          return (m.control.localName === 'input' && m.control.type === 'text') || m.control.localName === 'textarea' ? [{ index, itemId: m.itemId }] : [];
        });
        globalThis.churnBench = { detector, coach, container, render, textFields, controlsOf, root };
        return { controls: controlsOf(root).length, found: detector.matches().length, textFields: textFields.length };
      });

      // Real timers and asynchronous rendering: long tasks while the page replaces its form every 100 ms.
      const live = await page.evaluate(async (liveMs) => {
        const { render, textFields, controlsOf, root, container } = globalThis.churnBench;
        const long = [];
        const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(e.duration)));
        observer.observe({ type: 'longtask' });
        const field = textFields[0];
        controlsOf(root.firstElementChild)[field.index].focus();
        // The overlay's renders once the card is up (after a second): the same field, question and card all along.
        let replaced = -1;
        const timer = setInterval(() => {
          render();
          if (replaced >= 0) replaced++;
        }, 100);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const { renderCounts } = globalThis.coachBench;
        const drawnBefore = renderCounts.overlay;
        replaced = 0;
        await new Promise((resolve) => setTimeout(resolve, liveMs - 1000));
        const drawn = renderCounts.overlay - drawnBefore;
        clearInterval(timer);
        await new Promise((resolve) => setTimeout(resolve, 500));
        observer.disconnect();
        const card = !!container.querySelector(`.card[data-item-id="${field.itemId}"]`);
        return { long, card, drawn, replaced };
      }, LIVE_MS);

      await page.evaluate(() => {
        const { options } = globalThis.coachBench;
        options.debounceRendering = (callback) => callback();
        window.requestAnimationFrame = (callback) => {
          callback(performance.now());
          return 0;
        };
      });
      const timed = { pageTask: [], after: [], alone: [], cardInTask: 0, rightCard: 0, isolated: true };
      const fieldCount = setup.textFields;
      for (let k = 0; k < WARMUP + SAMPLES; k++) {
        const which = (k * 7) % fieldCount;
        const sample = await page.evaluate((which) => {
          const { detector, container, render, textFields, controlsOf, root } = globalThis.churnBench;
          const field = textFields[which];
          controlsOf(root.firstElementChild)[field.index].focus();
          detector.flush();
          let start = performance.now();
          render();
          const taskMs = performance.now() - start;
          const inTask = !!container.querySelector(`.card[data-item-id="${field.itemId}"]`);
          start = performance.now();
          detector.flush();
          const afterMs = performance.now() - start;
          const cards = [...container.querySelectorAll('.card')].map((card) => card.getAttribute('data-item-id'));
          return { taskMs, afterMs, inTask, right: cards.length === 1 && cards[0] === field.itemId, index: field.index, isolated: globalThis.crossOriginIsolated };
        }, which);
        const aloneMs = await alonePage.evaluate((index) => {
          const { render, controlsOf, root } = globalThis.churnBench;
          controlsOf(root.firstElementChild)[index].focus();
          const start = performance.now();
          render();
          return performance.now() - start;
        }, sample.index);
        timed.isolated &&= sample.isolated;
        if (k < WARMUP) continue;
        timed.pageTask.push(sample.taskMs);
        timed.after.push(sample.afterMs);
        timed.alone.push(aloneMs);
        if (sample.inTask) timed.cardInTask++;
        if (sample.right) timed.rightCard++;
      }
      await page.close();
      await alonePage.close();

      const task = summarize(timed.pageTask);
      const follow = summarize(timed.after);
      const both = summarize(timed.pageTask.map((ms, i) => ms + timed.after[i]));
      const alone = summarize(timed.alone);
      const ratio = both.median / alone.median;
      log(`  ${size} controls (${setup.found} items found, ${setup.textFields} free-text fields):`);
      log(`    page's task, coach on    ${fmt(task.median).padStart(9)} / ${fmt(task.p95).padStart(9)}   (the coach hears the focus move inside it)`);
      log(`    coach's pass after it    ${fmt(follow.median).padStart(9)} / ${fmt(follow.p95).padStart(9)}`);
      log(`    replacement in all       ${fmt(both.median).padStart(9)} / ${fmt(both.p95).padStart(9)}`);
      log(`    page alone (baseline)    ${fmt(alone.median).padStart(9)} / ${fmt(alone.p95).padStart(9)}   ratio ${ratio.toFixed(2)}×`);
      log(`    right card: ${timed.rightCard} of ${SAMPLES}, already within the page's task: ${timed.cardInTask} of ${SAMPLES}`);
      log(`    live, every 100 ms for ${LIVE_MS / 1000} s: ${live.long.length} long task(s)${live.long.length ? ` (longest ${fmt(Math.max(...live.long))})` : ''}, card ${live.card ? 'on' : 'NOT on'} the focused field`);
      log(`    overlay drawn ${live.drawn} times in the last ${live.replaced} replacements (the same card throughout)`);
      if (!timed.isolated) log('    (timer not cross-origin isolated: 0.1 ms resolution)');
      figures[`churn${size}TaskMedianMs`] = round(task.median);
      figures[`churn${size}TaskP95Ms`] = round(task.p95);
      figures[`churn${size}ReplacementMedianMs`] = round(both.median);
      figures[`churn${size}ReplacementP95Ms`] = round(both.p95);
      figures[`churn${size}PageAloneMedianMs`] = round(alone.median);
      figures[`churn${size}Ratio`] = round(ratio);
      figures[`churn${size}LongTasks`] = live.long.length;
      figures[`churn${size}OverlayRenders`] = live.drawn;
    }
    log('  budget: no long task; the coach adds a small fraction to what the page itself spends.');
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}
