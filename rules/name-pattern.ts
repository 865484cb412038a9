/**
 * Name/id patterns (`ctl00$Main$*$txtIncome`): `*` matches any run of
 * characters, everything else is literal, case-insensitive. Compiled once at
 * pack build time into literal parts; matched in linear time at run time, with
 * no regular expression built from pack text.
 */
import type { CompiledNamePattern } from './compiled-pack';

/** Undefined for a pattern that is all wildcards: it would match every field, so it locates none. */
export function compileNamePattern(pattern: string): CompiledNamePattern | undefined {
  const lower = pattern.trim().toLowerCase();
  const parts = lower.split('*').filter((part) => part !== '');
  if (parts.length === 0) return undefined;
  return { parts, anchoredStart: !lower.startsWith('*'), anchoredEnd: !lower.endsWith('*') };
}

/** Does a control's `name` or `id` match? `value` is compared case-insensitively. */
export function namePatternMatches(pattern: CompiledNamePattern, value: string): boolean {
  const text = value.toLowerCase();
  const { parts, anchoredStart, anchoredEnd } = pattern;
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const isFirst = i === 0;
    const isLast = i === parts.length - 1;
    if (isLast && anchoredEnd) {
      const start = text.length - part.length;
      if (start < at || !text.endsWith(part)) return false;
      if (isFirst && anchoredStart && start !== 0) return false;
      return true;
    }
    if (isFirst && anchoredStart) {
      if (!text.startsWith(part)) return false;
      at = part.length;
    } else {
      const found = text.indexOf(part, at);
      if (found < 0) return false;
      at = found + part.length;
    }
  }
  return true;
}
