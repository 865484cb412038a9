/**
 * Notes entered (Enter pressed) and not yet known to be in the notes database,
 * kept in `storage.session` from the moment of Enter until their IndexedDB write
 * has committed.
 *
 * Why: a closing extension page cannot be relied on to finish asynchronous
 * IndexedDB work, and an adviser closes the panel right after Enter. The call
 * that keeps a note here is made synchronously inside the Enter handler, and the
 * browser process holds `storage.session`, so the note outlives the panel, the
 * service worker being stopped and a reload of the page; the next panel to open
 * stores what it finds here (see storeNotes: puts of the id fixed at Enter, so a
 * note written by both is stored once).
 *
 * `storage.session` is memory only (never on disk, so the passphrase lock's
 * promise of encryption at rest holds) and, unless an extension opens it up,
 * readable by extension pages and the worker only, never by content scripts or
 * the host page.
 */
import { browser } from 'wxt/browser';
import type { Note } from './note';

const PREFIX = 'notes:entered:';

const enteredKey = (id: string) => `${PREFIX}${id}`;

/**
 * Keep a note until `forgetEntered`. The browser takes the note when this is
 * called (the request leaves the page synchronously); the promise only reports
 * the outcome (rejects on the 10 MB session quota).
 */
export function keepEntered(note: Note): Promise<void> {
  return browser.storage.session.set({ [enteredKey(note.id)]: note });
}

/** Forget notes now stored in the database (unknown ids are ignored). */
export async function forgetEntered(ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await browser.storage.session.remove(ids.map(enteredKey));
}

/** Every note kept and not yet forgotten, by any panel, oldest first. */
export async function listEntered(): Promise<Note[]> {
  const stored = await browser.storage.session.get(null);
  return Object.entries(stored)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([, note]) => note as Note)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Forget every kept note (Delete everything). */
export async function forgetAllEntered(): Promise<void> {
  await forgetEntered((await listEntered()).map((note) => note.id));
}
