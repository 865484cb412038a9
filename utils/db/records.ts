/**
 * What the notes database stores, row by row. These are storage shapes, not the
 * domain objects the interface works with (see utils/notes/note.ts): a row may be
 * sealed (encrypted), and booleans are numbers because IndexedDB cannot index them.
 */

import type { SealedBytes } from '../crypto/passphrase-lock';

export interface NoteRecord {
  /** Time-ordered id (see utils/notes/note-id.ts), so sorting ids sorts by creation. */
  id: string;
  /** `c:<HMAC of the case identifier>` or `s:<interview session id>`; never the identifier. */
  caseKey: string;
  created: number;
  updated: number;
  /** When the purge deletes this note: `created` + the retention in force. */
  expires: number;
  /** 1 = pinned. A number because IndexedDB does not index booleans. */
  pinned: 0 | 1;
  /** Plain text; '' while the note is sealed. */
  text: string;
  /** Hashtags from the text; empty while sealed. */
  tags: string[];
  /** The pack item the note is about; absent while sealed (it reveals the topic). */
  packId?: string;
  itemId?: string;
  itemTitle?: Record<string, string>;
  /** Normalised words of text and tags for prefix search; empty while sealed. */
  words: string[];
  /** Set when the passphrase lock is on: text, tags and item link, encrypted together. */
  sealed?: SealedBytes;
}

/** What the adviser was typing and has not saved yet, one per case or session. */
export interface DraftRecord {
  caseKey: string;
  updated: number;
  text: string;
  /** Whether the capture box links the note to the current item. */
  linkToItem: boolean;
  sealed?: SealedBytes;
}

/**
 * An interview without a case identifier on the page: notes are filed under it.
 * Holds times only, nothing about the client.
 */
export interface SessionRecord {
  id: string;
  started: number;
  lastActive: number;
}

export interface SettingRecord<T = unknown> {
  key: string;
  value: T;
}

/**
 * A practice session's summary that the adviser chose to keep (the practice page's
 * "Keep"): the trainer's goals met and missed and the adviser's own words in the
 * role-play. No client data: the client is simulated. Deleted like notes, at
 * `expires` (created + the notes retention in force).
 */
export interface PracticeResultRecord {
  id: string;
  created: number;
  expires: number;
  packId: string;
  scenarioId: string;
  /** The summary as rules/practice-run.ts `summarizeRun` gives it. */
  summary: unknown;
}
