/**
 * The interview session: what has been covered and which follow-ups were offered,
 * across reloads and the pages of a multi-page form. Holds item ids, times and
 * chosen next steps only, never an answer.
 */

export interface FollowUpRecord {
  itemId: string;
  followUpId: string;
  offeredAt: number;
  acknowledgedAt?: number;
  /** Index of the suggested next step the adviser chose; null when they chose none. */
  nextStep?: number | null;
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
}

export type SessionEvent =
  | { kind: 'seen'; itemIds: string[] }
  | { kind: 'answered'; itemId: string; answered: boolean }
  | { kind: 'follow-up-offered'; itemId: string; followUpId: string; checkIn?: true }
  | { kind: 'follow-up-acknowledged'; itemId: string; followUpId: string; nextStep: number | null };

export function newSession(key: string, packId: string, now: number): InterviewSession {
  return { key, packId, startedAt: now, updatedAt: now, seen: [], answered: [], followUps: [] };
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
    case 'follow-up-offered': {
      const open = session.followUps.find(
        (f) => f.followUpId === event.followUpId && f.itemId === event.itemId && f.acknowledgedAt === undefined,
      );
      if (open) {
        // A check-in that the answer has since made a real disclosure of is raised to its severity.
        if (!open.checkIn || event.checkIn) return session;
        const raised = ({ checkIn: _quiet, ...record }: FollowUpRecord): FollowUpRecord => record;
        return { ...session, followUps: session.followUps.map((f) => (f === open ? raised(f) : f)), updatedAt: now };
      }
      const record: FollowUpRecord = {
        itemId: event.itemId,
        followUpId: event.followUpId,
        offeredAt: now,
        ...(event.checkIn && { checkIn: true as const }),
      };
      return { ...session, followUps: [...session.followUps, record], updatedAt: now };
    }
    case 'follow-up-acknowledged': {
      let changed = false;
      const followUps = session.followUps.map((f) => {
        if (f.followUpId !== event.followUpId || f.itemId !== event.itemId || f.acknowledgedAt !== undefined) return f;
        changed = true;
        return { ...f, acknowledgedAt: now, nextStep: event.nextStep };
      });
      if (!changed) {
        followUps.push({ itemId: event.itemId, followUpId: event.followUpId, offeredAt: now, acknowledgedAt: now, nextStep: event.nextStep });
      }
      return { ...session, followUps, updatedAt: now };
    }
  }
}

/** Follow-ups offered and not yet acknowledged: they stay on screen until they are. */
export function openFollowUps(session: InterviewSession): FollowUpRecord[] {
  return session.followUps.filter((f) => f.acknowledgedAt === undefined);
}

/** A session untouched this long is over; the next page load starts a fresh one. */
export const SESSION_IDLE_LIMIT_MS = 12 * 60 * 60 * 1000;
