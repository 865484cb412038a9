/**
 * Finding the shadow roots of a page, open and (where the browser lets an
 * extension) closed. Read-only.
 */
import { OVERLAY_TAG } from './control-kinds';

export type ShadowRootOpener = (host: Element) => ShadowRoot | null;

type ClosedRootApi = (host: Element) => ShadowRoot | null;

/**
 * How this browser lets an extension into closed shadow roots:
 * Chrome's `chrome.dom.openOrClosedShadowRoot(el)`, Firefox's `el.openOrClosedShadowRoot()`.
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
        return (host as Element & { openOrClosedShadowRoot(): ShadowRoot | null }).openOrClosedShadowRoot() ?? null;
      } catch {
        return null;
      }
    };
  }
  return null;
}

/**
 * Open roots always; closed roots through `closed` when given. The closed-root
 * API is asked only about custom elements (a hyphen in the tag name), which is
 * where component libraries attach closed roots; asking about every element
 * would cost a call into the extension API per element.
 */
export function createShadowRootOpener(closed: ClosedRootApi | null = closedShadowRootApi()): ShadowRootOpener {
  if (!closed) return (host) => host.shadowRoot;
  return (host) => host.shadowRoot ?? (host.localName.indexOf('-') > 0 ? closed(host) : null);
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
      if (root && el.localName !== OVERLAY_TAG) {
        out.push(root);
        pending.push(root);
        if (out.length >= MAX_SHADOW_ROOTS) return;
      }
      el = walker.nextNode() as Element | null;
    }
  }
}
