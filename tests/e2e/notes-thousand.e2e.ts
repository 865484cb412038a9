// A thousand notes typed without pause into the side panel while Chromium stops
// the extension's service worker (DevTools protocol) every 50 notes and the panel
// is closed and opened again every 200: read back from the extension's own
// IndexedDB, every note is there once, whole, and alone.
import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDemoCase, openPanel, useNotesBrowser } from './support/notes-pages';

const notes = useNotesBrowser();

const NOTE_COUNT = 1000;
const STOP_WORKER_EVERY = 50;
const REOPEN_PANEL_EVERY = 200;
/** Keys of each note pressed one at a time; one round trip to the browser each (two on a loaded machine is most of the run). */
const KEYS_ONE_BY_ONE = 3;

/**
 * Words of varied script and width: Nordic letters, a combining accent, an emoji
 * (two UTF-16 units), Han, Arabic (right to left), a hashtag and punctuation,
 * so a cut in the middle of a character or a mix-up of two notes shows.
 */
const WORDS = [
  'hyran', 'betald', 'för', 'sent', 'ring', 'tilbake', 'søknad', 'bostøtte', 'Å', 'æ', 'ø',
  'cafe\u0301', '🏠', '👨‍👩‍👧', '住房', 'إيجار', '#uppföljning', '“quoted”', '—', '3/5',
  'landlord', 'letter', 'dated', 'Friday,', 'no', 'income', 'since', 'March.', '½', 'ß',
];

/** Note `n`: a unique marker at both ends, and 0–59 words between them (deterministic). */
function noteText(n: number): { marker: string; body: string; text: string } {
  const marker = `note-${String(n).padStart(4, '0')}`;
  let seed = (n * 2654435761) >>> 0;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0);
  const words: string[] = [];
  for (let i = next() % 60; i > 0; i--) words.push(WORDS[next() % WORDS.length]!);
  // Some notes end on a line break inside (Shift+Enter), typed as part of the body.
  const body = `${words.join(' ')}${n % 9 === 4 ? '\nsecond line' : ''} /${marker}`;
  return { marker, body, text: `${marker} ${body}` };
}

/** Counts the protocol sees: worker versions that went to stopped, and back to running. */
async function watchWorkers(control: Page): Promise<{ cdp: CDPSession; stopped: () => number; started: () => number }> {
  const cdp = await control.context().newCDPSession(control);
  let stopped = 0;
  let started = 0;
  const last = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (last.get(version.versionId) === version.runningStatus) continue;
      last.set(version.versionId, version.runningStatus);
      if (version.runningStatus === 'stopped') stopped++;
      if (version.runningStatus === 'running') started++;
    }
  });
  await cdp.send('ServiceWorker.enable');
  return { cdp, stopped: () => stopped, started: () => started };
}

/** Every note row of the extension's database, read with the raw IndexedDB API in an extension page. */
function storedNotes(page: Page): Promise<{ id: string; text: string }[]> {
  return page.evaluate(
    () =>
      new Promise<{ id: string; text: string }[]>((resolve, reject) => {
        const open = indexedDB.open('adviser-coach-notes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          try {
            const request = db.transaction('notes').objectStore('notes').getAll();
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              db.close();
              resolve((request.result as { id: string; text: string }[]).map(({ id, text }) => ({ id, text })));
            };
          } catch (error) {
            db.close();
            reject(error);
          }
        };
      }),
  );
}

/** Notes entered in a panel and not yet known stored (utils/notes/entered-notes.ts): none once every write has ended. */
async function notesPending(control: Page): Promise<number> {
  return control.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).filter((key) => key.startsWith('notes:entered:')).length);
}

describe('a thousand notes typed without pause', () => {
  let hostTab: number;
  beforeAll(async () => {
    ({ hostTab } = await openDemoCase(notes, '2026-04102'));
  });

  it('loses, cuts, doubles and mixes none while the worker is stopped and the panel reopened', { timeout: 480_000 }, async () => {
    // The panel creates the database: read what is already there after it opened.
    let panel = await openPanel(notes.browser, hostTab, 'case');
    const before = new Set((await storedNotes(notes.control)).map((row) => row.id));
    const workers = await watchWorkers(notes.control);
    const typed = new Map<string, string>();
    const started = Date.now();
    let reopened = 0;
    await panel.getByTestId('note-input').click();
    for (let n = 0; n < NOTE_COUNT; n++) {
      const { marker, text } = noteText(n);
      typed.set(marker, text);
      // The first keys one by one (they land while earlier notes are being stored), the rest
      // as an input method inserts text; Enter straight after, with no wait for the save.
      await panel.keyboard.type(text.slice(0, KEYS_ONE_BY_ONE), { delay: 0 });
      const [first, ...rest] = text.slice(KEYS_ONE_BY_ONE).split('\n');
      await panel.keyboard.insertText(first!);
      for (const line of rest) {
        await panel.keyboard.press('Shift+Enter');
        await panel.keyboard.insertText(line);
      }
      await panel.keyboard.press('Enter');
      if (n % STOP_WORKER_EVERY === STOP_WORKER_EVERY - 1) await workers.cdp.send('ServiceWorker.stopAllWorkers');
      if (n % REOPEN_PANEL_EVERY === REOPEN_PANEL_EVERY - 1) {
        // Closed straight after the last Enter, as an adviser closes it: no wait for the saves.
        await panel.close();
        panel = await openPanel(notes.browser, hostTab, 'case');
        await panel.getByTestId('note-input').click();
        reopened++;
      }
    }
    const typingMs = Date.now() - started;
    // Every write has ended (stored, or failed and back in the box) once no entered note is pending.
    await expect.poll(() => notesPending(notes.control), { timeout: 60_000 }).toBe(0);
    const saved = (await storedNotes(notes.control)).filter((row) => !before.has(row.id));
    const byMarker = new Map<string, string[]>();
    let mixed = 0;
    let unmarked = 0;
    for (const row of saved) {
      const markers = new Set(row.text.match(/note-\d{4}/g) ?? []);
      if (markers.size > 1) mixed++;
      if (markers.size === 0) unmarked++;
      for (const marker of markers) byMarker.set(marker, [...(byMarker.get(marker) ?? []), row.text]);
    }
    let lost = 0;
    let cut = 0;
    let duplicated = 0;
    for (const [marker, text] of typed) {
      const found = byMarker.get(marker) ?? [];
      if (found.length === 0) lost++;
      else if (found.length > 1) duplicated++;
      else if (found[0] !== text) cut++;
    }
    const draft = await panel.getByTestId('note-input').inputValue();
    console.log(
      [
        '── notes durability: 1,000 notes without pause ──',
        `typed ${typed.size}, saved ${saved.length} rows, lost ${lost}, cut ${cut}, duplicated ${duplicated}, mixed ${mixed}, unmarked ${unmarked}`,
        `worker stopped ${workers.stopped()}× (asked ${NOTE_COUNT / STOP_WORKER_EVERY}×), started ${workers.started()}×; panel reopened ${reopened}×`,
        `typing took ${(typingMs / 1000).toFixed(1)} s; text left in the box: ${JSON.stringify(draft)}`,
      ].join('\n'),
    );
    await workers.cdp.detach();

    expect({ lost, cut, duplicated, mixed, unmarked }).toEqual({ lost: 0, cut: 0, duplicated: 0, mixed: 0, unmarked: 0 });
    expect(saved.length).toBe(NOTE_COUNT);
    expect(workers.stopped()).toBeGreaterThan(0); // the protocol really stopped the worker
    expect(draft).toBe('');
    // The panel lists them too (all of this case's notes).
    await expect.poll(() => panel.getByTestId('note').count(), { timeout: 30_000 }).toBe(NOTE_COUNT);
    await panel.close();
  });
});
