/**
 * Match a page's fields to pack items, in priority order:
 *   host-binding CSS selector → name/id pattern → label text (exact, then approximate).
 *
 * `createPackMatcher(pack)` precomputes everything once per pack (label map,
 * word index, name-pattern index, validated selectors); `matchField` then costs a
 * few map lookups per field. `resolveMatches` turns every field's candidate items
 * into one field per item: the strongest rule wins, then the earlier field, and
 * fields that reached the same item through the same legend, row header or
 * selector are one group (date parts, checkboxes with different names under one
 * legend).
 */
import type { CompiledPack, MatchRule } from './compiled-pack';
import type { FieldMatch } from '../utils/messages';
import { normalizeLabel } from '../utils/normalize-text';
import { visitQuestionTexts, type QuestionSource } from '../utils/dom/read-field-label';
import type { ReadContext } from '../utils/dom/read-context';
import { CANDIDATE_QUERY, controlKind, isNativeControl } from '../utils/dom/control-kinds';
import type { Field } from '../utils/dom/list-form-controls';
import { tidyText } from '../utils/dom/read-text';
import { APPROX_THRESHOLD, bestApproximate, buildLabelIndex, type ApproximateMatch, type LabelIndex } from './match-label';
import { buildNameIndex, matchName, type NameIndex } from './match-names';
import { EMPTY, NO_MATCH, screenLabel } from './screen-label';

/** One pack item found on the page: the field's controls, by which rule, from which text. */
export interface ControlMatch extends FieldMatch {
  /** The field's first control (a radio group's first option): where the overlay anchors. */
  control: Element;
  /** Every control answering this item: all options of a group, all parts of a date. */
  controls: readonly Element[];
}

/** A candidate item for one field. */
export interface FieldHit {
  item: number;
  rule: MatchRule;
  /** Sort key: rule first, then how authoritative the text's source was. Lower wins. */
  rank: number;
  score: number;
  /** The text, selector or name that matched. */
  text: string;
  /** Where the text came from: fields sharing it and its item are one group. */
  from: Node | null;
  source?: QuestionSource;
  /** `text` as reported (white space collapsed), worked out once. */
  shown?: string;
}

export interface PackMatcher {
  pack: CompiledPack;
  labels: LabelIndex;
  names: NameIndex;
  /** Valid host-binding selectors, per item in pack order. */
  selectors: { item: number; selector: string }[];
  /** All of them as one selector list, or '' when the pack has none. */
  joinedSelector: string;
  threshold: number;
}

const RULE_RANK: Record<MatchRule, number> = { selector: 0, name: 100, 'label-exact': 200, 'label-approximate': 300 };
const MAX_CANDIDATE_TEXTS = 8;
/** Approximate matching looks at a field's first texts (own label, then its context), not at every hint. */
const MAX_APPROXIMATE_TEXTS = 3;

function validSelector(selector: string, probe: ParentNode | null): boolean {
  if (!selector.trim()) return false;
  if (!probe) return true;
  try {
    probe.querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** Build the per-pack indexes. Done once, when the pack arrives, never per scan. */
export function createPackMatcher(pack: CompiledPack, options: { threshold?: number; probe?: ParentNode | null } = {}): PackMatcher {
  const probe =
    options.probe !== undefined ? options.probe : typeof document !== 'undefined' ? document.createDocumentFragment() : null;
  const labels: { item: number; text: string }[] = [];
  const patterns: { item: number; pattern: CompiledPack['items'][number]['locators']['namePatterns'][number] }[] = [];
  const selectors: { item: number; selector: string }[] = [];
  pack.items.forEach((item, i) => {
    const locators = item.locators;
    for (const selector of locators?.selectors ?? []) if (validSelector(selector, probe)) selectors.push({ item: i, selector });
    for (const pattern of locators?.namePatterns ?? []) patterns.push({ item: i, pattern });
    // Already normalised by the compiler, the official question (what most host pages show) included;
    // normalising again could strip a second number ("3.2 18 or over" → "or over").
    for (const label of locators?.labels ?? []) labels.push({ item: i, text: label });
  });
  return {
    pack,
    labels: buildLabelIndex(labels),
    names: buildNameIndex(patterns),
    selectors,
    joinedSelector: selectors.map((s) => s.selector).join(','),
    threshold: options.threshold ?? APPROX_THRESHOLD,
  };
}

/** What a text matched, remembered for the detector's lifetime (texts repeat: "Yes", "Comments", re-renders). */
interface TextMatch {
  normalized: string;
  exact: number[] | undefined;
  /** undefined: not computed yet; null: nothing close enough. */
  approximate?: ApproximateMatch | null;
}

/** Per-detector memory of texts already matched; bounded. */
export interface MatchMemo {
  texts: Map<string, TextMatch>;
}

const MEMO_LIMIT = 20000;

export function createMatchMemo(): MatchMemo {
  return { texts: new Map() };
}

/** One pass of matching (a full scan, or an incremental re-scan). */
export interface MatchPass {
  ctx: ReadContext;
  memo: MatchMemo;
  /**
   * Selector hits found up front for a whole root (`findSelectorTargets`); when
   * absent, each field looks for an enclosing selector match itself.
   */
  selected?: Map<Element, FieldHit[]>;
}

/**
 * The candidate items of one field, appended to `out`: selector and name hits,
 * then the first label text that matches exactly, else the best approximate
 * match among its first texts. Label texts are not read when a selector or name
 * already decided.
 */
export function matchField(field: Field, matcher: PackMatcher, pass: MatchPass, out: FieldHit[]): void {
  const start = out.length;
  const first = field.controls[0];
  if (!first) return;
  if (matcher.selectors.length > 0) {
    if (pass.selected) {
      for (const control of field.controls) {
        const hits = pass.selected.get(control);
        if (hits) for (const hit of hits) if (!out.some((h) => h.item === hit.item)) out.push(hit);
      }
    } else {
      selectorHits(field, matcher, out);
    }
  }
  if (matcher.names.size > 0) nameHits(first, matcher, out);
  if (out.length > start) return;
  labelHits(field, matcher, pass, out);
}

const SIMPLE_ID = /^#[A-Za-z_][\w-]*$/;

/**
 * Every control of `root` that a host-binding selector picks, directly or as a
 * control inside a picked container: one query for the whole root instead of one
 * per field. `#id` selectors are looked up by id.
 */
export function findSelectorTargets(root: Document | ShadowRoot, matcher: PackMatcher, out: Map<Element, FieldHit[]>): void {
  if (matcher.selectors.length === 0) return;
  const add = (el: Element, item: number, rank: number, selector: string) => {
    const hit: FieldHit = { item, rule: 'selector', rank: RULE_RANK.selector + Math.min(rank, 99), score: 1, text: selector, from: el };
    const targets = controlKind(el) !== null ? [el] : Array.from(el.querySelectorAll(CANDIDATE_QUERY)).filter((c) => controlKind(c) !== null);
    for (const target of targets.slice(0, 64)) {
      const list = out.get(target);
      if (!list) out.set(target, [hit]);
      else if (!list.some((h) => h.item === item)) list.push(hit);
    }
  };
  const complex: { item: number; selector: string; rank: number }[] = [];
  matcher.selectors.forEach(({ item, selector }, rank) => {
    if (SIMPLE_ID.test(selector)) {
      const el = root.getElementById(selector.slice(1));
      if (el) add(el, item, rank, selector);
    } else {
      complex.push({ item, selector, rank });
    }
  });
  if (complex.length === 0) return;
  let found: NodeListOf<Element>;
  try {
    found = root.querySelectorAll(complex.map((c) => c.selector).join(','));
  } catch {
    return;
  }
  for (let i = 0; i < found.length; i++) {
    const el = found[i] as Element;
    for (const { item, selector, rank } of complex) if (el.matches(selector)) add(el, item, rank, selector);
  }
}

function selectorHits(field: Field, matcher: PackMatcher, out: FieldHit[]): void {
  for (const control of field.controls) {
    let container: Element | null;
    try {
      container = control.closest(matcher.joinedSelector);
    } catch {
      return;
    }
    if (!container) continue;
    matcher.selectors.forEach(({ item, selector }, rank) => {
      if (container.matches(selector) && !out.some((hit) => hit.item === item)) {
        out.push({ item, rule: 'selector', rank: RULE_RANK.selector + Math.min(rank, 99), score: 1, text: selector, from: container });
      }
    });
    return;
  }
}

const nameScratch: number[] = [];

function nameHits(control: Element, matcher: PackMatcher, out: FieldHit[]): void {
  for (let a = 0; a < 2; a++) {
    // The reflected properties are quicker to read than getAttribute (and '' when absent).
    const value = a === 1 ? control.id : isNativeControl(control) ? control.name : control.getAttribute('name');
    if (!value) continue;
    nameScratch.length = 0;
    matchName(matcher.names, value, nameScratch);
    for (const item of nameScratch) {
      if (!out.some((hit) => hit.item === item)) out.push({ item, rule: 'name', rank: RULE_RANK.name, score: 1, text: value, from: null });
    }
  }
}

// The visitor below is one function for all fields (no closure per field); it works on this state.
interface Pending {
  match: TextMatch;
  text: string;
  from: Node | null;
  source: QuestionSource;
  /** How many texts were offered before it (its rank among the field's texts). */
  position: number;
}
const pending: Pending[] = [];
/** Texts offered for the current field that did not match exactly (screened out ones included). */
let offered = 0;
let currentMatcher: PackMatcher | null = null;
let currentMemo: MatchMemo | null = null;
let currentOut: FieldHit[] = [];
let found = false;

function textMatch(text: string): TextMatch {
  const memo = currentMemo as MatchMemo;
  let match = memo.texts.get(text);
  if (match === undefined) {
    const normalized = normalizeLabel(text);
    match = { normalized, exact: normalized ? (currentMatcher as PackMatcher).labels.exact.get(normalized) : undefined };
    if (memo.texts.size >= MEMO_LIMIT) memo.texts.clear();
    memo.texts.set(text, match);
  }
  return match;
}

function visitText(text: string, source: QuestionSource, from: Node | null): boolean {
  const screening = screenLabel(text, (currentMatcher as PackMatcher).labels.screen);
  if (screening === EMPTY) return false;
  if (screening === NO_MATCH) return ++offered >= MAX_CANDIDATE_TEXTS;
  const match = textMatch(text);
  if (match.normalized === '') return false;
  if (match.exact) {
    const rank = RULE_RANK['label-exact'] + offered;
    for (const item of match.exact) currentOut.push({ item, rule: 'label-exact', rank, score: 1, text, from, source });
    found = true;
    return true;
  }
  if (offered < MAX_APPROXIMATE_TEXTS) pending.push({ match, text, from, source, position: offered });
  return ++offered >= MAX_CANDIDATE_TEXTS;
}

function labelHits(field: Field, matcher: PackMatcher, pass: MatchPass, out: FieldHit[]): void {
  pending.length = 0;
  offered = 0;
  currentMatcher = matcher;
  currentMemo = pass.memo;
  currentOut = out;
  found = false;
  try {
    visitQuestionTexts(field, pass.ctx, visitText);
    if (found) return;
    // Approximate matching on the most authoritative texts only (the first MAX_APPROXIMATE_TEXTS offered).
    for (const candidate of pending) {
      let best = candidate.match.approximate;
      if (best === undefined) {
        best = bestApproximate(matcher.labels, candidate.match.normalized, matcher.threshold);
        candidate.match.approximate = best;
      }
      if (best) {
        out.push({
          item: best.item,
          rule: 'label-approximate',
          rank: RULE_RANK['label-approximate'] + candidate.position,
          score: best.score,
          text: candidate.text,
          from: candidate.from,
          source: candidate.source,
        });
        return;
      }
    }
  } finally {
    currentMatcher = null;
    currentMemo = null;
    currentOut = [];
    pending.length = 0;
  }
}

/** A field and its candidate items, as the detector keeps them between passes. */
export interface FieldEntry {
  field: Field;
  hits: FieldHit[];
}

interface Claim {
  field: Field;
  hit: FieldHit;
  controls: Element[];
  /** Fields that wanted this item just as strongly (duplicate labels): settled by document order. */
  rivals?: Field[];
}

/**
 * One field per item and one item per field. Strongest rule first, then the more
 * authoritative text source, then the higher score; between equally strong
 * fields (two fields labelled "Comments") the earlier in the document wins, as
 * judged by `before` (scan order when not given). Returns the matches in scan order.
 */
export function resolveMatches(
  entries: Iterable<FieldEntry>,
  matcher: PackMatcher,
  before: (a: Element, b: Element) => boolean = () => false,
): ControlMatch[] {
  const all: { field: Field; hit: FieldHit }[] = [];
  for (const { field, hits } of entries) for (const hit of hits) all.push({ field, hit });
  all.sort((a, b) => a.hit.rank - b.hit.rank || b.hit.score - a.hit.score || a.field.order - b.field.order);
  const claims = new Map<number, Claim>();
  const taken = new Set<Field>();
  for (const { field, hit } of all) {
    if (taken.has(field)) continue;
    const claim = claims.get(hit.item);
    if (!claim) {
      claims.set(hit.item, { field, hit, controls: field.controls.slice() });
      taken.add(field);
    } else if (hit.from !== null && hit.from === claim.hit.from) {
      for (const control of field.controls) claim.controls.push(control);
      taken.add(field);
    } else if (hit.rank === claim.hit.rank && hit.score === claim.hit.score) {
      (claim.rivals ??= []).push(field);
    }
  }
  // Equal rivals: the first in the document keeps the item, however the fields were (re-)read.
  for (const claim of claims.values()) {
    if (!claim.rivals) continue;
    for (const rival of claim.rivals) {
      if (taken.has(rival) || claim.controls.length !== claim.field.controls.length) continue;
      if (before(rival.controls[0] as Element, claim.field.controls[0] as Element)) {
        taken.delete(claim.field);
        taken.add(rival);
        claim.field = rival;
        claim.controls = rival.controls.slice();
      }
    }
  }
  const ordered = [...claims.entries()].sort((a, b) => a[1].field.order - b[1].field.order);
  return ordered.map(([item, claim]) => ({
    itemId: matcher.pack.items[item]?.id ?? '',
    rule: claim.hit.rule,
    matchedText: (claim.hit.shown ??= claim.hit.rule === 'selector' || claim.hit.rule === 'name' ? claim.hit.text : tidyText(claim.hit.text)),
    control: claim.controls[0] as Element,
    controls: claim.controls,
  }));
}
