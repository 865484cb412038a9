/**
 * How long notes live. 30 days unless the organisation sets another limit through
 * managed policy (storage.managed, declared in public/managed_schema.json); the
 * adviser may shorten it, never lengthen it. Pure: the storage side is in
 * retention.ts.
 */

export const DEFAULT_RETENTION_DAYS = 30;
/** The managed-policy key an organisation sets (see public/managed_schema.json). */
export const MANAGED_RETENTION_KEY = 'notesRetentionDays';
export const MAX_RETENTION_DAYS = 365;
/** Choices offered to the adviser; those above the limit are hidden. */
export const RETENTION_CHOICES = [1, 3, 7, 14, 30, 60, 90, 180, 365];

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionPolicy {
  /** Days a note lives. */
  days: number;
  /** The most the adviser may choose. */
  limit: number;
  /** Whether the limit comes from the organisation. */
  managed: boolean;
}

/** Whole days from 1 to MAX_RETENTION_DAYS (public/managed_schema.json); undefined for anything else. */
export function validRetentionDays(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_RETENTION_DAYS
    ? value
    : undefined;
}

export function retentionPolicy(managedDays: unknown, userDays: unknown): RetentionPolicy {
  const managed = validRetentionDays(managedDays);
  const limit = managed ?? DEFAULT_RETENTION_DAYS;
  const user = validRetentionDays(userDays);
  return { days: user !== undefined ? Math.min(user, limit) : limit, limit, managed: managed !== undefined };
}

export function expiresAt(created: number, days: number): number {
  return created + days * DAY_MS;
}
