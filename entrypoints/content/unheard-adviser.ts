/**
 * The adviser's moves read from the page as it is, where the page may keep them from
 * the coach. A coach added to a tab that was already open (a site switched on, an
 * update) registers its listeners after the page's own: a page listener on `window`
 * in the capture phase can then stop every focus, key and answer event before the
 * coach hears it. So, until the adviser's own (trusted) events are heard, the coach
 * looks a few times a second, while the tab is shown, at what no page can fake:
 * `document.activeElement` and the focused field's real value. A field the focus is in
 * gets its card; an answer that stayed the same over two looks is read as typed.
 * Nothing here acts on an event the page made, and nothing stops or cancels one.
 */
import { readAnswer } from '../../utils/dom/read-answer';
import { isFrameElement } from '../../utils/dom/frame-element';
import { onPageEvent } from '../../utils/dom/page-events';
import type { CoachContext } from './coach-context';
import type { FieldFollower } from './follow-field';
import type { AnswerListener } from './hear-answers';

/** How often the page is looked at, in ms: an answer is read 1–2 looks after the typing stopped. */
export const LOOK_EVERY_MS = 300;
/** Fields whose answers are followed at once: the focused one and the ones just left. */
const FOLLOWED_FIELDS = 3;

interface Followed {
  /** The answer at the last look (serialised). */
  last: string;
  /** The answer last read as the adviser's. */
  read: string | null;
}

/** Looks until the adviser's focus moves and answers reach the coach as events; `stop()` ends it. */
export function watchUnheardAdviser(ctx: CoachContext, follower: FieldFollower, answers: AnswerListener): { stop(): void } {
  const { view, doc, signal } = ctx;
  // Heard from the adviser (trusted only): from then on the events say it sooner than a look.
  let focusHeard = false;
  let inputHeard = false;
  let changeHeard = false;
  onPageEvent(view, 'focusin', () => (focusHeard = true), { signal });
  onPageEvent(view, 'input', () => (inputHeard = true), { signal });
  onPageEvent(view, 'change', () => (changeHeard = true), { signal });

  /** The element the focus was in at the last look. */
  let lastFocus: Element | null = null;
  const followed = new Map<Element, Followed>();

  function look() {
    if (signal.aborted || (focusHeard && inputHeard && changeHeard)) return stop();
    if (doc.visibilityState !== 'visible') return;
    const element = ctx.focusedElement();
    // A frame's own coach looks inside it; focus in our overlay leaves the card where it is.
    const inField = element && !isFrameElement(element) && element !== ctx.overlay.host ? element : null;
    if (!focusHeard && inField && inField !== lastFocus) follower.focusSeen(inField);
    lastFocus = inField;
    if (inputHeard && changeHeard) return;
    if (inField && !followed.has(inField)) {
      followed.set(inField, { last: '', read: null });
      while (followed.size > FOLLOWED_FIELDS) followed.delete(followed.keys().next().value as Element);
    }
    for (const [element, seen] of followed) {
      const match = element.isConnected ? ctx.liveMatchAt(element) : undefined;
      if (!match) {
        followed.delete(element);
        continue;
      }
      const now = JSON.stringify(readAnswer(match.controls.length ? match.controls : [match.control]));
      // The same at two looks: not a value the page set for a moment.
      if (now === seen.last && now !== seen.read) {
        seen.read = now;
        answers.evaluate(match, true);
      }
      seen.last = now;
      // A field the adviser left, read as it stays: no longer followed.
      if (element !== inField && seen.read === now) followed.delete(element);
    }
  }

  const timer = view.setInterval(look, LOOK_EVERY_MS);
  function stop() {
    view.clearInterval(timer);
    followed.clear();
    lastFocus = null;
  }
  return { stop };
}
