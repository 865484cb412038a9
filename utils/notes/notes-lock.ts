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
import type { SealedBytes } from '../crypto/passphrase-lock';

const LOCK_SETTING = 'lock';
const BATCH = 500;
/** How often a passphrase change starts over because another panel wrote meanwhile. */
const CHANGE_ATTEMPTS = 3;
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

/** Thrown when notes kept changing while the passphrase was being changed; nothing was changed. */
export class PassphraseChangeConflictError extends Error {
  constructor() {
    super('Notes kept changing while the passphrase was being changed');
    this.name = 'PassphraseChangeConflictError';
  }
}

/** What a row holds now, cheaply: a row written by anyone else in between differs. */
function fingerprint(row: { updated: number; text: string; sealed?: SealedBytes }): string {
  return row.sealed ? `${row.updated}:${Array.from(row.sealed.iv).join(',')}` : `${row.updated}:p:${row.text}`;
}

function fingerprints<T extends { updated: number; text: string; sealed?: SealedBytes }>(rows: T[], keyOf: (row: T) => string): Map<string, string> {
  return new Map(rows.map((row) => [keyOf(row), fingerprint(row)]));
}

function sameRows(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

/**
 * Change the passphrase: every row is sealed again under the new key and stored,
 * with the new lock, in one transaction, so an interruption leaves the old
 * passphrase working and nothing half-changed. A row another panel wrote while
 * the rows were being re-sealed makes it start over. Resolves to the new key, or
 * null when `current` is wrong.
 */
export async function changePassphrase(db: NotesDatabase, current: string, next: string, iterations?: number): Promise<CryptoKey | null> {
  if (next.length < MIN_PASSPHRASE_CHARS) throw new Error('Passphrase too short');
  const params = await readLockParams(db);
  if (!params) throw new Error('The lock is off');
  const oldKey = await unlockWithPassphrase(params, current);
  if (!oldKey) return null;
  const from: Sealing = { mode: 'sealed', key: oldKey };
  const { params: nextParams, key } = await createLock(next, iterations);
  const to: Sealing = { mode: 'sealed', key };

  for (let attempt = 0; attempt < CHANGE_ATTEMPTS; attempt++) {
    const [notes, drafts] = await Promise.all([db.notes.toArray(), db.drafts.toArray()]);
    // Web Crypto cannot run inside an IndexedDB transaction, so the rows are re-sealed first.
    const resealedNotes = await Promise.all(notes.map(async (row) => toRecord(await fromRecord(row, from), to)));
    const resealedDrafts = await Promise.all(
      drafts.map(async (row): Promise<DraftRecord> => {
        const content = row.sealed
          ? await openJson<{ text: string; linkToItem: boolean }>(from, row.sealed, draftAad(row.caseKey))
          : { text: row.text, linkToItem: row.linkToItem };
        return { caseKey: row.caseKey, updated: row.updated, text: '', linkToItem: false, sealed: await sealJson(to, content, draftAad(row.caseKey)) };
      }),
    );
    const noteIds = fingerprints(notes, (row) => row.id);
    const draftKeys = fingerprints(drafts, (row) => row.caseKey);
    const written = await db.transaction('rw', db.notes, db.drafts, db.settings, async () => {
      const [notesNow, draftsNow] = await Promise.all([db.notes.toArray(), db.drafts.toArray()]);
      if (!sameRows(noteIds, fingerprints(notesNow, (row) => row.id))) return false;
      if (!sameRows(draftKeys, fingerprints(draftsNow, (row) => row.caseKey))) return false;
      await db.notes.bulkPut(resealedNotes);
      await db.drafts.bulkPut(resealedDrafts);
      await db.settings.put({ key: LOCK_SETTING, value: nextParams });
      return true;
    });
    if (written) return key;
  }
  throw new PassphraseChangeConflictError();
}
