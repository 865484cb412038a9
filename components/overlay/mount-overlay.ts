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
  doc.documentElement.append(host);
  return { host, shadow, remove: () => host.remove() };
}
