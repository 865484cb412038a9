import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { NotesDatabase } from './notes-db';
import { SCHEMA_VERSION } from './schema';

const names: string[] = [];
function freshName(): string {
  const name = `schema-test-${names.length}-${Math.random()}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Build a database exactly as version 1 of the code left it. */
async function createV1(name: string, notes: object[]): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ notes: 'id, caseKey, updated, expires', sessions: 'id, started', settings: 'key' });
  await v1.table('notes').bulkAdd(notes);
  await v1.table('settings').put({ key: 'retentionDays', value: 14 });
  v1.close();
}

describe('notes database schema', () => {
  it('opens empty at the current version', async () => {
    const db = new NotesDatabase(freshName());
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['drafts', 'notes', 'practiceResults', 'sessions', 'settings']);
    db.close();
  });

  it('upgrades v1 rows: fills the search words, keeps everything else', async () => {
    const name = freshName();
    await createV1(name, [
      { id: 'a', caseKey: 'c:1', created: 1, updated: 2, expires: 3, pinned: 1, text: 'Skulder hos Kronofogden #bostad', tags: ['bostad'] },
      { id: 'b', caseKey: 'c:1', created: 1, updated: 5, expires: 3, pinned: 0, text: 'Café visit' },
      { id: 'c', caseKey: 'c:2', created: 1, updated: 2, expires: 3, pinned: 0, text: '', sealed: { iv: new Uint8Array(12), data: new Uint8Array(4) } },
    ]);

    const db = new NotesDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);

    expect(await db.notes.where('words').startsWith('krono').primaryKeys()).toEqual(['a']);
    expect(await db.notes.where('words').startsWith('cafe').primaryKeys()).toEqual(['b']);
    expect(await db.notes.where('tags').equals('bostad').primaryKeys()).toEqual(['a']);
    const sealed = await db.notes.get('c');
    expect(sealed?.words).toEqual([]);
    expect(sealed?.sealed?.iv).toHaveLength(12);

    // The new compound index serves a case's notes pinned first, newest first.
    const ordered = await db.notes
      .where('[caseKey+pinned+updated]')
      .between(['c:1', 0, -Infinity], ['c:1', 1, Infinity])
      .reverse()
      .primaryKeys();
    expect(ordered).toEqual(['a', 'b']);
    expect(await db.settings.get('retentionDays')).toEqual({ key: 'retentionDays', value: 14 });
    expect(await db.drafts.count()).toBe(0);
    db.close();
  });

  it('upgrades v2 to v3: adds the kept practice summaries, keeps the notes', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    v2.version(2).stores({
      notes: 'id, caseKey, expires, *words, *tags, [caseKey+pinned+updated]',
      drafts: 'caseKey, updated',
      sessions: 'id, started',
      settings: 'key',
    });
    await v2.table('notes').add({ id: 'a', caseKey: 'c:1', created: 1, updated: 2, expires: 3, pinned: 0, text: 'kept', tags: [], words: ['kept'] });
    v2.close();

    const db = new NotesDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect((await db.notes.get('a'))?.text).toBe('kept');
    expect(await db.practiceResults.where('expires').belowOrEqual(10).count()).toBe(0);
    db.close();
  });
});
