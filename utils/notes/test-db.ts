/** For unit tests: a fresh notes database per test, on fake-indexeddb. */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { NotesDatabase } from '../db/notes-db';

let counter = 0;

export async function freshNotesDb(): Promise<NotesDatabase> {
  const db = new NotesDatabase(`notes-test-${++counter}-${Math.random().toString(36).slice(2)}`);
  await db.open();
  return db;
}

export async function dropNotesDb(db: NotesDatabase): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}
