// With the passphrase lock on, a save first encrypts the note (longer than a plain
// save): notes typed without pause, Enter and straight on with the next, while
// Chromium stops the extension's worker and the panel is closed and unlocked again,
// are all stored once, whole and alone, and what is typed after Enter stays in the box.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dumpIndexedDb, openDemoCase, openPanel, useNotesBrowser } from './support/notes-pages';
import { notesPending, tallyNotes, typeNotesWithoutPause, watchWorkers } from './support/notes-typing';

const notes = useNotesBrowser();

const NOTE_COUNT = 100;
const STOP_WORKER_EVERY = 20;
const REOPEN_PANEL_AT = 60;
const PASSPHRASE = 'seven green lanterns by the harbour';

async function turnOnLock(panel: Page): Promise<void> {
  const details = panel.locator('details.settings');
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator('summary').click();
  await panel.getByTestId('lock-passphrase').fill(PASSPHRASE);
  await panel.getByTestId('lock-passphrase-repeat').fill(PASSPHRASE);
  await panel.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect.poll(() => panel.getByTestId('notes-status').textContent(), { timeout: 10_000 }).toBe('Lock turned on. All notes are now encrypted.');
}

async function openUnlocked(hostTab: number): Promise<Page> {
  const panel = await openPanel(notes.browser, hostTab);
  await panel.getByTestId('unlock-passphrase').fill(PASSPHRASE);
  await panel.keyboard.press('Enter');
  await panel.getByTestId('note-input').waitFor({ timeout: 10_000 });
  return panel;
}

describe('notes typed without pause with the lock on', () => {
  let hostTab: number;
  beforeAll(async () => {
    ({ hostTab } = await openDemoCase(notes, '2026-04417'));
  });

  it('keeps what is typed after Enter, and loses, cuts, doubles and mixes no note, while the worker is stopped and the panel reopened', { timeout: 240_000 }, async () => {
    let panel = await openPanel(notes.browser, hostTab, 'case');
    await turnOnLock(panel);
    const workers = await watchWorkers(notes.control);
    // Closed straight after Enter once; the new panel is locked until the passphrase is given.
    const typing = await typeNotesWithoutPause(panel, {
      count: NOTE_COUNT,
      workers,
      stopWorkersEvery: STOP_WORKER_EVERY,
      reopenAfter: (n) => n === REOPEN_PANEL_AT - 1,
      reopen: () => openUnlocked(hostTab),
    });
    const { typed } = typing;
    panel = typing.panel;
    // Typed straight after the last Enter, while that note is being encrypted and stored.
    await panel.keyboard.type('Next: ask about the deposit', { delay: 0 });
    await expect.poll(() => notesPending(notes.control), { timeout: 60_000 }).toBe(0);
    await expect.poll(() => panel.getByTestId('note').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(NOTE_COUNT);
    const saved = await panel.getByTestId('note-list').getByTestId('note-text').allTextContents();
    const tally = tallyNotes(typed, saved);
    const box = await panel.getByTestId('note-input').inputValue();
    console.log(
      [
        '── notes durability: 100 notes without pause, lock on ──',
        `typed ${typed.size}, listed ${saved.length}, lost ${tally.lost}, cut ${tally.cut}, duplicated ${tally.duplicated}, mixed ${tally.mixed}, unmarked ${tally.unmarked}`,
        `worker stopped ${workers.stopped()}× (asked ${NOTE_COUNT / STOP_WORKER_EVERY}×); panel reopened and unlocked once; box after: ${JSON.stringify(box)}`,
      ].join('\n'),
    );
    await workers.cdp.detach();
    expect(tally).toEqual({ lost: 0, cut: 0, duplicated: 0, mixed: 0, unmarked: 0 });
    expect(saved.length).toBe(NOTE_COUNT);
    expect(workers.stopped()).toBeGreaterThan(0);
    expect(box).toBe('Next: ask about the deposit');
    // The lock really was on: every note went through encryption.
    expect(await dumpIndexedDb(panel)).not.toMatch(/note-00\d\d/);
    await panel.close();
  });
});
