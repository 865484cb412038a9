import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NotesDatabase } from '../db/notes-db';
import { chooseRetention, purgeExpired } from '../notes/retention';
import { dropNotesDb, freshNotesDb } from '../notes/test-db';
import type { PracticeSummary } from '../../rules/practice-run';
import { deleteAllPracticeResults, deletePracticeResult, keepPracticeSummary, listPracticeResults } from './practice-results';

const DAY = 86_400_000;
const summary = (scenarioId: string): PracticeSummary => ({
  packId: 'p', packVersion: '1.0.0', scenarioId, scenarioTitle: 'T', clientName: 'Anneli', language: 'en',
  startedAt: 0, endedAt: 1, steps: [], goalsMet: 0, goalsMissed: 0,
});

let db: NotesDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  db = await freshNotesDb();
});
afterEach(async () => {
  await dropNotesDb(db);
});

describe('kept practice summaries', () => {
  it('expire under the notes retention in force and go with the purge', async () => {
    const now = 100 * DAY;
    const old = await keepPracticeSummary(db, summary('old'), now - 31 * DAY);
    const fresh = await keepPracticeSummary(db, summary('fresh'), now - 2 * DAY);
    expect(fresh.expires).toBe(now - 2 * DAY + 30 * DAY);
    expect((await listPracticeResults(db, now)).map((r) => r.scenarioId)).toEqual(['fresh']);
    expect((await purgeExpired(db, 30, now)).practiceResults).toBe(1);
    expect(await db.practiceResults.get(old.id)).toBeUndefined();
    expect((await db.practiceResults.get(fresh.id))?.summary).toEqual(summary('fresh'));
  });

  it('follow a shorter retention the adviser chooses', async () => {
    const now = Date.now();
    const week = await keepPracticeSummary(db, summary('week'), now - 8 * DAY);
    const today = await keepPracticeSummary(db, summary('today'), now);
    await chooseRetention(db, 7);
    expect(await db.practiceResults.get(week.id)).toBeUndefined();
    expect((await db.practiceResults.get(today.id))?.expires).toBe(now + 7 * DAY);
  });

  it('are deleted one by one and all at once', async () => {
    const now = 100 * DAY;
    const first = await keepPracticeSummary(db, summary('first'), now - 3 * DAY);
    await keepPracticeSummary(db, summary('second'), now - 2 * DAY);
    await keepPracticeSummary(db, summary('third'), now - DAY);
    expect(await deletePracticeResult(db, first.id)).toBe(true);
    expect(await deletePracticeResult(db, first.id)).toBe(false);
    expect((await listPracticeResults(db, now)).map((r) => r.scenarioId)).toEqual(['third', 'second']);
    expect(await deleteAllPracticeResults(db)).toBe(2);
    expect(await listPracticeResults(db, now)).toEqual([]);
  });

  it('lists only rows holding a summary', async () => {
    await db.practiceResults.add({ id: 'odd', created: 1, expires: 10 * DAY, packId: 'p', scenarioId: 's', summary: { nothing: true } });
    await keepPracticeSummary(db, summary('real'), 2);
    expect((await listPracticeResults(db, 3)).map((r) => r.scenarioId)).toEqual(['real']);
  });
});
