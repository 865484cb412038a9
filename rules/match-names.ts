/**
 * Matching a control's `name` or `id` against the pack's name/id patterns
 * (rules/compiled-pack.ts `CompiledNamePattern`: literal parts with `*` between,
 * compared case-insensitively, linear in the attribute length).
 *
 * A page has thousands of controls and a pack hundreds of patterns, so patterns
 * are indexed once per pack: those anchored at the end by the last three
 * characters of their last part (ASP.NET names end in the stable part:
 * `ctl00$Main$*$txtIncome`), those anchored at the start by their first three,
 * and only the rest are tried one by one.
 */
import type { CompiledNamePattern } from './compiled-pack';

const KEY = 3;

interface Entry {
  item: number;
  parts: string[];
  anchoredStart: boolean;
  anchoredEnd: boolean;
}

export interface NameIndex {
  bySuffix: Map<string, Entry[]>;
  byPrefix: Map<string, Entry[]>;
  others: Entry[];
  size: number;
}

export function buildNameIndex(patterns: { item: number; pattern: CompiledNamePattern }[]): NameIndex {
  const index: NameIndex = { bySuffix: new Map(), byPrefix: new Map(), others: [], size: 0 };
  for (const { item, pattern } of patterns) {
    // An empty part at either end is a leading or trailing "*": the pattern is not anchored there.
    const raw = pattern.parts.map((part) => part.toLowerCase());
    const anchoredStart = pattern.anchoredStart && raw[0] !== '';
    const anchoredEnd = pattern.anchoredEnd && raw[raw.length - 1] !== '';
    const parts = raw.filter((part) => part !== '');
    if (parts.length === 0) continue; // "*" alone would match every control
    const entry: Entry = { item, parts, anchoredStart, anchoredEnd };
    const last = parts[parts.length - 1] ?? '';
    const first = parts[0] ?? '';
    if (anchoredEnd && last.length >= KEY) push(index.bySuffix, last.slice(-KEY), entry);
    else if (anchoredStart && first.length >= KEY) push(index.byPrefix, first.slice(0, KEY), entry);
    else index.others.push(entry);
    index.size++;
  }
  return index;
}

function push(map: Map<string, Entry[]>, key: string, entry: Entry) {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** Whether `value` (lower case) matches the pattern. Linear: parts are found left to right. */
export function namePatternMatches(value: string, parts: readonly string[], anchoredStart: boolean, anchoredEnd: boolean): boolean {
  if (parts.length === 0) return value === '';
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  if (parts.length === 1) {
    if (anchoredStart && anchoredEnd) return value === first;
    if (anchoredStart) return value.startsWith(first);
    if (anchoredEnd) return value.endsWith(first);
    return value.includes(first);
  }
  let from = 0;
  let end = value.length;
  if (anchoredStart) {
    if (!value.startsWith(first)) return false;
    from = first.length;
  }
  if (anchoredEnd) {
    if (!value.endsWith(last) || value.length - last.length < from) return false;
    end = value.length - last.length;
  }
  const innerStart = anchoredStart ? 1 : 0;
  const innerEnd = anchoredEnd ? parts.length - 1 : parts.length;
  for (let i = innerStart; i < innerEnd; i++) {
    const part = parts[i] as string;
    const at = value.indexOf(part, from);
    if (at < 0 || at + part.length > end) return false;
    from = at + part.length;
  }
  return true;
}

/** Items whose patterns match `value` (a name or id, any case), appended to `out` in index order. */
export function matchName(index: NameIndex, value: string, out: number[]): void {
  if (index.size === 0 || value === '') return;
  // Most controls match no pattern: look the ends up first, lower-case the whole value only on a hit.
  let lower: string | null = null;
  const test = (entries: Entry[] | undefined) => {
    if (!entries) return;
    lower ??= value.toLowerCase();
    for (const e of entries) {
      if (namePatternMatches(lower, e.parts, e.anchoredStart, e.anchoredEnd) && !out.includes(e.item)) out.push(e.item);
    }
  };
  if (value.length >= KEY) {
    if (index.bySuffix.size > 0) test(index.bySuffix.get(value.slice(-KEY).toLowerCase()));
    if (index.byPrefix.size > 0) test(index.byPrefix.get(value.slice(0, KEY).toLowerCase()));
  }
  if (index.others.length > 0) test(index.others);
}
