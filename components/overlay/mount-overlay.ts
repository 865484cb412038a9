/**
 * The extension's one container in the host page: a custom element holding a
 * closed shadow root (the host's scripts, and any session-replay or analytics script
 * it embeds, get `shadowRoot === null` and cannot read rewordings, prompts or item
 * ids; the root is created in the content script's isolated world, so a page that
 * wraps `attachShadow` does not see the call either), styled with a constructable stylesheet (not subject to the host's
 * style-src CSP, not reachable by host CSS). Everything the overlay shows lives here.
 */
import overlayCss from './overlay.css?inline';

export const OVERLAY_TAG = 'adviser-coach-overlay';

export interface OverlayRoot {
  host: HTMLElement;
  shadow: ShadowRoot;
  remove(): void;
}

export function mountOverlay(doc: Document): OverlayRoot {
  const host = doc.createElement(OVERLAY_TAG);
  // Out of layout and the tab order; children position themselves against the page.
  host.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(overlayCss);
  shadow.adoptedStyleSheets = [sheet];
  // Set before it enters the page: the page sees one addition, nothing else.
  if (typeof host.showPopover === 'function') host.popover = 'manual';
  doc.documentElement.append(host);
  const stopKeepingOnTop = keepOnTop(host);
  return {
    host,
    shadow,
    remove: () => {
      stopKeepingOnTop();
      host.remove();
    },
  };
}

/**
 * A modal `<dialog>` or a popover the page opens sits in the browser's top layer, above
 * any z-index, and a modal one makes the rest of the page inert. The overlay is itself
 * shown as a manual popover (no light dismiss, no focus move), so it is in the top layer
 * too, and is shown again, on top, each time the page opens something there. While a
 * modal dialog is open the overlay's element waits inside it (everything outside is inert,
 * so the card could not be clicked) and goes back to the document's end when it closes.
 */
function keepOnTop(host: HTMLElement): () => void {
  if (host.popover !== 'manual') return () => {};
  const doc = host.ownerDocument;
  const raise = () => {
    if (!host.isConnected) return;
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
  };
  raise();
  const onToggle = (event: Event) => {
    const target = event.target;
    if (target === host || !(target instanceof Element)) return;
    const opened = (event as ToggleEvent).newState === 'open';
    if (target.localName === 'dialog' && opened && target.matches(':modal')) {
      target.append(host);
      // A page may take the dialog out without closing it: the overlay must not go with it.
      dialogGone.disconnect();
      if (target.parentNode) dialogGone.observe(target.parentNode, { childList: true });
    } else if (!opened && host.parentElement === target) {
      backToDocument();
    } else if (!opened) {
      return;
    }
    raise();
  };
  const backToDocument = () => {
    dialogGone.disconnect();
    doc.documentElement.append(host);
    raise();
  };
  const dialogGone = new MutationObserver(() => {
    if (host.parentElement && !host.parentElement.isConnected) backToDocument();
  });
  const listening = new AbortController();
  listening.signal.addEventListener('abort', () => dialogGone.disconnect());
  // toggle does not bubble: heard on the way down. Dialogs and popovers both send it.
  doc.addEventListener('toggle', onToggle, { capture: true, signal: listening.signal });
  return () => listening.abort();
}
