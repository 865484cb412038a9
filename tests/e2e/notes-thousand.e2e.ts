// A thousand notes typed without pause into the side panel while Chromium stops
// the extension's service worker (DevTools protocol) every 50 notes and the panel
// is closed and opened again every 200: read back from the extension's own
// IndexedDB, every note is there once, whole, and alone.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDemoCase, openPanel, useNotesBrowser } from './support/notes-pages';
import { notesPending, tallyNotes, typeNotesWithoutPause, watchWorkers } from './support/notes-typing';

const notes = useNotesBrowser();

const NOTE_COUNT = 1000;
const STOP_WORKER_EVERY = 50;
const REOPEN_PANEL_EVERY = 200;
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
    const started = Date.now();
    // Closed straight after Enter every 200 notes, as an adviser closes it: no wait for the saves.
    const typing = await typeNotesWithoutPause(panel, {
      count: NOTE_COUNT,
      workers,
      stopWorkersEvery: STOP_WORKER_EVERY,
      reopenAfter: (n) => n % REOPEN_PANEL_EVERY === REOPEN_PANEL_EVERY - 1,
      reopen: () => openPanel(notes.browser, hostTab, 'case'),
    });
    const { typed, reopened } = typing;
    panel = typing.panel;
    const typingMs = Date.now() - started;
    // Every write has ended (stored, or failed and back in the box) once no entered note is pending.
    await expect.poll(() => notesPending(notes.control), { timeout: 60_000 }).toBe(0);
    const saved = (await storedNotes(notes.control)).filter((row) => !before.has(row.id));
    const { lost, cut, duplicated, mixed, unmarked } = tallyNotes(typed, saved.map((row) => row.text));
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
