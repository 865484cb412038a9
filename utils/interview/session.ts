/**
 * The interview session: what has been covered and which follow-ups were offered,
 * across reloads and the pages of a multi-page form. Holds item ids, section ids,
 * times and the numbers of the next steps ticked, never an answer.
 */

export interface FollowUpRecord {
  itemId: string;
  followUpId: string;
  /**
   * When the answer raised it (ms since epoch). Kept at once, so a follow-up the adviser has
   * not seen yet still waits after a reload (absent in records stored before it existed).
   */
  raisedAt?: number;
  /** When its card was first on the adviser's screen (ms since epoch); absent while not yet seen. */
  offeredAt?: number;
  acknowledgedAt?: number;
  /** Indices of the follow-up's next steps the adviser has ticked as done, ascending. */
  stepsDone?: number[];
  /** Offered as a quiet check-in (the answer's mention was negated), not at its severity. */
  checkIn?: true;
}

export interface InterviewSession {
  /** `c:<case key>` when the page shows a case identifier, else `t:<tab>:<start>`. */
  key: string;
  packId: string;
  startedAt: number;
  updatedAt: number;
  /** Items that have been on screen at some point. */
  seen: string[];
  /** Items whose field held an answer when last read (the answer itself is not kept). */
  answered: string[];
  followUps: FollowUpRecord[];
  /** Sections whose pre-check the adviser has confirmed (absent in sessions stored before pre-checks). */
  prechecked?: string[];
}

export type SessionEvent =
  | { kind: 'seen'; itemIds: string[] }
  | { kind: 'answered'; itemId: string; answered: boolean }
  /** An answer raised it: it waits, across reloads, until acknowledged. */
  | { kind: 'follow-up-raised'; itemId: string; followUpId: string; checkIn?: true }
  /** Its card was on the adviser's screen (raises it too, when not raised yet). */
  | { kind: 'follow-up-offered'; itemId: string; followUpId: string; checkIn?: true }
  | { kind: 'follow-up-step'; itemId: string; followUpId: string; step: number; done: boolean }
  | { kind: 'follow-up-acknowledged'; itemId: string; followUpId: string }
  | { kind: 'precheck-done'; sectionId: string };

export function newSession(key: string, packId: string, now: number): InterviewSession {
  return { key, packId, startedAt: now, updatedAt: now, seen: [], answered: [], followUps: [], prechecked: [] };
}

const withItem = (list: string[], id: string) => (list.includes(id) ? list : [...list, id]);

/** Apply one event. Pure; returns the same object when nothing changed, so callers can skip a write. */
export function applySessionEvent(session: InterviewSession, event: SessionEvent, now: number): InterviewSession {
  switch (event.kind) {
    case 'seen': {
      const seen = event.itemIds.reduce(withItem, session.seen);
      return seen === session.seen ? session : { ...session, seen, updatedAt: now };
    }
    case 'answered': {
      const has = session.answered.includes(event.itemId);
      if (has === event.answered) return session;
      const answered = event.answered
        ? [...session.answered, event.itemId]
        : session.answered.filter((id) => id !== event.itemId);
      return { ...session, answered, updatedAt: now };
    }
    case 'follow-up-raised':
    case 'follow-up-offered': {
      const seen = event.kind === 'follow-up-offered';
      const open = session.followUps.find(
        (f) => f.followUpId === event.followUpId && f.itemId === event.itemId && f.acknowledgedAt === undefined,
      );
      if (open) {
        // A check-in that the answer has since made a real disclosure of is raised to its severity.
        const raise = open.checkIn && !event.checkIn;
        const firstSeen = seen && open.offeredAt === undefined;
        if (!raise && !firstSeen) return session;
        const { checkIn: _quiet, ...rest } = open;
        const next: FollowUpRecord = { ...(raise ? rest : open), ...(firstSeen && { offeredAt: now }) };
        return { ...session, followUps: session.followUps.map((f) => (f === open ? next : f)), updatedAt: now };
      }
      const record: FollowUpRecord = {
        itemId: event.itemId,
        followUpId: event.followUpId,
        raisedAt: now,
        ...(seen && { offeredAt: now }),
        ...(event.checkIn && { checkIn: true as const }),
      };
      return { ...session, followUps: [...session.followUps, record], updatedAt: now };
    }
    case 'follow-up-step': {
      if (!Number.isInteger(event.step) || event.step < 0) return session;
      // The open record, else the latest one (a step ticked after acknowledging still counts).
      const records = session.followUps;
      let at = records.findIndex((f) => f.followUpId === event.followUpId && f.itemId === event.itemId && f.acknowledgedAt === undefined);
      if (at < 0) at = records.findLastIndex((f) => f.followUpId === event.followUpId && f.itemId === event.itemId);
      const record: FollowUpRecord = at >= 0 ? records[at]! : { itemId: event.itemId, followUpId: event.followUpId, offeredAt: now };
      const before = record.stepsDone ?? [];
      if (before.includes(event.step) === event.done) return session;
      const stepsDone = event.done ? [...before, event.step].sort((a, b) => a - b) : before.filter((s) => s !== event.step);
      // A step ticked on its card: the card was seen.
      const next = { ...record, offeredAt: record.offeredAt ?? now, stepsDone };
      const followUps = at >= 0 ? records.map((f, i) => (i === at ? next : f)) : [...records, next];
      return { ...session, followUps, updatedAt: now };
    }
    case 'follow-up-acknowledged': {
      let changed = false;
      const followUps = session.followUps.map((f) => {
        if (f.followUpId !== event.followUpId || f.itemId !== event.itemId || f.acknowledgedAt !== undefined) return f;
        changed = true;
        // Acknowledged with a click on its card: seen, even if before the look for it on screen.
        return { ...f, offeredAt: f.offeredAt ?? now, acknowledgedAt: now };
      });
      if (!changed) followUps.push({ itemId: event.itemId, followUpId: event.followUpId, offeredAt: now, acknowledgedAt: now });
      return { ...session, followUps, updatedAt: now };
    }
    case 'precheck-done': {
      const prechecked = session.prechecked ?? [];
      if (prechecked.includes(event.sectionId)) return session;
      return { ...session, prechecked: [...prechecked, event.sectionId], updatedAt: now };
    }
  }
}

/** Follow-ups raised (seen or not yet) and not yet acknowledged: they stay on screen until they are. */
export function openFollowUps(session: InterviewSession): FollowUpRecord[] {
  return session.followUps.filter((f) => f.acknowledgedAt === undefined);
}

/** A session untouched this long is over; the next page load starts a fresh one. */
export const SESSION_IDLE_LIMIT_MS = 12 * 60 * 60 * 1000;
