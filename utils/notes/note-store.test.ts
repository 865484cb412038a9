import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotesDatabase } from '../db/notes-db';
import { createNote, deleteNote, editNote, getNote, listCaseNotes, newNote, restoreNote, setPinned, storeNotes } from './note-store';
import { PLAIN } from './sealing';
import { dropNotesDb, freshNotesDb } from './test-db';

const DAY = 86_400_000;
const link = { packId: 'ia', itemId: 'ia.1.3', title: { en: 'How are you psychologically?', sv: 'Hur mår du psykiskt?' } };
let db: NotesDatabase;

beforeEach(async () => {
  db = await freshNotesDb();
});
afterEach(async () => {
  await dropNotesDb(db);
});

describe('note operations', () => {
  it('creates a note filed under its case, with tags, link and expiry', async () => {
    const note = await createNote(db, PLAIN, { caseKey: 'c:abc', text: 'Worried about rent #housing', link, retentionDays: 30, now: 1_000 });
    expect(note).toMatchObject({ caseKey: 'c:abc', tags: ['housing'], pinned: false, created: 1_000, expires: 1_000 + 30 * DAY, link });
    expect(await getNote(db, PLAIN, note.id)).toEqual(note);
    const row = await db.notes.get(note.id);
    expect(row?.words).toEqual(expect.arrayContaining(['worried', 'rent', 'housing']));
  });

  it('edits text and keeps link, pin and expiry', async () => {
    const note = await createNote(db, PLAIN, { caseKey: 'c:abc', text: 'first', link, retentionDays: 30, now: 1_000 });
    await setPinned(db, note.id, true);
    const edited = await editNote(db, PLAIN, note.id, 'second #debt', 2_000);
    expect(edited).toMatchObject({ text: 'second #debt', tags: ['debt'], pinned: true, link, updated: 2_000, expires: note.expires });
    expect((await db.notes.get(note.id))?.words).toEqual(['second', 'debt']);
    expect(await editNote(db, PLAIN, 'missing', 'x')).toBeUndefined();
  });

  it('deletes and undoes a delete exactly', async () => {
    const note = await createNote(db, PLAIN, { caseKey: 'c:abc', text: 'keep me', retentionDays: 30 });
    const removed = await deleteNote(db, note.id);
    expect(await db.notes.count()).toBe(0);
    await restoreNote(db, removed!);
    expect(await getNote(db, PLAIN, note.id)).toEqual(note);
  });

  it("lists a case's notes pinned first, then newest first, and hides expired ones", async () => {
    const old = await createNote(db, PLAIN, { caseKey: 'c:1', text: 'old', retentionDays: 30, now: 1_000 });
    const recent = await createNote(db, PLAIN, { caseKey: 'c:1', text: 'recent', retentionDays: 30, now: 5_000 });
    const pinned = await createNote(db, PLAIN, { caseKey: 'c:1', text: 'pinned', retentionDays: 30, now: 500 });
    await setPinned(db, pinned.id, true);
    await createNote(db, PLAIN, { caseKey: 'c:2', text: 'other case', retentionDays: 30, now: 6_000 });
    const expired = await createNote(db, PLAIN, { caseKey: 'c:1', text: 'expired', retentionDays: 1, now: 0 });

    const listed = await listCaseNotes(db, PLAIN, 'c:1', 10_000);
    expect(listed.map((n) => n.text)).toEqual(['pinned', 'recent', 'old', 'expired']);
    const later = await listCaseNotes(db, PLAIN, 'c:1', expired.expires);
    expect(later.map((n) => n.id)).toEqual([pinned.id, recent.id, old.id]);
  });

  it('stores a note written twice once, and never turns back one edited in between', async () => {
    const note = newNote({ caseKey: 'c:1', text: 'rent paid late', retentionDays: 30, now: 1_000 });
    await storeNotes(db, PLAIN, [note]);
    await editNote(db, PLAIN, note.id, 'rent paid late, twice', 2_000);
    // The same note again: the panel that entered it, writing after another panel stored it.
    await storeNotes(db, PLAIN, [note]);
    expect((await db.notes.toArray()).map((row) => row.text)).toEqual(['rent paid late, twice']);
  });

  it('removes a draft typed no later than the last note of its case was entered, keeps one typed after', async () => {
    await db.drafts.bulkPut([
      { caseKey: 'c:before', updated: 2_000, text: 'rent paid', linkToItem: false },
      { caseKey: 'c:after', updated: 2_001, text: 'next thing', linkToItem: false },
    ]);
    const notes = [
      newNote({ caseKey: 'c:before', text: 'old', retentionDays: 30, now: 1_000 }),
      newNote({ caseKey: 'c:before', text: 'rent paid late', retentionDays: 30, now: 2_000 }),
      newNote({ caseKey: 'c:after', text: 'letter from the landlord', retentionDays: 30, now: 2_000 }),
    ];
    await storeNotes(db, PLAIN, notes);
    expect(await db.drafts.get('c:before')).toBeUndefined();
    expect((await db.drafts.get('c:after'))?.text).toBe('next thing');
    expect(await db.notes.count()).toBe(3);
  });

  it('stores the box given as its case\u2019s draft, with the notes, and an empty box as none', async () => {
    const note = newNote({ caseKey: 'c:1', text: 'first', retentionDays: 30, now: 1_000 });
    await storeNotes(db, PLAIN, [note], { caseKey: 'c:1', text: 'typed since', linkToItem: true, updated: 1_500 });
    expect(await db.drafts.get('c:1')).toMatchObject({ text: 'typed since', linkToItem: true, updated: 1_500 });
    await storeNotes(db, PLAIN, [newNote({ caseKey: 'c:1', text: 'typed since', retentionDays: 30, now: 2_000 })], {
      caseKey: 'c:1',
      text: '',
      linkToItem: false,
      updated: 2_001,
    });
    expect(await db.drafts.count()).toBe(0);
    expect(await db.notes.count()).toBe(2);
  });
});
