import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotesDatabase } from '../db/notes-db';
import { loadDraft, saveDraft } from './drafts';
import { NotesLockedError } from './note';
import { createNote, editNote, listCaseNotes, setPinned } from './note-store';
import { indexInMemory, searchInMemory } from './note-search';
import { changePassphrase, LockChangeConflictError, readLockParams, turnOffLock, turnOnLock, unlockNotes } from './notes-lock';
import { PLAIN, type Sealing } from './sealing';
import { dropNotesDb, freshNotesDb } from './test-db';

const FAST = 1000; // PBKDF2 iterations in tests; the real count is tested in utils/crypto
const link = { packId: 'ia', itemId: 'ia.4.2', title: { en: 'Drug and alcohol use' } };
let db: NotesDatabase;
beforeEach(async () => {
  db = await freshNotesDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await dropNotesDb(db);
});

/** Everything IndexedDB holds, as text, to look for readable client data. */
async function dumpAsText(): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => table.toArray()));
  return JSON.stringify(tables, (_key, value: unknown) =>
    value instanceof Uint8Array ? new TextDecoder('latin1').decode(value) : value,
  );
}

describe('passphrase lock', () => {
  it('seals existing notes and drafts so nothing readable remains', async () => {
    await createNote(db, PLAIN, { caseKey: 'c:1', text: 'Drinks daily since the divorce #alcohol', link, retentionDays: 30 });
    await saveDraft(db, PLAIN, { caseKey: 'c:1', text: 'half a thought about rent', linkToItem: true, updated: Date.now() });
    expect(await dumpAsText()).toContain('divorce');

    await turnOnLock(db, 'a long passphrase', FAST);
    const dump = await dumpAsText();
    for (const secret of ['divorce', 'alcohol', 'Drinks', 'rent', 'Drug and alcohol', 'ia.4.2']) expect(dump).not.toContain(secret);
    expect(await db.notes.where('words').startsWith('d').count()).toBe(0);
    expect(await db.notes.where('tags').equals('alcohol').count()).toBe(0);
  });

  it('reads and writes with the right passphrase; refuses a wrong one', async () => {
    await createNote(db, PLAIN, { caseKey: 'c:1', text: 'before the lock', link, retentionDays: 30 });
    await turnOnLock(db, 'a long passphrase', FAST);

    expect(await unlockNotes(db, 'the wrong passphrase')).toBeNull();
    const key = await unlockNotes(db, 'a long passphrase');
    expect(key).not.toBeNull();
    const sealing: Sealing = { mode: 'sealed', key: key! };
    const created = await createNote(db, sealing, { caseKey: 'c:1', text: 'after the lock', retentionDays: 30 });
    await editNote(db, sealing, created.id, 'after the lock, edited', Date.now() + 1);
    const notes = await listCaseNotes(db, sealing, 'c:1');
    expect(notes.map((n) => n.text).sort()).toEqual(['after the lock, edited', 'before the lock']);
    expect(notes.find((n) => n.text === 'before the lock')?.link).toEqual(link);
    expect((await db.notes.get(created.id))?.text).toBe('');
  });

  it('gives NotesLockedError, not plain text, without the key', async () => {
    await createNote(db, PLAIN, { caseKey: 'c:1', text: 'secret', retentionDays: 30 });
    await turnOnLock(db, 'a long passphrase', FAST);
    await expect(listCaseNotes(db, PLAIN, 'c:1')).rejects.toBeInstanceOf(NotesLockedError);
  });

  it('seals drafts written while the lock is open', async () => {
    const key = await turnOnLock(db, 'a long passphrase', FAST);
    const sealing: Sealing = { mode: 'sealed', key };
    await saveDraft(db, sealing, { caseKey: 'c:9', text: 'typing about custody', linkToItem: false, updated: 1 });
    expect(await dumpAsText()).not.toContain('custody');
    expect((await loadDraft(db, sealing, 'c:9'))?.text).toBe('typing about custody');
  });

  it('searches in memory after unlock', async () => {
    const key = await turnOnLock(db, 'a long passphrase', FAST);
    const sealing: Sealing = { mode: 'sealed', key };
    await createNote(db, sealing, { caseKey: 'c:1', text: 'Kronofogden called', retentionDays: 30 });
    const all = await listCaseNotes(db, sealing, 'c:1');
    expect(searchInMemory(all.map(indexInMemory), 'krono').notes.map((n) => n.text)).toEqual(['Kronofogden called']);
  });

  it('turns off: everything back in plain text and searchable', async () => {
    const key = await turnOnLock(db, 'a long passphrase', FAST);
    const sealing: Sealing = { mode: 'sealed', key };
    await createNote(db, sealing, { caseKey: 'c:1', text: 'Kronofogden called', link, retentionDays: 30 });
    await saveDraft(db, sealing, { caseKey: 'c:1', text: 'draft', linkToItem: true, updated: 1 });
    await turnOffLock(db, key);
    expect(await readLockParams(db)).toBeUndefined();
    expect(await db.notes.where('words').startsWith('krono').count()).toBe(1);
    expect((await listCaseNotes(db, PLAIN, 'c:1'))[0]?.link).toEqual(link);
    expect(await loadDraft(db, PLAIN, 'c:1')).toMatchObject({ text: 'draft', linkToItem: true });
  });

  it('turns off all or nothing: a failed write leaves every row sealed and the lock on', async () => {
    const key = await turnOnLock(db, 'a long passphrase', FAST);
    await createNote(db, { mode: 'sealed', key }, { caseKey: 'c:1', text: 'Kronofogden called', retentionDays: 30 });
    vi.spyOn(db.settings, 'delete').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(turnOffLock(db, key)).rejects.toThrow('QuotaExceededError');
    expect(await readLockParams(db)).toBeDefined();
    expect(await dumpAsText()).not.toContain('Kronofogden');
    const again = await unlockNotes(db, 'a long passphrase');
    expect((await listCaseNotes(db, { mode: 'sealed', key: again! }, 'c:1')).map((n) => n.text)).toEqual(['Kronofogden called']);
  });

  it('finishes sealing at unlock if turning on was interrupted', async () => {
    await turnOnLock(db, 'a long passphrase', FAST);
    // As if the panel closed mid-way: a row still in plain text.
    await db.notes.add({ id: 'z', caseKey: 'c:1', created: 1, updated: 1, expires: Date.now() + 1e9, pinned: 0, text: 'left behind', tags: [], words: ['left', 'behind'] });
    await unlockNotes(db, 'a long passphrase');
    expect((await db.notes.get('z'))?.sealed).toBeDefined();
    expect(await dumpAsText()).not.toContain('left behind');
  });

  it('refuses a short passphrase and a second lock', async () => {
    await expect(turnOnLock(db, 'short', FAST)).rejects.toThrow();
    await turnOnLock(db, 'a long passphrase', FAST);
    await expect(turnOnLock(db, 'another passphrase', FAST)).rejects.toThrow();
  });
});

describe('changing the passphrase', () => {
  const OLD = 'a long passphrase';
  const NEW = 'an even longer passphrase';

  /** A locked database with a note (linked to an item) and a draft, written with the old passphrase. */
  async function lockedWithNotes(): Promise<Sealing> {
    const key = await turnOnLock(db, OLD, FAST);
    const sealing: Sealing = { mode: 'sealed', key };
    await createNote(db, sealing, { caseKey: 'c:1', text: 'Kronofogden called #debt', link, retentionDays: 30 });
    await saveDraft(db, sealing, { caseKey: 'c:1', text: 'half a thought about rent', linkToItem: true, updated: 5 });
    return sealing;
  }

  /** Run `after` each time the drafts table has been read in full (call 1, 2, …), as another panel writing meanwhile. */
  function afterDraftsRead(after: (call: number) => Promise<void>): void {
    const read = db.drafts.toArray.bind(db.drafts);
    let calls = 0;
    const readThenWrite = async () => {
      const rows = await read();
      await after(++calls);
      return rows;
    };
    vi.spyOn(db.drafts, 'toArray').mockImplementation(readThenWrite as unknown as typeof db.drafts.toArray);
  }

  async function readAll(passphrase: string) {
    const key = await unlockNotes(db, passphrase);
    if (!key) return null;
    const sealing: Sealing = { mode: 'sealed', key };
    return { notes: await listCaseNotes(db, sealing, 'c:1'), draft: await loadDraft(db, sealing, 'c:1') };
  }

  it('opens everything with the new passphrase only, and leaves nothing readable', async () => {
    await lockedWithNotes();
    const before = await readAll(OLD);
    const key = await changePassphrase(db, OLD, NEW, { iterations: FAST });
    expect(key).not.toBeNull();
    expect(await readAll(OLD)).toBeNull();
    expect(await readAll(NEW)).toEqual(before);
    expect((await readAll(NEW))?.notes[0]?.link).toEqual(link);
    const dump = await dumpAsText();
    for (const secret of ['Kronofogden', 'debt', 'rent', 'ia.4.2']) expect(dump).not.toContain(secret);
    // The key it gives is the one that now writes and reads.
    const sealing: Sealing = { mode: 'sealed', key: key! };
    await createNote(db, sealing, { caseKey: 'c:1', text: 'after the change', retentionDays: 30 });
    expect((await readAll(NEW))?.notes.map((n) => n.text)).toContain('after the change');
  });

  it('changes nothing when the current passphrase is wrong or the new one too short', async () => {
    await lockedWithNotes();
    const before = await db.notes.toArray();
    expect(await changePassphrase(db, 'not the passphrase', NEW, { iterations: FAST })).toBeNull();
    await expect(changePassphrase(db, OLD, 'short', { iterations: FAST })).rejects.toThrow();
    expect(await db.notes.toArray()).toEqual(before);
    expect((await readAll(OLD))?.notes).toHaveLength(1);
  });

  it('is all or nothing: a failed write leaves the old passphrase opening every row', async () => {
    await lockedWithNotes();
    const before = await db.notes.toArray();
    // The drafts are written after the notes, in the same transaction: the notes must roll back.
    vi.spyOn(db.drafts, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(changePassphrase(db, OLD, NEW, { iterations: FAST })).rejects.toThrow('QuotaExceededError');
    expect(await db.notes.toArray()).toEqual(before);
    expect(await readAll(NEW)).toBeNull();
    expect((await readAll(OLD))?.notes.map((n) => n.text)).toEqual(['Kronofogden called #debt']);
  });

  it('starts over when another panel writes a note meanwhile, so that note is not stranded under the old key', async () => {
    const oldSealing = await lockedWithNotes();
    afterDraftsRead(async (call) => {
      if (call === 1) await createNote(db, oldSealing, { caseKey: 'c:1', text: 'written in another window', retentionDays: 30 });
    });
    expect(await changePassphrase(db, OLD, NEW, { iterations: FAST })).not.toBeNull();
    expect((await readAll(NEW))?.notes.map((n) => n.text).sort()).toEqual(['Kronofogden called #debt', 'written in another window']);
  });

  it('starts over when another panel pins a note meanwhile, so the pin is not undone', async () => {
    await lockedWithNotes();
    const [note] = await db.notes.toArray();
    afterDraftsRead(async (call) => {
      if (call === 1) await setPinned(db, note!.id, true);
    });
    expect(await changePassphrase(db, OLD, NEW, { iterations: FAST })).not.toBeNull();
    expect((await readAll(NEW))?.notes[0]?.pinned).toBe(true);
  });

  it('gives up, changing nothing, if notes never stop changing', async () => {
    const oldSealing = await lockedWithNotes();
    let writes = 0;
    afterDraftsRead(async (call) => {
      // Each attempt reads once to re-seal, then once more inside its transaction: type after the first.
      if (call % 2 === 1) await saveDraft(db, oldSealing, { caseKey: 'c:1', text: `still typing ${++writes}`, linkToItem: false, updated: 10 + writes });
    });
    await expect(changePassphrase(db, OLD, NEW, { iterations: FAST })).rejects.toBeInstanceOf(LockChangeConflictError);
    vi.restoreAllMocks();
    expect((await readAll(OLD))?.draft?.text).toBe(`still typing ${writes}`);
  });
});
