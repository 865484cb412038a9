/**
 * Match a page's fields to pack items: the page side. Reads host-binding
 * selectors, names/ids and question texts from the DOM and hands them to the
 * pure matching of rules/match-controls.ts (selector → name/id pattern → label
 * text, exact then approximate).
 *
 * `matchField` costs a few map lookups per field; `resolveMatches` turns every
 * field's candidate items into one field per item (see `resolveClaims`).
 */
import type { CompiledPack, MatchRule } from '../../rules/compiled-pack';
import {
  approximateMatch, createPackMatcher, matchText, resolveClaims, RULE_RANK,
  type MatchMemo, type PackMatcher, type PackMatcherOptions, type TextMatch,
} from '../../rules/match-controls';
import { matchName } from '../../rules/match-names';
import { EMPTY, NO_MATCH, screenLabel } from '../../rules/screen-label';
import type { FieldMatch } from '../messages';
import { answerForm, CANDIDATE_QUERY, controlKind, isNativeControl } from './control-kinds';
import type { Field } from './list-form-controls';
import type { ReadContext } from './read-context';
import { endQuestionVisit, visitQuestionTexts, visitStemOfTakenRow, type QuestionSource } from './read-field-label';
import { tidyText } from './read-text';
import { chipText, isChoiceChip } from './choice-chips';
import { readsAsItemOptions, readsAsSomeItemOptions } from '../../rules/item-option-words';

export { createMatchMemo, type MatchMemo, type PackMatcher } from '../../rules/match-controls';

/** One pack item found on the page: the field's controls, by which rule, from which text. */
export interface ControlMatch extends FieldMatch {
  /** The field's first control (a radio group's first option): where the overlay anchors. */
  control: Element;
  /** Every control answering this item: all options of a group, all parts of a date. */
  controls: readonly Element[];
  /** A stem over rows the pack also names: its controls answer their rows' items too. */
  shared?: boolean;
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
  /** A stem over the field's row: answered by this field without taking it from its own item (`resolveClaims`). */
  shared?: boolean;
}

/** A field and its candidate items, as the detector keeps them between passes. */
export interface FieldEntry {
  field: Field;
  hits: FieldHit[];
  /** The question text the field showed first, if any: listed when the field ends with no item (utils/dom/unmatched-questions.ts). */
  question?: string;
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

const MAX_CANDIDATE_TEXTS = 8;
/** Approximate matching looks at a field's first texts (own label, then its context), not at every hint. */
const MAX_APPROXIMATE_TEXTS = 3;

/** Whether this browser can use `selector` (a selector it refuses would break the joined list). */
function browserAccepts(probe: ParentNode): (selector: string) => boolean {
  return (selector) => {
    try {
      probe.querySelector(selector);
      return true;
    } catch {
      return false;
    }
  };
}

/** `createPackMatcher`, keeping only the host-binding selectors this page's browser can parse. */
export function createPagePackMatcher(pack: CompiledPack, options: Omit<PackMatcherOptions, 'selectorIsValid'> & { document?: Document } = {}): PackMatcher {
  const doc = options.document ?? (typeof document !== 'undefined' ? document : null);
  return createPackMatcher(pack, { threshold: options.threshold, selectorIsValid: doc ? browserAccepts(doc.createDocumentFragment()) : undefined });
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
  const chipTexts = field.kind === 'radio' && !isNativeControl(first) && isChoiceChip(first) ? field.controls.map(chipText) : null;
  // A row of buttons or links whose words are no item's options ("Edit" "Delete" "View" in every row of a
  // case list, a pager): no item can take it (keepChipOptionItems), so its question is never read.
  if (chipTexts && !readsAsSomeItemOptions(matcher.pack.items, chipTexts)) {
    takeShownQuestion();
    return;
  }
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
  if (out.length <= start) labelHits(field, matcher, pass, out);
  if (chipTexts) keepChipOptionItems(chipTexts, matcher, out, start);
}

/**
 * A row of plain buttons is a question's options only for an item whose options
 * its words are: "Save" "Print" "Next" under a question stay a toolbar. A row no
 * item claims is not listed as an unmatched question either (it may be actions).
 */
function keepChipOptionItems(texts: readonly string[], matcher: PackMatcher, out: FieldHit[], start: number): void {
  let kept = start;
  for (let i = start; i < out.length; i++) {
    const hit = out[i] as FieldHit;
    const item = matcher.pack.items[hit.item];
    if (item && readsAsItemOptions(item, texts)) out[kept++] = hit;
  }
  out.length = kept;
  if (kept === start) takeShownQuestion();
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
/** The first text the current field offered (its question as the page shows it), for `takeShownQuestion`. */
let shownQuestion = '';

/**
 * The question text the last field matched by label showed first ('' when it showed
 * none), then forgotten: what the detector keeps for a field that matched no item
 * (utils/dom/unmatched-questions.ts), at no cost to the scan beyond one assignment.
 */
export function takeShownQuestion(): string {
  const text = shownQuestion;
  shownQuestion = '';
  return text;
}

function visitText(text: string, source: QuestionSource, from: Node | null): boolean {
  const matcher = currentMatcher as PackMatcher;
  const screening = screenLabel(text, matcher.labels.screen);
  if (screening === EMPTY) return false;
  if (shownQuestion === '') shownQuestion = text;
  if (screening === NO_MATCH) return ++offered >= MAX_CANDIDATE_TEXTS;
  const match = matchText(currentMemo as MatchMemo, matcher, text);
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

/** The stem question above a matched row: a shared hit, exact or else approximate. */
function visitStemText(text: string, source: QuestionSource, from: Node | null): boolean {
  const matcher = currentMatcher as PackMatcher;
  const screening = screenLabel(text, matcher.labels.screen);
  if (screening === EMPTY || screening === NO_MATCH) return true;
  const match = matchText(currentMemo as MatchMemo, matcher, text);
  if (match.normalized === '') return true;
  const base = { text, from, source, shared: true };
  if (match.exact) {
    for (const item of match.exact) currentOut.push({ ...base, item, rule: 'label-exact', rank: RULE_RANK['label-exact'], score: 1 });
  } else {
    const best = approximateMatch(match, matcher, 'choice');
    if (best) currentOut.push({ ...base, item: best.item, rule: 'label-approximate', rank: RULE_RANK['label-approximate'], score: best.score });
  }
  return true;
}

function labelHits(field: Field, matcher: PackMatcher, pass: MatchPass, out: FieldHit[]): void {
  pending.length = 0;
  shownQuestion = '';
  offered = 0;
  currentMatcher = matcher;
  currentMemo = pass.memo;
  currentOut = out;
  found = false;
  try {
    visitQuestionTexts(field, pass.ctx, visitText);
    if (found) {
      // A row of a stem question, matched by its row label: the stem's item is found over the rows too.
      if (field.kind !== 'text') visitStemOfTakenRow(pass.ctx, visitStemText);
      return;
    }
    // Approximate matching on the most authoritative texts only (the first MAX_APPROXIMATE_TEXTS offered).
    const form = pending.length > 0 ? answerForm(field.kind, field.controls[0] as Element) : undefined;
    for (const candidate of pending) {
      const best = approximateMatch(candidate.match, matcher, form);
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
    endQuestionVisit();
    currentMatcher = null;
    currentMemo = null;
    currentOut = [];
    pending.length = 0;
  }
}

/**
 * One field per item and one item per field (`resolveClaims`), as the page's
 * matches in scan order. `before` says whether one control comes before another
 * in the document (scan order when not given).
 */
export function resolveMatches(
  entries: Iterable<FieldEntry>,
  matcher: PackMatcher,
  before: (a: Element, b: Element) => boolean = () => false,
): ControlMatch[] {
  return resolveClaims<Element, Field, FieldHit>(entries, before).map(({ item, hit, controls, shared }) => ({
    itemId: matcher.pack.items[item]?.id ?? '',
    rule: hit.rule,
    matchedText: (hit.shown ??= hit.rule === 'selector' || hit.rule === 'name' ? hit.text : tidyText(hit.text)),
    control: controls[0] as Element,
    controls,
    ...(shared && { shared }),
  }));
}
