import { describe, expect, it } from 'vitest';
import { selectorProblem } from './check-selector';

describe('selectorProblem', () => {
  it.each([
    '#ctl00_Main_txtRent',
    'select[name="ctl00$Main$ddlHousing"]',
    "input[name='a' i]",
    'table.form tr:nth-child(2n+1) > td.val textarea',
    'form#aspnetForm input[type=radio]:checked',
    'div:not(.hidden, [hidden]) ~ input',
    'fieldset:has(> legend) input',
    '#case-number',
    '#ctl00\\$Main',
    '*',
    'a, b , c',
    ':is(input, select):focus-visible',
  ])('accepts %s', (selector) => expect(selectorProblem(selector)).toBeUndefined());

  it.each([
    ['', /empty/],
    ['#safe[', /attribute name at character 6/],
    ['#ctl00$Main$txtRent', /character/],
    ['#1a', /character/],
    ['input[name=', /./],
    ['input[name="x]', /./],
    ['div >', /./],
    ['a,,b', /./],
    ['input:frist-child', /unknown pseudo-class/i],
    ['input:not(.a', /./],
    ['label::before', /pseudo-element \(::before\)/],
    ['p::nonsense', /pseudo-element/i],
    ['.', /class name/],
  ])('refuses %j', (selector, reason) => expect(selectorProblem(selector)).toMatch(reason));
});
