// Bundled into an extension page by tests/bench/sections/notes.mjs: the shipped
// notes database and operations, plus a generator for 50,000 realistic notes.
import { NotesDatabase } from '../../../utils/db/notes-db';
import type { NoteRecord } from '../../../utils/db/records';
import type { Note } from '../../../utils/notes/note';
import { fromRecords, toRecord } from '../../../utils/notes/note-codec';
import { makeNoteId } from '../../../utils/notes/note-id';
import { indexInMemory, searchInMemory, searchNotes } from '../../../utils/notes/note-search';
import { listCaseNotes } from '../../../utils/notes/note-store';
import { turnOnLock } from '../../../utils/notes/notes-lock';
import { expiresAt } from '../../../utils/notes/retention-policy';
import { PLAIN, type Sealing } from '../../../utils/notes/sealing';
import { extractTags } from '../../../utils/notes/words';

// Words advisers write, in the three languages, most frequent first (Zipf-like draw below).
const VOCABULARY = (
  'the and to of a in is for on with client says wants needs has not was will about next time meeting call ' +
  'och att det som en på är för med inte har till om vill behöver ringa möte nästa gång klienten säger ' +
  'og at det som en på er for med ikke har til om vil trenger ringe møte neste gang klienten sier ' +
  'rent housing debt debts income benefit benefits job work training course school children child custody ' +
  'hyra bostad skulder inkomst bidrag arbete praktik utbildning barn vårdnad kronofogden försäkringskassan ' +
  'husleie bolig gjeld inntekt stønad arbeid tiltak utdanning barnevern namsmannen nav sykemeldt ' +
  'interpreter tolk tigrinya arabic somali dari polish ukrainian appointment doctor health centre psychologist ' +
  'alcohol drugs gambling violence partner separated divorce worried worry stress sleep anxiety depression ' +
  'läkare vårdcentral psykolog alkohol droger spel våld orolig oro sömn ångest lege legevakt psykolog rus ' +
  'follow up booked cancelled postponed documents missing payslip bank statement lease contract signed ' +
  'application decision appeal deadline reminder email letter phone sms message unemployment insurance ' +
  'driving licence car transport bus ticket food bank clothes furniture electricity bill phone bill internet ' +
  'language sfi norskopplæring introduction programme qualification cv interview employer internship salary'
).split(/\s+/);

/** Deterministic pseudo-random numbers, so every run writes the same notes. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function zipfWord(next: () => number): string {
  // Rank r with probability ~ 1/r: common words often, rare words sometimes.
  const rank = Math.floor(VOCABULARY.length ** next());
  return VOCABULARY[Math.min(VOCABULARY.length - 1, rank)]!;
}

function noteText(next: () => number): string {
  const words = Array.from({ length: 8 + Math.floor(next() * 32) }, () => zipfWord(next));
  if (next() < 0.2) words.push(`#${zipfWord(next)}`);
  return words.join(' ');
}

export interface Seeded {
  notes: number;
  cases: number;
  caseKeys: string[];
  largestCase: { caseKey: string; notes: number };
}

/** 50,000 notes over 5,000 cases (a few with many notes), written in batches as the panel would store them. */
async function seed(db: NotesDatabase, total = 50_000, cases = 5_000, sealing: Sealing = PLAIN): Promise<Seeded> {
  const next = random(42);
  const now = Date.now();
  const caseKeys = Array.from({ length: cases }, (_, i) => `c:bench-case-${i.toString().padStart(5, '0')}`);
  const counts = new Map<string, number>();
  let batch: NoteRecord[] = [];
  for (let i = 0; i < total; i++) {
    // Skewed: low-numbered cases get far more notes (long-running cases).
    const caseKey = caseKeys[Math.floor(cases * next() ** 2)]!;
    counts.set(caseKey, (counts.get(caseKey) ?? 0) + 1);
    const created = now - Math.floor(next() * 29 * 86_400_000);
    const text = noteText(next);
    const note: Note = {
      id: makeNoteId(created),
      caseKey,
      text,
      tags: extractTags(text),
      pinned: next() < 0.05,
      created,
      updated: created,
      expires: expiresAt(created, 30),
    };
    batch.push(await toRecord(note, sealing));
    if (batch.length === 2000) {
      await db.notes.bulkAdd(batch);
      batch = [];
    }
  }
  if (batch.length) await db.notes.bulkAdd(batch);
  const [largestKey, largestCount] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return { notes: total, cases: counts.size, caseKeys: [...counts.keys()], largestCase: { caseKey: largestKey, notes: largestCount } };
}

/**
 * Search queries as an adviser types them when looking for something: the start
 * (3 to 6 letters) of a word of 4 letters or more, sometimes two such words.
 */
function queries(count: number): string[] {
  const next = random(7);
  const searchable = () => {
    let word = zipfWord(next);
    while (word.length < 4) word = zipfWord(next);
    return word.slice(0, Math.min(word.length, 3 + Math.floor(next() * 4)));
  };
  return Array.from({ length: count }, () => (next() < 0.3 ? `${searchable()} ${searchable()}` : searchable()));
}

async function time<T>(action: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await action();
  return { ms: performance.now() - start, result };
}

Object.assign(globalThis, {
  notesBench: {
    NotesDatabase,
    seed,
    queries,
    time,
    listCaseNotes,
    searchNotes,
    searchInMemory,
    indexInMemory,
    fromRecords,
    turnOnLock,
    PLAIN,
  },
});
