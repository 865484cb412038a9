/**
 * The pure side of matching a page's fields to pack items: no DOM here (the
 * page side, which reads selectors, names and question texts from the host page,
 * is utils/dom/match-fields.ts and uses this module, never the reverse).
 *
 * Priority order: host-binding CSS selector → name/id pattern → label text
 * (exact, then approximate).
 *
 * - `createPackMatcher(pack)` precomputes everything once per pack (label map,
 *   word index, name-pattern index, selectors);
 * - `matchText` / `approximateMatch` look a question text up, remembered per
 *   detector in a `MatchMemo` (texts repeat: "Yes", "Comments", re-renders);
 * - `resolveClaims` turns every field's candidate items into one field per item.
 */
import type { CompiledPack, MatchRule } from './compiled-pack';
import { normalizeLabel } from '../utils/normalize-text';
import { APPROX_THRESHOLD, bestApproximate, buildLabelIndex, type ApproximateMatch, type LabelIndex } from './match-label';
import { buildNameIndex, type NameIndex } from './match-names';

/**
 * How a field takes its answer: by choosing among options (a select, radios, a
 * checkbox, a listbox), or as free text (a textarea, a text box, a date). An item
 * that declares `options` is answered by a choice; one that declares none may be
 * either (the format reads it as free text, but many packs leave out the options of
 * a case system's drop-downs), so it fits both.
 */
export type AnswerForm = 'choice' | 'free';

export interface PackMatcher {
  pack: CompiledPack;
  labels: LabelIndex;
  /** Per answer form, whether an item (its index) is answered so: for topic labels (`bestApproximate`). */
  fits: Record<AnswerForm, (item: number) => boolean>;
  names: NameIndex;
  /** Valid host-binding selectors, per item in pack order. */
  selectors: { item: number; selector: string }[];
  /** All of them as one selector list, or '' when the pack has none. */
  joinedSelector: string;
  threshold: number;
}

/** Sort key base per rule: a selector beats a name, a name beats any label text. Lower wins. */
export const RULE_RANK: Record<MatchRule, number> = { selector: 0, name: 100, 'label-exact': 200, 'label-approximate': 300 };

export interface PackMatcherOptions {
  /** Approximate-match threshold (0–1); default `APPROX_THRESHOLD`. */
  threshold?: number;
  /**
   * Whether a host-binding selector can be used. The page side passes the
   * browser's own parser (a selector the browser refuses would break the joined
   * selector list); by default any non-blank selector is kept.
   */
  selectorIsValid?: (selector: string) => boolean;
}

/** Build the per-pack indexes. Done once, when the pack arrives, never per scan. */
export function createPackMatcher(pack: CompiledPack, options: PackMatcherOptions = {}): PackMatcher {
  const isValid = options.selectorIsValid ?? (() => true);
  const labels: { item: number; text: string }[] = [];
  const patterns: { item: number; pattern: CompiledPack['items'][number]['locators']['namePatterns'][number] }[] = [];
  const selectors: { item: number; selector: string }[] = [];
  pack.items.forEach((item, i) => {
    const locators = item.locators;
    for (const selector of locators?.selectors ?? []) if (selector.trim() && isValid(selector)) selectors.push({ item: i, selector });
    for (const pattern of locators?.namePatterns ?? []) patterns.push({ item: i, pattern });
    // Already normalised by the compiler, the official question (what most host pages show) included;
    // normalising again could strip a second number ("3.2 18 or over" → "or over").
    for (const label of locators?.labels ?? []) labels.push({ item: i, text: label });
  });
  const choice = pack.items.map((item) => (item.options?.length ?? 0) > 0);
  return {
    pack,
    labels: buildLabelIndex(labels, pack.languages),
    fits: { choice: () => true, free: (item) => choice[item] === false },
    names: buildNameIndex(patterns),
    selectors,
    joinedSelector: selectors.map((s) => s.selector).join(','),
    threshold: options.threshold ?? APPROX_THRESHOLD,
  };
}

/** What a text matched, remembered for the detector's lifetime. */
export interface TextMatch {
  normalized: string;
  /**
   * The parts of a text that puts a topic before its question ("Violence in close
   * relationships: has anyone at home…", "Alcohol – how often?"), normalised; absent
   * when the text has no such separator (see `topicParts`).
   */
  parts?: string[];
  /** Items whose label is exactly this text (normalised), if any. */
  exact: number[] | undefined;
  /** undefined: not computed yet; null: nothing close enough. For a field of unknown answer form. */
  approximate?: ApproximateMatch | null;
  /** The same for a field of a known answer form (topic labels only match items of that form). */
  approximateFor?: Partial<Record<AnswerForm, ApproximateMatch | null>>;
}

/** Per-detector memory of texts already matched; bounded. */
export interface MatchMemo {
  texts: Map<string, TextMatch>;
}

const MEMO_LIMIT = 20000;

export function createMatchMemo(): MatchMemo {
  return { texts: new Map() };
}

/** The exact matches of a question text as the page shows it (normalised here, once per distinct text). */
export function matchText(memo: MatchMemo, matcher: PackMatcher, text: string): TextMatch {
  let match = memo.texts.get(text);
  if (match === undefined) {
    const normalized = normalizeLabel(text);
    match = { normalized, exact: normalized ? matcher.labels.exact.get(normalized) : undefined };
    const parts = normalized ? topicParts(text) : undefined;
    if (parts) match.parts = parts;
    if (memo.texts.size >= MEMO_LIMIT) memo.texts.clear();
    memo.texts.set(text, match);
  }
  return match;
}

/**
 * A topic, then a question: a colon, or a dash with space around it, between two
 * texts with letters ("Psychological health: how are you at the moment?"). Case
 * systems put a section's or a topic's name before the question; either part may be
 * what the pack knows (its question, or a topic label it declares). Returns both
 * parts normalised, or undefined when there is no such separator. A hyphen inside a
 * word ("alcohol-free") separates nothing.
 */
export function topicParts(text: string): string[] | undefined {
  const at = TOPIC_SEPARATOR.exec(text);
  if (!at) return undefined;
  const head = normalizeLabel(text.slice(0, at.index));
  const tail = normalizeLabel(text.slice(at.index + at[0].length));
  return HAS_LETTER.test(head) && HAS_LETTER.test(tail) ? [head, tail] : undefined;
}
const TOPIC_SEPARATOR = /\s[-–—]\s|:\s/;
const HAS_LETTER = /\p{L}/u;

/**
 * The closest item to a text that matched nothing exactly, or null; computed once per text.
 * A text with a topic before its question (`parts`) is also looked up part by part,
 * exactly (a part equal to a label scores 1) and approximately; the best score wins.
 */
export function approximateMatch(match: TextMatch, matcher: PackMatcher, form?: AnswerForm): ApproximateMatch | null {
  const known = form ? match.approximateFor?.[form] : match.approximate;
  if (known !== undefined) return known;
  const fits = form ? matcher.fits[form] : undefined;
  let best = bestApproximate(matcher.labels, match.normalized, matcher.threshold, fits);
  for (const part of match.parts ?? []) {
    const exact = matcher.labels.exact.get(part)?.[0];
    const hit = exact !== undefined ? { item: exact, score: 1 } : bestApproximate(matcher.labels, part, matcher.threshold, fits);
    if (hit && (!best || hit.score > best.score)) best = hit;
  }
  if (form) (match.approximateFor ??= {})[form] = best;
  else match.approximate = best;
  return best;
}

/**
 * The item one question text finds on its own, as a field showing only this
 * text gets it: an exact label first (score 1), else the closest approximate
 * one, else null. `form`: how the field takes its answer (unknown: any).
 * For measurements (tests/eval/eval-labels.ts) and tests; the page side walks a
 * field's several texts itself (utils/dom/match-fields.ts).
 */
export function matchQuestionText(memo: MatchMemo, matcher: PackMatcher, text: string, form?: AnswerForm): ApproximateMatch | null {
  const match = matchText(memo, matcher, text);
  if (match.normalized === '') return null;
  const exact = match.exact?.[0];
  if (exact !== undefined) return { item: exact, score: 1 };
  return approximateMatch(match, matcher, form);
}

/** A candidate item for one field, as far as resolution cares. */
export interface Candidate {
  item: number;
  /** Sort key: rule first, then how authoritative the text's source was. Lower wins. */
  rank: number;
  score: number;
  /** Where the text came from: fields sharing it and its item are one group (null: shared with none). */
  from: unknown;
  /**
   * A stem question over rows that have items of their own: the field answers
   * the stem's item together with every field offering it from the same text,
   * without being taken from its own row's item.
   */
  shared?: boolean;
}

/** A field as resolution sees it: its controls and its place in scan order. */
export interface ResolvableField<C> {
  controls: readonly C[];
  order: number;
}

/** One item given to one field: the winning candidate and every control answering it. */
export interface Claim<C, F, H> {
  item: number;
  field: F;
  hit: H;
  controls: C[];
  /** Given by shared hits: its controls answer other claims too. */
  shared?: boolean;
}

interface OpenClaim<C, F, H> extends Claim<C, F, H> {
  /** Fields that wanted this item just as strongly (duplicate labels): settled by document order. */
  rivals?: F[];
}

/**
 * One field per item and one item per field. Strongest rule first, then the more
 * authoritative text source, then the higher score; between equally strong
 * fields (two fields labelled "Comments") the earlier in the document wins, as
 * judged by `before` (scan order when not given). Fields that reached the same
 * item from the same source (one legend over date parts, one selector) are one
 * group: their controls are joined. Shared hits (a stem over rows that have
 * items of their own) take no field: they join the rows offering the same text
 * into a claim of their own, marked `shared`. Returns the claims in scan order.
 */
export function resolveClaims<C, F extends ResolvableField<C>, H extends Candidate>(
  entries: Iterable<{ field: F; hits: readonly H[] }>,
  before: (a: C, b: C) => boolean = () => false,
): Claim<C, F, H>[] {
  const all: { field: F; hit: H }[] = [];
  for (const { field, hits } of entries) for (const hit of hits) all.push({ field, hit });
  all.sort((a, b) => a.hit.rank - b.hit.rank || b.hit.score - a.hit.score || a.field.order - b.field.order);
  const claims = new Map<number, OpenClaim<C, F, H>>();
  const taken = new Set<F>();
  const shared: { field: F; hit: H }[] = [];
  for (const { field, hit } of all) {
    if (hit.shared) {
      shared.push({ field, hit });
      continue;
    }
    if (taken.has(field)) continue;
    const claim = claims.get(hit.item);
    if (!claim) {
      claims.set(hit.item, { item: hit.item, field, hit, controls: field.controls.slice() });
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
      if (before(rival.controls[0] as C, claim.field.controls[0] as C)) {
        taken.delete(claim.field);
        taken.add(rival);
        claim.field = rival;
        claim.controls = rival.controls.slice();
      }
    }
  }
  // Stems over named rows: an item no field took is answered by all its rows (in scan order),
  // and a stem some unnamed rows took gains the named rows under the same text.
  shared.sort((a, b) => a.field.order - b.field.order);
  for (const { field, hit } of shared) {
    const claim = claims.get(hit.item);
    if (!claim) {
      claims.set(hit.item, { item: hit.item, field, hit, controls: field.controls.slice(), shared: true });
    } else if (hit.from !== null && hit.from === claim.hit.from && !claim.controls.includes(field.controls[0] as C)) {
      for (const control of field.controls) claim.controls.push(control);
      claim.shared = true;
    }
  }
  return [...claims.values()].sort((a, b) => a.field.order - b.field.order);
}
