import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotesDatabase } from '../db/notes-db';
import { clearDraft, loadDraft, saveDraft } from './drafts';
import { PLAIN } from './sealing';
import { dropNotesDb, freshNotesDb } from './test-db';

let db: NotesDatabase;
beforeEach(async () => {
  db = await freshNotesDb();
});
afterEach(async () => {
  await dropNotesDb(db);
});

describe('drafts', () => {
  it('keeps one draft per case, replaced on every save', async () => {
    await saveDraft(db, PLAIN, { caseKey: 'c:1', text: 'half', linkToItem: true, updated: 1 });
    await saveDraft(db, PLAIN, { caseKey: 'c:1', text: 'half a sentence', linkToItem: false, updated: 2 });
    await saveDraft(db, PLAIN, { caseKey: 'c:2', text: 'other case', linkToItem: true, updated: 3 });
    expect(await loadDraft(db, PLAIN, 'c:1')).toEqual({ caseKey: 'c:1', text: 'half a sentence', linkToItem: false, updated: 2 });
    expect(await db.drafts.count()).toBe(2);
  });

  it('deletes the draft when the box is emptied or the note saved', async () => {
    await saveDraft(db, PLAIN, { caseKey: 'c:1', text: 'x', linkToItem: true, updated: 1 });
    await saveDraft(db, PLAIN, { caseKey: 'c:1', text: '', linkToItem: true, updated: 2 });
    expect(await loadDraft(db, PLAIN, 'c:1')).toBeUndefined();
    await saveDraft(db, PLAIN, { caseKey: 'c:1', text: 'y', linkToItem: true, updated: 3 });
    await clearDraft(db, 'c:1');
    expect(await db.drafts.count()).toBe(0);
  });
});
