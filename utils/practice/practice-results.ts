/**
 * Practice summaries the adviser keeps (the practice page's "Keep"), in the
 * extension's own database under the notes retention rules: each expires at
 * its creation + the retention in force (organisation limit, adviser's choice),
 * and the daily purge deletes it then (utils/notes/retention.ts). Extension
 * origin only, like notes; nothing is sent anywhere.
 */
import type { NotesDatabase } from '../db/notes-db';
import type { PracticeResultRecord } from '../db/records';
import { expiresAt } from '../notes/retention-policy';
import { currentRetention } from '../notes/retention';
import type { PracticeSummary } from '../../rules/practice-run';

/** Keep `summary`; returns the stored row (its `expires` says until when). */
export async function keepPracticeSummary(db: NotesDatabase, summary: PracticeSummary, now = Date.now()): Promise<PracticeResultRecord> {
  const { days } = await currentRetention(db);
  const record: PracticeResultRecord = {
    id: `${now.toString(36)}-${crypto.randomUUID()}`,
    created: now,
    expires: expiresAt(now, days),
    packId: summary.packId,
    scenarioId: summary.scenarioId,
    summary,
  };
  await db.practiceResults.add(record);
  return record;
}

/** A kept row whose summary has the shape `summarizeRun` gives. */
export type KeptPracticeSummary = PracticeResultRecord & { summary: PracticeSummary };

const isSummary = (value: unknown): value is PracticeSummary =>
  typeof value === 'object' && value !== null && Array.isArray((value as PracticeSummary).steps) && typeof (value as PracticeSummary).scenarioTitle === 'string';

/** Kept summaries, newest first, leaving out any past its expiry that the purge has not reached yet (and any row not a summary). */
export async function listPracticeResults(db: NotesDatabase, now = Date.now()): Promise<KeptPracticeSummary[]> {
  return (await db.practiceResults.orderBy('created').reverse().toArray()).filter(
    (record): record is KeptPracticeSummary => record.expires > now && isSummary(record.summary),
  );
}

/** Delete one kept summary (the practice page's list). Resolves whether it was there. */
export async function deletePracticeResult(db: NotesDatabase, id: string): Promise<boolean> {
  const there = (await db.practiceResults.get(id)) !== undefined;
  await db.practiceResults.delete(id);
  return there;
}

/** Delete every kept summary (the list's "Delete all", and the notes' "Delete everything"); resolves how many there were. */
export async function deleteAllPracticeResults(db: NotesDatabase): Promise<number> {
  return db.transaction('rw', db.practiceResults, async () => {
    const count = await db.practiceResults.count();
    await db.practiceResults.clear();
    return count;
  });
}
