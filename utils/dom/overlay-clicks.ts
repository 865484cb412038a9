/**
 * Clicks on the coach's own buttons, delivered where the page cannot stop them.
 *
 * Every click reaches `window` (capture phase) before anything inside the overlay's
 * closed root, so a page listener there that stops it (`stopImmediatePropagation`)
 * would make the card's buttons dead: a critical follow-up could never be acknowledged.
 * The coach's listener, registered at `document_start` before any page script, takes a
 * real click aimed at one of the overlay's buttons away from the page (the page never
 * learns that the adviser used the coach) and hands a copy to the button inside the
 * closed root as a non-composed event, which never leaves the root. Links and check
 * boxes need nothing: their default action (following the link; the toggle and its
 * non-composed `change`) runs whether or not the click is stopped.
 *
 * A coach injected into an open tab registers after the page's listeners; there the
 * page can still stop clicks until the tab is reloaded.
 */

/** The closed root of each overlay container, by container. */
const roots = new WeakMap<Element, ShadowRoot>();
/** Copies this module dispatched: made in the isolated world, so the page cannot add to it. */
const relayed = new WeakSet<Event>();

/** Make `root` (the closed root of the overlay container `host`) receive its buttons' clicks. */
export function registerOverlayRoot(host: Element, root: ShadowRoot): void {
  roots.set(host, root);
}

/** Whether `event` is the copy of a real click handed to an overlay button (not script-made by the page). */
export function isRelayedClick(event: Event): boolean {
  return relayed.has(event);
}

/** The click relay: one function, so registering it again on a window that still has it adds nothing. */
function relayClick(event: MouseEvent): void {
    if (!event.isTrusted || !(event instanceof MouseEvent) || !(event.target instanceof Element)) return;
    const root = roots.get(event.target);
    if (!root) return;
    // A pointer's click names a point; a key's (Enter, Space on the focused button) does not.
    const inner = event.detail > 0 ? root.elementFromPoint(event.clientX, event.clientY) : root.activeElement;
    const button = inner?.closest('button');
    if (!button || button.disabled) return;
    event.stopImmediatePropagation();
    const copy = new MouseEvent('click', {
      bubbles: true, cancelable: true, composed: false, detail: event.detail,
      clientX: event.clientX, clientY: event.clientY, screenX: event.screenX, screenY: event.screenY,
      button: event.button, buttons: event.buttons,
      altKey: event.altKey, ctrlKey: event.ctrlKey, metaKey: event.metaKey, shiftKey: event.shiftKey,
    });
    relayed.add(copy);
    button.dispatchEvent(copy);
}

/**
 * Register the window's click relay (at `document_start`). Again is a no-op while it is there,
 * and puts it back after `document.open()` erased the window's listeners.
 */
export function relayOverlayClicks(view: Window): void {
  view.addEventListener('click', relayClick, { capture: true });
}
