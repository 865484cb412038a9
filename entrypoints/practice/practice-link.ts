/**
 * The practice page's link for the coach (entrypoints/content/coach-link.ts): the
 * interview lives in this page's memory, not in the background, so nothing of a
 * practice run reaches a real interview's coverage or notes, and a new trainee
 * starts with a new link: no follow-ups waiting, nothing acknowledged, no
 * pre-check confirmed, no preference carried over.
 */
import type { CoachLink, CoachPrefs } from '../content/coach-link';
import type { ScreenBox } from '../../utils/dom/field-box';
import { applySessionEvent, newSession, type InterviewSession } from '../../utils/interview/session';

export interface PracticeLink extends CoachLink {
  /** The interview as the coach recorded it so far. */
  session(): InterviewSession;
  /** The page was drawn again (a turn added, the summary shown): the coach looks at its parts again. */
  partsChanged(): void;
}

/** The box of `element` as far as it shows inside the scrolling pane it sits in; null where none shows. */
function visibleBox(element: Element): ScreenBox | null {
  const box = element.getBoundingClientRect();
  const pane = element.parentElement?.closest('.practice-talk-column')?.getBoundingClientRect();
  const left = Math.max(box.left, pane?.left ?? -Infinity);
  const top = Math.max(box.top, pane?.top ?? -Infinity);
  const right = Math.min(box.right, pane?.right ?? Infinity);
  const bottom = Math.min(box.bottom, pane?.bottom ?? Infinity);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
}

/**
 * @param language the card's language: the session's, so the card speaks as the form does
 * @param parts the page's elements the coach's card and dock must never cover (the turn box,
 *   its buttons, the client's last reply), looked up anew each time the coach places them
 */
export function createPracticeLink(packId: string, language: string, parts: () => Element[] = () => []): PracticeLink {
  let session = newSession(`practice:${crypto.randomUUID()}`, packId, Date.now());
  let prefs: CoachPrefs = { language };
  const listeners = new Set<() => void>();
  return {
    pageParts: {
      boxes: () => parts().map(visibleBox).filter((box): box is ScreenBox => box !== null),
      onChange(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    partsChanged() {
      for (const listener of listeners) listener();
    },
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
