/**
 * What every part of the live coach shares: the page it listens to, the pack,
 * the found fields, the overlay and its state, and how to tell which found
 * field an event on the page belongs to.
 */
import type { CompiledPack } from '../../rules/compiled-pack';
import type { createCoachState } from '../../components/overlay/coach-state';
import type { OverlayRoot } from '../../components/overlay/mount-overlay';
import type { ControlMatch, FieldDetector } from '../../utils/dom/field-detector';
import { CANDIDATE_QUERY, controlKind } from '../../utils/dom/control-kinds';
import { createShadowRootOpener } from '../../utils/dom/shadow-roots';
import type { SessionEvent } from '../../utils/interview/session';
import type { CoachLink } from './coach-link';
import type { StandIns } from './stand-in-editors';

/** What the coach needs from field detection. */
export type FieldSource = Pick<FieldDetector, 'matches' | 'matchForControl' | 'matchForItem' | 'onChange' | 'matchNow'>;

export type CoachState = ReturnType<typeof createCoachState>;

export interface CoachContext {
  doc: Document;
  view: Window;
  pack: CompiledPack;
  /** The found fields, each rich-text editor standing in for a hidden one counted as that field's control. */
  fields: FieldSource;
  /** The rich-text editors standing in for hidden fields: their text, their boxes, their frames' events. */
  standIns: StandIns;
  overlay: OverlayRoot;
  /** Where in the overlay's shadow root the coach renders. */
  container: Element;
  state: CoachState;
  /** Aborted by `stop()`: every listener on the page is added with it. */
  signal: AbortSignal;
  /** Tell the background what happened in the interview (coverage, follow-ups). */
  record(event: SessionEvent): void;
  /** Where the interview and preferences are kept (background or practice page). */
  link: CoachLink;
  /**
   * Record that a follow-up was offered once its card is on the adviser's screen (laid
   * out, visible, not covered), not before: a card the page removed or hid was never seen.
   * It is recorded as raised at once, so it waits across a reload even before it was seen.
   */
  recordOnceSeen(event: Extract<SessionEvent, { kind: 'follow-up-offered' }>): void;
  /**
   * The element an event really happened on. Open shadow roots show it in the
   * composed path; a closed one hides it behind its host, so follow the focus
   * down (not for pointer events: the pointer is not where the focus is).
   */
  eventElement(event: Event, followFocus?: boolean): Element | null;
  /** The found field an event belongs to (any option of a group, any part of a date, a widget's inner input). */
  matchFor(event: Event, followFocus?: boolean): ControlMatch | undefined;
  /**
   * `matchFor`, and for a control the detector has not seen yet (the page
   * re-created the field on this keystroke or focus move) that control's field
   * read on its own: the rest of the page's changes wait for an idle moment, so
   * a page that re-renders its form in its own focus handling pays for one field.
   */
  liveMatchFor(event: Event): ControlMatch | undefined;
  /** `liveMatchFor` for an element found in the DOM, not told by an event (the focused one). */
  liveMatchAt(element: Element): ControlMatch | undefined;
  /**
   * The element that really has focus now: `document.activeElement`, followed down
   * through open and closed shadow roots. What an event claims is checked against it.
   */
  focusedElement(): Element | null;
}

/** How to tell which element, and which found field, an event on the page is about. */
export function createEventLocator(
  doc: Document,
  fields: FieldSource,
  overlay: OverlayRoot,
): Pick<CoachContext, 'eventElement' | 'matchFor' | 'liveMatchFor' | 'liveMatchAt' | 'focusedElement'> {
  const openShadowRoot = createShadowRootOpener();
  const focusInside = (from: Element): Element => {
    let element = from;
    for (let depth = 0; depth < 10; depth++) {
      const inner: Element | null | undefined = openShadowRoot(element)?.activeElement;
      if (!inner) break;
      element = inner;
    }
    return element;
  };
  // Asking the browser for closed roots on every mouseover would cost an API call each: focus only.
  function eventElement(event: Event, followFocus = true): Element | null {
    const first = event.composedPath()[0];
    if (!(first instanceof Element)) return null;
    return followFocus ? focusInside(first) : first;
  }
  function focusedElement(): Element | null {
    const active = doc.activeElement;
    return active && active !== doc.body ? focusInside(active) : null;
  }
  function matchFor(event: Event, followFocus = true): ControlMatch | undefined {
    const element = eventElement(event, followFocus);
    if (!element || element === overlay.host) return undefined;
    return matchAround(fields, element);
  }
  function liveMatchAt(element: Element): ControlMatch | undefined {
    if (element === overlay.host) return undefined;
    const match = matchAround(fields, element);
    if (match || !element.isConnected || controlKind(element) === null) return match;
    return fields.matchNow(element);
  }
  function liveMatchFor(event: Event): ControlMatch | undefined {
    const element = eventElement(event);
    return element ? liveMatchAt(element) : undefined;
  }
  return { eventElement, matchFor, liveMatchFor, liveMatchAt, focusedElement };
}

/** How far up from an event's element a found control is looked for (a label's span inside a custom radio). */
const MAX_CONTROL_DEPTH = 6;

/**
 * The found field `element` belongs to: itself, or the nearest found control
 * around it (the click on a custom radio lands on the `<span>` inside it), within
 * its own tree.
 */
export function matchAround(fields: Pick<FieldSource, 'matchForControl'>, element: Element): ControlMatch | undefined {
  let at: Element | null = element;
  for (let depth = 0; at && depth < MAX_CONTROL_DEPTH; depth++, at = at.parentElement) {
    const match = fields.matchForControl(at);
    if (match) return match;
  }
  return undefined;
}

/** How far up from a clicked element the block of one question is looked for. */
const MAX_BESIDE_DEPTH = 3;

/**
 * The one found field in the block around `element`, an element of no field (the
 * "Choose…" button that opens a dialog whose choice the page writes into the field
 * beside it); undefined when the block holds none or several questions' fields.
 */
export function matchBeside(fields: Pick<FieldSource, 'matchForControl'>, element: Element): ControlMatch | undefined {
  let at = element.parentElement;
  for (let depth = 0; at && depth < MAX_BESIDE_DEPTH && !at.matches('form,body'); depth++, at = at.parentElement) {
    let found: ControlMatch | undefined;
    for (const control of Array.from(at.querySelectorAll(CANDIDATE_QUERY))) {
      const match = fields.matchForControl(control);
      if (!match) continue;
      if (found && found.itemId !== match.itemId) return undefined;
      found = match;
    }
    if (found) return found;
  }
  return undefined;
}
