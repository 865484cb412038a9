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

/** Kept summaries, newest first, leaving out any past its expiry that the purge has not reached yet. */
export async function listPracticeResults(db: NotesDatabase, now = Date.now()): Promise<PracticeResultRecord[]> {
  return (await db.practiceResults.orderBy('created').reverse().toArray()).filter((record) => record.expires > now);
}
