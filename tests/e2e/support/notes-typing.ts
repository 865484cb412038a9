// Typing notes without pause in the side panel, and checking what was stored:
// shared by the notes durability tests (a thousand notes; notes with the lock on).
import type { CDPSession, Page } from 'playwright-core';

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
export function noteText(n: number): { marker: string; body: string; text: string } {
  const marker = `note-${String(n).padStart(4, '0')}`;
  let seed = (n * 2654435761) >>> 0;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0);
  const words: string[] = [];
  for (let i = next() % 60; i > 0; i--) words.push(WORDS[next() % WORDS.length]!);
  // Some notes end on a line break inside (Shift+Enter), typed as part of the body.
  const body = `${words.join(' ')}${n % 9 === 4 ? '\nsecond line' : ''} /${marker}`;
  return { marker, body, text: `${marker} ${body}` };
}

/** Keys of each note pressed one at a time; one round trip to the browser each (two on a loaded machine is most of the run). */
const KEYS_ONE_BY_ONE = 3;

/**
 * Type `text` into the focused note box and press Enter, with no wait for the
 * save: the first keys one by one (they land while earlier notes are being
 * stored), the rest as an input method inserts text, line breaks as Shift+Enter.
 */
export async function typeNoteAndEnter(panel: Page, text: string): Promise<void> {
  await panel.keyboard.type(text.slice(0, KEYS_ONE_BY_ONE), { delay: 0 });
  const [first, ...rest] = text.slice(KEYS_ONE_BY_ONE).split('\n');
  await panel.keyboard.insertText(first!);
  for (const line of rest) {
    await panel.keyboard.press('Shift+Enter');
    await panel.keyboard.insertText(line);
  }
  await panel.keyboard.press('Enter');
}

/** Counts the protocol sees: worker versions that went to stopped, and back to running. */
export async function watchWorkers(control: Page): Promise<{ cdp: CDPSession; stopped: () => number; started: () => number }> {
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

/** Notes entered in a panel and not yet known stored (utils/notes/entered-notes.ts): none once every write has ended. */
export async function notesPending(control: Page): Promise<number> {
  return control.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).filter((key) => key.startsWith('notes:entered:')).length);
}

export interface NoteTally {
  lost: number;
  cut: number;
  duplicated: number;
  mixed: number;
  unmarked: number;
}

/**
 * Compare stored note texts with those typed (by marker, see noteText): a note
 * missing is lost, one stored with other text is cut, one stored twice is
 * duplicated; a stored text with two markers is mixed, with none unmarked.
 */
export function tallyNotes(typed: ReadonlyMap<string, string>, saved: readonly string[]): NoteTally {
  const byMarker = new Map<string, string[]>();
  let mixed = 0;
  let unmarked = 0;
  for (const text of saved) {
    const markers = new Set(text.match(/note-\d{4}/g) ?? []);
    if (markers.size > 1) mixed++;
    if (markers.size === 0) unmarked++;
    for (const marker of markers) byMarker.set(marker, [...(byMarker.get(marker) ?? []), text]);
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
  return { lost, cut, duplicated, mixed, unmarked };
}

/**
 * Type notes 0…count-1 (noteText) into the panel without pause, Enter and straight
 * on, stopping the extension's workers through the protocol after every
 * `stopWorkersEvery` notes, and closing the panel straight after Enter (no wait
 * for the saves) for `reopen` to open the next one where `reopenAfter(n)` says so.
 * Returns the typed texts by marker, the panel open at the end and how often it was reopened.
 */
export async function typeNotesWithoutPause(
  panel: Page,
  options: {
    count: number;
    workers: Awaited<ReturnType<typeof watchWorkers>>;
    stopWorkersEvery: number;
    reopenAfter: (n: number) => boolean;
    reopen: () => Promise<Page>;
  },
): Promise<{ typed: Map<string, string>; panel: Page; reopened: number }> {
  const typed = new Map<string, string>();
  let reopened = 0;
  await panel.getByTestId('note-input').click();
  for (let n = 0; n < options.count; n++) {
    const { marker, text } = noteText(n);
    typed.set(marker, text);
    await typeNoteAndEnter(panel, text);
    if (n % options.stopWorkersEvery === options.stopWorkersEvery - 1) await options.workers.cdp.send('ServiceWorker.stopAllWorkers');
    if (options.reopenAfter(n)) {
      await panel.close();
      panel = await options.reopen();
      await panel.getByTestId('note-input').click();
      reopened++;
    }
  }
  return { typed, panel, reopened };
}
