/**
 * Search across all notes by word prefix.
 *
 * Without the lock: each query word is a `startsWith` range on the multiEntry
 * `*words` index; the id sets are intersected, and only the newest `limit` rows
 * are read. No table scan.
 *
 * With the lock on, the index holds nothing (a words index of plain text, or of
 * hashed words, would let anyone with the files see or link what notes say), so
 * search runs in memory over notes decrypted after unlock: `searchInMemory`.
 */
import type { NotesDatabase } from '../db/notes-db';
import type { NoteRecord } from '../db/records';
import type { Note } from './note';
import { fromRecords } from './note-codec';
import type { Sealing } from './sealing';
import { matchesAllPrefixes, noteWords, queryWords } from './words';

export const DEFAULT_SEARCH_LIMIT = 50;

export interface SearchResult {
  notes: Note[];
  /** How many notes matched (expired notes not yet purged may be counted). */
  total: number;
}

function byPinnedThenNewest(a: Note, b: Note): number {
  return Number(b.pinned) - Number(a.pinned) || b.updated - a.updated;
}

async function idsStartingWith(db: NotesDatabase, prefix: string): Promise<Set<string>> {
  // A note with "debt" and "debts" appears twice in the index: the Set keeps one.
  return new Set(await db.notes.where('words').startsWith(prefix).primaryKeys());
}

/** Index search for unsealed notes. */
export async function searchNotes(
  db: NotesDatabase,
  sealing: Sealing,
  query: string,
  { limit = DEFAULT_SEARCH_LIMIT, now = Date.now() } = {},
): Promise<SearchResult> {
  const prefixes = queryWords(query);
  if (prefixes.length === 0) return { notes: [], total: 0 };
  const sets = await Promise.all(prefixes.map((prefix) => idsStartingWith(db, prefix)));
  sets.sort((a, b) => a.size - b.size);
  const [smallest, ...others] = sets;
  const ids: string[] = [];
  for (const id of smallest ?? []) if (others.every((set) => set.has(id))) ids.push(id);
  // Ids sort by creation time: the newest matches without reading the others.
  ids.sort().reverse();
  const rows: NoteRecord[] = [];
  for (let start = 0; start < ids.length && rows.length < limit; start += limit) {
    const batch = await db.notes.bulkGet(ids.slice(start, start + limit));
    for (const row of batch) if (row && row.expires > now && rows.length < limit) rows.push(row);
  }
  const notes = await fromRecords(rows, sealing);
  return { notes: notes.sort(byPinnedThenNewest), total: ids.length };
}

/** A decrypted note with its words, held in memory while the lock is open. */
export interface IndexedNote {
  note: Note;
  words: string[];
}

export function indexInMemory(note: Note): IndexedNote {
  return { note, words: noteWords(note.text, note.tags) };
}

/** The same search over notes held in memory (the lock is on and open). */
export function searchInMemory(
  notes: Iterable<IndexedNote>,
  query: string,
  { limit = DEFAULT_SEARCH_LIMIT, now = Date.now() } = {},
): SearchResult {
  const prefixes = queryWords(query);
  if (prefixes.length === 0) return { notes: [], total: 0 };
  const matches: Note[] = [];
  for (const { note, words } of notes) {
    if (note.expires > now && matchesAllPrefixes(words, prefixes)) matches.push(note);
  }
  matches.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return { notes: matches.slice(0, limit).sort(byPinnedThenNewest), total: matches.length };
}
