/**
 * The adviser's private notes database (Dexie over IndexedDB).
 *
 * Open it only in extension-origin contexts: background, side panel, options,
 * practice page.
 * Never from the content script: IndexedDB there belongs to the host page's
 * origin, where the case system's own scripts could read it.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { DraftRecord, NoteRecord, PracticeResultRecord, SessionRecord, SettingRecord } from './records';
import { declareSchema } from './schema';

export const NOTES_DB_NAME = 'adviser-coach-notes';

export class NotesDatabase extends Dexie {
  notes!: EntityTable<NoteRecord, 'id'>;
  drafts!: EntityTable<DraftRecord, 'caseKey'>;
  sessions!: EntityTable<SessionRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  practiceResults!: EntityTable<PracticeResultRecord, 'id'>;

  constructor(name: string = NOTES_DB_NAME) {
    super(name);
    declareSchema(this);
  }
}

let shared: NotesDatabase | undefined;

/** The one database instance of this context, opened on first use. */
export function notesDb(): NotesDatabase {
  shared ??= new NotesDatabase();
  return shared;
}
