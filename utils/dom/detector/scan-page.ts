/**
 * The work of a full scan, as a generator that yields whenever its slice of
 * time is used up: the document's fields, then every shadow root's (open, and
 * closed where the browser lets an extension in), each tree's fields collected,
 * its labels indexed and its fields matched in small steps.
 */
import { CANDIDATE_QUERY, isOverlayHost } from '../control-kinds';
import { createFieldCollector, type Field } from '../list-form-controls';
import { findSelectorTargets, type MatchPass, type PackMatcher } from '../match-fields';
import { MAX_SHADOW_ROOTS } from '../shadow-roots';
import type { DetectorTrees, Root } from './affected-controls';

/**
 * Collect and match every field of `doc` and its shadow roots into `trees.entries`.
 * `mustYield` is asked every few steps; when true the generator yields and is
 * resumed in a later task. `order` numbers the fields in scan order.
 */
export function* scanPage(
  doc: Document,
  trees: DetectorTrees,
  matcher: PackMatcher,
  pass: MatchPass & { selected: NonNullable<MatchPass['selected']> },
  order: { value: number },
  mustYield: () => boolean,
): Generator<void, void, void> {
  /** Collect and match the fields of one tree. */
  function* scanTree(root: Root): Generator<void, void, void> {
    trees.observeRoot(root);
    findSelectorTargets(root, matcher, pass.selected);
    const candidates = root.querySelectorAll(CANDIDATE_QUERY);
    const fields: Field[] = [];
    const collect = createFieldCollector(fields, trees.entries.groups, order);
    for (let i = 0; i < candidates.length; i++) {
      collect(candidates[i] as Element);
      if ((i & 127) === 127 && mustYield()) yield;
    }
    const indexLabels = pass.ctx.indexLabelsOf(root);
    while (!indexLabels(256)) if (mustYield()) yield;
    pass.ctx.readingIn(root);
    for (let i = 0; i < fields.length; i++) {
      trees.entries.add(fields[i] as Field, pass);
      if ((i & 15) === 15 && mustYield()) yield;
    }
    pass.ctx.readingIn(null);
  }

  yield* scanTree(doc);
  // Shadow roots: every element is looked at, so the walk is sliced too; each root
  // found is scanned, then walked for roots inside it. The same walk notes the custom
  // elements not defined yet (whose roots come later): one visit of each element
  // instead of a walk and a `:not(:defined)` query over every tree.
  const pending: Node[] = [doc];
  let found = 0;
  while (pending.length > 0 && found < MAX_SHADOW_ROOTS) {
    const walker = doc.createTreeWalker(pending.shift() as Node, 1 /* NodeFilter.SHOW_ELEMENT */);
    let visited = 0;
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
      trees.lateElements.noteElement(el);
      const root = trees.openShadowRoot(el);
      if (root && !isOverlayHost(el)) {
        found++;
        yield* scanTree(root);
        pending.push(root);
      }
      if ((++visited & 511) === 0 && mustYield()) yield;
    }
  }
  // Trees scanned but left unwalked at the bound on roots: their late elements are noted all the same.
  for (const root of pending) trees.lateElements.note(root as ParentNode);
}
