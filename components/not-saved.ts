/**
 * What a settings page or the popup says when the browser would not store a
 * change: that the disk is full (utils/db/storage-health.ts) and what to do,
 * or, for any other refusal, the browser's own words for IT. Either way the
 * change did not happen, so the page shows things as they were.
 */
import { saysStorageIsFull } from '../utils/db/storage-health';
import { t } from '../utils/i18n';

/** `error`: what the write threw, or a message to the background rejected with (its text). */
export function notSavedText(error: unknown): string {
  if (saysStorageIsFull(error)) return t('storageFullNotSaved');
  return t('storageNotSaved', error instanceof Error ? error.message : String(error));
}
