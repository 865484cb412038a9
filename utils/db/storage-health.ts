/**
 * Recovering from storage that could not be written. On a full disk Chromium
 * aborts the write, closes the IndexedDB connection and fails the reopen that
 * follows ("Internal error opening backing store"); Dexie then stays closed for
 * good. Seen in tests/e2e/notes-durability.e2e.ts on a full tmpfs.
 */
import type { Dexie } from 'dexie';

/** Open the database again if the browser closed it or an open failed; no-op when open. Throws what the open throws. */
export async function reopenIfClosed(db: Dexie): Promise<void> {
  if (!db.isOpen()) await db.open();
}

/**
 * After a failed write: true when storage cannot take it, so the adviser is told
 * the disk is full rather than "something went wrong". Tries the reopen as a side
 * effect, so the next write works as soon as there is room.
 *
 * What really comes, measured on a full 40 MB tmpfs (tests/e2e/notes-durability.e2e.ts):
 * Chromium never says QuotaExceededError there (its quota is a share of the disk
 * size, not of the free space); the transaction aborts with `UnknownError:
 * Connection is closing because of: IO error: …/000003.log: FILE_ERROR_NO_SPACE`,
 * and every open after it fails with `UnknownError: Internal error opening
 * backing store`. A quota that is really used up gives `QuotaExceededError`
 * (Chromium and Firefox). A `bulkAdd` can also fail with only `AbortError: The
 * transaction was aborted` while the connection is still open. So: a quota error, a
 * no-space message, a write aborted without a reason when a 64 kB probe write fails
 * too (storageTakesAWrite), or a database that cannot even be reopened.
 */
export async function storageIsFull(db: Dexie, error: unknown): Promise<boolean> {
  if (saysStorageIsFull(error)) return true;
  if (abortedWithoutReason(error) && (await storageTakesAWrite()) === false) return true;
  if (db.isOpen()) return false;
  try {
    await db.open();
    return false;
  } catch {
    return true;
  }
}

/**
 * The write was aborted and the error does not say why: a request of a transaction the browser
 * aborted (`AbortError: The transaction was aborted, so the request cannot be fulfilled`, alone or
 * in Dexie's BulkError for `bulkAdd`), an `UnknownError`, or a connection the browser closed.
 * Measured on a full tmpfs: a note's `bulkAdd` failed so while the IO error that caused it reached
 * only the transaction, and the connection was still open when the panel asked.
 */
function abortedWithoutReason(error: unknown): boolean {
  for (const { name } of errorAndCauses(error)) if (name === 'AbortError' || name === 'UnknownError' || name === 'DatabaseClosedError') return true;
  return false;
}

/** An error and what Dexie wraps in it (`inner`, and a BulkError's `failures`), breadth first, at most 8. */
function* errorAndCauses(error: unknown): Generator<{ name?: unknown; message?: unknown }> {
  const pending: unknown[] = [error];
  for (let seen = 0; pending.length && seen < 8; seen++) {
    const current = pending.shift() as { name?: unknown; message?: unknown; inner?: unknown; failures?: unknown } | undefined;
    if (!current || typeof current !== 'object') continue;
    yield current;
    if (current.inner) pending.push(current.inner);
    if (Array.isArray(current.failures)) pending.push(...current.failures);
  }
}

const PROBE_DATABASE = 'adviser-coach-storage-probe';
// Random bytes: LevelDB compresses, and 64 kB of zeros would take a few bytes of disk.
const PROBE_BYTES = 64 * 1024;
const PROBE_CEILING_MS = 5000;

/**
 * Whether this origin's IndexedDB takes a 64 kB write now, in a database of its own (in Chromium
 * all of an origin's databases share one backing store, which a full disk closes for all of them).
 * Resolves true or false, or undefined when it cannot tell (no IndexedDB, or no answer within 5 s).
 * The record is deleted again in the same run.
 */
export function storageTakesAWrite(): Promise<boolean | undefined> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), PROBE_CEILING_MS);
    const settle = (outcome: boolean) => {
      clearTimeout(timer);
      resolve(outcome);
    };
    const open = indexedDB.open(PROBE_DATABASE, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('probe');
    open.onerror = () => settle(false);
    open.onsuccess = () => {
      const probe = open.result;
      try {
        const write = probe.transaction('probe', 'readwrite');
        write.objectStore('probe').put(crypto.getRandomValues(new Uint8Array(PROBE_BYTES)), 'probe');
        write.onabort = () => {
          probe.close();
          settle(false);
        };
        write.oncomplete = () => {
          const clear = probe.transaction('probe', 'readwrite');
          clear.objectStore('probe').delete('probe');
          clear.oncomplete = clear.onabort = () => probe.close();
          settle(true);
        };
      } catch {
        probe.close();
        settle(false);
      }
    };
  });
}

/**
 * Chromium's LevelDB (FILE_ERROR_NO_SPACE: IndexedDB, and `storage.local` on a full disk,
 * "IO error: …/000004.log: FILE_ERROR_NO_SPACE", measured in tests/e2e/pack-storage-full.e2e.ts),
 * the OS (ENOSPC, "No space left on device"), Firefox (NS_ERROR_FILE_NO_DEVICE_SPACE), and the
 * `storage` API's own quotas in Chromium ("QUOTA_BYTES quota exceeded", "Resource::kQuotaBytes
 * quota exceeded", "QUOTA_BYTES_PER_ITEM quota exceeded"), which arrive as plain `Error`s, and a
 * QuotaExceededError named only in a message (Firefox's storage.local).
 */
const NO_SPACE = /NO_SPACE|NO_DEVICE_SPACE|ENOSPC|no space left|QUOTA_BYTES|kQuotaBytes|quota ?exceeded/i;

/**
 * A quota error, or a message saying the disk has no space, on the error itself or on the
 * IndexedDB errors Dexie wraps (`inner`, a BulkError's `failures`); also the bare message text, as an error arrives when
 * it crossed a message from the background. The one test for "storage is full" in the extension:
 * notes, packs, subscriptions, keys, sites and practice scenarios all ask it.
 */
export function saysStorageIsFull(error: unknown): boolean {
  if (typeof error === 'string') return NO_SPACE.test(error);
  for (const { name, message } of errorAndCauses(error)) {
    if (name === 'QuotaExceededError') return true;
    if (typeof message === 'string' && NO_SPACE.test(message)) return true;
  }
  return false;
}
