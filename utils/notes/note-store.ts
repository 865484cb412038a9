/**
 * Note operations on the notes database: create, edit, pin, delete and undo, a
 * case's notes. Runs in extension pages only (side panel, options), which hold
 * the lock key when there is one.
 */
import type { NoteRecord } from '../db/records';
import type { NotesDatabase } from '../db/notes-db';
import { draftRecord } from './drafts';
import type { Draft, ItemLink, Note } from './note';
import { fromRecord, fromRecords, toRecord } from './note-codec';
import { makeNoteId } from './note-id';
import { expiresAt } from './retention-policy';
import type { Sealing } from './sealing';
import { extractTags } from './words';

/** More notes than anyone writes for one case; keeps a runaway case from freezing the panel. */
export const MAX_CASE_NOTES = 1000;

export interface NewNote {
  caseKey: string;
  text: string;
  link?: ItemLink;
  retentionDays: number;
  now?: number;
}

/** A new note as it will be stored: its id and times fixed now, before any write. */
export function newNote(input: NewNote): Note {
  const now = input.now ?? Date.now();
  return {
    id: makeNoteId(now),
    caseKey: input.caseKey,
    text: input.text,
    tags: extractTags(input.text),
    ...(input.link ? { link: input.link } : {}),
    pinned: false,
    created: now,
    updated: now,
    expires: expiresAt(now, input.retentionDays),
  };
}

/** Store a new note (see storeNotes). */
export async function createNote(db: NotesDatabase, sealing: Sealing, input: NewNote): Promise<Note> {
  const note = newNote(input);
  await storeNotes(db, sealing, [note]);
  return note;
}

/**
 * Write notes made by newNote, and the drafts they leave, in one transaction:
 * a crash or a closing page leaves all of it or none of it.
 *
 * - A note whose id is already stored is left as it is: it was stored by another
 *   panel that found it among the entered notes (utils/notes/entered-notes.ts),
 *   perhaps edited since. So a note is stored once and never turned back.
 * - `boxNow`: the capture box of its case as it is now, stored as that case's
 *   draft (empty text removes it).
 * - Any other case of the notes: a draft last typed no later than the newest of
 *   its notes was entered (`draft.updated <= note.created`) holds only text that
 *   Enter took into those notes, since Enter takes the whole box; it is removed,
 *   so a reopened panel never offers a stored note's text again as unsaved. A
 *   draft typed after that Enter stays. Both times come from the panel's one
 *   clock (utils/notes/notes-clock.ts), which never gives a time twice.
 */
export async function storeNotes(db: NotesDatabase, sealing: Sealing, notes: readonly Note[], boxNow?: Draft): Promise<void> {
  if (notes.length === 0 && !boxNow) return;
  // Sealing runs before the transaction: Web Crypto cannot run inside one.
  const records = await Promise.all(notes.map((note) => toRecord(note, sealing)));
  const boxRow = boxNow && (await draftRecord(sealing, boxNow));
  const lastEntered = new Map<string, number>();
  for (const note of notes) {
    if (note.caseKey !== boxNow?.caseKey) lastEntered.set(note.caseKey, Math.max(note.created, lastEntered.get(note.caseKey) ?? -Infinity));
  }
  await db.transaction('rw', db.notes, db.drafts, async () => {
    const stored = await db.notes.bulkGet(records.map((record) => record.id));
    const fresh = records.filter((_record, i) => stored[i] === undefined);
    if (fresh.length > 0) await db.notes.bulkAdd(fresh);
    if (boxNow) await (boxRow ? db.drafts.put(boxRow) : db.drafts.delete(boxNow.caseKey));
    for (const [caseKey, entered] of lastEntered) {
      const draft = await db.drafts.get(caseKey);
      if (draft && draft.updated <= entered) await db.drafts.delete(caseKey);
    }
  });
}

/** Replace a note's text; link, pin and retention stay. Undefined if the note is gone. */
export async function editNote(
  db: NotesDatabase,
  sealing: Sealing,
  id: string,
  text: string,
  now = Date.now(),
): Promise<Note | undefined> {
  const record = await db.notes.get(id);
  if (!record) return undefined;
  const note = await fromRecord(record, sealing);
  if (note.text === text) return note;
  const edited: Note = { ...note, text, tags: extractTags(text), updated: now };
  await db.notes.put(await toRecord(edited, sealing));
  return edited;
}

/** Pinning touches no content, so it works the same with or without the lock. */
export async function setPinned(db: NotesDatabase, id: string, pinned: boolean): Promise<void> {
  await db.notes.update(id, { pinned: pinned ? 1 : 0 });
}

/** Delete a note; returns the stored row (sealed if it was) so undo can put it back. */
export function deleteNote(db: NotesDatabase, id: string): Promise<NoteRecord | undefined> {
  return db.transaction('rw', db.notes, async () => {
    const record = await db.notes.get(id);
    if (record) await db.notes.delete(id);
    return record;
  });
}

export async function restoreNote(db: NotesDatabase, record: NoteRecord): Promise<void> {
  await db.notes.put(record);
}

/** Stored rows of a case, pinned first then most recently edited, from one compound index. */
export async function caseNoteRecords(db: NotesDatabase, caseKey: string, now = Date.now()): Promise<NoteRecord[]> {
  const rows = await db.notes
    .where('[caseKey+pinned+updated]')
    .between([caseKey, 0, -Infinity], [caseKey, 1, Infinity], true, true)
    .reverse()
    .limit(MAX_CASE_NOTES)
    .toArray();
  // The daily purge may not have run yet: an expired note is never shown.
  return rows.filter((row) => row.expires > now);
}

export async function listCaseNotes(db: NotesDatabase, sealing: Sealing, caseKey: string, now = Date.now()): Promise<Note[]> {
  return fromRecords(await caseNoteRecords(db, caseKey, now), sealing);
}

export async function getNote(db: NotesDatabase, sealing: Sealing, id: string): Promise<Note | undefined> {
  const record = await db.notes.get(id);
  return record ? fromRecord(record, sealing) : undefined;
}
