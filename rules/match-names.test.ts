import { describe, expect, it } from 'vitest';
import { buildNameIndex, matchName, namePatternMatches } from './match-names';

const compile = (pattern: string) => {
  const lower = pattern.toLowerCase();
  return { parts: lower.split('*').filter(Boolean), anchoredStart: !lower.startsWith('*'), anchoredEnd: !lower.endsWith('*') };
};

function items(patterns: string[], value: string): number[] {
  const index = buildNameIndex(patterns.map((p, item) => ({ item, pattern: compile(p) })));
  const out: number[] = [];
  matchName(index, value, out);
  return out;
}

describe('name/id patterns', () => {
  it('match literal parts in order, anchored where the pattern has no *', () => {
    expect(namePatternMatches('ctl00$main$ctl05$txtincome', ['ctl00$main$', '$txtincome'], true, true)).toBe(true);
    expect(namePatternMatches('ctl00$main$txtincomeextra', ['ctl00$main$', '$txtincome'], true, true)).toBe(false);
    expect(namePatternMatches('xincomex', ['income'], false, false)).toBe(true);
    expect(namePatternMatches('ab', ['ab', 'b'], true, true)).toBe(false); // parts may not overlap
  });

  it('finds the items whose patterns match a name, case-insensitively, through the index', () => {
    const patterns = ['ctl00$Main$*$txtIncome', 'txtRent*', '*Household*', 'exact_id'];
    expect(items(patterns, 'ctl00$Main$ctl08$TXTINCOME')).toEqual([0]);
    expect(items(patterns, 'txtRent_2')).toEqual([1]);
    expect(items(patterns, 'ddlHouseholdType')).toEqual([2]);
    expect(items(patterns, 'exact_id')).toEqual([3]);
    expect(items(patterns, 'exact_id_2')).toEqual([]);
    expect(items(patterns, 'TextBox1')).toEqual([]);
  });

  it('finds names ending or starting in letters beyond ASCII, in any case', () => {
    const patterns = ['ctl00$*$txtInkomstÅR', 'Bostadsår*'];
    expect(items(patterns, 'ctl00$Main$TXTINKOMSTÅR')).toEqual([0]);
    expect(items(patterns, 'ctl00$Main$txtinkomstår')).toEqual([0]);
    expect(items(patterns, 'BOSTADSÅR_2')).toEqual([1]);
    expect(items(patterns, 'ctl00$Main$txtinkomstar')).toEqual([]);
  });

  it('ignores a pattern that is all wildcards (it would match every control)', () => {
    expect(items(['*', '**'], 'anything')).toEqual([]);
  });
});
