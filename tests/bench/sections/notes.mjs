// Private notes with 50,000 notes in the extension's own IndexedDB, in real Chromium:
// opening a case's notes and a word-prefix search (budget: under 50 ms median each),
// and what the passphrase lock costs.
import { fileURLToPath } from 'node:url';
import { bundleForBrowser } from '../bundle-for-browser.mjs';
import { fmt, round, summarize } from '../stats.mjs';
import { launchWithExtension } from '../../e2e/support/launch-browser.mjs';

export const title = 'Private notes (50,000 notes in IndexedDB, extension origin; median / p95)';

const NOTES = 50_000;
const SAMPLES = 200;
const WARMUP = 20;

export async function run({ log }) {
  const bundle = await bundleForBrowser(fileURLToPath(new URL('./notes.entry.ts', import.meta.url)), {
    alias: { 'wxt/browser': fileURLToPath(new URL('../extension-api-stub.ts', import.meta.url)) },
  });
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    // An extension page: the notes database lives in the extension origin, as in the side panel.
    await page.goto(browser.extensionUrl('options.html'));
    await page.evaluate(bundle); // through DevTools, so the page's script policy does not apply

    const seeded = await page.evaluate(async (total) => {
      const { NotesDatabase, seed, time } = globalThis.notesBench;
      const db = new NotesDatabase('adviser-coach-notes-bench');
      await db.open();
      globalThis.benchDb = db;
      const { ms, result } = await time(() => seed(db, total));
      globalThis.benchKeys = result.caseKeys;
      globalThis.benchLargest = result.largestCase.caseKey;
      const indexEntries = await db.notes.where('words').between('', '\uffff').count();
      return { ms, notes: result.notes, cases: result.cases, largestCase: result.largestCase, indexEntries };
    }, NOTES);

    const plain = await page.evaluate(
      async ({ samples, warmup }) => {
        const { listCaseNotes, searchNotes, queries, PLAIN } = globalThis.notesBench;
        const db = globalThis.benchDb;
        const keys = globalThis.benchKeys;
        const open = [];
        const openCounts = [];
        for (let i = 0; i < samples + warmup; i++) {
          const key = keys[(i * 7919) % keys.length];
          const start = performance.now();
          const notes = await listCaseNotes(db, PLAIN, key);
          if (i >= warmup) {
            open.push(performance.now() - start);
            openCounts.push(notes.length);
          }
        }
        const largest = [];
        for (let i = 0; i < 30; i++) {
          const start = performance.now();
          await listCaseNotes(db, PLAIN, globalThis.benchLargest);
          largest.push(performance.now() - start);
        }
        const search = [];
        const totals = [];
        let uncounted = 0;
        const qs = queries(samples + warmup);
        for (let i = 0; i < qs.length; i++) {
          const start = performance.now();
          const result = await searchNotes(db, PLAIN, qs[i]);
          if (i >= warmup) {
            search.push(performance.now() - start);
            if (result.total === undefined) uncounted++;
            else totals.push(result.total);
          }
        }
        const broad = [];
        // What the box holds after the first keystrokes: a letter or two, matching most notes.
        for (const q of ['a', 's', 'ti', 'to', 'in', 'and the']) {
          const start = performance.now();
          const result = await searchNotes(db, PLAIN, q);
          broad.push({ q, ms: performance.now() - start, total: result.total });
        }
        return { open, openCounts, largest, search, totals, uncounted, broad, sampleQueries: qs.slice(warmup, warmup + 8) };
      },
      { samples: SAMPLES, warmup: WARMUP },
    );

    // The lock: seal all 50,000 notes, then the same operations with decryption.
    const sealed = await page.evaluate(
      async ({ samples }) => {
        const { listCaseNotes, searchInMemory, indexInMemory, fromRecords, turnOnLock, queries, time } = globalThis.notesBench;
        const db = globalThis.benchDb;
        const keys = globalThis.benchKeys;
        const lock = await time(() => turnOnLock(db, 'bench passphrase long enough'));
        const sealing = { mode: 'sealed', key: lock.result };
        const open = [];
        for (let i = 0; i < samples; i++) {
          const start = performance.now();
          await listCaseNotes(db, sealing, keys[(i * 7919) % keys.length]);
          open.push(performance.now() - start);
        }
        const index = await time(async () => new Map((await fromRecords(await db.notes.toArray(), sealing)).map((n) => [n.id, indexInMemory(n)])));
        const search = [];
        for (const q of queries(samples)) {
          const start = performance.now();
          searchInMemory(index.result.values(), q);
          search.push(performance.now() - start);
        }
        return { lockMs: lock.ms, open, indexMs: index.ms, search };
      },
      { samples: SAMPLES },
    );

    const open = summarize(plain.open);
    const largest = summarize(plain.largest);
    const search = summarize(plain.search);
    const openCounts = summarize(plain.openCounts);
    const totals = summarize(plain.totals);
    const sealedOpen = summarize(sealed.open);
    const sealedSearch = summarize(sealed.search);
    log(`  seeded ${seeded.notes} notes over ${seeded.cases} cases in ${(seeded.ms / 1000).toFixed(1)} s (${seeded.indexEntries} word-index entries); largest case ${seeded.largestCase.notes} notes`);
    log(`  open a case's notes     ${fmt(open.median).padStart(9)} / ${fmt(open.p95).padStart(9)}   (${openCounts.median} notes median, ${openCounts.max} max)`);
    log(`  open the largest case   ${fmt(largest.median).padStart(9)} / ${fmt(largest.p95).padStart(9)}   (${seeded.largestCase.notes} notes)`);
    log(`  prefix search           ${fmt(search.median).padStart(9)} / ${fmt(search.p95).padStart(9)}   (counted matches: median ${totals.median}, p95 ${totals.p95}; ${plain.uncounted} of ${plain.search.length} "more than 50"; e.g. ${plain.sampleQueries.map((q) => `"${q}"`).join(', ')})`);
    log(`  first keystrokes        ${plain.broad.map((b) => `"${b.q}" ${fmt(b.ms)}${b.total === undefined ? '' : ` (${b.total})`}`).join(', ')}`);
    log(`  with the lock on: turning it on (PBKDF2 + sealing all) ${(sealed.lockMs / 1000).toFixed(1)} s; open a case ${fmt(sealedOpen.median)} / ${fmt(sealedOpen.p95)};`);
    log(`    first search after unlock decrypts all notes: ${(sealed.indexMs / 1000).toFixed(1)} s; then each search ${fmt(sealedSearch.median)} / ${fmt(sealedSearch.p95)}`);
    log('  budget: under 50 ms median for opening a case and for a search.');
    return {
      notesOpenCase50kMedianMs: round(open.median),
      notesOpenCase50kP95Ms: round(open.p95),
      notesOpenLargestCase50kMedianMs: round(largest.median),
      notesSearch50kMedianMs: round(search.median),
      notesSearch50kP95Ms: round(search.p95),
      notesSealedOpenCase50kMedianMs: round(sealedOpen.median),
      notesSealedFirstSearch50kMs: round(sealed.indexMs),
      notesSealedSearch50kMedianMs: round(sealedSearch.median),
    };
  } finally {
    await browser.close();
  }
}
