import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotesDatabase } from '../db/notes-db';
import { createNote, editNote, listCaseNotes, setPinned } from './note-store';
import { collectExport, exportToJson, exportToMarkdown, type MarkdownLabels } from './notes-export';
import { ImportFormatError, importNotes, parseExport } from './notes-import';
import { turnOnLock } from './notes-lock';
import { PLAIN } from './sealing';
import { dropNotesDb, freshNotesDb } from './test-db';

const DAY = 86_400_000;
const link = { packId: 'ia', itemId: 'ia.1.3', title: { en: 'How are you psychologically?' } };
const labels: MarkdownLabels = {
  title: 'Private notes',
  exportedAt: 'Exported',
  caseHeading: (ref) => `Case ${ref}`,
  sessionHeading: (ref) => `Interview ${ref}`,
  pinned: 'pinned',
  about: 'About',
  written: 'Written',
  edited: 'edited',
};
let db: NotesDatabase;
let other: NotesDatabase;
beforeEach(async () => {
  db = await freshNotesDb();
  other = await freshNotesDb();
});
afterEach(async () => {
  await dropNotesDb(db);
  await dropNotesDb(other);
});

describe('export and import', () => {
  it('round-trips notes into another database, and a second import adds nothing', async () => {
    const a = await createNote(db, PLAIN, { caseKey: 'c:one', text: 'Three attempts this year #safety', link, retentionDays: 30 });
    await setPinned(db, a.id, true);
    await createNote(db, PLAIN, { caseKey: 's:interview', text: 'Interpreter needed', retentionDays: 30 });
    const file = exportToJson(await collectExport(db, PLAIN));

    const parsed = parseExport(file);
    expect(parsed.invalid).toBe(0);
    expect(await importNotes(other, PLAIN, parsed.notes, 30)).toEqual({ added: 2, updated: 0, unchanged: 0, expired: 0, invalid: 0 });
    expect(await importNotes(other, PLAIN, parseExport(file).notes, 30)).toMatchObject({ added: 0, unchanged: 2 });
    expect(await other.notes.count()).toBe(2);
    const imported = await listCaseNotes(other, PLAIN, 'c:one');
    expect(imported).toEqual(await listCaseNotes(db, PLAIN, 'c:one'));
    expect(await other.notes.where('words').startsWith('attempt').count()).toBe(1);
  });

  it('takes a newer edit from the file and keeps a newer local edit', async () => {
    const note = await createNote(db, PLAIN, { caseKey: 'c:1', text: 'v1', retentionDays: 30, now: Date.now() - 1000 });
    await importNotes(other, PLAIN, parseExport(exportToJson(await collectExport(db, PLAIN))).notes, 30);
    await editNote(db, PLAIN, note.id, 'v2 from elsewhere');
    expect(await importNotes(other, PLAIN, parseExport(exportToJson(await collectExport(db, PLAIN))).notes, 30)).toMatchObject({ updated: 1 });
    expect((await other.notes.get(note.id))?.text).toBe('v2 from elsewhere');
    await editNote(other, PLAIN, note.id, 'v3 here', Date.now() + 5000);
    expect(await importNotes(other, PLAIN, parseExport(exportToJson(await collectExport(db, PLAIN))).notes, 30)).toMatchObject({ unchanged: 1 });
    expect((await other.notes.get(note.id))?.text).toBe('v3 here');
  });

  it("applies this install's retention: old notes are not imported", async () => {
    await createNote(db, PLAIN, { caseKey: 'c:1', text: 'ten days old', retentionDays: 30, now: Date.now() - 10 * DAY });
    const notes = parseExport(exportToJson(await collectExport(db, PLAIN))).notes;
    expect(await importNotes(other, PLAIN, notes, 7)).toMatchObject({ added: 0, expired: 1 });
  });

  it('imports into a locked database sealed', async () => {
    await createNote(db, PLAIN, { caseKey: 'c:1', text: 'sensitive words', retentionDays: 30 });
    const key = await turnOnLock(other, 'a long passphrase', 1000);
    await importNotes(other, { mode: 'sealed', key }, parseExport(exportToJson(await collectExport(db, PLAIN))).notes, 30);
    const row = await other.notes.toCollection().first();
    expect(row?.text).toBe('');
    expect(row?.sealed).toBeDefined();
  });

  it('refuses files that are not an export, and skips malformed notes', () => {
    expect(() => parseExport('not json')).toThrow(ImportFormatError);
    expect(() => parseExport('{"format":"something-else","notes":[]}')).toThrow(ImportFormatError);
    const parsed = parseExport(
      JSON.stringify({
        format: 'adviser-coach-notes',
        version: 1,
        notes: [
          { id: 'ok', caseKey: 'c:1', text: 'fine', pinned: false, created: 1, updated: 1 },
          { id: 'bad-case', caseKey: '12345', text: 'case number instead of key', created: 1, updated: 1 },
          { id: 'no-text', caseKey: 'c:1', text: '', created: 1, updated: 1 },
          { id: 'bad-link', caseKey: 'c:1', text: 'x', created: 1, updated: 1, link: { packId: 3 } },
          'a string',
        ],
      }),
    );
    expect(parsed.notes.map((n) => n.id)).toEqual(['ok']);
    expect(parsed.invalid).toBe(4);
  });

  it('writes Markdown for reading: grouped, quoted, item titles shown', async () => {
    const note = await createNote(db, PLAIN, { caseKey: 'c:ABCDEFGHIJ', text: '# not a heading\nsecond line', link, retentionDays: 30 });
    await setPinned(db, note.id, true);
    await createNote(db, PLAIN, { caseKey: 's:12345678-aaaa', text: 'session note', retentionDays: 30 });
    const md = exportToMarkdown(await collectExport(db, PLAIN), labels, (ms) => new Date(ms).toISOString().slice(0, 10), 'en');
    expect(md).toContain('## Case ABCDEFGH');
    expect(md).toContain('## Interview 12345678');
    expect(md).toContain('*About: How are you psychologically?*');
    expect(md).toContain('> # not a heading\n> second line');
    expect(md).toMatch(/### Written \d{4}-\d\d-\d\d · pinned/);
  });
});
