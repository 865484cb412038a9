import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saysStorageIsFull, storageIsFull, storageTakesAWrite } from './storage-health';

// Errors as Chromium and Firefox give them (Chromium's measured on a full tmpfs, see storage-health.ts).
const chromiumNoSpace = new DOMException(
  'Connection is closing because of: IO error: .../chrome-extension_x_0.indexeddb.leveldb/000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)',
  'UnknownError',
);
const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('saysStorageIsFull', () => {
  it('knows a quota error and a no-space message, bare or wrapped by Dexie', () => {
    expect(saysStorageIsFull(quota)).toBe(true);
    expect(saysStorageIsFull(chromiumNoSpace)).toBe(true);
    expect(saysStorageIsFull(new Dexie.AbortError('Transaction aborted', chromiumNoSpace))).toBe(true);
    expect(saysStorageIsFull(new Error('NS_ERROR_FILE_NO_DEVICE_SPACE'))).toBe(true);
  });

  it('knows the storage API\u2019s full disk and quotas, as an error or as its text after crossing a message', () => {
    // Chromium's storage.local on a full disk (measured in tests/e2e/pack-storage-full.e2e.ts), and its quotas.
    const storageLocalNoSpace = 'IO error: .../000004.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)';
    for (const message of [storageLocalNoSpace, 'QUOTA_BYTES quota exceeded', 'Resource::kQuotaBytes quota exceeded', 'QUOTA_BYTES_PER_ITEM quota exceeded']) {
      expect(saysStorageIsFull(new Error(message))).toBe(true);
      expect(saysStorageIsFull(message)).toBe(true);
    }
    expect(saysStorageIsFull(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(saysStorageIsFull('Error: QuotaExceededError: storage.local is full')).toBe(true);
  });

  it('does not take other failures for a full disk', () => {
    expect(saysStorageIsFull('IO error: .../LOCK: Permission denied')).toBe(false);
    expect(saysStorageIsFull('Could not establish connection. Receiving end does not exist.')).toBe(false);
    expect(saysStorageIsFull(new DOMException('Key already exists in the object store.', 'ConstraintError'))).toBe(false);
    expect(saysStorageIsFull(new Dexie.AbortError('Transaction aborted', new DOMException('Version change', 'AbortError')))).toBe(false);
    expect(saysStorageIsFull(undefined)).toBe(false);
  });
});

/** A database of its own for one test. */
async function scratchDatabase(): Promise<Dexie> {
  const db = new Dexie(`storage-health-${Math.random()}`);
  db.version(1).stores({ rows: 'id' });
  await db.open();
  return db;
}

describe('storageIsFull', () => {
  let db: Dexie;
  beforeEach(async () => {
    db = await scratchDatabase();
  });
  afterEach(() => db.delete());

  it('says full on Chromium\u2019s no-space error while the database is still open', async () => {
    expect(await storageIsFull(db, chromiumNoSpace)).toBe(true);
  });

  it('says not full on another error while the database is open', async () => {
    expect(await storageIsFull(db, new Error('something else'))).toBe(false);
  });

  it('reopens a database the browser closed, and says not full when that works', async () => {
    db.close();
    expect(await storageIsFull(db, new Error('closed'))).toBe(false);
    expect(db.isOpen()).toBe(true);
  });
});

describe('a write aborted without a reason', () => {
  let db: Dexie;
  beforeEach(async () => {
    db = await scratchDatabase();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    return db.delete();
  });

  // What a note's bulkAdd gave on a full tmpfs while the connection was still open.
  const bulkAborted = () =>
    new Dexie.BulkError('notes.bulkAdd(): 1 of 1 operations failed.', [new DOMException('The transaction was aborted, so the request cannot be fulfilled.', 'AbortError')]);

  /** An IndexedDB whose every open fails, as Chromium's does once a full disk closed the backing store. */
  const backingStoreClosed = () => ({
    open() {
      const request = { error: new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError') } as unknown as IDBOpenDBRequest;
      setTimeout(() => request.onerror?.(new Event('error')));
      return request;
    },
  });

  it('is a full disk when a probe write fails too', async () => {
    vi.stubGlobal('indexedDB', backingStoreClosed());
    expect(await storageTakesAWrite()).toBe(false);
    expect(await storageIsFull(db, bulkAborted())).toBe(true);
    expect(await storageIsFull(db, new Dexie.AbortError('Transaction aborted'))).toBe(true);
  });

  it('is not a full disk when the probe write is taken, and leaves nothing behind', async () => {
    expect(await storageTakesAWrite()).toBe(true);
    expect(await storageIsFull(db, bulkAborted())).toBe(false);
    const probe = new Dexie('adviser-coach-storage-probe');
    await probe.open();
    expect(await probe.table('probe').count()).toBe(0);
    probe.close();
  });

  it('does not probe for failures that say what they are', async () => {
    vi.stubGlobal('indexedDB', backingStoreClosed());
    expect(await storageIsFull(db, new DOMException('Key already exists in the object store.', 'ConstraintError'))).toBe(false);
  });
});
