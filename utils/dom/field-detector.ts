/**
 * The field detector: finds a pack's items on the host page and keeps up as the
 * page changes. This is the content script's hot path.
 *
 * - Initial scan: the document, its open shadow roots and (where the browser
 *   allows an extension) closed ones; fields matched in slices of `sliceMs`, so
 *   even 10,000 controls never make a long task.
 * - Changes: one MutationObserver; records are batched and processed at idle
 *   time, re-reading only the fields near what changed. A batch too large to
 *   follow becomes a sliced full re-scan, rate-limited so a page that re-renders
 *   forever cannot keep detection busy.
 * - Read-only: never writes to the host DOM, never throws into it.
 *
 * Usage (content script, overlay):
 *   const detector = createFieldDetector({ pack });
 *   await detector.ready;
 *   detector.matches();                 // ControlMatch[] in document order
 *   detector.matchForControl(el);       // which item a focused element answers
 *   const off = detector.onChange((matches) => …);
 */
import type { CompiledPack } from '../../rules/compiled-pack';
import {
  createMatchMemo, createPackMatcher, findSelectorTargets, matchField, resolveMatches,
  type ControlMatch, type FieldEntry, type FieldHit, type MatchPass, type PackMatcher,
} from '../../rules/match-controls';
import { CANDIDATE_QUERY, controlKind, OVERLAY_TAG } from './control-kinds';
import { addFields, createFieldCollector, forgetGroup, type Field, type GroupIndex } from './list-form-controls';
import { observeChanges, type ChangeBatch, type ChangeObserver } from './observe-changes';
import { createReadContext, indexLabels, type LabelsByFor } from './read-context';
import { collectShadowRoots, createShadowRootOpener, MAX_SHADOW_ROOTS, type ShadowRootOpener } from './shadow-roots';

export type { ControlMatch } from '../../rules/match-controls';

export interface FieldDetectorOptions {
  /** The compiled pack, or a matcher built from it once (`createPackMatcher`). */
  pack: CompiledPack | PackMatcher;
  document?: Document;
  /** How to reach shadow roots; defaults to open roots plus the browser's closed-root API if any. */
  openShadowRoot?: ShadowRootOpener;
  /** Longest stretch of work before yielding to the page (ms). Infinity: never yield (benchmarks). */
  sliceMs?: number;
  /** Follow DOM changes (default true). */
  observe?: boolean;
  /** Longest wait for an idle moment before processing changes (ms). */
  idleTimeoutMs?: number;
  onError?: (error: unknown) => void;
}

export interface FieldDetector {
  /** Resolves when the initial scan is complete. */
  readonly ready: Promise<void>;
  /** The current matches, one per found item, in document order. */
  matches(): readonly ControlMatch[];
  matchForItem(itemId: string): ControlMatch | undefined;
  /** The match a control (any option of a group, any part of a date, a widget's inner input) belongs to. */
  matchForControl(element: Element): ControlMatch | undefined;
  /** Called whenever the matches change (items found, lost, or moved to a re-rendered control). */
  onChange(listener: (matches: readonly ControlMatch[]) => void): () => void;
  /** Process pending DOM changes now instead of at idle time. True if something was processed. */
  flush(): boolean;
  /** A full re-scan (sliced), e.g. after a client-side navigation. */
  rescan(): Promise<void>;
  stop(): void;
  /** Counters for tests and the benchmark. */
  stats(): DetectorStats;
}

export interface DetectorStats {
  fields: number;
  roots: number;
  fullScans: number;
  incrementalPasses: number;
  lastPassFields: number;
  /** The longest stretch of detection work without yielding to the page (ms): a scan slice or a pass. */
  longestWorkMs: number;
}

/** Re-read at most this many fields per incremental pass; beyond it a sliced full re-scan is cheaper. */
const MAX_INCREMENTAL_FIELDS = 1500;
/** Controls re-read around one changed node (a table, a big container): bounded. */
const MAX_CONTROLS_PER_TOUCH = 40;
const MIN_PASS_INTERVAL_MS = 50;
const MIN_FULL_SCAN_INTERVAL_MS = 1000;
const MAX_FULL_SCAN_INTERVAL_MS = 16000;
/** Undefined custom elements are re-checked after 0.5 s, 1 s, 2 s … up to this long after the last change. */
const UPGRADE_FIRST_CHECK_MS = 500;
const UPGRADE_LAST_CHECK_MS = 16000;
const MAX_UNDEFINED_HOSTS = 500;
const MAX_LABEL_INDEX = 20000;
const NO_HITS = Object.freeze([]) as unknown as FieldHit[];
/** Where `addEntry` collects a field's hits (it is not re-entrant). */
const hitScratch: FieldHit[] = [];

type Root = Document | ShadowRoot;

export function createFieldDetector(options: FieldDetectorOptions): FieldDetector {
  const doc = options.document ?? document;
  const view = doc.defaultView ?? (globalThis as unknown as Window);
  const matcher = 'labels' in options.pack ? options.pack : createPackMatcher(options.pack);
  const openShadowRoot = options.openShadowRoot ?? createShadowRootOpener();
  const sliceMs = options.sliceMs ?? 8;
  const idleTimeoutMs = options.idleTimeoutMs ?? 250;
  const onError = options.onError ?? (() => {});
  const now = () => view.performance?.now() ?? Date.now();

  let entries = new Set<FieldEntry>();
  /** The entries with candidate items: all resolution looks at. */
  let hitEntries = new Set<FieldEntry>();
  /** Control → its entry; built when first needed (an incremental pass), not by the initial scan. */
  let entryIndex: Map<Element, FieldEntry> | null = null;
  const entryOf = (control: Element): FieldEntry | undefined => {
    if (!entryIndex) {
      entryIndex = new Map();
      for (const entry of entries) for (const c of entry.field.controls) entryIndex.set(c, entry);
    }
    return entryIndex.get(control);
  };
  /** Each tree's <label for> elements by the id they name, kept between passes (see ReadContext). */
  const labelIndex = new Map<Node, LabelsByFor>();
  let groups: GroupIndex = new WeakMap();
  /** aria-labelledby / aria-describedby id → fields that read it. */
  let idRefs = new Map<string, Set<FieldEntry>>();
  const roots = new Set<Root>();
  const order = { value: 0 };
  /** How many fields the last full scan numbered: higher numbers came later. */
  let scannedFields = 0;

  /** Custom elements not yet defined: their shadow roots arrive when the page defines them. */
  const undefinedHosts = new Set<Element>();
  let upgradeTimer = 0;
  let upgradeDelay = UPGRADE_FIRST_CHECK_MS;
  /** Elements to treat as added in the next pass (hosts that were upgraded meanwhile). */
  const upgraded = new Set<Element>();

  let current: ControlMatch[] = [];
  let byItem = new Map<string, ControlMatch>();
  let byControl = new WeakMap<Element, ControlMatch>();
  const listeners = new Set<(matches: readonly ControlMatch[]) => void>();
  /** Texts already matched, for this detector's lifetime. */
  const memo = createMatchMemo();

  let stopped = false;
  let scanning = false;
  let generation = 0;
  let passScheduled = false;
  let lastPass = -Infinity;
  let lastFullScan = -Infinity;
  let fullScanInterval = MIN_FULL_SCAN_INTERVAL_MS;
  const stats: DetectorStats = { fields: 0, roots: 0, fullScans: 0, incrementalPasses: 0, lastPassFields: 0, longestWorkMs: 0 };
  const timed = <T>(work: () => T): T => {
    const start = now();
    try {
      return work();
    } finally {
      stats.longestWorkMs = Math.max(stats.longestWorkMs, now() - start);
    }
  };

  const observer: ChangeObserver | null = options.observe === false ? null : observeChanges(() => schedulePass());

  // ---- publishing ---------------------------------------------------------------------------

  function publish(next: ControlMatch[]) {
    if (sameMatches(current, next)) return;
    current = next;
    byItem = new Map(next.map((m) => [m.itemId, m]));
    byControl = new WeakMap();
    for (const match of next) for (const control of match.controls) byControl.set(control, match);
    for (const listener of [...listeners]) {
      try {
        listener(current);
      } catch (error) {
        onError(error);
      }
    }
  }

  function resolveAndPublish() {
    const next = resolveMatches(hitEntries, matcher, (a, b) => composedOrder(a, b) < 0);
    // Scan order is document order within one tree as scanned; fields in shadow roots and
    // fields added since were numbered after it: put every match where the adviser sees it.
    // Controls already published keep their known relative order; only new ones are compared.
    if (roots.size > 1 || (order.value > scannedFields && next.some((m) => (entryOf(m.control)?.field.order ?? 0) >= scannedFields))) {
      const rank = new Map<Element, number>();
      current.forEach((m, i) => rank.set(m.control, i));
      next.sort((a, b) => {
        const ra = rank.get(a.control);
        const rb = rank.get(b.control);
        return ra !== undefined && rb !== undefined ? ra - rb : composedOrder(a.control, b.control);
      });
    }
    publish(next);
  }

  // ---- bookkeeping of fields ------------------------------------------------------------------

  /** The entry being matched: aria-labelledby / aria-describedby ids its reading names are noted for it. */
  let matching: FieldEntry | null = null;
  /** The ids each entry was noted under, so removing the entry leaves no trace (ids are often regenerated). */
  const idsOf = new WeakMap<FieldEntry, string[]>();
  function noteIdRefs(ids: string) {
    if (!matching) return;
    let mine = idsOf.get(matching);
    if (!mine) idsOf.set(matching, (mine = []));
    for (const id of ids.split(/\s+/)) {
      if (!id) continue;
      let set = idRefs.get(id);
      if (!set) idRefs.set(id, (set = new Set()));
      set.add(matching);
      mine.push(id);
    }
  }

  function addEntry(field: Field, pass: MatchPass): FieldEntry {
    const entry: FieldEntry = { field, hits: NO_HITS };
    matching = entry;
    hitScratch.length = 0;
    try {
      matchField(field, matcher, pass, hitScratch);
    } finally {
      matching = null;
    }
    entries.add(entry);
    // Most fields match nothing: they share one empty list.
    if (hitScratch.length > 0) {
      entry.hits = hitScratch.slice();
      hitEntries.add(entry);
    }
    if (entryIndex) for (const control of field.controls) entryIndex.set(control, entry);
    return entry;
  }

  function removeEntry(entry: FieldEntry) {
    entries.delete(entry);
    hitEntries.delete(entry);
    for (const id of idsOf.get(entry) ?? []) {
      const set = idRefs.get(id);
      set?.delete(entry);
      if (set?.size === 0) idRefs.delete(id);
    }
    forgetGroup(entry.field, groups);
    if (entryIndex) for (const control of entry.field.controls) if (entryIndex.get(control) === entry) entryIndex.delete(control);
  }

  function observeRoot(root: Root) {
    if (roots.has(root)) return;
    roots.add(root);
    observer?.observe(root);
  }

  // ---- full scan -----------------------------------------------------------------------------

  /**
   * A full scan. Runs synchronously to the end when it fits in one slice (and
   * always with `sliceMs: Infinity`); otherwise yields to the page between slices.
   */
  function fullScan(): Promise<void> {
    const mine = ++generation;
    scanning = true;
    lastFullScan = now();
    stats.fullScans++;
    const slice = { end: now() + sliceMs };
    const steps = scanSteps(slice);
    const finish = () => {
      if (mine !== generation) return;
      scanning = false;
      if (!stopped) schedulePass(); // changes made while we scanned are followed now
    };
    const drive = (): Promise<void> => {
      try {
        if (timed(() => steps.next()).done) {
          finish();
          return Promise.resolve();
        }
      } catch (error) {
        if (mine === generation) scanning = false;
        return Promise.reject(error);
      }
      return yieldToPage(view).then(() => {
        if (mine !== generation || stopped) {
          steps.return(undefined);
          return;
        }
        slice.end = now() + sliceMs;
        return drive();
      });
    };
    return drive();
  }

  /** The scan's work; yields (to `fullScan`) whenever the slice is used up. */
  function* scanSteps(slice: { end: number }): Generator<void, void, void> {
    const mustYield = () => sliceMs !== Infinity && now() >= slice.end;
    // Observe first, so nothing that changes while we scan slips through.
    observer?.take();
    entries = new Set();
    hitEntries = new Set();
    entryIndex = null;
    idRefs = new Map();
    groups = new WeakMap();
    order.value = 0;
    undefinedHosts.clear();
    labelIndex.clear();
    // One read context for the whole scan: texts that change meanwhile are re-read by the
    // incremental pass that follows (the observer has recorded them).
    const selected = new Map<Element, FieldHit[]>();
    const pass: MatchPass = { ctx: createReadContext({ noteIdRefs }), memo, selected };

    /** Collect and match the fields of one tree. */
    function* scanTree(root: Root): Generator<void, void, void> {
      observeRoot(root);
      findSelectorTargets(root, matcher, selected);
      noteUndefined(root);
      const candidates = root.querySelectorAll(CANDIDATE_QUERY);
      const fields: Field[] = [];
      const collect = createFieldCollector(fields, groups, order);
      for (let i = 0; i < candidates.length; i++) {
        collect(candidates[i] as Element);
        if ((i & 127) === 127 && mustYield()) yield;
      }
      const indexLabels = pass.ctx.indexLabelsOf(root);
      while (!indexLabels(256)) if (mustYield()) yield;
      pass.ctx.readingIn(root);
      for (let i = 0; i < fields.length; i++) {
        addEntry(fields[i] as Field, pass);
        if ((i & 15) === 15 && mustYield()) yield;
      }
      pass.ctx.readingIn(null);
    }

    yield* scanTree(doc);
    // Shadow roots: every element is looked at, so the walk is sliced too; each root
    // found is scanned, then walked for roots inside it.
    const trees: Node[] = [doc];
    let found = 0;
    while (trees.length > 0 && found < MAX_SHADOW_ROOTS) {
      const walker = doc.createTreeWalker(trees.shift() as Node, 1 /* NodeFilter.SHOW_ELEMENT */);
      let visited = 0;
      for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
        const root = openShadowRoot(el);
        if (root && el.localName !== OVERLAY_TAG) {
          found++;
          yield* scanTree(root);
          trees.push(root);
        }
        if ((++visited & 511) === 0 && mustYield()) yield;
      }
    }
    scannedFields = order.value;
    stats.fields = entries.size;
    stats.roots = roots.size;
    resolveAndPublish();
  }

  // ---- custom elements defined late ------------------------------------------------------------

  function noteUndefined(scope: ParentNode) {
    let found: NodeListOf<Element>;
    try {
      found = scope.querySelectorAll(':not(:defined)');
    } catch {
      return;
    }
    for (let i = 0; i < found.length && undefinedHosts.size < MAX_UNDEFINED_HOSTS; i++) {
      const el = found[i] as Element;
      // Only custom elements (a hyphen in the name) get defined later; not our overlay.
      if (el.localName.includes('-') && el.localName !== OVERLAY_TAG) undefinedHosts.add(el);
    }
    if (undefinedHosts.size > 0 && !upgradeTimer) {
      upgradeDelay = UPGRADE_FIRST_CHECK_MS;
      upgradeTimer = view.setTimeout(checkUpgrades, upgradeDelay);
    }
  }

  function checkUpgrades() {
    upgradeTimer = 0;
    if (stopped) return;
    for (const host of undefinedHosts) {
      if (!host.isConnected) {
        undefinedHosts.delete(host);
      } else if (host.matches(':defined')) {
        undefinedHosts.delete(host);
        if (openShadowRoot(host)) upgraded.add(host);
      }
    }
    if (upgraded.size > 0) schedulePass();
    upgradeDelay *= 2;
    if (undefinedHosts.size > 0 && upgradeDelay <= UPGRADE_LAST_CHECK_MS) upgradeTimer = view.setTimeout(checkUpgrades, upgradeDelay);
  }

  // ---- incremental passes ---------------------------------------------------------------------

  function schedulePass() {
    if (passScheduled || stopped) return;
    passScheduled = true;
    const wait = Math.max(0, lastPass + MIN_PASS_INTERVAL_MS - now());
    const run = () => {
      passScheduled = false;
      if (stopped) return;
      if (scanning) return; // the scan reschedules when done
      try {
        timed(processBatch);
      } catch (error) {
        onError(error);
      }
    };
    const whenIdle = () => {
      const idle = (view as Window & { requestIdleCallback?: Window['requestIdleCallback'] }).requestIdleCallback;
      if (typeof idle === 'function') idle.call(view, run, { timeout: idleTimeoutMs });
      else view.setTimeout(run, 16);
    };
    if (wait > 0) view.setTimeout(whenIdle, wait);
    else whenIdle();
  }

  function scheduleFullScan() {
    const wait = Math.max(0, lastFullScan + fullScanInterval - now());
    // Full re-scans that keep coming back off exponentially: a page that re-renders forever.
    fullScanInterval = now() - lastFullScan < fullScanInterval * 2 ? Math.min(fullScanInterval * 2, MAX_FULL_SCAN_INTERVAL_MS) : MIN_FULL_SCAN_INTERVAL_MS;
    scanning = true;
    ++generation;
    view.setTimeout(() => {
      if (!stopped) fullScan().catch((error) => {
        scanning = false;
        onError(error);
      });
    }, wait);
  }

  /** Follow one batch of changes. Returns whether there was anything to do. */
  function processBatch(): boolean {
    let batch = observer?.take() ?? null;
    if (upgraded.size > 0) {
      batch ??= { added: new Set(), touched: new Set(), removed: false, removedElements: new Set(), overflow: false };
      for (const host of upgraded) batch.added.add(host);
      upgraded.clear();
    }
    if (!batch) return false;
    lastPass = now();
    stats.incrementalPasses++;
    if (batch.overflow) {
      scheduleFullScan();
      return true;
    }
    const removedBefore = entries.size;
    const affected = affectedControls(batch);
    const lostFields = entries.size < removedBefore;
    if (affected === null) {
      scheduleFullScan();
      return true;
    }
    const pass: MatchPass = { ctx: createReadContext({ labelsFor: labelIndexFor, noteIdRefs }), memo };
    // Rebuild every field an affected control belongs to, with all its (remaining) options.
    const stale = new Set<FieldEntry>();
    for (const control of affected) {
      const entry = entryOf(control);
      if (entry) stale.add(entry);
    }
    for (const entry of stale) {
      removeEntry(entry);
      for (const control of entry.field.controls) if (control.isConnected) affected.add(control);
    }
    // New options of an existing group: the whole group is re-read.
    for (const control of [...affected]) {
      const kind = controlKind(control);
      if (kind === 'radio' || kind === 'checkbox') {
        for (const sibling of groupSiblings(control)) {
          const entry = entryOf(sibling);
          if (entry && !stale.has(entry)) {
            stale.add(entry);
            removeEntry(entry);
            for (const c of entry.field.controls) if (c.isConnected) affected.add(c);
          }
          affected.add(sibling);
        }
      }
    }
    if (affected.size > MAX_INCREMENTAL_FIELDS) {
      scheduleFullScan();
      return true;
    }
    const sorted = [...affected].filter((c) => c.isConnected).sort(documentOrder);
    const fields: Field[] = [];
    addFields(sorted, fields, groups, order);
    // A field read again keeps its place; only new controls are numbered anew.
    const previousOrder = new Map<Element, number>();
    for (const entry of stale) previousOrder.set(entry.field.controls[0] as Element, entry.field.order);
    for (const field of fields) {
      const kept = previousOrder.get(field.controls[0] as Element);
      if (kept !== undefined) field.order = kept;
      addEntry(field, pass);
    }
    stats.fields = entries.size;
    stats.roots = roots.size;
    stats.lastPassFields = fields.length;
    if (lostFields || stale.size > 0 || fields.length > 0) resolveAndPublish();
    return true;
  }

  /** A tree's <label for> index, built the first time an incremental pass needs it, then kept up to date. */
  function labelIndexFor(root: Node): LabelsByFor {
    let index = labelIndex.get(root);
    if (!index) {
      index = new Map();
      indexLabels(root as ParentNode, index);
      labelIndex.set(root, index);
    }
    return index;
  }

  function indexNewRoot(root: ShadowRoot) {
    labelIndex.delete(root);
  }

  function noteLabels(scope: Element) {
    const root = scope.getRootNode();
    const index = labelIndex.get(root);
    if (!index) return; // (no index yet: it is built from the whole tree when needed)
    indexLabels(scope, index);
    // Regenerated ids leave keys behind: past a bound, rebuild from the page when next needed.
    if (index.size > MAX_LABEL_INDEX) labelIndex.delete(root);
  }

  /** The controls to re-read for a batch, or null when a full re-scan is cheaper. */
  function affectedControls(batch: ChangeBatch): Set<Element> | null {
    const affected = new Set<Element>();
    const addControl = (el: Element) => {
      if (controlKind(el) !== null) affected.add(el);
    };
    const dropIfGone = (entry: FieldEntry | undefined) => {
      if (!entry || !entries.has(entry)) return;
      const controls = entry.field.controls;
      let gone = false;
      for (const control of controls) if (!control.isConnected) gone = true;
      if (!gone) return;
      removeEntry(entry);
      for (const control of controls) if (control.isConnected) affected.add(control);
    };
    if (batch.removed) {
      // The fields inside removed subtrees (looked up there, not by checking every field)…
      let sweep = false;
      for (const el of batch.removedElements) {
        if (el.isConnected) continue; // moved, not removed: it was added again too
        dropIfGone(entryOf(el));
        const inside = el.querySelectorAll(CANDIDATE_QUERY);
        for (let i = 0; i < inside.length; i++) dropIfGone(entryOf(inside[i] as Element));
      }
      // …and, when a shadow host went (its shadow root's fields are not in its light subtree), every field.
      for (const root of roots) {
        if (root.nodeType === 11 && !(root as ShadowRoot).host.isConnected) {
          sweep = true;
          roots.delete(root);
        }
      }
      if (sweep) for (const entry of [...entries]) dropIfGone(entry);
    }
    const touched = new Set<Node>(batch.touched);
    for (const el of batch.added) {
      if (!el.isConnected || el.localName === OVERLAY_TAG) continue;
      if (el.localName === 'label' || el.firstElementChild) noteLabels(el);
      const before = affected.size;
      addControl(el);
      const inside = el.querySelectorAll(CANDIDATE_QUERY);
      for (let i = 0; i < inside.length; i++) addControl(inside[i] as Element);
      if (affected.size > MAX_INCREMENTAL_FIELDS) return null;
      if (el.firstElementChild) {
        const found: ShadowRoot[] = [];
        collectShadowRoots(el, openShadowRoot, found);
        for (const root of found) {
          if (roots.has(root)) continue;
          observeRoot(root);
          indexNewRoot(root);
          const controls = root.querySelectorAll(CANDIDATE_QUERY);
          for (let i = 0; i < controls.length; i++) addControl(controls[i] as Element);
        }
      } else if (openShadowRoot(el)) {
        const root = openShadowRoot(el) as ShadowRoot;
        if (!roots.has(root)) {
          observeRoot(root);
          indexNewRoot(root);
          const controls = root.querySelectorAll(CANDIDATE_QUERY);
          for (let i = 0; i < controls.length; i++) addControl(controls[i] as Element);
          const nested: ShadowRoot[] = [];
          collectShadowRoots(root, openShadowRoot, nested);
          for (const inner of nested) {
            observeRoot(inner);
            indexNewRoot(inner);
            const more = inner.querySelectorAll(CANDIDATE_QUERY);
            for (let i = 0; i < more.length; i++) addControl(more[i] as Element);
          }
        }
      }
      // New text (a question rendered after its field, a label added): re-read the fields around it.
      if (affected.size === before && el.parentNode) touched.add(el.parentNode);
      if (el.localName.includes('-') || el.firstElementChild) noteUndefined(el.parentNode ?? el);
    }
    for (const node of touched) {
      const el = (node.nodeType === 1 ? node : node.parentNode) as Element | null;
      if (!el || el.nodeType !== 1 || !el.isConnected) continue;
      addControl(el);
      const label = el.closest('label') as HTMLLabelElement | null;
      if (label) {
        if (label === el) noteLabels(label); // its `for` may have changed
        if (label.control) affected.add(label.control);
      }
      // Fields that name this node (or an ancestor) in aria-labelledby / aria-describedby.
      let up: Element | null = el;
      for (let depth = 0; up && depth < 5; depth++, up = up.parentElement) {
        const id = up.id;
        const readers = id ? idRefs.get(id) : undefined;
        if (readers) for (const entry of readers) if (entries.has(entry)) for (const c of entry.field.controls) affected.add(c);
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

  // ---- the API ---------------------------------------------------------------------------------

  const ready = fullScan().catch((error) => {
    scanning = false;
    onError(error);
  });

  return {
    ready,
    matches: () => current,
    matchForItem: (itemId) => byItem.get(itemId),
    matchForControl: (element) => byControl.get(element),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush() {
      if (scanning || stopped) return false;
      try {
        return processBatch();
      } catch (error) {
        onError(error);
        return false;
      }
    },
    rescan() {
      lastFullScan = -Infinity;
      return fullScan().catch(onError);
    },
    stop() {
      stopped = true;
      view.clearTimeout(upgradeTimer);
      generation++;
      observer?.disconnect();
      listeners.clear();
    },
    stats: () => ({ ...stats }),
  };
}

/** Other options of the same radio (by name) or checkbox group, including `control`. */
function groupSiblings(control: Element): Element[] {
  const input = control as HTMLInputElement;
  if (control.localName !== 'input' || !input.name) return [];
  const scope: ParentNode = input.form ?? (control.getRootNode() as ParentNode);
  const all = scope.querySelectorAll(`input[name="${cssEscape(input.name)}"]`);
  const out: Element[] = [];
  for (let i = 0; i < all.length && i < 200; i++) if ((all[i] as HTMLInputElement).type === input.type) out.push(all[i] as Element);
  return out;
}

function cssEscape(value: string): string {
  const css = (globalThis as { CSS?: { escape?: (v: string) => string } }).CSS;
  return css?.escape ? css.escape(value) : value.replace(/["\\]/g, '\\$&');
}

function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  const position = a.compareDocumentPosition(b);
  return position & 4 /* FOLLOWING */ ? -1 : position & 2 /* PRECEDING */ ? 1 : 0;
}

/** Document order across shadow roots: a shadow root's content sits where its host is. */
function composedOrder(a: Element, b: Element): number {
  const rootA = a.getRootNode();
  const rootB = b.getRootNode();
  if (rootA === rootB) return documentOrder(a, b);
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  // Walk down from the document while both chains share the same host.
  let i = chainA.length - 1;
  let j = chainB.length - 1;
  while (i > 0 && j > 0 && chainA[i] === chainB[j]) {
    i--;
    j--;
  }
  const x = chainA[i] as Element;
  const y = chainB[j] as Element;
  if (x === y) return i === 0 ? -1 : 1; // one is inside the other's shadow root: the host comes first
  return documentOrder(x, y);
}

/** The element, then each shadow host above it, up to one in the document. */
function hostChain(el: Element): Element[] {
  const chain: Element[] = [el];
  let root = el.getRootNode();
  for (let depth = 0; root.nodeType === 11 && (root as ShadowRoot).host && depth < 32; depth++) {
    const host: Element = (root as ShadowRoot).host;
    chain.push(host);
    root = host.getRootNode();
  }
  return chain;
}

function sameMatches(a: readonly ControlMatch[], b: readonly ControlMatch[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as ControlMatch;
    const y = b[i] as ControlMatch;
    if (x.itemId !== y.itemId || x.rule !== y.rule || x.matchedText !== y.matchedText || x.controls.length !== y.controls.length) return false;
    for (let j = 0; j < x.controls.length; j++) if (x.controls[j] !== y.controls[j]) return false;
  }
  return true;
}

/** Let the page run (input, rendering) between slices of work. */
function yieldToPage(view: Window): Promise<void> {
  const scheduler = (view as Window & { scheduler?: { postTask?: (cb: () => void, o?: object) => Promise<void> } }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: 'user-visible' });
  return new Promise((resolve) => view.setTimeout(resolve, 0));
}
