/**
 * Retention in force and the purge. The policy comes from managed storage (the
 * organisation, cached by the background) and the settings table (the adviser);
 * every note's `expires` is kept equal to `created` + that many days, so the
 * purge is one index range.
 */
import { browser } from 'wxt/browser';
import type { NotesDatabase } from '../db/notes-db';
import { expiresAt, MANAGED_RETENTION_KEY, retentionPolicy, type RetentionPolicy } from './retention-policy';
import { readSetting, writeSetting } from './settings';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where the background keeps the organisation's limit it last read (storage.local). */
export const MANAGED_RETENTION_CACHE_KEY = 'notes:managedRetentionDays';

/** The organisation's limit from managed storage. Undefined where there is none or no managed storage. */
export async function readManagedRetentionDays(): Promise<unknown> {
  try {
    return (await browser.storage.managed.get(MANAGED_RETENTION_KEY))[MANAGED_RETENTION_KEY];
  } catch {
    // Firefox without a managed-storage manifest, or a browser without policies.
    return undefined;
  }
}

/**
 * Background only, at browser start and install, and when the policy changes:
 * read the organisation's limit and cache it. Pages and the daily purge read the
 * cache, so one place handles managed storage and its absence (Firefox without
 * a policy, Chrome without a schema).
 */
export async function refreshManagedRetention(change?: { newValue?: unknown }): Promise<void> {
  // A policy change event carries the new value: no need to read managed storage again.
  const days = change ? change.newValue : await readManagedRetentionDays();
  await browser.storage.local.set({ [MANAGED_RETENTION_CACHE_KEY]: days ?? null });
}

export async function cachedManagedRetentionDays(): Promise<unknown> {
  return (await browser.storage.local.get(MANAGED_RETENTION_CACHE_KEY))[MANAGED_RETENTION_CACHE_KEY] ?? undefined;
}

export async function currentRetention(db: NotesDatabase): Promise<RetentionPolicy> {
  return retentionPolicy(await cachedManagedRetentionDays(), await readSetting(db, 'retentionDays'));
}

/** Recompute every note's expiry for `days`. Touches no content, so it works while locked. */
export async function applyRetention(db: NotesDatabase, days: number): Promise<void> {
  await db.transaction('rw', db.notes, db.practiceResults, db.settings, async () => {
    await db.notes.toCollection().modify((note) => {
      note.expires = expiresAt(note.created, days);
    });
    await db.practiceResults.toCollection().modify((result) => {
      result.expires = expiresAt(result.created, days);
    });
    await writeSetting(db, 'appliedRetentionDays', days);
  });
}

export interface PurgeResult {
  notes: number;
  drafts: number;
  sessions: number;
  /** Kept practice summaries (the practice page), by their expiry like notes. */
  practiceResults: number;
}

/** Delete what is past retention: notes and kept practice summaries by their expiry, drafts and sessions by age. */
export async function purgeExpired(db: NotesDatabase, days: number, now = Date.now()): Promise<PurgeResult> {
  const cutoff = now - days * DAY_MS;
  return db.transaction('rw', db.notes, db.drafts, db.sessions, db.practiceResults, async () => ({
    notes: await db.notes.where('expires').belowOrEqual(now).delete(),
    drafts: await db.drafts.where('updated').belowOrEqual(cutoff).delete(),
    sessions: await db.sessions.filter((session) => session.lastActive <= cutoff).delete(),
    practiceResults: await db.practiceResults.where('expires').belowOrEqual(now).delete(),
  }));
}

/**
 * What the daily alarm runs: bring expiries in line with the policy in force (it
 * may have changed by policy or by the adviser), then purge.
 */
export async function enforceRetention(db: NotesDatabase, now = Date.now()): Promise<PurgeResult> {
  const policy = await currentRetention(db);
  if ((await readSetting(db, 'appliedRetentionDays')) !== policy.days) await applyRetention(db, policy.days);
  return purgeExpired(db, policy.days, now);
}

/** The adviser picks a retention (never above the limit); applied to every note at once. */
export async function chooseRetention(db: NotesDatabase, days: number | undefined): Promise<RetentionPolicy> {
  await writeSetting(db, 'retentionDays', days);
  const policy = await currentRetention(db);
  await applyRetention(db, policy.days);
  await purgeExpired(db, policy.days);
  return policy;
}
