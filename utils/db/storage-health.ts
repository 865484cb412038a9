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
 * After a failed write: true when storage cannot take it (a quota error, or the
 * database cannot even be reopened), so the adviser is told the disk is full
 * rather than "something went wrong". Tries the reopen as a side effect, so the
 * next write works as soon as there is room.
 */
export async function storageIsFull(db: Dexie, error: unknown): Promise<boolean> {
  if (namedQuotaExceeded(error)) return true;
  if (db.isOpen()) return false;
  try {
    await db.open();
    return false;
  } catch {
    return true;
  }
}

/** `QuotaExceededError` on the error itself or on the IndexedDB error Dexie wraps (`inner`). */
function namedQuotaExceeded(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 3; depth++) {
    if ((current as { name?: unknown }).name === 'QuotaExceededError') return true;
    current = (current as { inner?: unknown }).inner;
  }
  return false;
}
