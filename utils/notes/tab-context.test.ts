import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NotesDatabase } from '../db/notes-db';
import { ensureNotesSession, readTabContext, startNewNotesSession } from './tab-context';
import { dropNotesDb, freshNotesDb } from './test-db';

let db: NotesDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  db = await freshNotesDb();
});
afterEach(() => dropNotesDb(db));

describe("a tab's notes session", () => {
  it('is made once when the panel and the background ask for it at the same moment', async () => {
    const keys = await Promise.all([ensureNotesSession(db, 4), ensureNotesSession(db, 4), ensureNotesSession(db, 4)]);
    expect(new Set(keys).size).toBe(1);
    expect(await db.sessions.count()).toBe(1);
    expect((await readTabContext(4)).sessionKey).toBe(keys[0]);
  });

  it('is the new interview for every caller that asks after "new interview" began', async () => {
    const first = await ensureNotesSession(db, 4);
    const [renewed, asked] = await Promise.all([startNewNotesSession(db, 4), ensureNotesSession(db, 4)]);
    expect(renewed).not.toBe(first);
    expect(asked).toBe(renewed);
    expect((await readTabContext(4)).sessionKey).toBe(renewed);
  });

  it('is its own for each tab', async () => {
    const [a, b] = await Promise.all([ensureNotesSession(db, 4), ensureNotesSession(db, 5)]);
    expect(a).not.toBe(b);
    expect(await db.sessions.count()).toBe(2);
  });
});
