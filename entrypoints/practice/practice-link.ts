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

/**
 * @param language the card's language: the session's, so the card speaks as the form does
 * @param onChange told after each recorded change (the page's feedback reads follow-ups from it)
 */
export function createPracticeLink(packId: string, language: string, onChange: (session: InterviewSession) => void = () => {}): PracticeLink {
  let session = newSession(`practice:${crypto.randomUUID()}`, packId, Date.now());
  let prefs: CoachPrefs = { language };
  return {
    session: () => session,
    loadInterview: () => Promise.resolve(session),
    record(event) {
      const next = applySessionEvent(session, event, Date.now());
      if (next !== session) {
        session = next;
        onChange(session);
      }
      return Promise.resolve(session);
    },
    loadPrefs: () => Promise.resolve(prefs),
    savePrefs(next) {
      prefs = next;
    },
    itemShown: () => {},
    reportsToBackground: false,
  };
}
