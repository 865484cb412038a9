/**
 * Between notes (plain objects for the interface) and stored rows. With the lock
 * on, text, tags and item link are sealed together and the row keeps only what
 * reveals nothing about the client: ids, case key (an HMAC), times, pinned.
 */
import type { NoteRecord } from '../db/records';
import type { Note, NoteContent } from './note';
import { noteAad, openJson, sealJson, type Sealing } from './sealing';
import { noteWords } from './words';

export async function toRecord(note: Note, sealing: Sealing): Promise<NoteRecord> {
  const base = {
    id: note.id,
    caseKey: note.caseKey,
    created: note.created,
    updated: note.updated,
    expires: note.expires,
    pinned: note.pinned ? 1 : 0,
  } as const;
  if (sealing.mode === 'sealed') {
    const content: NoteContent = { text: note.text, tags: note.tags, ...(note.link ? { link: note.link } : {}) };
    return { ...base, text: '', tags: [], words: [], sealed: await sealJson(sealing, content, noteAad(note.id)) };
  }
  return {
    ...base,
    text: note.text,
    tags: note.tags,
    words: noteWords(note.text, note.tags),
    ...(note.link ? { packId: note.link.packId, itemId: note.link.itemId, itemTitle: note.link.title } : {}),
  };
}

export async function fromRecord(record: NoteRecord, sealing: Sealing): Promise<Note> {
  const content: NoteContent = record.sealed
    ? await openJson<NoteContent>(sealing, record.sealed, noteAad(record.id))
    : {
        text: record.text,
        tags: record.tags,
        ...(record.packId && record.itemId
          ? { link: { packId: record.packId, itemId: record.itemId, title: record.itemTitle ?? {} } }
          : {}),
      };
  return {
    id: record.id,
    caseKey: record.caseKey,
    text: content.text,
    tags: content.tags,
    ...(content.link ? { link: content.link } : {}),
    pinned: record.pinned === 1,
    created: record.created,
    updated: record.updated,
    expires: record.expires,
  };
}

export function fromRecords(records: NoteRecord[], sealing: Sealing): Promise<Note[]> {
  return Promise.all(records.map((record) => fromRecord(record, sealing)));
}
