/**
 * Note ids that sort by creation time: 9 base-36 digits of milliseconds, then a
 * random UUID. Lets search take the newest matches from a list of ids without
 * reading every row, and keeps ids unique across export and import.
 */
export function makeNoteId(now: number = Date.now()): string {
  return `${now.toString(36).padStart(9, '0')}-${crypto.randomUUID()}`;
}

export function makeSessionKey(): string {
  return `s:${crypto.randomUUID()}`;
}
