/**
 * What the extension knows about a tab, kept in `storage.session` (memory only,
 * extension pages and background only: content scripts cannot read it). Names in
 * one place because the background, the side panel and the overlay share them.
 */

/** The tab's case key (a string, `c:<HMAC>`), while its page shows a case identifier. */
export const caseKeyOfTab = (tabId: number) => `case:${tabId}`;
/** Which frame and pack reported that case key, and since when. */
export const caseMetaOfTab = (tabId: number) => `case-meta:${tabId}`;
/** The notes session of a tab without a case identifier (`s:<uuid>`). */
export const notesSessionOfTab = (tabId: number) => `notes-session:${tabId}`;
/** The pack item the adviser is on, written by the overlay: `FocusedItem`. */
export const focusOfTab = (tabId: number) => `focus:${tabId}`;
/** Set by the notes keyboard command; the side panel of that window focuses its note box. */
export const FOCUS_REQUEST_KEY = 'notes:focus-request';

export interface CaseMeta {
  packId: string;
  frameId: number;
  since: number;
}

export interface FocusedItem {
  packId: string;
  itemId: string;
  title: Record<string, string>;
}

export interface FocusRequest {
  windowId: number;
  at: number;
}
