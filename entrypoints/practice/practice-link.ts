/**
 * The practice page's link for the coach (entrypoints/content/coach-link.ts): the
 * interview lives in this page's memory, not in the background, so nothing of a
 * practice run reaches a real interview's coverage or notes, and a new trainee
 * starts with a new link: no follow-ups waiting, nothing acknowledged, no
 * pre-check confirmed, no preference carried over.
 */
import type { CoachLink, CoachPrefs } from '../content/coach-link';
import { applySessionEvent, newSession, type InterviewSession } from '../../utils/interview/session';

export interface PracticeLink extends CoachLink {
  /** The interview as the coach recorded it so far. */
  session(): InterviewSession;
}

/** @param language the card's language: the session's, so the card speaks as the form does */
export function createPracticeLink(packId: string, language: string): PracticeLink {
  let session = newSession(`practice:${crypto.randomUUID()}`, packId, Date.now());
  let prefs: CoachPrefs = { language };
  return {
    session: () => session,
    loadInterview: () => Promise.resolve(session),
    record(event) {
      session = applySessionEvent(session, event, Date.now());
      return Promise.resolve(session);
    },
    // Offered on this page means shown: the trainee's feedback follows the card, not the dock's layout.
    offeredNow(event) {
      session = applySessionEvent(session, event, Date.now());
    },
    loadPrefs: () => Promise.resolve(prefs),
    savePrefs(next) {
      prefs = next;
    },
    itemShown: () => {},
    reportsToBackground: false,
  };
}
