/**
 * Search across all notes by word prefix.
 *
 * Without the lock, from the multiEntry `*words` index:
 * - each query word is a `startsWith` range on the index; at most `keyCap` ids are
 *   fetched per word, so a word that starts half the notes ("a", "to") costs no
 *   more than one that starts a few;
 * - words whose id sets came back whole are intersected, and the smallest set
 *   drives: only its newest candidates are read, checked against any broad words,
 *   until `limit` matches are found;
 * - when every query word is broad, matches are dense, so the newest notes are
 *   read in batches and checked until `limit` are found.
 * Never a scan of the whole table for a query that finds `limit` notes early.
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
/** Ids fetched per query word before the word counts as broad. */
export const KEY_CAP = 2000;
const READ_BATCH = 200;

export interface SearchResult {
  notes: Note[];
  /** How many notes matched; undefined when only "more than shown" is known (expired notes not yet purged may count). */
  total: number | undefined;
}

export interface SearchOptions {
  limit?: number;
  now?: number;
  keyCap?: number;
}

function byPinnedThenNewest(a: Note, b: Note): number {
  return Number(b.pinned) - Number(a.pinned) || b.updated - a.updated;
}

interface PrefixIds {
  prefix: string;
  ids: Set<string>;
  /** False when the cap cut the list: the word is broad. */
  complete: boolean;
}

async function idsStartingWith(db: NotesDatabase, prefix: string, cap: number): Promise<PrefixIds> {
  const keys = await db.notes.where('words').startsWith(prefix).limit(cap + 1).primaryKeys();
  // A note with "debt" and "debts" is in the index twice: the Set keeps one.
  return { prefix, ids: new Set(keys), complete: keys.length <= cap };
}

interface Read {
  rows: NoteRecord[];
  /** Matches among all rows read (may exceed `rows`, which stops at the limit). */
  matched: number;
  /** Whether every candidate was read, so `matched` is the total. */
  exhausted: boolean;
}

/** Read rows by id, newest first, keeping those that pass, until `limit` are kept. */
async function readNewest(db: NotesDatabase, ids: string[], keep: (row: NoteRecord) => boolean, limit: number): Promise<Read> {
  const rows: NoteRecord[] = [];
  let matched = 0;
  let start = 0;
  for (; start < ids.length && rows.length < limit; start += READ_BATCH) {
    for (const row of await db.notes.bulkGet(ids.slice(start, start + READ_BATCH))) {
      if (!row || !keep(row)) continue;
      matched++;
      if (rows.length < limit) rows.push(row);
    }
  }
  return { rows, matched, exhausted: start >= ids.length };
}

/** Every query word is broad: walk the newest notes until enough match. */
async function scanNewest(db: NotesDatabase, keep: (row: NoteRecord) => boolean, limit: number): Promise<Read> {
  const rows: NoteRecord[] = [];
  let matched = 0;
  let before: string | undefined;
  for (;;) {
    const batch = await (before === undefined ? db.notes.orderBy(':id') : db.notes.where(':id').below(before))
      .reverse()
      .limit(READ_BATCH)
      .toArray();
    for (const row of batch) {
      if (!keep(row)) continue;
      matched++;
      if (rows.length < limit) rows.push(row);
    }
    if (batch.length < READ_BATCH) return { rows, matched, exhausted: true };
    if (rows.length >= limit) return { rows, matched, exhausted: false };
    before = batch[batch.length - 1]!.id;
  }
}

/** Index search for unsealed notes. */
export async function searchNotes(
  db: NotesDatabase,
  sealing: Sealing,
  query: string,
  { limit = DEFAULT_SEARCH_LIMIT, now = Date.now(), keyCap = KEY_CAP }: SearchOptions = {},
): Promise<SearchResult> {
  const prefixes = queryWords(query);
  if (prefixes.length === 0) return { notes: [], total: 0 };
  const fetched = await Promise.all(prefixes.map((prefix) => idsStartingWith(db, prefix, keyCap)));
  const complete = fetched.filter((f) => f.complete).sort((a, b) => a.ids.size - b.ids.size);
  const broad = fetched.filter((f) => !f.complete).map((f) => f.prefix);
  const live = (row: NoteRecord) => row.expires > now;

  let rows: NoteRecord[];
  let total: number | undefined;
  const [driver, ...others] = complete;
  if (driver) {
    const ids = [...driver.ids].filter((id) => others.every((other) => other.ids.has(id)));
    // Ids sort by creation time: newest first without reading the rows.
    ids.sort().reverse();
    const result = await readNewest(db, ids, (row) => live(row) && matchesAllPrefixes(row.words, broad), limit);
    rows = result.rows;
    total = broad.length === 0 ? ids.length : result.exhausted ? result.matched : undefined;
  } else {
    const result = await scanNewest(db, (row) => live(row) && matchesAllPrefixes(row.words, prefixes), limit);
    rows = result.rows;
    total = result.exhausted ? result.matched : undefined;
  }
  const notes = await fromRecords(rows, sealing);
  return { notes: notes.sort(byPinnedThenNewest), total };
}

/** A decrypted note with its words, held in memory while the lock is open. */
export interface IndexedNote {
  note: Note;
  words: string[];
}

export function indexInMemory(note: Note): IndexedNote {
  return { note, words: noteWords(note.text, note.tags) };
}

/**
 * The same search over notes held in memory (the lock is on and open). Expects
 * them oldest first (the order they are read in and added), so it walks from the
 * end and keeps the first `limit` matches without sorting them all.
 */
export function searchInMemory(
  notes: Iterable<IndexedNote>,
  query: string,
  { limit = DEFAULT_SEARCH_LIMIT, now = Date.now() }: SearchOptions = {},
): SearchResult {
  const prefixes = queryWords(query);
  if (prefixes.length === 0) return { notes: [], total: 0 };
  const all = Array.isArray(notes) ? (notes as IndexedNote[]) : [...notes];
  const matches: Note[] = [];
  let total = 0;
  for (let i = all.length - 1; i >= 0; i--) {
    const { note, words } = all[i]!;
    if (note.expires > now && matchesAllPrefixes(words, prefixes)) {
      total++;
      if (matches.length < limit) matches.push(note);
    }
  }
  return { notes: matches.sort(byPinnedThenNewest), total };
}
