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
 * (Chromium and Firefox). So: a quota error, a no-space message, or a database
 * that cannot even be reopened.
 */
export async function storageIsFull(db: Dexie, error: unknown): Promise<boolean> {
  if (saysStorageIsFull(error)) return true;
  if (db.isOpen()) return false;
  try {
    await db.open();
    return false;
  } catch {
    return true;
  }
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
 * IndexedDB error Dexie wraps (`inner`); also the bare message text, as an error arrives when
 * it crossed a message from the background. The one test for "storage is full" in the extension:
 * notes, packs, subscriptions, keys, sites and practice scenarios all ask it.
 */
export function saysStorageIsFull(error: unknown): boolean {
  if (typeof error === 'string') return NO_SPACE.test(error);
  for (let current = error, depth = 0; current && depth < 3; depth++) {
    const { name, message } = current as { name?: unknown; message?: unknown };
    if (name === 'QuotaExceededError') return true;
    if (typeof message === 'string' && NO_SPACE.test(message)) return true;
    current = (current as { inner?: unknown }).inner;
  }
  return false;
}
