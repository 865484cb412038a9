// The live coach on the 2,000-control page with a 300-item pack: script time from
// focus to card, and from a keystroke to a follow-up; long tasks while typing.
// "Script time": the bench makes Preact render and requestAnimationFrame run
// synchronously, so one synchronous call covers all the work the browser would
// otherwise spread over a microtask and the next frame (handlers, answer reading,
// condition evaluation, render, layout reads for placement).
import { fileURLToPath } from 'node:url';
import { launchBenchBrowser } from '../bench-browser.mjs';
import { bundleForBrowser } from '../bundle-for-browser.mjs';
import { fmt, round, summarize } from '../stats.mjs';

export const title = 'Live coach (2,000 controls, 300-item pack, whole lexicon and its combinations + 1,000 pack words; median / p95)';

const SAMPLES = 60;
/** Disclosures as clients say and advisers note them: the critical follow-up must come up for each. */
const DISCLOSURES = ['I want to take my life', 'She says she has thought of ending it', 'hon vill ta sitt liv', 'han har prøvd å ta livet av seg', 'suicde attempt last year'];

export async function run({ log }) {
  const bundle = await bundleForBrowser(fileURLToPath(new URL('./coach.entry.ts', import.meta.url)), {
    alias: { 'wxt/browser': fileURLToPath(new URL('../extension-api-stub.ts', import.meta.url)) },
  });
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>coach bench</title></head><body><main id="root"></main></body></html>');
    await page.addScriptTag({ content: bundle });
    const setup = await page.evaluate(async () => {
      const { startBenchCoach, generatePage } = globalThis.coachBench;
      generatePage(2000, document.getElementById('root'));
      const { detector, overlay, container } = await startBenchCoach();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const textFields = detector.matches().filter((m) => m.control.tagName === 'INPUT' && m.control.type === 'text' || m.control.tagName === 'TEXTAREA');
      globalThis.bench = { detector, overlay, container, textFields };
      return { controls: document.querySelectorAll('input,select,textarea').length, found: detector.matches().length, textFields: textFields.length };
    });

    // Real typing with real timers and asynchronous rendering: count long tasks.
    const typing = await page.evaluate(async () => {
      const long = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(e.duration)));
      observer.observe({ type: 'longtask' });
      globalThis.bench.textFields[0].control.focus();
      globalThis.bench.long = long;
      globalThis.bench.observer = observer;
    }).then(async () => {
      await page.keyboard.type('Things have been hard, I have thought I would take my life. ', { delay: 15 });
      await page.waitForTimeout(1000);
      return page.evaluate(() => {
        globalThis.bench.observer.disconnect();
        const followUps = globalThis.bench.container.querySelectorAll('.followup').length;
        return { long: globalThis.bench.long, followUps };
      });
    });

    const latency = await page.evaluate(({ samples, disclosures: DISCLOSURES }) => {
      const { options } = globalThis.coachBench;
      const { container, textFields } = globalThis.bench;
      // Render synchronously and run animation frames at once: one call = all the script work.
      options.debounceRendering = (callback) => callback();
      window.requestAnimationFrame = (callback) => {
        callback(performance.now());
        return 0;
      };
      const focus = [];
      const keystroke = [];
      for (let k = 0; k < samples + 5; k++) {
        const field = textFields[(k * 7) % textFields.length];
        const other = textFields[(k * 7 + 3) % textFields.length];
        other.control.focus();
        let start = performance.now();
        field.control.focus();
        const card = container.querySelector(`.card[data-item-id="${field.itemId}"]`);
        const focusMs = performance.now() - start;
        if (!card) throw new Error(`no card for ${field.itemId}`);

        // A keystroke (input event), then the evaluation the typing pause triggers
        // (the change path runs the same evaluation at once).
        field.control.value = k % 2 ? DISCLOSURES[k % DISCLOSURES.length] : 'things are fine';
        start = performance.now();
        field.control.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'e' }));
        field.control.dispatchEvent(new Event('change', { bubbles: true }));
        const keyMs = performance.now() - start;
        const shown = !!container.querySelector(`.followup[data-follow-up-id="risk"]`);
        if (k % 2 && !shown) throw new Error('no follow-up shown');
        // Acknowledge so the next sample starts clean.
        container.querySelectorAll('.followup button.primary').forEach((b) => b.click());
        field.control.value = '';
        field.control.dispatchEvent(new Event('change', { bubbles: true }));
        if (k >= 5) {
          focus.push(focusMs);
          if (k % 2) keystroke.push(keyMs);
        }
      }
      // A long note (5,000 characters, the most the coach reads of a field) with the disclosure at its end.
      const long = [];
      const note = 'Met the client today, we talked about housing, money and the job search at some length. '.repeat(58).slice(0, 4950) + ' She says she has thought of ending it.';
      for (let k = 0; k < 25; k++) {
        const field = textFields[(k * 11) % textFields.length];
        field.control.focus();
        field.control.value = note;
        const start = performance.now();
        field.control.dispatchEvent(new Event('change', { bubbles: true }));
        const ms = performance.now() - start;
        if (!container.querySelector(`.followup[data-follow-up-id="risk"]`)) throw new Error('no follow-up for the long note');
        container.querySelectorAll('.followup button.primary').forEach((b) => b.click());
        field.control.value = '';
        field.control.dispatchEvent(new Event('change', { bubbles: true }));
        if (k >= 5) long.push(ms);
      }
      // The popup check each placing makes (part of focus → card above), on its own.
      const popupCheck = [];
      for (let k = 0; k < samples; k++) {
        const field = textFields[(k * 13) % textFields.length];
        popupCheck.push(globalThis.coachBench.popupCheckMs(field.controls.length ? field.controls : [field.control]));
      }
      return { focus, keystroke, long, popupCheck, isolated: globalThis.crossOriginIsolated };
    }, { samples: SAMPLES, disclosures: DISCLOSURES });

    const focus = summarize(latency.focus);
    const key = summarize(latency.keystroke);
    const longNote = summarize(latency.long);
    const popupCheck = summarize(latency.popupCheck);
    log(`  page: ${setup.controls} controls, ${setup.found} items found, ${setup.textFields} free-text fields`);
    log(`  focus → card            ${fmt(focus.median).padStart(9)} / ${fmt(focus.p95).padStart(9)}`);
    log(`  keystroke → follow-up   ${fmt(key.median).padStart(9)} / ${fmt(key.p95).padStart(9)}   (input handler + evaluation + render)`);
    log(`  popup check per placing ${fmt(popupCheck.median).padStart(9)} / ${fmt(popupCheck.p95).padStart(9)}   (the host's open lists, pickers, bubbles; field in sight)`);
    log(`  5,000-character note    ${fmt(longNote.median).padStart(9)} / ${fmt(longNote.p95).padStart(9)}   (the same, the disclosure at the end)`);
    log(`  typing 62 characters    ${typing.long.length} long task(s)${typing.long.length ? ` (${typing.long.map((d) => fmt(d)).join(', ')})` : ''}, ${typing.followUps} follow-up(s) shown`);
    log('  budget: under 5 ms median, no long task while typing.');
    return {
      focusToCardMedianMs: round(focus.median),
      focusToCardP95Ms: round(focus.p95),
      keystrokeToFollowUpMedianMs: round(key.median),
      keystrokeToFollowUpP95Ms: round(key.p95),
      longNoteToFollowUpMedianMs: round(longNote.median),
      popupCheckMedianMs: round(popupCheck.median),
      longTasksWhileTyping: typing.long.length,
    };
  } finally {
    await browser.close();
  }
}
