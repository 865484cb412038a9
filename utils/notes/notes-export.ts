/**
 * Export of all notes: JSON to import back later, Markdown to read. Always an
 * explicit action by the adviser; the files are not encrypted, the interface says
 * so. The install secret behind case keys is never exported.
 */
import type { NotesDatabase } from '../db/notes-db';
import type { ItemLink, Note } from './note';
import { fromRecord } from './note-codec';
import type { Sealing } from './sealing';

export const EXPORT_FORMAT = 'adviser-coach-notes';
export const EXPORT_VERSION = 1;

export interface ExportedNote {
  id: string;
  caseKey: string;
  text: string;
  tags: string[];
  pinned: boolean;
  created: number;
  updated: number;
  link?: ItemLink;
}

export interface NotesExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  notes: ExportedNote[];
}

function exported(note: Note): ExportedNote {
  const { id, caseKey, text, tags, pinned, created, updated, link } = note;
  return { id, caseKey, text, tags, pinned, created, updated, ...(link ? { link } : {}) };
}

/** Every note not past retention, oldest first, decrypted if the lock is on (and open). */
export async function collectExport(db: NotesDatabase, sealing: Sealing, now = Date.now()): Promise<NotesExport> {
  const records = (await db.notes.orderBy(':id').toArray()).filter((record) => record.expires > now);
  // Decrypt after reading: WebCrypto promises inside a Dexie transaction would end it.
  const notes = await Promise.all(records.map(async (record) => exported(await fromRecord(record, sealing))));
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), notes };
}

export function exportToJson(data: NotesExport): string {
  return JSON.stringify(data, null, 2);
}

export interface MarkdownLabels {
  title: string;
  exportedAt: string;
  caseHeading: (ref: string) => string;
  sessionHeading: (ref: string) => string;
  pinned: string;
  about: string;
  written: string;
  edited: string;
}

/** A readable copy, grouped by case or interview, newest group first. */
export function exportToMarkdown(
  data: NotesExport,
  labels: MarkdownLabels,
  formatDate: (ms: number) => string,
  language: string,
): string {
  const groups = new Map<string, ExportedNote[]>();
  for (const note of data.notes) groups.set(note.caseKey, [...(groups.get(note.caseKey) ?? []), note]);
  const newestFirst = [...groups.entries()].sort(
    ([, a], [, b]) => Math.max(...b.map((n) => n.updated)) - Math.max(...a.map((n) => n.updated)),
  );
  const lines = [`# ${labels.title}`, '', `${labels.exportedAt}: ${formatDate(Date.parse(data.exportedAt))}`, ''];
  for (const [caseKey, notes] of newestFirst) {
    // A short reference, not the identifier: the export has no case numbers either.
    const ref = caseKey.slice(2, 10);
    lines.push(`## ${caseKey.startsWith('c:') ? labels.caseHeading(ref) : labels.sessionHeading(ref)}`, '');
    for (const note of [...notes].sort((a, b) => Number(b.pinned) - Number(a.pinned) || a.created - b.created)) {
      const meta = [`${labels.written} ${formatDate(note.created)}`];
      if (note.updated !== note.created) meta.push(`${labels.edited} ${formatDate(note.updated)}`);
      if (note.pinned) meta.push(labels.pinned);
      lines.push(`### ${meta.join(' · ')}`, '');
      if (note.link) {
        const title = note.link.title[language] ?? note.link.title.en ?? Object.values(note.link.title)[0] ?? note.link.itemId;
        lines.push(`*${labels.about}: ${title}*`, '');
      }
      // Quoted, so a "#" at the start of a note line cannot become a heading.
      lines.push(...note.text.split('\n').map((line) => `> ${line}`), '');
    }
  }
  return lines.join('\n');
}
