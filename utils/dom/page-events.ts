/**
 * Hearing the host page's events before the page can stop them. The content script
 * starts at `document_start`, before any page script, and registers one listener per
 * event type on `window` in the capture phase: the first listener of the first target
 * an event reaches. A page listener may stop the event for everything after it, but
 * not for one registered before it on the same target (DOM Standard, "inner invoke").
 *
 * Only events the browser made (`isTrusted`) reach a handler, unless it asks for the
 * page's own too (then it must treat them as a hint to read the real DOM later, never
 * as a fact). Nothing here ever cancels or stops a page event (a click aimed at the coach's
 * own buttons is the coach's, not the page's: overlay-clicks.ts keeps it from the page).
 */
import { relayOverlayClicks } from './overlay-clicks';

/** Every type the coach listens to on the page: installed at once when the script starts. */
export const PAGE_EVENT_TYPES = [
  'focusin', 'focusout', 'mouseover', 'click', 'pointerup', 'keydown', 'keyup', 'input', 'change',
  'scroll', 'toggle', 'beforetoggle',
] as const;

export type PageEventType = (typeof PAGE_EVENT_TYPES)[number];

export interface PageEventOptions {
  signal?: AbortSignal;
  /** Also the page's own (script-made) events, as a hint only. */
  untrusted?: boolean;
}

type Handler = (event: Event) => void;
interface Subscription {
  handler: Handler;
  untrusted: boolean;
}

interface Registered {
  subscribers: Set<Subscription>;
  /** The one window listener that hands each event of its type to them. */
  listener: (event: Event) => void;
}

const registries = new WeakMap<Window, Map<string, Registered>>();

function registry(view: Window): Map<string, Registered> {
  let found = registries.get(view);
  if (!found) registries.set(view, (found = new Map()));
  return found;
}

const LISTENER_OPTIONS = { capture: true, passive: true } as const;

function install(view: Window, type: string): Set<Subscription> {
  const types = registry(view);
  const known = types.get(type);
  if (known) return known.subscribers;
  const subscribers = new Set<Subscription>();
  const listener = (event: Event) => {
    // A copy: a handler may subscribe or leave while the event is dispatched.
    for (const subscription of [...subscribers]) {
      if (!event.isTrusted && !subscription.untrusted) continue;
      try {
        subscription.handler(event);
      } catch (error) {
        // The host page never sees an error of ours.
        console.debug('[Adviser Coach] event:', error);
      }
    }
  };
  types.set(type, { subscribers, listener });
  view.addEventListener(type, listener, LISTENER_OPTIONS);
  return subscribers;
}

/** Windows whose listeners were registered while their document was still loading. */
const registeredFirst = new WeakSet<Window>();

/** Register the window's listeners now (at `document_start`, before any page script). */
export function listenFirst(view: Window): void {
  if (view.document.readyState === 'loading') registeredFirst.add(view);
  for (const type of PAGE_EVENT_TYPES) install(view, type);
  // After the coach's own click listener, before any of the page's.
  relayOverlayClicks(view);
}

/**
 * Put the window's listeners back after `document.open()` erased them (it erases every listener on
 * the window and its document, in every world): each type keeps its subscribers. A listener still
 * there is not added twice (the same function, the same capture).
 */
export function listenAgain(view: Window): void {
  for (const [type, { listener }] of registry(view)) view.addEventListener(type, listener, LISTENER_OPTIONS);
  relayOverlayClicks(view);
}

/**
 * Whether the coach's listeners on `view` came before any of the page's: registered by
 * `listenFirst` while the document was loading (the script ran at `document_start`).
 * False for a coach injected into an open tab (a site switched on, an update): the page's
 * own window capture listeners are then ahead of it and may stop the adviser's events.
 */
export function listensFirst(view: Window): boolean {
  return registeredFirst.has(view);
}

/**
 * Call `handler` for each `type` event anywhere in `view`'s document, in the capture
 * phase on `window` (before the page's own listeners, when `listenFirst` ran at start),
 * in the order handlers were added. Removed when `options.signal` aborts.
 */
export function onPageEvent<K extends keyof WindowEventMap & PageEventType>(
  view: Window,
  type: K,
  handler: (event: WindowEventMap[K]) => void,
  options: PageEventOptions = {},
): void {
  if (options.signal?.aborted) return;
  const subscription: Subscription = { handler: handler as Handler, untrusted: options.untrusted ?? false };
  const subscribers = install(view, type);
  subscribers.add(subscription);
  options.signal?.addEventListener('abort', () => subscribers.delete(subscription), { once: true });
}
