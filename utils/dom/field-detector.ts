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
import { controlKind } from './control-kinds';
import { createFieldCollector, type Field } from './list-form-controls';
import {
  createMatchMemo, createPagePackMatcher, matchField, resolveMatches,
  type ControlMatch, type FieldEntry, type FieldHit, type MatchPass, type PackMatcher,
} from './match-fields';
import { observeChanges, type ChangeObserver } from './observe-changes';
import { createReadContext, labelsByQuery } from './read-context';
import { createShadowRootOpener, type ShadowRootOpener } from './shadow-roots';
import { affectedControls, groupSiblings, MAX_INCREMENTAL_FIELDS, type DetectorTrees, type Root } from './detector/affected-controls';
import { composedOrder, documentOrder } from './detector/document-order';
import { createFieldEntries } from './detector/field-entries';
import { createLabelIndexes } from './detector/label-indexes';
import { watchLateCustomElements } from './detector/late-custom-elements';
import { scanPage } from './detector/scan-page';
import { yieldToPage } from './detector/yield-to-page';
import { listUnmatchedQuestions, unmatchedQuestionSteps } from './unmatched-questions';
import type { UnmatchedQuestions } from '../../rules/question-like';

export type { ControlMatch } from './match-fields';

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
  /**
   * Called after a scan or a pass that read fields (found, re-read or lost), matched or not:
   * what `unmatchedQuestions` lists may have changed though the matches did not.
   */
  onFieldsChange(listener: () => void): () => void;
  /**
   * The fields that look like questions and matched no item (utils/dom/unmatched-questions.ts):
   * the first `limit` in page order, and how many in all. Worked out when asked, from what the
   * last scan and passes kept; never part of a scan.
   */
  unmatchedQuestions(limit?: number): UnmatchedQuestions;
  /**
   * The same, worked out in slices of `sliceMs` that yield to the page between them (what a report
   * uses). Null when a newer call started meanwhile, or the detector stopped: the listing let go of
   * the fields it held (a page replacing its form keeps no old form alive through it).
   */
  findUnmatchedQuestions(limit?: number): Promise<UnmatchedQuestions | null>;
  /**
   * The match for a control the detector has not caught up with yet (the page
   * re-created the field the adviser is in), read on its own now: its field alone
   * is read and matched, in about the time of one field, whatever the size of the
   * page or of its pending changes, which follow at idle time in slices. Provisional:
   * the next published matches that include the control are the detector's verdict
   * (`onChange`). Undefined when the control matches no item, or a pass gave its
   * field none (or the detector is stopped).
   */
  matchNow(element: Element): ControlMatch | undefined;
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
  /**
   * Fields read inside the page's own event handling (`matchNow`, `flush`): their
   * cost lands in the page's task, so a page re-rendering its form on every focus
   * move should cost one field per move.
   */
  fieldsReadAtOnce: number;
}

const MIN_PASS_INTERVAL_MS = 50;
const RELAYOUT_DELAY_MS = 150;
const MIN_FULL_SCAN_INTERVAL_MS = 1000;
const MAX_FULL_SCAN_INTERVAL_MS = 16000;
/** Publications in a row that may wait for the next pass because the page removed fields meanwhile. */
const MAX_HELD_BACK_PUBLICATIONS = 3;

const hasRemovedControl = (match: ControlMatch): boolean => match.controls.some((control) => !control.isConnected);

export function createFieldDetector(options: FieldDetectorOptions): FieldDetector {
  const doc = options.document ?? document;
  const view = doc.defaultView ?? (globalThis as unknown as Window);
  const matcher = 'labels' in options.pack ? options.pack : createPagePackMatcher(options.pack, { document: doc });
  const openShadowRoot = options.openShadowRoot ?? createShadowRootOpener();
  const sliceMs = options.sliceMs ?? 8;
  const idleTimeoutMs = options.idleTimeoutMs ?? 250;
  const onError = options.onError ?? (() => {});
  const now = () => view.performance?.now() ?? Date.now();

  const entries = createFieldEntries(matcher);
  const roots = new Set<Root>();
  const order = { value: 0 };
  /** How many fields the last full scan numbered: higher numbers came later. */
  let scannedFields = 0;

  let current: ControlMatch[] = [];
  let byItem = new Map<string, ControlMatch>();
  let byControl = new WeakMap<Element, ControlMatch>();
  /** Controls read on their own since the last publication (`matchNow`), weakly: a replaced form is not kept. */
  let readAlone = new WeakMap<Element, ControlMatch | null>();
  const listeners = new Set<(matches: readonly ControlMatch[]) => void>();
  const fieldListeners = new Set<() => void>();
  /** Texts already matched, for this detector's lifetime. */
  const memo = createMatchMemo();

  let stopped = false;
  let scanning = false;
  /** Counts `findUnmatchedQuestions` calls: an older one still in slices gives up. */
  let listings = 0;
  let generation = 0;
  let passScheduled = false;
  let lastPass = -Infinity;
  let lastFullScan = -Infinity;
  let fullScanInterval = MIN_FULL_SCAN_INTERVAL_MS;
  const stats: DetectorStats = { fields: 0, roots: 0, fullScans: 0, incrementalPasses: 0, lastPassFields: 0, longestWorkMs: 0, fieldsReadAtOnce: 0 };
  const timed = <T>(work: () => T): T => {
    const start = now();
    try {
      return work();
    } finally {
      stats.longestWorkMs = Math.max(stats.longestWorkMs, now() - start);
    }
  };

  const observer: ChangeObserver | null = options.observe === false ? null : observeChanges(() => schedulePass());
  const trees: DetectorTrees = {
    entries,
    roots,
    labels: createLabelIndexes(),
    lateElements: watchLateCustomElements(view, openShadowRoot, () => schedulePass()),
    openShadowRoot,
    observeRoot(root) {
      if (roots.has(root)) return;
      roots.add(root);
      observer?.observe(root);
    },
  };

  // ---- publishing ---------------------------------------------------------------------------

  function publish(next: ControlMatch[]) {
    if (sameMatches(current, next)) return;
    current = next;
    byItem = new Map(next.map((m) => [m.itemId, m]));
    byControl = new WeakMap();
    readAlone = new WeakMap();
    for (const match of next) if (!match.shared) for (const control of match.controls) byControl.set(control, match);
    // A stem over named rows: each row's control stays its row's (the card the adviser is on).
    for (const match of next) if (match.shared) for (const control of match.controls) if (!byControl.has(control)) byControl.set(control, match);
    for (const listener of [...listeners]) {
      try {
        listener(current);
      } catch (error) {
        onError(error);
      }
    }
  }

  /** Every control of the published matches: a field with candidates but none of these lost them all. */
  function answeredControls(): Set<Element> {
    const answered = new Set<Element>();
    for (const match of current) for (const control of match.controls) answered.add(control);
    return answered;
  }

  /** Publications held back in a row because the page replaced fields while they were read. */
  let heldBack = 0;

  function resolveAndPublish() {
    let next = resolveMatches(entries.withHits, matcher, shownBefore);
    // The page removed some of these controls while a scan or pass yielded to it: publishing them
    // would take the card and markers off the fields for one pass, then put them back (a flicker on
    // a loaded machine). The observer holds the removal, and the pass that follows publishes the
    // form as it is. A page that replaces its form faster than any pass ends gets, after a few
    // held back, the matches still in the document.
    if (next.some(hasRemovedControl)) {
      if (heldBack < MAX_HELD_BACK_PUBLICATIONS) {
        heldBack++;
        return;
      }
      next = next.filter((match) => !hasRemovedControl(match));
    }
    heldBack = 0;
    // Scan order is document order within one tree as scanned; fields in shadow roots and
    // fields added since were numbered after it: put every match where the adviser sees it.
    // Controls already published keep their known relative order; only new ones are compared.
    if (roots.size > 1 || (order.value > scannedFields && next.some((m) => (entries.entryOf(m.control)?.field.order ?? 0) >= scannedFields))) {
      const rank = new Map<Element, number>();
      current.forEach((m, i) => rank.set(m.control, i));
      next.sort((a, b) => {
        const ra = rank.get(a.control);
        const rb = rank.get(b.control);
        return ra !== undefined && rb !== undefined ? ra - rb : composedOrder(a.control, b.control);
      });
    }
    publish(next);
    for (const listener of [...fieldListeners]) {
      try {
        listener();
      } catch (error) {
        onError(error);
      }
    }
  }

  // A narrow-screen copy of the form shown instead of the wide one: which copy is rendered
  // changes with the window's size, and with it which field an item is.
  let relayoutTimer = 0;
  const onResize = () => {
    view.clearTimeout(relayoutTimer);
    relayoutTimer = view.setTimeout(() => {
      if (!stopped && !scanning) timed(resolveAndPublish);
    }, RELAYOUT_DELAY_MS);
  };
  if (options.observe !== false) view.addEventListener('resize', onResize, { passive: true });

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

  function* scanSteps(slice: { end: number }): Generator<void, void, void> {
    // Observe first, so nothing that changes while we scan slips through.
    observer?.take();
    entries.clear();
    order.value = 0;
    trees.lateElements.clear();
    trees.labels.clear();
    // One read context for the whole scan: texts that change meanwhile are re-read by the
    // incremental pass that follows (the observer has recorded them).
    const pass = { ctx: createReadContext({ noteIdRefs: entries.noteIdRefs }), memo, selected: new Map<Element, FieldHit[]>() };
    yield* scanPage(doc, trees, matcher, pass, order, () => sliceMs !== Infinity && now() >= slice.end);
    scannedFields = order.value;
    stats.fields = entries.all.size;
    stats.roots = roots.size;
    resolveAndPublish();
  }

  // ---- incremental passes ---------------------------------------------------------------------

  function schedulePass() {
    if (passScheduled || stopped) return;
    passScheduled = true;
    const wait = Math.max(0, lastPass + MIN_PASS_INTERVAL_MS - now());
    const run = () => {
      passScheduled = false;
      if (stopped) return;
      if (scanning || passing) return; // the scan or the pass in progress reschedules when done
      startPass();
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

  /**
   * The incremental pass in progress: like the full scan, it yields to the page
   * whenever its slice is used up, so a library rendering hundreds of controls at
   * once never makes a long task.
   */
  let passing: { steps: Generator<void, boolean, void>; slice: { end: number }; generation: number } | null = null;

  function startPass() {
    const slice = { end: now() + sliceMs };
    passing = { steps: passSteps(slice), slice, generation };
    continuePass();
  }

  function continuePass() {
    const current = passing;
    if (!current) return;
    let step: IteratorResult<void, boolean>;
    try {
      step = timed(() => current.steps.next());
    } catch (error) {
      passing = null;
      onError(error);
      return;
    }
    if (step.done) {
      passing = null;
      if (!stopped) schedulePass(); // changes made while the pass ran are followed now
      return;
    }
    void yieldToPage(view).then(() => {
      if (passing !== current) return;
      if (stopped || current.generation !== generation) {
        current.steps.return(false);
        passing = null;
        return;
      }
      current.slice.end = now() + sliceMs;
      continuePass();
    });
  }

  /** Finish the pass in progress, and follow the changes pending, now. True if there was anything to do. */
  function passNow(): boolean {
    let did = false;
    if (passing) {
      const current = passing;
      current.slice.end = Infinity;
      while (!current.steps.next().done);
      passing = null;
      did = true;
    }
    const steps = passSteps({ end: Infinity });
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value || did;
  }

  /** Follow one batch of changes, yielding when the slice is used up. Returns whether there was anything to do. */
  function* passSteps(slice: { end: number }): Generator<void, boolean, void> {
    const mustYield = () => sliceMs !== Infinity && slice.end !== Infinity && now() >= slice.end;
    let batch = observer?.take() ?? null;
    const upgraded = trees.lateElements.takeUpgraded();
    if (upgraded.length > 0) {
      batch ??= { added: new Set(), touched: new Set(), removed: false, removedElements: new Set(), overflow: false };
      for (const host of upgraded) batch.added.add(host);
    }
    if (!batch) return false;
    lastPass = now();
    stats.incrementalPasses++;
    if (batch.overflow) {
      scheduleFullScan();
      return true;
    }
    const removedBefore = entries.all.size;
    const affected = affectedControls(batch, trees);
    const lostFields = entries.all.size < removedBefore;
    if (affected === null) {
      scheduleFullScan();
      return true;
    }
    const pass: MatchPass = { ctx: createReadContext({ labelsFor: trees.labels.of, noteIdRefs: entries.noteIdRefs }), memo };
    // Rebuild every field an affected control belongs to, with all its (remaining) options.
    const stale = new Set<FieldEntry>();
    for (const control of affected) {
      const entry = entries.entryOf(control);
      if (entry) stale.add(entry);
    }
    for (const entry of stale) {
      entries.remove(entry);
      for (const control of entry.field.controls) if (control.isConnected) affected.add(control);
    }
    // New options of an existing group: the whole group is re-read.
    for (const control of [...affected]) {
      const kind = controlKind(control);
      if (kind === 'radio' || kind === 'checkbox') {
        for (const sibling of groupSiblings(control)) {
          const entry = entries.entryOf(sibling);
          if (entry && !stale.has(entry)) {
            stale.add(entry);
            entries.remove(entry);
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
    if (mustYield()) yield;
    const sorted = [...affected].filter((c) => c.isConnected).sort(documentOrder);
    const fields: Field[] = [];
    const collect = createFieldCollector(fields, entries.groups, order);
    for (let i = 0; i < sorted.length; i++) {
      collect(sorted[i] as Element);
      if ((i & 127) === 127 && mustYield()) yield;
    }
    // A field read again keeps its place; only new controls are numbered anew.
    const previousOrder = new Map<Element, number>();
    for (const entry of stale) previousOrder.set(entry.field.controls[0] as Element, entry.field.order);
    if (mustYield()) yield;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as Field;
      // Removed by the page while this pass yielded: the removal's own record takes it away.
      if (!(field.controls[0] as Element).isConnected) continue;
      const kept = previousOrder.get(field.controls[0] as Element);
      if (kept !== undefined) field.order = kept;
      entries.add(field, pass);
      if ((i & 15) === 15 && mustYield()) yield;
    }
    stats.fields = entries.all.size;
    stats.roots = roots.size;
    stats.lastPassFields = fields.length;
    if (lostFields || stale.size > 0 || fields.length > 0) resolveAndPublish();
    return true;
  }

  // ---- one field on its own ------------------------------------------------------------------

  /** `matchNow`: the field of `element` read and matched alone, not recorded (the pending pass records it). */
  function matchAlone(element: Element): ControlMatch | undefined {
    const kind = controlKind(element);
    if (kind === null || !element.isConnected) return undefined;
    const fields: Field[] = [];
    // A group index and numbering of its own: reading one field must not change what the pass finds.
    const collect = createFieldCollector(fields, new WeakMap(), { value: 0 });
    const group = kind === 'radio' || kind === 'checkbox' ? groupSiblings(element) : [];
    for (const control of group.length > 0 ? group : [element]) collect(control);
    const field = fields.find((f) => f.controls.includes(element));
    if (!field) return undefined;
    stats.fieldsReadAtOnce++;
    const hits: FieldHit[] = [];
    matchField(field, matcher, { ctx: createReadContext({ labelsFor: labelsByQuery }), memo }, hits);
    return hits.length > 0 ? resolveMatches([{ field, hits }], matcher)[0] : undefined;
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
    matchNow(element) {
      const known = byControl.get(element);
      // Read by a pass already and given no item: that is the detector's verdict.
      if (known || stopped || entries.entryOf(element)) return known;
      let alone = readAlone.get(element);
      if (alone === undefined) {
        try {
          alone = timed(() => matchAlone(element)) ?? null;
        } catch (error) {
          onError(error);
          alone = null;
        }
        readAlone.set(element, alone);
      }
      return alone ?? undefined;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onFieldsChange(listener) {
      fieldListeners.add(listener);
      return () => fieldListeners.delete(listener);
    },
    unmatchedQuestions: (limit) => listUnmatchedQuestions(entries.all, matcher, answeredControls(), limit),
    async findUnmatchedQuestions(limit) {
      const mine = ++listings;
      const slice = { end: now() + sliceMs };
      const steps = unmatchedQuestionSteps(entries.all, matcher, answeredControls(), limit, () => sliceMs !== Infinity && now() >= slice.end);
      for (;;) {
        const step = timed(() => steps.next());
        if (step.done) return step.value;
        await yieldToPage(view);
        if (mine !== listings || stopped) {
          steps.return({ total: 0, questions: [] });
          return null;
        }
        slice.end = now() + sliceMs;
      }
    },
    flush() {
      if (scanning || stopped) return false;
      try {
        const before = stats.incrementalPasses;
        const did = timed(passNow);
        if (stats.incrementalPasses > before) stats.fieldsReadAtOnce += stats.lastPassFields;
        return did;
      } catch (error) {
        passing = null;
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
      trees.lateElements.stop();
      view.removeEventListener('resize', onResize);
      view.clearTimeout(relayoutTimer);
      generation++;
      observer?.disconnect();
      listeners.clear();
      fieldListeners.clear();
    },
    stats: () => ({ ...stats }),
  };
}

/**
 * Between two fields that match an item equally well (two copies of a form, two
 * fields labelled "Comments"): the one the page renders wins, then the earlier
 * in the document.
 */
function shownBefore(a: Element, b: Element): boolean {
  const shownA = a.getClientRects().length > 0;
  const shownB = b.getClientRects().length > 0;
  if (shownA !== shownB) return shownA;
  return composedOrder(a, b) < 0;
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
