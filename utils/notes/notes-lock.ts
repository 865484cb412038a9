/**
 * Turning the passphrase lock on and off, and unlocking. While the lock is on,
 * every note and draft row is sealed (see note-codec.ts) and the words index is
 * empty, so nothing readable about a client stays in IndexedDB. The key lives
 * only in the memory of the page that unlocked it.
 */
import { createLock, unlockWithPassphrase, type LockParams } from '../crypto/passphrase-lock';
import type { NotesDatabase } from '../db/notes-db';
import type { DraftRecord, NoteRecord } from '../db/records';
import { fromRecord, toRecord } from './note-codec';
import { draftAad, openJson, PLAIN, sealJson, type Sealing } from './sealing';

const LOCK_SETTING = 'lock';
const BATCH = 500;
export const DEFAULT_AUTO_LOCK_MINUTES = 10;
export const MIN_PASSPHRASE_CHARS = 8;

export async function readLockParams(db: NotesDatabase): Promise<LockParams | undefined> {
  return (await db.settings.get(LOCK_SETTING))?.value as LockParams | undefined;
}

/** Rewrite every row of a table in batches; `change` returns the new row or undefined to keep it. */
async function rewriteAll<T extends NoteRecord | DraftRecord>(
  rows: () => Promise<T[]>,
  nextRows: (after: string) => Promise<T[]>,
  keyOf: (row: T) => string,
  change: (row: T) => Promise<T | undefined>,
  write: (rows: T[]) => Promise<unknown>,
): Promise<void> {
  let batch = await rows();
  while (batch.length > 0) {
    const changed = (await Promise.all(batch.map(change))).filter((row): row is Awaited<T> => row !== undefined);
    if (changed.length > 0) await write(changed);
    const last = batch[batch.length - 1];
    batch = last ? await nextRows(keyOf(last)) : [];
  }
}

async function rewriteNotes(db: NotesDatabase, change: (row: NoteRecord) => Promise<NoteRecord | undefined>): Promise<void> {
  await rewriteAll(
    () => db.notes.orderBy(':id').limit(BATCH).toArray(),
    (after) => db.notes.where(':id').above(after).limit(BATCH).toArray(),
    (row) => row.id,
    change,
    (rows) => db.notes.bulkPut(rows),
  );
}

async function rewriteDrafts(db: NotesDatabase, change: (row: DraftRecord) => Promise<DraftRecord | undefined>): Promise<void> {
  await rewriteAll(
    () => db.drafts.orderBy(':id').limit(BATCH).toArray(),
    (after) => db.drafts.where(':id').above(after).limit(BATCH).toArray(),
    (row) => row.caseKey,
    change,
    (rows) => db.drafts.bulkPut(rows),
  );
}

/** Seal every row still in plain text: after turning the lock on, or to finish an interrupted run. */
async function sealRemaining(db: NotesDatabase, sealing: Sealing): Promise<void> {
  await rewriteNotes(db, async (row) => (row.sealed ? undefined : toRecord(await fromRecord(row, PLAIN), sealing)));
  await rewriteDrafts(db, async (row) =>
    row.sealed
      ? undefined
      : {
          caseKey: row.caseKey,
          updated: row.updated,
          text: '',
          linkToItem: false,
          sealed: await sealJson(sealing, { text: row.text, linkToItem: row.linkToItem }, draftAad(row.caseKey)),
        },
  );
}

/**
 * Turn the lock on: store salt, iteration count and check value first (so
 * nothing new is written in plain text), then seal every existing row.
 */
export async function turnOnLock(db: NotesDatabase, passphrase: string, iterations?: number): Promise<CryptoKey> {
  if (await readLockParams(db)) throw new Error('The lock is already on');
  if (passphrase.length < MIN_PASSPHRASE_CHARS) throw new Error('Passphrase too short');
  const { params, key } = await createLock(passphrase, iterations);
  await db.settings.put({ key: LOCK_SETTING, value: params });
  await sealRemaining(db, { mode: 'sealed', key });
  return key;
}

/** The key for the passphrase, or null if it is wrong. Also finishes any interrupted sealing. */
export async function unlockNotes(db: NotesDatabase, passphrase: string): Promise<CryptoKey | null> {
  const params = await readLockParams(db);
  if (!params) return null;
  const key = await unlockWithPassphrase(params, passphrase);
  if (key) await sealRemaining(db, { mode: 'sealed', key });
  return key;
}

/** Turn the lock off (needs the open key): unseal every row, then forget the lock. */
export async function turnOffLock(db: NotesDatabase, key: CryptoKey): Promise<void> {
  const sealing: Sealing = { mode: 'sealed', key };
  await rewriteNotes(db, async (row) => (row.sealed ? toRecord(await fromRecord(row, sealing), PLAIN) : undefined));
  await rewriteDrafts(db, async (row) => {
    if (!row.sealed) return undefined;
    const content = await openJson<{ text: string; linkToItem: boolean }>(sealing, row.sealed, draftAad(row.caseKey));
    return { caseKey: row.caseKey, updated: row.updated, ...content };
  });
  await db.settings.delete(LOCK_SETTING);
}
