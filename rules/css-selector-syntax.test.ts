import { describe, expect, it } from 'vitest';
import { selectorProblem } from './css-selector-syntax';

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
    ['#ctl00$Main$txtRent', /unexpected "\$"/],
    ['#1a', /starts with a letter/],
    ['input[name=', /value expected|"]" expected/],
    ['input[name="x]', /unclosed/],
    ['div >', /ends where a selector was expected/],
    ['a,,b', /unexpected ","/],
    ['input:frist-child', /unknown pseudo-class ":frist-child"/],
    ['input:not(.a', /"\)" expected/],
    ['label::before', /pseudo-element/],
    ['p::nonsense', /unknown pseudo-element/],
    ['.', /class name/],
  ])('refuses %j', (selector, reason) => expect(selectorProblem(selector)).toMatch(reason));
});
