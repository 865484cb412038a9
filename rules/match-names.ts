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
  /** By `endKey` of the last part's last KEY letters. */
  bySuffix: Map<number, Entry[]>;
  /** By `endKey` of the first part's first KEY letters. */
  byPrefix: Map<number, Entry[]>;
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
    if (anchoredEnd && last.length >= KEY) push(index.bySuffix, keyOfLower(last.slice(-KEY)), entry);
    else if (anchoredStart && first.length >= KEY) push(index.byPrefix, keyOfLower(first.slice(0, KEY)), entry);
    else index.others.push(entry);
    index.size++;
  }
  return index;
}

/** A number for KEY lower-case letters: looking a name up then builds no string. */
function keyOfLower(letters: string): number {
  return keyOfCodes(letters.charCodeAt(0), letters.charCodeAt(1), letters.charCodeAt(2));
}

function keyOfCodes(a: number, b: number, c: number): number {
  return (Math.imul(Math.imul(a, 31) + b, 31) + c) & 0x3fffffff;
}

const lowerAscii = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/** The key of a name's first (or last) KEY letters, lower-cased. */
function endKey(value: string, atStart: boolean): number {
  const from = atStart ? 0 : value.length - KEY;
  const a = value.charCodeAt(from);
  const b = value.charCodeAt(from + 1);
  const c = value.charCodeAt(from + 2);
  // Beyond ASCII, lower-casing is the string's business (a letter may even become two).
  if ((a | b | c) >= 128) return keyOfLower((atStart ? value.slice(0, KEY) : value.slice(-KEY)).toLowerCase());
  return keyOfCodes(lowerAscii(a), lowerAscii(b), lowerAscii(c));
}

function push(map: Map<number, Entry[]>, key: number, entry: Entry) {
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
  if (value.length >= KEY) {
    const bySuffix = index.bySuffix.size > 0 ? index.bySuffix.get(endKey(value, false)) : undefined;
    if (bySuffix) testEntries(bySuffix, (lower = value.toLowerCase()), out);
    const byPrefix = index.byPrefix.size > 0 ? index.byPrefix.get(endKey(value, true)) : undefined;
    if (byPrefix) testEntries(byPrefix, (lower ??= value.toLowerCase()), out);
  }
  if (index.others.length > 0) testEntries(index.others, lower ?? value.toLowerCase(), out);
}

function testEntries(entries: readonly Entry[], lower: string, out: number[]): void {
  for (const e of entries) {
    if (namePatternMatches(lower, e.parts, e.anchoredStart, e.anchoredEnd) && !out.includes(e.item)) out.push(e.item);
  }
}
