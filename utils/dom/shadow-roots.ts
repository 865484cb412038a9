/**
 * Finding the shadow roots of a page, open and (where the browser lets an
 * extension) closed. Read-only.
 */
import { isOverlayHost } from './control-kinds';

export type ShadowRootOpener = (host: Element) => ShadowRoot | null;

type ClosedRootApi = (host: Element) => ShadowRoot | null;

/**
 * How this browser lets an extension into closed shadow roots:
 * Chrome's `chrome.dom.openOrClosedShadowRoot(el)`, Firefox's `el.openOrClosedShadowRoot` (a property).
 * Null in a normal page (tests, benchmark), where only open roots are reachable.
 */
export function closedShadowRootApi(): ClosedRootApi | null {
  const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null } } })
    .chrome?.dom;
  const open = chromeDom?.openOrClosedShadowRoot;
  if (typeof open === 'function') {
    return (host) => {
      try {
        return open.call(chromeDom, host as HTMLElement) ?? null;
      } catch {
        return null;
      }
    };
  }
  const proto = (globalThis as { Element?: { prototype: object } }).Element?.prototype;
  if (proto && 'openOrClosedShadowRoot' in proto) {
    return (host) => {
      try {
        // A read-only property in Firefox (not a method: calling it threw, and no closed root was ever reached).
        return (host as Element & { openOrClosedShadowRoot: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
      } catch {
        return null;
      }
    };
  }
  return null;
}

/**
 * Elements that may host a shadow root besides custom elements (the DOM
 * standard's list for `attachShadow`): a closed root on a plain `<div>` or
 * `<section>` is as hidden from the page as one on a component.
 */
const SHADOW_HOSTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span',
]);

/**
 * Open roots always; closed roots through `closed` when given. The closed-root
 * API is asked only about elements that can host a shadow root at all (custom
 * elements and the standard's list above), not about inputs, cells, labels…,
 * which saves a call into the extension API for most elements of a form.
 */
export function createShadowRootOpener(closed: ClosedRootApi | null = closedShadowRootApi()): ShadowRootOpener {
  if (!closed) return (host) => host.shadowRoot;
  return (host) => {
    const open = host.shadowRoot;
    if (open) return open;
    const name = host.localName;
    return name.indexOf('-') > 0 || SHADOW_HOSTS.has(name) ? closed(host) : null;
  };
}

/** At most this many shadow roots per page: a hostile page cannot make discovery unbounded. */
export const MAX_SHADOW_ROOTS = 2000;

/**
 * Append every shadow root inside `start` (and inside those roots, recursively)
 * to `out`, in document order of their hosts. Skips the extension's overlay.
 */
export function collectShadowRoots(start: Node, open: ShadowRootOpener, out: ShadowRoot[]): void {
  const doc = start.ownerDocument ?? (start as Document);
  const pending: Node[] = [start];
  while (pending.length > 0 && out.length < MAX_SHADOW_ROOTS) {
    const node = pending.shift() as Node;
    const walker = doc.createTreeWalker(node, 1 /* NodeFilter.SHOW_ELEMENT */);
    let el = (node.nodeType === 1 ? node : walker.nextNode()) as Element | null;
    while (el) {
      const root = open(el);
      if (root && !isOverlayHost(el)) {
        out.push(root);
        pending.push(root);
        if (out.length >= MAX_SHADOW_ROOTS) return;
      }
      el = walker.nextNode() as Element | null;
    }
  }
}
