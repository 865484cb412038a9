/**
 * One MutationObserver for the document and every shadow root detection found,
 * turning mutation records into a small "what changed" batch: subtrees added,
 * nodes whose text or label attributes changed, whether anything was removed.
 * Recording costs a few set insertions per record; the work happens later, at
 * idle time, in the detector (utils/dom/field-detector.ts).
 */
import { isOverlayHost } from './control-kinds';
import { holdsControl } from './read-context';

/** Attributes that change what a control is or what question it shows. */
export const WATCHED_ATTRIBUTES = [
  'id', 'for', 'name', 'type', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden',
  'placeholder', 'title', 'contenteditable', 'hidden',
];

/** Beyond this many changed nodes in one batch, a (sliced) full re-scan is cheaper than following each. */
export const MAX_BATCH_NODES = 3000;

export interface ChangeBatch {
  /** Elements added to the page (each the root of a new subtree). */
  added: Set<Element>;
  /** Nodes whose text, children or watched attributes changed. */
  touched: Set<Node>;
  /** Something was removed: check which fields left the page. */
  removed: boolean;
  /** Removed elements that held controls (their fields may have left the page) or `<label for>`s (the detector's label index lets go of them). */
  removedElements: Set<Element>;
  /** Too much changed to follow node by node. */
  overflow: boolean;
}

export interface ChangeObserver {
  observe(root: Document | ShadowRoot): void;
  /** The changes recorded so far (including records not yet delivered), and start a new batch. */
  take(): ChangeBatch | null;
  disconnect(): void;
}

function safeHoldsControl(el: Element): boolean {
  try {
    return holdsControl(el);
  } catch {
    return true;
  }
}

function holdsLabelFor(el: Element): boolean {
  return el.localName === 'label' || el.querySelector('label[for]') !== null;
}

/**
 * @param onChange called once when a batch goes from empty to non-empty (schedule work then).
 */
export function observeChanges(onChange: () => void, MutationObserverClass: typeof MutationObserver = MutationObserver): ChangeObserver {
  let batch: ChangeBatch | null = null;
  const observed = new WeakSet<Node>();

  function record(records: MutationRecord[]) {
    for (const r of records) {
      if (isOverlayHost(r.target)) continue;
      batch ??= { added: new Set(), touched: new Set(), removed: false, removedElements: new Set(), overflow: false };
      if (batch.overflow) continue;
      if (r.type === 'childList') {
        for (let i = 0; i < r.addedNodes.length; i++) {
          const node = r.addedNodes[i] as Node;
          if (node.nodeType === 1) {
            if (!isOverlayHost(node)) batch.added.add(node as Element);
          } else if (node.nodeType === 3) {
            batch.touched.add(r.target);
          }
        }
        for (let i = 0; i < r.removedNodes.length; i++) {
          const node = r.removedNodes[i] as Node;
          if (isOverlayHost(node)) continue;
          batch.removed = true;
          // Removed text (a label's words, a hint) changes the questions around it; a removed
          // subtree holding controls only takes its own fields away (found by the detector).
          if (node.nodeType !== 1 || !safeHoldsControl(node as Element)) {
            batch.touched.add(r.target);
            if (node.nodeType === 1 && holdsLabelFor(node as Element)) batch.removedElements.add(node as Element);
          } else {
            batch.removedElements.add(node as Element);
          }
        }
      } else if (r.type === 'characterData') {
        const parent = r.target.parentNode;
        if (parent) batch.touched.add(parent);
      } else {
        batch.touched.add(r.target);
      }
      if (batch.added.size + batch.touched.size + batch.removedElements.size > MAX_BATCH_NODES) {
        batch.overflow = true;
        batch.added.clear();
        batch.touched.clear();
        batch.removedElements.clear();
      }
    }
  }

  const observer = new MutationObserverClass((records) => {
    const wasEmpty = batch === null;
    try {
      record(records);
    } catch {
      // never let a host page's odd DOM break the observer
    }
    if (wasEmpty && batch !== null) onChange();
  });

  return {
    observe(root) {
      if (observed.has(root)) return;
      observed.add(root);
      observer.observe(root, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: WATCHED_ATTRIBUTES,
      });
    },
    take() {
      record(observer.takeRecords());
      const taken = batch;
      batch = null;
      return taken;
    },
    disconnect() {
      observer.disconnect();
      batch = null;
    },
  };
}
