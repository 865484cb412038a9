/**
 * Custom elements not yet defined when detection saw them: their shadow roots
 * (and the fields in them) arrive when the page defines them, which no mutation
 * record announces. They are re-checked after 0.5 s, 1 s, 2 s … up to 16 s.
 */
import { isOverlayHost } from '../control-kinds';
import type { ShadowRootOpener } from '../shadow-roots';

const FIRST_CHECK_MS = 500;
const LAST_CHECK_MS = 16000;
const MAX_UNDEFINED_HOSTS = 500;

export interface LateCustomElements {
  /** Remember the undefined custom elements in (and below) `scope`. */
  note(scope: ParentNode): void;
  /**
   * Remember `el` if it is an undefined custom element: for a walk that visits every
   * element anyway (the full scan's), instead of a `:not(:defined)` query over the tree.
   */
  noteElement(el: Element): void;
  /**
   * The page removed nodes: forget the remembered hosts that left it. The checks do so
   * too, but they end after 16 s; a host kept after them keeps its removed form alive.
   */
  dropRemoved(): void;
  /** Hosts defined (with a shadow root) since the last call; the set is emptied. */
  takeUpgraded(): Element[];
  clear(): void;
  stop(): void;
}

/** @param onUpgraded called when a remembered host was defined and has a shadow root to scan */
export function watchLateCustomElements(view: Window, openShadowRoot: ShadowRootOpener, onUpgraded: () => void): LateCustomElements {
  const undefinedHosts = new Set<Element>();
  const upgraded = new Set<Element>();
  let timer = 0;
  let delay = FIRST_CHECK_MS;
  let stopped = false;

  function check() {
    timer = 0;
    if (stopped) return;
    for (const host of undefinedHosts) {
      if (!host.isConnected) {
        undefinedHosts.delete(host);
      } else if (host.matches(':defined')) {
        undefinedHosts.delete(host);
        if (openShadowRoot(host)) upgraded.add(host);
      }
    }
    if (upgraded.size > 0) onUpgraded();
    delay *= 2;
    if (undefinedHosts.size > 0 && delay <= LAST_CHECK_MS) timer = view.setTimeout(check, delay);
  }

  function startChecks() {
    if (undefinedHosts.size > 0 && !timer && !stopped) {
      delay = FIRST_CHECK_MS;
      timer = view.setTimeout(check, delay);
    }
  }

  return {
    note(scope) {
      let found: NodeListOf<Element>;
      try {
        found = scope.querySelectorAll(':not(:defined)');
      } catch {
        return;
      }
      for (let i = 0; i < found.length && undefinedHosts.size < MAX_UNDEFINED_HOSTS; i++) {
        const el = found[i] as Element;
        // Only custom elements (a hyphen in the name) get defined later; not our overlay.
        if (el.localName.includes('-') && !isOverlayHost(el)) undefinedHosts.add(el);
      }
      startChecks();
    },
    noteElement(el) {
      if (undefinedHosts.size >= MAX_UNDEFINED_HOSTS || el.localName.indexOf('-') <= 0 || isOverlayHost(el)) return;
      try {
        if (el.matches(':defined')) return;
      } catch {
        return; // a browser without :defined: nothing is ever upgraded late
      }
      undefinedHosts.add(el);
      startChecks();
    },
    dropRemoved() {
      for (const host of undefinedHosts) if (!host.isConnected) undefinedHosts.delete(host);
    },
    takeUpgraded() {
      const hosts = [...upgraded];
      upgraded.clear();
      return hosts;
    },
    clear: () => undefinedHosts.clear(),
    stop() {
      stopped = true;
      view.clearTimeout(timer);
    },
  };
}
