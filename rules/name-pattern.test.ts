import { describe, expect, it } from 'vitest';
import { compileNamePattern, namePatternMatches } from './name-pattern';

describe('name patterns', () => {
  it('compiles the contract example', () => {
    expect(compileNamePattern('ctl00$Main$*$txtIncome')).toEqual({ parts: ['ctl00$main$', '$txtincome'], anchoredStart: true, anchoredEnd: true });
  });

  it('refuses patterns that are all wildcards', () => {
    expect(compileNamePattern('*')).toBeUndefined();
    expect(compileNamePattern('**')).toBeUndefined();
  });

  it.each([
    ['ctl00$Main$txtRent', 'ctl00$Main$txtRent', true],
    ['ctl00$Main$txtRent', 'CTL00$MAIN$TXTRENT', true],
    ['ctl00$Main$txtRent', 'ctl00$Main$txtRent2', false],
    ['ctl00$Main$txtRent', 'x$ctl00$Main$txtRent', false],
    ['ctl00$Main$*$txtIncome', 'ctl00$Main$panel1$txtIncome', true],
    ['ctl00$Main$*$txtIncome', 'ctl00$Main$txtIncome', false],
    ['ctl00$Main$cblIncomeSources$*', 'ctl00$Main$cblIncomeSources$3', true],
    ['*txtRent', 'anything_txtRent', true],
    ['*txtRent*', 'a_txtRent_b', true],
    ['a*a', 'a', false],
    ['a*a', 'aa', true],
    ['ab*bc', 'abc', false],
  ])('%s matches %s: %s', (pattern, value, expected) => {
    const compiled = compileNamePattern(pattern);
    expect(compiled && namePatternMatches(compiled, value)).toBe(expected);
  });
});
