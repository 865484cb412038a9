import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NotesDatabase } from '../db/notes-db';
import { saveDraft } from './drafts';
import { createNote, listCaseNotes } from './note-store';
import { chooseRetention, currentRetention, enforceRetention, purgeExpired, refreshManagedRetention } from './retention';
import { DEFAULT_RETENTION_DAYS, retentionPolicy } from './retention-policy';
import { PLAIN } from './sealing';
import { dropNotesDb, freshNotesDb } from './test-db';

const DAY = 86_400_000;
let db: NotesDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  db = await freshNotesDb();
});
afterEach(async () => {
  await dropNotesDb(db);
});

describe('retention policy', () => {
  it('is 30 days by default; the organisation sets the limit; the adviser may only shorten it', () => {
    expect(retentionPolicy(undefined, undefined)).toEqual({ days: DEFAULT_RETENTION_DAYS, limit: 30, managed: false });
    expect(retentionPolicy(90, undefined)).toEqual({ days: 90, limit: 90, managed: true });
    expect(retentionPolicy(7, 14)).toEqual({ days: 7, limit: 7, managed: true });
    expect(retentionPolicy(undefined, 3)).toEqual({ days: 3, limit: 30, managed: false });
    // Nonsense from policy or settings is ignored, not trusted.
    expect(retentionPolicy('forever', 0)).toEqual({ days: 30, limit: 30, managed: false });
    expect(retentionPolicy(10_000, -1).days).toBe(30);
  });

  it('reads the organisation limit from managed storage, through the cache the background keeps', async () => {
    await fakeBrowser.storage.managed.set({ notesRetentionDays: 7 });
    expect(await currentRetention(db)).toEqual({ days: 30, limit: 30, managed: false }); // not read yet
    await refreshManagedRetention();
    expect(await currentRetention(db)).toEqual({ days: 7, limit: 7, managed: true });
    await refreshManagedRetention({ newValue: undefined }); // the policy was removed
    expect(await currentRetention(db)).toEqual({ days: 30, limit: 30, managed: false });
  });
});

describe('purge', () => {
  it('deletes notes past their expiry and old drafts, keeps the rest', async () => {
    const now = 100 * DAY;
    const old = await createNote(db, PLAIN, { caseKey: 'c:1', text: 'old', retentionDays: 30, now: now - 31 * DAY });
    const fresh = await createNote(db, PLAIN, { caseKey: 'c:1', text: 'fresh', retentionDays: 30, now: now - 29 * DAY });
    await saveDraft(db, PLAIN, { caseKey: 'c:1', text: 'stale draft', linkToItem: false, updated: now - 40 * DAY });
    await saveDraft(db, PLAIN, { caseKey: 'c:2', text: 'new draft', linkToItem: false, updated: now - DAY });
    await db.sessions.bulkAdd([
      { id: 's:old', started: 0, lastActive: now - 40 * DAY },
      { id: 's:new', started: 0, lastActive: now },
    ]);

    expect(await purgeExpired(db, 30, now)).toEqual({ notes: 1, drafts: 1, sessions: 1, practiceResults: 0 });
    expect(await db.notes.get(old.id)).toBeUndefined();
    expect(await db.notes.get(fresh.id)).toBeDefined();
    expect(await db.drafts.toCollection().primaryKeys()).toEqual(['c:2']);
    expect(await db.sessions.toCollection().primaryKeys()).toEqual(['s:new']);
  });

  it('applies a shorter retention chosen by the adviser to every note at once', async () => {
    const now = Date.now();
    const week = await createNote(db, PLAIN, { caseKey: 'c:1', text: 'a week old', retentionDays: 30, now: now - 8 * DAY });
    const today = await createNote(db, PLAIN, { caseKey: 'c:1', text: 'today', retentionDays: 30, now });
    const policy = await chooseRetention(db, 7);
    expect(policy.days).toBe(7);
    expect(await db.notes.get(week.id)).toBeUndefined();
    expect((await db.notes.get(today.id))?.expires).toBe(now + 7 * DAY);
  });

  it('follows a new organisation limit on the next daily run, even a longer one', async () => {
    const now = Date.now();
    const note = await createNote(db, PLAIN, { caseKey: 'c:1', text: 'x', retentionDays: 30, now });
    await refreshManagedRetention({ newValue: 60 });
    await enforceRetention(db, now);
    expect((await db.notes.get(note.id))?.expires).toBe(now + 60 * DAY);
    await refreshManagedRetention({ newValue: 1 });
    await enforceRetention(db, now + 2 * DAY);
    expect(await listCaseNotes(db, PLAIN, 'c:1', now + 2 * DAY)).toEqual([]);
    expect(await db.notes.count()).toBe(0);
  });
});
