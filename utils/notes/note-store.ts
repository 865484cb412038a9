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

/** Store a new note (see storeNote). */
export async function createNote(db: NotesDatabase, sealing: Sealing, input: NewNote, draftLeft?: Draft): Promise<Note> {
  const note = newNote(input);
  await storeNote(db, sealing, note, draftLeft);
  return note;
}

/**
 * Write a note made by newNote. A put, so writing the same note again (the panel
 * closing while it was queued, then the queued save) stores it once. With
 * `draftLeft`, the case's draft becomes that (what was typed in the box after
 * Enter; empty text removes the draft) in the same transaction: a crash leaves
 * either the old draft and no note, or the note and the new draft, never the
 * note's text twice and never the later typing lost.
 */
export async function storeNote(db: NotesDatabase, sealing: Sealing, note: Note, draftLeft?: Draft): Promise<void> {
  const record = await toRecord(note, sealing);
  if (!draftLeft) {
    await db.notes.put(record);
    return;
  }
  const draftRow = await draftRecord(sealing, draftLeft);
  await db.transaction('rw', db.notes, db.drafts, async () => {
    await db.notes.put(record);
    await (draftRow ? db.drafts.put(draftRow) : db.drafts.delete(draftLeft.caseKey));
  });
}

/** Write several notes made by newNote in one transaction (puts, and `draftLeft` as in storeNote). */
export async function storeNotes(db: NotesDatabase, sealing: Sealing, notes: Note[], draftLeft?: Draft): Promise<void> {
  const records = await Promise.all(notes.map((note) => toRecord(note, sealing)));
  if (!draftLeft) {
    await db.notes.bulkPut(records);
    return;
  }
  const draftRow = await draftRecord(sealing, draftLeft);
  await db.transaction('rw', db.notes, db.drafts, async () => {
    await db.notes.bulkPut(records);
    await (draftRow ? db.drafts.put(draftRow) : db.drafts.delete(draftLeft.caseKey));
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
