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
import type { Field } from '../utils/dom/list-form-controls';
import { tidyText } from '../utils/dom/read-text';
import { APPROX_THRESHOLD, bestApproximate, buildLabelIndex, type LabelIndex } from './match-label';
import { buildNameIndex, matchName, type NameIndex } from './match-names';

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
    for (const label of locators?.labels ?? []) labels.push({ item: i, text: normalizeLabel(label) });
    // The official question text is what most host pages show.
    for (const text of Object.values(item.question ?? {})) labels.push({ item: i, text: normalizeLabel(text) });
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

/**
 * The candidate items of one field, appended to `out`: selector and name hits,
 * then the first label text that matches exactly, else the best approximate
 * match among its texts. Label texts are not read when a selector or name
 * already decided.
 */
export function matchField(field: Field, matcher: PackMatcher, ctx: ReadContext, out: FieldHit[]): void {
  const start = out.length;
  const first = field.controls[0];
  if (!first) return;
  if (matcher.joinedSelector) selectorHits(field, matcher, out);
  if (matcher.names.size > 0) nameHits(first, matcher, out);
  if (out.length > start) return;
  labelHits(field, matcher, ctx, out);
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
  for (const attribute of ['name', 'id'] as const) {
    const value = control.getAttribute(attribute);
    if (!value) continue;
    nameScratch.length = 0;
    matchName(matcher.names, value, nameScratch);
    for (const item of nameScratch) {
      if (!out.some((hit) => hit.item === item)) out.push({ item, rule: 'name', rank: RULE_RANK.name, score: 1, text: value, from: null });
    }
  }
}

// Reused across fields: the visitor below is allocated once, not per field.
const pending: { normalized: string; text: string; from: Node | null; source: QuestionSource }[] = [];
let current: { matcher: PackMatcher; out: FieldHit[]; found: boolean } | null = null;

function visitText(text: string, source: QuestionSource, from: Node | null): boolean {
  const state = current as { matcher: PackMatcher; out: FieldHit[]; found: boolean };
  const normalized = normalizeLabel(text);
  if (normalized === '') return false;
  const items = state.matcher.labels.exact.get(normalized);
  if (items) {
    const rank = RULE_RANK['label-exact'] + pending.length;
    for (const item of items) state.out.push({ item, rule: 'label-exact', rank, score: 1, text, from, source });
    state.found = true;
    return true;
  }
  pending.push({ normalized, text, from, source });
  return pending.length >= MAX_CANDIDATE_TEXTS;
}

function labelHits(field: Field, matcher: PackMatcher, ctx: ReadContext, out: FieldHit[]): void {
  pending.length = 0;
  current = { matcher, out, found: false };
  try {
    visitQuestionTexts(field, ctx, visitText);
    if (current.found) return;
    for (let i = 0; i < pending.length; i++) {
      const candidate = pending[i] as (typeof pending)[number];
      const best = bestApproximate(matcher.labels, candidate.normalized, matcher.threshold);
      if (best) {
        out.push({
          item: best.item,
          rule: 'label-approximate',
          rank: RULE_RANK['label-approximate'] + i,
          score: best.score,
          text: candidate.text,
          from: candidate.from,
          source: candidate.source,
        });
        return;
      }
    }
  } finally {
    current = null;
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
}

/**
 * One field per item and one item per field. Strongest rule first, then the more
 * authoritative text source, then the higher score, then the earlier field.
 * Returns the matches in document (scan) order.
 */
export function resolveMatches(entries: Iterable<FieldEntry>, matcher: PackMatcher): ControlMatch[] {
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
    }
  }
  const ordered = [...claims.entries()].sort((a, b) => a[1].field.order - b[1].field.order);
  return ordered.map(([item, claim]) => ({
    itemId: matcher.pack.items[item]?.id ?? '',
    rule: claim.hit.rule,
    matchedText: claim.hit.rule === 'selector' || claim.hit.rule === 'name' ? claim.hit.text : tidyText(claim.hit.text),
    control: claim.controls[0] as Element,
    controls: claim.controls,
  }));
}
