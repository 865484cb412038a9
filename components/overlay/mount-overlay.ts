/**
 * The extension's one container in the host page, which the page can neither read
 * nor silence nor disguise:
 * - a plain `<div>` (not a custom element name the page could define first, upgrade,
 *   or take an `ElementInternals` of, whose `shadowRoot` opens even a closed root),
 *   holding a closed shadow root attached before the element enters the page (a page
 *   cannot attach its own first, and gets `shadowRoot === null`). The root is made in
 *   the content script's isolated world, so a page wrapping `attachShadow` never sees it;
 * - styled with a constructable stylesheet (not subject to the host's style-src CSP);
 *   the element's own style is inline `!important` for every property (`all`, and the
 *   two `all` leaves out) and the root's `:host` rule is `!important` too, which wins
 *   over any page rule, `!important` or not; a page that edits the element's attributes
 *   gets them put back;
 * - shown in the browser's top layer (a manual popover), above any z-index, and again
 *   on top each time the page opens a popover or dialog, or hides ours;
 * - put back when the page removes or moves it, up to `MAX_RESTORES` times a minute:
 *   then it stays out and says so (`onGivenUp`), instead of fighting a page forever.
 */
import { isOverlayHost, markOverlayHost } from '../../utils/dom/control-kinds';
import { isRelayedClick, registerOverlayRoot } from '../../utils/dom/overlay-clicks';
import { onPageEvent } from '../../utils/dom/page-events';
import { closedShadowRootApi } from '../../utils/dom/shadow-roots';
import overlayCss from './overlay.css?inline';

/** How many times a minute the overlay is put back after the page removed, moved or hid it. */
export const MAX_RESTORES = 5;
const RESTORE_WINDOW_MS = 60_000;

/**
 * The container's own style. `all: initial` resets every inherited property the page
 * could reach in with (`-webkit-text-fill-color`, `-webkit-text-security`,
 * `writing-mode`, `visibility`, `pointer-events`…); `direction` and `unicode-bidi`,
 * which `all` leaves alone, are set too.
 */
const HOST_STYLE = [
  'all: initial', 'direction: ltr', 'unicode-bidi: isolate', 'display: block', 'position: absolute',
  'top: 0', 'left: 0', 'right: auto', 'bottom: auto', 'width: 0', 'height: 0', 'margin: 0', 'padding: 0',
  'border: 0', 'overflow: visible', 'z-index: 2147483646', 'visibility: visible', 'opacity: 1',
  'pointer-events: auto', 'transform: none', 'filter: none', 'clip-path: none', 'mask: none',
  'contain: none', 'content-visibility: visible', 'zoom: 1', 'transition: none', 'animation: none',
].map((declaration) => `${declaration} !important;`).join(' ');

/** Attributes the container has: any other the page adds (hidden, inert, class…) is taken off. */
const OWN_ATTRIBUTES = new Set(['style', 'popover']);

/**
 * Take away the containers a coach of an earlier copy of this extension left in `doc`
 * (not this copy's own), before this copy draws its own; returns how many.
 *
 * Why: Firefox unloads the content scripts of an extension that is updated or installed
 * again outright. The old coach's listeners never run again, so it cannot take its overlay
 * away at the adviser's next move as it does in Chromium, and its card and field markers
 * would stay on the page as if it were still at work, while the new coach draws its own.
 * Recognised by what only `mountOverlay` makes: a `<div>` at the document's root (or in an
 * open modal dialog) with exactly our attributes and a closed shadow root. A page that
 * imitates one only gets its imitation removed, which it could do itself.
 */
export function removeLeftBehindOverlays(doc: Document): number {
  const closedRoot = closedShadowRootApi();
  const leftBehind = [...doc.querySelectorAll(':root > div, dialog > div')].filter((element) =>
    !isOverlayHost(element) &&
    element.getAttribute('style') === HOST_STYLE &&
    element.getAttributeNames().every((name) => OWN_ATTRIBUTES.has(name)) &&
    element.shadowRoot === null &&
    (closedRoot === null || closedRoot(element) !== null));
  for (const element of leftBehind) element.remove();
  return leftBehind.length;
}

export interface OverlayRoot {
  host: HTMLElement;
  shadow: ShadowRoot;
  /**
   * Whether `element` (inside the overlay) is on screen now: laid out, visible, in the
   * window, and ours the topmost element at its centre. When something of the page's
   * is on top, the overlay is raised once into the top layer and looked at again.
   */
  onScreen(element: Element): boolean;
  /** Whether the page removed it more than `MAX_RESTORES` times a minute and it stays out. */
  givenUp(): boolean;
  remove(): void;
}

export interface OverlayOptions {
  /** The page kept removing the overlay: it stays out (say so where the adviser can see it). */
  onGivenUp?: () => void;
}

export function mountOverlay(doc: Document, options: OverlayOptions = {}): OverlayRoot {
  const view = doc.defaultView ?? window;
  const host = doc.createElement('div');
  markOverlayHost(host);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  // The same rules from inside: an `!important` rule of the root outranks any `!important` of the page's.
  sheet.replaceSync(`:host { ${HOST_STYLE} }\n${overlayCss}`);
  shadow.adoptedStyleSheets = [sheet];
  // The page's own events cannot reach into the closed root, but a script that got hold of
  // an element inside (it never should) could still click it: only the adviser's count.
  // The copy of a real click the coach hands a button (utils/dom/overlay-clicks.ts) is its own.
  for (const type of ['click', 'change', 'input', 'keydown', 'keyup', 'mousedown', 'pointerdown']) {
    shadow.addEventListener(type, (event) => {
      if (!event.isTrusted && !isRelayedClick(event)) event.stopImmediatePropagation();
    }, { capture: true });
  }
  registerOverlayRoot(host, shadow);
  const topLayer = typeof host.showPopover === 'function';
  // Set before it enters the page: the page sees one addition, nothing else.
  if (topLayer) host.setAttribute('popover', 'manual');
  doc.documentElement.append(host);

  const listening = new AbortController();
  const { signal } = listening;
  let removed = false;
  let gaveUp = false;
  const restores: number[] = [];
  /**
   * The open modal dialogs, the last opened last: the overlay waits in the topmost (outside it
   * everything is inert), and goes back to the one below when that closes (a confirmation over a form).
   */
  let modals: Element[] = [];
  const topModal = (): Element | null => modals.at(-1) ?? null;

  /** One more restore allowed? Counts it; after too many, gives up for good. */
  function mayRestore(): boolean {
    const now = Date.now();
    while (restores.length && now - restores[0]! > RESTORE_WINDOW_MS) restores.shift();
    if (restores.length >= MAX_RESTORES) {
      if (!gaveUp) {
        gaveUp = true;
        stopWatching();
        options.onGivenUp?.();
      }
      return false;
    }
    restores.push(now);
    return true;
  }

  let raising = false;
  function raise() {
    if (!topLayer || !host.isConnected) return;
    raising = true;
    try {
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
    } catch {
      // not in a document that can show it (being moved): the next change raises it
    } finally {
      raising = false;
    }
  }

  // ---- attributes: what the page sets on the element is taken off again -----------------------
  const attributes = new MutationObserver((records) => {
    for (const { attributeName } of records) {
      if (!attributeName) continue;
      if (attributeName === 'style') {
        if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
      } else if (attributeName === 'popover') {
        if (topLayer && host.getAttribute('popover') !== 'manual') {
          host.setAttribute('popover', 'manual');
          raise();
        }
      } else if (!OWN_ATTRIBUTES.has(attributeName) && host.hasAttribute(attributeName)) {
        host.removeAttribute(attributeName);
      }
    }
  });
  attributes.observe(host, { attributes: true });

  // ---- place: back where it belongs when the page removes or moves it --------------------------
  const home = () => topModal() ?? doc.documentElement;
  const place = new MutationObserver(() => {
    if (removed || gaveUp || host.parentNode === home()) return;
    // The page took away the dialog the overlay waited in, without closing it: back home,
    // not counted against the page (it did not aim at the overlay).
    const current = topModal();
    const withItsDialog = current !== null && !current.isConnected && current.contains(host);
    forgetClosedModals();
    if (host.parentNode === home()) return;
    if (!withItsDialog && !mayRestore()) return;
    home().append(host);
    watchPlace();
    raise();
  });
  function watchPlace() {
    place.disconnect();
    // Its parent, and the document's root (a removed parent takes the overlay with it).
    if (host.parentNode) place.observe(host.parentNode, { childList: true });
    place.observe(doc.documentElement, { childList: true });
    const current = topModal();
    if (current?.parentNode) place.observe(current.parentNode, { childList: true });
  }
  watchPlace();

  // ---- top layer: on top of whatever the page opens there ------------------------------------
  raise();
  onPageEvent(view, 'beforetoggle', (event) => {
    // The page hid ours (hidePopover): shown again once it is done.
    if (event.target === host && (event as ToggleEvent).newState === 'closed' && !raising && !removed) {
      view.setTimeout(() => host.isConnected && !host.matches(':popover-open') && mayRestore() && raise(), 0);
    }
  }, { signal });
  onPageEvent(view, 'toggle', (event) => {
    const target = event.target;
    if (target === host || !(target instanceof Element)) return;
    const opened = (event as ToggleEvent).newState === 'open';
    if (target.localName === 'dialog' && opened && target.matches(':modal')) {
      modals = [...modals.filter((dialog) => dialog !== target), target];
      target.append(host);
      modalOpen.observe(target, { attributes: true, attributeFilter: ['open'] });
      watchPlace();
    } else if (!opened && modals.includes(target)) {
      followTopModal();
      return;
    } else if (!opened) {
      return;
    }
    raise();
  }, { signal });
  // The dialog closes when its `open` attribute goes: out at once, not at the toggle event a task
  // later (till then the overlay is hidden with the dialog, and focus moved into it is lost), and
  // also when the page takes the attribute off by hand, which fires no toggle event at all.
  const modalOpen = new MutationObserver(followTopModal);
  /** Drops the dialogs that closed or left the page; no longer watched once none is open. */
  function forgetClosedModals() {
    modals = modals.filter((dialog) => dialog.isConnected && dialog.hasAttribute('open'));
    if (modals.length === 0) modalOpen.disconnect();
  }
  /** Into the topmost modal dialog still open, else home; on top there. */
  function followTopModal() {
    forgetClosedModals();
    if (removed || gaveUp || host.parentNode === home()) return;
    home().append(host);
    watchPlace();
    raise();
  }

  function onScreen(element: Element): boolean {
    if (!host.isConnected || !element.isConnected) return false;
    const box = element.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) return false;
    const check = element as Element & { checkVisibility?: (options: object) => boolean };
    if (check.checkVisibility && !check.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return false;
    const x = Math.min(Math.max(box.left + box.width / 2, 0), view.innerWidth - 1);
    const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 20), 0), view.innerHeight - 1);
    if (box.right < 0 || box.bottom < 0 || box.left > view.innerWidth || box.top > view.innerHeight) return false;
    // Seen from the page, anything inside the closed root is the host itself.
    const topmost = () => doc.elementFromPoint(x, y);
    if (topmost() === host) return true;
    raise();
    return topmost() === host;
  }

  function stopWatching() {
    attributes.disconnect();
    place.disconnect();
    modalOpen.disconnect();
  }

  return {
    host,
    shadow,
    onScreen,
    givenUp: () => gaveUp,
    remove: () => {
      removed = true;
      listening.abort();
      stopWatching();
      host.remove();
    },
  };
}
