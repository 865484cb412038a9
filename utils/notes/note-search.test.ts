import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotesDatabase } from '../db/notes-db';
import { createNote, setPinned } from './note-store';
import { indexInMemory, searchInMemory, searchNotes } from './note-search';
import { PLAIN } from './sealing';
import { dropNotesDb, freshNotesDb } from './test-db';

let db: NotesDatabase;
beforeEach(async () => {
  db = await freshNotesDb();
});
afterEach(async () => {
  await dropNotesDb(db);
});

async function seed() {
  const notes = [];
  let now = 1_000;
  for (const text of [
    'Skulder hos Kronofogden, vill ha budgetrådgivning',
    'Gjeld til Namsmannen; ønsker å snakke om bolig',
    'Housing: waiting list, #housing',
    'Debt advice booked for Tuesday',
    'Café job in the summer; debts paid',
  ]) {
    notes.push(await createNote(db, PLAIN, { caseKey: `c:${notes.length % 2}`, text, retentionDays: 30, now: (now += 1_000) }));
  }
  return notes;
}

describe('prefix search', () => {
  it('finds notes by the start of any word, across cases', async () => {
    await seed();
    const texts = async (q: string) => (await searchNotes(db, PLAIN, q, { now: 10_000 })).notes.map((n) => n.text);
    expect(await texts('krono')).toEqual(['Skulder hos Kronofogden, vill ha budgetrådgivning']);
    expect(await texts('debt')).toEqual(['Café job in the summer; debts paid', 'Debt advice booked for Tuesday']);
    expect(await texts('cafe')).toEqual(['Café job in the summer; debts paid']);
    expect(await texts('ØNSK')).toEqual(['Gjeld til Namsmannen; ønsker å snakke om bolig']);
    expect(await texts('ebt')).toEqual([]); // a prefix, not a substring
  });

  it('intersects multi-word queries', async () => {
    await seed();
    const result = await searchNotes(db, PLAIN, 'debt pa', { now: 10_000 });
    expect(result.notes.map((n) => n.text)).toEqual(['Café job in the summer; debts paid']);
    expect(result.total).toBe(1);
    expect((await searchNotes(db, PLAIN, 'debt housing', { now: 10_000 })).notes).toEqual([]);
  });

  it('uses the words index, not a scan of the table', async () => {
    await seed();
    const scan = vi.spyOn(db.notes, 'toCollection');
    const filter = vi.spyOn(db.notes, 'filter');
    const where = vi.spyOn(db.notes, 'where');
    await searchNotes(db, PLAIN, 'housing wait', { now: 10_000 });
    expect(scan).not.toHaveBeenCalled();
    expect(filter).not.toHaveBeenCalled();
    expect(where.mock.calls.map(([index]) => index)).toEqual(['words', 'words']);
  });

  it('puts pinned matches first, then the newest, within the limit', async () => {
    const notes = await seed();
    await setPinned(db, notes[3]!.id, true); // "Debt advice…", older than "Café…"
    const result = await searchNotes(db, PLAIN, 'debt', { now: 10_000 });
    expect(result.notes.map((n) => n.text)).toEqual(['Debt advice booked for Tuesday', 'Café job in the summer; debts paid']);
    const limited = await searchNotes(db, PLAIN, 'd', { now: 10_000, limit: 1 });
    expect(limited.notes).toHaveLength(1);
    expect(limited.total).toBeGreaterThan(1);
  });

  it('stays cheap for broad words: capped id lists, then the newest notes checked directly', async () => {
    await seed();
    const texts = async (q: string, options = {}) =>
      (await searchNotes(db, PLAIN, q, { now: 10_000, keyCap: 1, ...options })).notes.map((n) => n.text);
    // Every word broad (more ids than the cap): the newest notes are read until enough match.
    expect(await texts('debt')).toEqual(['Café job in the summer; debts paid', 'Debt advice booked for Tuesday']);
    expect((await searchNotes(db, PLAIN, 'debt', { now: 10_000, keyCap: 1 })).total).toBe(2);
    const first = await searchNotes(db, PLAIN, 'debt', { now: 10_000, keyCap: 1, limit: 1 });
    expect(first.notes.map((n) => n.text)).toEqual(['Café job in the summer; debts paid']);
    expect(first.total).toBe(2); // the one batch read held every note, so the count is exact
    // One narrow word drives, the broad one is checked on the rows read.
    expect(await texts('debt pa')).toEqual(['Café job in the summer; debts paid']);
    expect(await texts('debt tues')).toEqual(['Debt advice booked for Tuesday']);
  });

  it('says "more than shown" rather than count a broad word in a large collection', async () => {
    for (let i = 0; i < 250; i++) await createNote(db, PLAIN, { caseKey: 'c:x', text: `called about rent ${i}`, retentionDays: 30, now: 1_000 + i });
    const result = await searchNotes(db, PLAIN, 'call', { now: 10_000, keyCap: 10, limit: 5 });
    expect(result.notes.map((n) => n.text)).toEqual([249, 248, 247, 246, 245].map((i) => `called about rent ${i}`));
    expect(result.total).toBeUndefined();
    expect((await searchNotes(db, PLAIN, 'call', { now: 10_000, limit: 5 })).total).toBe(250); // within the cap: exact
  });

  it('skips expired notes and empty queries', async () => {
    await seed();
    expect((await searchNotes(db, PLAIN, 'debt', { now: Date.now() + 1e12 })).notes).toEqual([]);
    expect((await searchNotes(db, PLAIN, ' ;, ')).notes).toEqual([]);
  });

  it('gives the same answers in memory (the lock-open search)', async () => {
    const notes = (await seed()).map(indexInMemory);
    for (const query of ['krono', 'debt', 'debt pa', 'cafe', 'ebt', 'bol snak']) {
      const fromIndex = await searchNotes(db, PLAIN, query, { now: 10_000 });
      expect(searchInMemory(notes, query, { now: 10_000 })).toEqual(fromIndex);
    }
  });
});
