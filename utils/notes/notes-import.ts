/**
 * Import of a JSON export. A note already here (same id) is kept unless the file
 * holds a newer edit, so importing the same file twice changes nothing. Notes are
 * filed under their original case keys, which match on the install that exported
 * them. Retention is this install's: notes already past it are not imported.
 */
import type { NotesDatabase } from '../db/notes-db';
import type { ItemLink, Note } from './note';
import { toRecord } from './note-codec';
import { EXPORT_FORMAT, type ExportedNote } from './notes-export';
import { expiresAt } from './retention-policy';
import type { Sealing } from './sealing';
import { extractTags } from './words';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const MAX_TEXT_CHARS = 100_000;
const MAX_ID_CHARS = 200;

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
  expired: number;
  invalid: number;
}

export class ImportFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFormatError';
  }
}

const isString = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value !== '' && value.length <= max;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

function parseLink(value: unknown): ItemLink | undefined | null {
  if (value === undefined) return undefined;
  const link = value as Partial<ItemLink> | null;
  if (!link || !isString(link.packId, MAX_ID_CHARS) || !isString(link.itemId, MAX_ID_CHARS)) return null;
  const title: Record<string, string> = {};
  if (link.title && typeof link.title === 'object') {
    for (const [lang, text] of Object.entries(link.title)) if (typeof text === 'string') title[lang] = text.slice(0, 2000);
  }
  return { packId: link.packId, itemId: link.itemId, title };
}

/** One note from the file, checked field by field; null if it is not a note. */
export function parseExportedNote(value: unknown): ExportedNote | null {
  const note = value as Partial<ExportedNote> | null;
  if (!note || typeof note !== 'object') return null;
  if (!isString(note.id, MAX_ID_CHARS) || !isString(note.caseKey, MAX_ID_CHARS)) return null;
  if (!/^[cs]:/.test(note.caseKey)) return null;
  if (typeof note.text !== 'string' || note.text.trim() === '' || note.text.length > MAX_TEXT_CHARS) return null;
  if (!isTime(note.created) || !isTime(note.updated)) return null;
  const link = parseLink(note.link);
  if (link === null) return null;
  return {
    id: note.id,
    caseKey: note.caseKey,
    text: note.text,
    tags: extractTags(note.text),
    pinned: note.pinned === true,
    created: note.created,
    updated: Math.max(note.updated, note.created),
    ...(link ? { link } : {}),
  };
}

/** The notes of an export file's text; throws ImportFormatError if it is not one. */
export function parseExport(text: string): { notes: ExportedNote[]; invalid: number } {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportFormatError('File too large');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportFormatError('Not JSON');
  }
  const file = data as { format?: unknown; notes?: unknown } | null;
  if (!file || file.format !== EXPORT_FORMAT || !Array.isArray(file.notes)) {
    throw new ImportFormatError('Not an Adviser Coach notes export');
  }
  const notes: ExportedNote[] = [];
  let invalid = 0;
  for (const item of file.notes) {
    const note = parseExportedNote(item);
    if (note) notes.push(note);
    else invalid++;
  }
  return { notes, invalid };
}

export async function importNotes(
  db: NotesDatabase,
  sealing: Sealing,
  notes: ExportedNote[],
  retentionDays: number,
  now = Date.now(),
): Promise<ImportResult> {
  const result: ImportResult = { added: 0, updated: 0, unchanged: 0, expired: 0, invalid: 0 };
  const existing = await db.notes.bulkGet(notes.map((note) => note.id));
  const toWrite: Note[] = [];
  notes.forEach((incoming, index) => {
    const expires = expiresAt(incoming.created, retentionDays);
    if (expires <= now) {
      result.expired++;
      return;
    }
    const current = existing[index];
    if (current && current.updated >= incoming.updated) {
      result.unchanged++;
      return;
    }
    if (current) result.updated++;
    else result.added++;
    toWrite.push({ ...incoming, expires });
  });
  // A file may hold the same id twice (two exports concatenated): the newest edit wins.
  const newest = new Map<string, Note>();
  for (const note of toWrite) {
    const seen = newest.get(note.id);
    if (!seen || seen.updated < note.updated) newest.set(note.id, note);
    else result.unchanged++;
  }
  const records = await Promise.all([...newest.values()].map((note) => toRecord(note, sealing)));
  await db.notes.bulkPut(records);
  return result;
}
