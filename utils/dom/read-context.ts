/**
 * Per-pass caches for reading question texts: a legend, a table row header or a
 * group label is shared by many controls, so it is read once per pass. A context
 * lives for one scan or one incremental re-scan and is then dropped, so it never
 * holds stale text or keeps removed nodes alive.
 */
import { CONTROL_QUERY } from './control-kinds';
import { readText } from './read-text';

export interface ReadContext {
  /** Bounded text of an element, cached for this pass. */
  text(el: Element): string;
  /** Whether `el` contains (or is) a form control: such an element belongs to another field. */
  holdsControl(el: Element): boolean;
  /** `getElementById` in the tree (document or shadow root) that holds `from`. */
  byId(from: Node, id: string): Element | null;
  /** A <label for=id> for a custom widget (not labelable natively), within its root. */
  labelForId(from: Node, id: string): Element | null;
}

export function createReadContext(): ReadContext {
  const texts = new Map<Element, string>();
  const holds = new Map<Element, boolean>();
  const labelsByRoot = new Map<Node, Map<string, Element>>();
  return {
    text(el) {
      let text = texts.get(el);
      if (text === undefined) {
        text = readText(el);
        texts.set(el, text);
      }
      return text;
    },
    holdsControl(el) {
      let result = holds.get(el);
      if (result === undefined) {
        result = el.matches(CONTROL_QUERY) || el.querySelector(CONTROL_QUERY) !== null;
        holds.set(el, result);
      }
      return result;
    },
    byId(from, id) {
      const root = from.getRootNode() as Document | ShadowRoot;
      return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
    },
    labelForId(from, id) {
      const root = from.getRootNode() as ParentNode & Node;
      let labels = labelsByRoot.get(root);
      if (!labels) {
        labels = new Map();
        for (const label of Array.from(root.querySelectorAll('label[for]'))) {
          const target = label.getAttribute('for') ?? '';
          if (target && !labels.has(target)) labels.set(target, label);
        }
        labelsByRoot.set(root, labels);
      }
      return labels.get(id) ?? null;
    },
  };
}
