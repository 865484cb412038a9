/**
 * Per-pass caches for reading question texts: a legend, a table row header or a
 * group label is shared by many controls, so it is read once per pass. A context
 * lives for one scan or one incremental re-scan and is then dropped, so it never
 * holds stale text or keeps removed nodes alive.
 */
import { CANDIDATE_QUERY, controlKind } from './control-kinds';
import { readText } from './read-text';

export interface ReadContext {
  /** Bounded text of an element, cached for this pass. */
  text(el: Element): string;
  /** Whether `el` contains (or is) a form control: such an element belongs to another field. */
  holdsControl(el: Element): boolean;
  /** `getElementById` in the tree (document or shadow root) that holds `from`. */
  byId(from: Node, id: string): Element | null;
  /**
   * The <label>s of a control: `for` pointing at it or wrapping it. Not
   * `control.labels`: Chromium answers that by walking the whole document for
   * each control, quadratic on a big form. One pass over the root's labels
   * instead, built the first time a control of that root asks.
   */
  labelsOf(control: Element): readonly Element[];
  /** A <label for=id> for a custom widget (not labelable natively), within its root. */
  labelForId(from: Node, id: string): Element | null;
  /** Called with each aria-labelledby / aria-describedby value read. */
  noteIdRefs(ids: string): void;
  /** The tree's `<label for>` index this pass built (for the detector to keep). */
  labelIndexOf(root: Node): LabelsByFor;
  /**
   * Index a tree's labels ahead of reading, a `count` at a time (a big page is
   * indexed in slices); the returned step says when it is done.
   */
  indexLabelsOf(root: Document | ShadowRoot): (count: number) => boolean;
  /**
   * Say that the fields read next all sit in `root` (whose labels were indexed),
   * so finding a control's labels need not ask each control for its root; null
   * to stop.
   */
  readingIn(root: Node | null): void;
}

interface RootLabels {
  byControl: Map<Element, Element[]>;
  byFor: LabelsByFor | null;
}

const NONE: readonly Element[] = [];

/** Whether `el` is or contains a control. The broad candidate query is cheap; the few hits are checked. */
export function holdsControl(el: Element): boolean {
  // Most elements asked about are text (a cell, a label, a heading): one native match rules
  // them out before controlKind's attribute reads.
  if (el.matches(CANDIDATE_QUERY) && controlKind(el) !== null) return true;
  const first = el.querySelector(CANDIDATE_QUERY);
  if (first === null) return false;
  if (controlKind(first) !== null) return true;
  const all = el.querySelectorAll(CANDIDATE_QUERY);
  for (let i = 1; i < all.length && i < 64; i++) if (controlKind(all[i] as Element) !== null) return true;
  return false;
}

/** `<label for>` elements of one tree by the id they name; kept by the detector between passes. */
export type LabelsByFor = Map<string, Element[]>;

/** Where a reading finds the `<label for>` elements that name an id, in one tree. */
export interface LabelLookup {
  get(id: string): readonly Element[] | undefined;
}

/**
 * The labels naming an id, asked of the tree each time: for reading one field on
 * its own, where indexing every label of the tree would cost more than the field.
 */
export function labelsByQuery(root: Node): LabelLookup {
  const scope = root as Partial<ParentNode>;
  return {
    get(id) {
      const found = scope.querySelectorAll?.(`label[for="${cssEscape(id)}"]`);
      return found && found.length > 0 ? Array.from(found) : undefined;
    },
  };
}

/** `CSS.escape` where the browser has it (not in every test DOM). */
export function cssEscape(value: string): string {
  const css = (globalThis as { CSS?: { escape?: (v: string) => string } }).CSS;
  return css?.escape ? css.escape(value) : value.replace(/["\\]/g, '\\$&');
}

/** Add the labels in (and at) `scope` to `index`. */
export function indexLabels(scope: ParentNode, index: LabelsByFor): void {
  const add = (label: Element) => {
    const target = (label as HTMLLabelElement).htmlFor;
    if (!target) return;
    const list = index.get(target);
    if (!list) {
      index.set(target, [label]);
    } else if (!list.includes(label)) {
      // A page that re-renders its labels forever must not grow the index forever.
      for (let i = list.length - 1; i >= 0; i--) if (!(list[i] as Element).isConnected) list.splice(i, 1);
      list.push(label);
    }
  };
  if ((scope as Element).localName === 'label') add(scope as Element);
  const labels = scope.querySelectorAll('label[for]');
  for (let i = 0; i < labels.length; i++) add(labels[i] as Element);
}

export interface ReadContextOptions {
  /**
   * For a pass over a few fields (an incremental re-scan): find labels through
   * these persistent per-tree indexes and `closest('label')`, instead of a pass
   * over every label of the tree.
   */
  labelsFor?: (root: Node) => LabelLookup | undefined;
  /** Told the id list of every aria-labelledby / aria-describedby read (the detector watches those ids). */
  noteIdRefs?: (ids: string) => void;
}

export function createReadContext(options: ReadContextOptions = {}): ReadContext {
  const texts = new Map<Element, string>();
  const holds = new Map<Element, boolean>();
  const labelsFor = options.labelsFor;
  const labelsByRoot = new Map<Node, RootLabels>();
  let scope: RootLabels | null = null;
  let scopeRoot: (Document | ShadowRoot) | null = null;
  /** Index `labels[from…to)` of a tree into `into`: which control each labels. */
  const indexRange = (labels: NodeListOf<HTMLLabelElement>, from: number, to: number, into: RootLabels) => {
    for (let i = from; i < to && i < labels.length; i++) {
      const label = labels[i] as HTMLLabelElement;
      const control = label.control;
      if (control) {
        const list = into.byControl.get(control);
        if (list) list.push(label);
        else into.byControl.set(control, [label]);
      }
    }
  };
  const rootLabels = (from: Node): RootLabels => {
    const root = from.getRootNode() as ParentNode & Node;
    let labels = labelsByRoot.get(root);
    if (!labels) {
      labels = { byControl: new Map(), byFor: null };
      indexRange(root.querySelectorAll('label'), 0, Infinity, labels);
      labelsByRoot.set(root, labels);
    }
    return labels;
  };
  /** The `<label for>` index of a tree, built when first asked (custom widgets, incremental passes). */
  const byFor = (from: Node): LabelsByFor => {
    const labels = rootLabels(from);
    if (!labels.byFor) {
      labels.byFor = new Map();
      indexLabels(from.getRootNode() as ParentNode, labels.byFor);
    }
    return labels.byFor;
  };
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
        result = holdsControl(el);
        holds.set(el, result);
      }
      return result;
    },
    byId(from, id) {
      const root = scopeRoot ?? (from.getRootNode() as Document | ShadowRoot);
      return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
    },
    labelsOf(control) {
      if (!labelsFor) return (scope ?? rootLabels(control)).byControl.get(control) ?? NONE;
      const found: Element[] = [];
      const id = control.id;
      const root = control.getRootNode();
      if (id) {
        for (const label of labelsFor(root)?.get(id) ?? NONE) {
          if (label.isConnected && (label as HTMLLabelElement).control === control) found.push(label);
        }
      }
      const wrapping = control.parentElement?.closest('label') as HTMLLabelElement | null | undefined;
      if (wrapping && wrapping.control === control && !found.includes(wrapping)) found.unshift(wrapping);
      return found.length > 0 ? found : NONE;
    },
    noteIdRefs: options.noteIdRefs ?? (() => {}),
    labelIndexOf(root) {
      return byFor(root);
    },
    indexLabelsOf(root) {
      const labels = root.querySelectorAll('label');
      const into: RootLabels = { byControl: new Map(), byFor: null };
      let at = 0;
      return (count) => {
        indexRange(labels, at, at + count, into);
        at += count;
        if (at < labels.length) return false;
        labelsByRoot.set(root, into);
        return true;
      };
    },
    readingIn(root) {
      scope = root ? rootLabels(root) : null;
      scopeRoot = root && typeof (root as Document).getElementById === 'function' ? (root as Document | ShadowRoot) : null;
    },
    labelForId(from, id) {
      if (!labelsFor) return byFor(from).get(id)?.[0] ?? null;
      for (const label of labelsFor(from.getRootNode())?.get(id) ?? NONE) if (label.isConnected) return label;
      return null;
    },
  };
}
