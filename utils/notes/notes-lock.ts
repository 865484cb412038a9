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
/** How often changing the lock starts over because another panel wrote meanwhile. */
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

/** A draft row opened with `from` and written with `to`. */
async function resealDraft(row: DraftRecord, from: Sealing, to: Sealing): Promise<DraftRecord> {
  const content = row.sealed
    ? await openJson<{ text: string; linkToItem: boolean }>(from, row.sealed, draftAad(row.caseKey))
    : { text: row.text, linkToItem: row.linkToItem };
  if (to.mode === 'plain') return { caseKey: row.caseKey, updated: row.updated, ...content };
  return { caseKey: row.caseKey, updated: row.updated, text: '', linkToItem: false, sealed: await sealJson(to, content, draftAad(row.caseKey)) };
}

/** Seal every row still in plain text: after turning the lock on, or to finish an interrupted run. */
async function sealRemaining(db: NotesDatabase, sealing: Sealing): Promise<void> {
  await rewriteNotes(db, async (row) => (row.sealed ? undefined : toRecord(await fromRecord(row, PLAIN), sealing)));
  await rewriteDrafts(db, async (row) => (row.sealed ? undefined : resealDraft(row, PLAIN, sealing)));
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

/** Turn the lock off (needs the open key): every row back in plain text and the lock forgotten, in one transaction. */
export async function turnOffLock(db: NotesDatabase, key: CryptoKey): Promise<void> {
  await resealEverything(db, { mode: 'sealed', key }, PLAIN, undefined);
}

/** Thrown when notes kept changing while the lock was being changed or turned off; nothing was changed. */
export class LockChangeConflictError extends Error {
  constructor() {
    super('Notes kept changing while the lock was being changed');
    this.name = 'LockChangeConflictError';
  }
}

/** What a row holds now, cheaply: a row anyone else wrote in between (text, pin, expiry) differs. */
function fingerprint(row: NoteRecord | DraftRecord): string {
  const content = row.sealed ? Array.from(row.sealed.iv).join(',') : `p:${row.text}`;
  return 'pinned' in row ? `${row.updated}:${row.pinned}:${row.expires}:${content}` : `${row.updated}:${content}`;
}

function fingerprints<T extends NoteRecord | DraftRecord>(rows: T[], keyOf: (row: T) => string): Map<string, string> {
  return new Map(rows.map((row) => [keyOf(row), fingerprint(row)]));
}

function sameRows(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

/**
 * Rewrite every note and draft from one sealing to another and store them with
 * the new lock (or none) in one transaction, so an interruption leaves the old
 * lock working and nothing half-changed. Web Crypto cannot run inside an
 * IndexedDB transaction, so rows are rewritten in memory first; a row another
 * panel wrote meanwhile makes it start over.
 */
async function resealEverything(db: NotesDatabase, from: Sealing, to: Sealing, lock: LockParams | undefined): Promise<void> {
  for (let attempt = 0; attempt < CHANGE_ATTEMPTS; attempt++) {
    const [notes, drafts] = await Promise.all([db.notes.toArray(), db.drafts.toArray()]);
    const nextNotes = await Promise.all(notes.map(async (row) => toRecord(await fromRecord(row, from), to)));
    const nextDrafts = await Promise.all(drafts.map((row) => resealDraft(row, from, to)));
    const noteIds = fingerprints(notes, (row) => row.id);
    const draftKeys = fingerprints(drafts, (row) => row.caseKey);
    const written = await db.transaction('rw', db.notes, db.drafts, db.settings, async () => {
      const [notesNow, draftsNow] = await Promise.all([db.notes.toArray(), db.drafts.toArray()]);
      if (!sameRows(noteIds, fingerprints(notesNow, (row) => row.id))) return false;
      if (!sameRows(draftKeys, fingerprints(draftsNow, (row) => row.caseKey))) return false;
      await db.notes.bulkPut(nextNotes);
      await db.drafts.bulkPut(nextDrafts);
      await (lock ? db.settings.put({ key: LOCK_SETTING, value: lock }) : db.settings.delete(LOCK_SETTING));
      return true;
    });
    if (written) return;
  }
  throw new LockChangeConflictError();
}

export interface ChangePassphraseOptions {
  /** PBKDF2 iterations for the new key (tests use few); the default is the recommended count. */
  iterations?: number;
  /** Runs once the current passphrase is known to be right, before any row is read. */
  beforeRewrite?: () => Promise<void>;
}

/** Change the passphrase: everything sealed again under the new key. Resolves to that key, or null when `current` is wrong. */
export async function changePassphrase(db: NotesDatabase, current: string, next: string, options: ChangePassphraseOptions = {}): Promise<CryptoKey | null> {
  if (next.length < MIN_PASSPHRASE_CHARS) throw new Error('Passphrase too short');
  const params = await readLockParams(db);
  if (!params) throw new Error('The lock is off');
  const oldKey = await unlockWithPassphrase(params, current);
  if (!oldKey) return null;
  const { params: nextParams, key } = await createLock(next, options.iterations);
  await options.beforeRewrite?.();
  await resealEverything(db, { mode: 'sealed', key: oldKey }, { mode: 'sealed', key }, nextParams);
  return key;
}
