/**
 * Every version of the notes database schema, oldest first. Never edit a
 * released version: add the next one, with an upgrade that brings old rows up to
 * date. Each upgrade is covered by schema.test.ts, which builds the old version
 * by hand and opens it with the current code.
 */
import type { Dexie, Transaction } from 'dexie';
import type { NoteRecord } from './records';
import { noteWords } from '../notes/words';

export const SCHEMA_VERSION = 3;

export function declareSchema(db: Dexie): void {
  // v1: notes by case and expiry, interview sessions, key/value settings.
  db.version(1).stores({
    notes: 'id, caseKey, updated, expires',
    sessions: 'id, started',
    settings: 'key',
  });

  // v2: word-prefix search (`*words`, multiEntry), tags, and one compound index
  // that returns a case's notes already ordered pinned-first, newest-first.
  // Drafts get their own table so autosave never touches saved notes.
  db.version(2)
    .stores({
      notes: 'id, caseKey, expires, *words, *tags, [caseKey+pinned+updated]',
      drafts: 'caseKey, updated',
    })
    .upgrade(backfillWords);

  // v3: practice summaries the adviser kept, purged by expiry like notes. A new table: nothing to upgrade.
  db.version(3).stores({
    practiceResults: 'id, created, expires',
  });
}

/** v1 rows had no `words`; sealed rows stay without (their text is not readable). */
async function backfillWords(tx: Transaction): Promise<void> {
  await tx
    .table<NoteRecord, string>('notes')
    .toCollection()
    .modify((note) => {
      const tags = note.sealed ? [] : (note.tags ?? []);
      note.tags = tags;
      note.words = note.sealed ? [] : noteWords(note.text ?? '', tags);
    });
}
