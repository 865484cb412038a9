/**
 * Every version of the notes database schema, oldest first. Never edit a
 * released version: add the next one, with an upgrade that brings old rows up to
 * date. Each upgrade is covered by schema.test.ts, which builds the old version
 * by hand and opens it with the current code.
 */
import type { Dexie } from 'dexie';

export const SCHEMA_VERSION = 1;

export function declareSchema(db: Dexie): void {
  // v1: notes by case and expiry, interview sessions, key/value settings.
  db.version(1).stores({
    notes: 'id, caseKey, updated, expires',
    sessions: 'id, started',
    settings: 'key',
  });
}
