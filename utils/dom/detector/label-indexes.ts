/**
 * Each tree's `<label for>` elements by the id they name, kept between the
 * detector's incremental passes (see ReadContext): built from the whole tree the
 * first time a pass needs it, then kept up to date from added nodes.
 */
import { indexLabels, type LabelsByFor } from '../read-context';

const MAX_LABEL_INDEX = 20000;

export interface LabelIndexes {
  /** The index of the tree `root` (document or shadow root). */
  of(root: Node): LabelsByFor;
  /** Labels added in (or at) `scope`; an index not built yet is built from the whole tree later. */
  noteAdded(scope: Element): void;
  /**
   * The page removed these subtrees: drop their `<label for>`s from the indexes of the
   * trees in `roots`. A label kept there keeps its whole removed form alive (its
   * ancestors, the fields, their listeners) until a later label names the same id, which
   * a page that renders its form in other markup may never do. Costs the labels removed,
   * not the index.
   */
  dropRemoved(removed: Iterable<Element>, roots: Iterable<Node>): void;
  /** A tree found since: its index is built when needed. */
  forget(root: Node): void;
  clear(): void;
}

export function createLabelIndexes(): LabelIndexes {
  // Weakly: a shadow root whose host left the page goes with its index.
  let byRoot = new WeakMap<Node, LabelsByFor>();
  return {
    of(root) {
      let index = byRoot.get(root);
      if (!index) {
        index = new Map();
        indexLabels(root as ParentNode, index);
        // Only a document's or a shadow root's index is kept: a control the page removed while a
        // pass was reading has a removed subtree as its root, which is read once and let go.
        if (root.nodeType === 9 || root.nodeType === 11) byRoot.set(root, index);
      }
      return index;
    },
    noteAdded(scope) {
      const root = scope.getRootNode();
      const index = byRoot.get(root);
      if (!index) return;
      indexLabels(scope, index);
      // Regenerated ids leave keys behind: past a bound, rebuild from the page when next needed.
      if (index.size > MAX_LABEL_INDEX) byRoot.delete(root);
    },
    dropRemoved(removed, roots) {
      for (const subtree of removed) {
        if (subtree.isConnected) continue; // moved, not removed
        const inside = subtree.querySelectorAll('label[for]');
        const labels = subtree.localName === 'label' ? [subtree, ...inside] : inside;
        for (const label of labels) {
          const id = (label as HTMLLabelElement).htmlFor;
          if (!id) continue;
          for (const root of roots) {
            const index = byRoot.get(root);
            const list = index?.get(id);
            const at = list ? list.indexOf(label) : -1;
            if (!index || !list || at < 0) continue;
            list.splice(at, 1);
            if (list.length === 0) index.delete(id);
          }
        }
      }
    },
    forget: (root) => void byRoot.delete(root),
    clear: () => {
      byRoot = new WeakMap();
    },
  };
}
