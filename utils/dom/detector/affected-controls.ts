/**
 * Which controls an incremental pass must re-read after a batch of DOM changes:
 * controls added (also inside new shadow roots), fields whose controls left the
 * page, and the fields around changed text (a label, a legend, a row header, an
 * aria-labelledby target). Bounded: a batch that would touch too many fields
 * asks for a (sliced) full re-scan instead.
 */
import { chipRow } from '../choice-chips';
import { CANDIDATE_QUERY, controlKind, isOverlayHost } from '../control-kinds';
import type { FieldEntry } from '../match-fields';
import type { ChangeBatch } from '../observe-changes';
import { cssEscape } from '../read-context';
import { collectShadowRoots, type ShadowRootOpener } from '../shadow-roots';
import type { FieldEntries } from './field-entries';
import type { LabelIndexes } from './label-indexes';
import type { LateCustomElements } from './late-custom-elements';

/** Re-read at most this many fields per incremental pass; beyond it a sliced full re-scan is cheaper. */
export const MAX_INCREMENTAL_FIELDS = 1500;
/** Controls re-read around one changed node (a table, a big container): bounded. */
const MAX_CONTROLS_PER_TOUCH = 40;

export type Root = Document | ShadowRoot;

/** What the detector knows that finding the affected controls needs (and updates). */
export interface DetectorTrees {
  entries: FieldEntries;
  roots: Set<Root>;
  labels: LabelIndexes;
  lateElements: LateCustomElements;
  openShadowRoot: ShadowRootOpener;
  /** Start following changes in a newly found tree. */
  observeRoot(root: Root): void;
}

/**
 * The controls to re-read for a batch, or null when a full re-scan is cheaper.
 * Fields that left the page are removed from `trees.entries` on the way.
 */
export function affectedControls(batch: ChangeBatch, trees: DetectorTrees): Set<Element> | null {
  const { entries, roots, labels, openShadowRoot } = trees;
  const affected = new Set<Element>();
  const addControl = (el: Element) => {
    if (controlKind(el) !== null) affected.add(el);
  };
  const addControlsOf = (root: ParentNode) => {
    const controls = root.querySelectorAll(CANDIDATE_QUERY);
    for (let i = 0; i < controls.length; i++) addControl(controls[i] as Element);
  };
  const adoptRoot = (root: ShadowRoot) => {
    trees.observeRoot(root);
    labels.forget(root);
    addControlsOf(root);
  };
  const dropIfGone = (entry: FieldEntry | undefined) => {
    if (!entry || !entries.all.has(entry)) return;
    const controls = entry.field.controls;
    let gone = false;
    for (const control of controls) if (!control.isConnected) gone = true;
    if (!gone) return;
    entries.remove(entry);
    for (const control of controls) if (control.isConnected) affected.add(control);
  };
  if (batch.removed) {
    // The fields inside removed subtrees (looked up there, not by checking every field)…
    let sweep = false;
    for (const el of batch.removedElements) {
      if (el.isConnected) continue; // moved, not removed: it was added again too
      dropIfGone(entries.entryOf(el));
      const inside = el.querySelectorAll(CANDIDATE_QUERY);
      for (let i = 0; i < inside.length; i++) dropIfGone(entries.entryOf(inside[i] as Element));
    }
    // …and, when a shadow host went (its shadow root's fields are not in its light subtree), every field.
    for (const root of roots) {
      if (root.nodeType === 11 && !(root as ShadowRoot).host.isConnected) {
        sweep = true;
        roots.delete(root);
      }
    }
    if (sweep) for (const entry of [...entries.all]) dropIfGone(entry);
    labels.dropRemoved(batch.removedElements, roots);
    trees.lateElements.dropRemoved();
  }
  const touched = new Set<Node>(batch.touched);
  for (const el of batch.added) {
    if (!el.isConnected || isOverlayHost(el)) continue;
    if (el.localName === 'label' || el.firstElementChild) labels.noteAdded(el);
    const before = affected.size;
    addControl(el);
    addControlsOf(el);
    if (affected.size > MAX_INCREMENTAL_FIELDS) return null;
    if (el.firstElementChild) {
      const found: ShadowRoot[] = [];
      collectShadowRoots(el, openShadowRoot, found);
      for (const root of found) if (!roots.has(root)) adoptRoot(root);
    } else {
      const root = openShadowRoot(el);
      if (root && !roots.has(root)) {
        adoptRoot(root);
        const nested: ShadowRoot[] = [];
        collectShadowRoots(root, openShadowRoot, nested);
        for (const inner of nested) adoptRoot(inner);
      }
    }
    // New text (a question rendered after its field, a label added): re-read the fields around it.
    if (affected.size === before && el.parentNode) touched.add(el.parentNode);
    if (el.localName.includes('-') || el.firstElementChild) trees.lateElements.note(el.parentNode ?? el);
  }
  for (const node of touched) {
    const el = (node.nodeType === 1 ? node : node.parentNode) as Element | null;
    if (!el || el.nodeType !== 1 || !el.isConnected) continue;
    addControl(el);
    const label = el.closest('label') as HTMLLabelElement | null;
    if (label) {
      if (label === el) labels.noteAdded(label); // its `for` may have changed
      if (label.control) affected.add(label.control);
    }
    // Fields that name this node (or an ancestor) in aria-labelledby / aria-describedby.
    let up: Element | null = el;
    for (let depth = 0; up && depth < 5; depth++, up = up.parentElement) {
      const id = up.id;
      const readers = id ? entries.readersOf(id) : undefined;
      if (readers) for (const entry of readers) if (entries.all.has(entry)) for (const c of entry.field.controls) affected.add(c);
    }
    // The nearest enclosing block that holds controls: its fields may read this text.
    // (Not above <form> or <body>: a change there would mean re-reading the whole page.)
    let scope: Element | null = el;
    for (let depth = 0; scope && depth < 4; depth++, scope = scope.parentElement) {
      if (scope.localName === 'body' || scope.localName === 'html' || (depth > 0 && scope.localName === 'form')) break;
      if (scope.querySelector(CANDIDATE_QUERY) === null) continue;
      const inside = scope.querySelectorAll(CANDIDATE_QUERY);
      let count = 0;
      for (let i = 0; i < inside.length && count < MAX_CONTROLS_PER_TOUCH; i++) {
        const c = inside[i] as Element;
        if (controlKind(c) !== null) {
          affected.add(c);
          count++;
        }
      }
      if (count > 0) break;
    }
    if (affected.size > MAX_INCREMENTAL_FIELDS) return null;
  }
  return affected;
}

/** Other options of the same radio (by name) or checkbox group, or of a chip row, including `control`. */
export function groupSiblings(control: Element): Element[] {
  const input = control as HTMLInputElement;
  if (control.localName !== 'input') return chipRow(control);
  if (!input.name) return [];
  const scope: ParentNode = input.form ?? (control.getRootNode() as ParentNode);
  const all = scope.querySelectorAll(`input[name="${cssEscape(input.name)}"]`);
  const out: Element[] = [];
  for (let i = 0; i < all.length && i < 200; i++) if ((all[i] as HTMLInputElement).type === input.type) out.push(all[i] as Element);
  return out;
}
