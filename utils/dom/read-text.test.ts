// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readText } from './read-text';

function cell(html: string): Element {
  const td = document.createElement('td');
  td.innerHTML = html;
  return td;
}

describe('readText', () => {
  it.each([
    ['Plain question', 'Plain question'],
    ['<span>In one span</span>', 'In one span'],
    ['<p>In a paragraph</p>', ' In a paragraph'],
    ['<span hidden>Hidden</span>', ''],
    ['<span aria-hidden="true">*</span>', ''],
    ['<select><option>Yes</option></select>', ''],
    ['<b>Rent</b> arrears<span hidden> (help)</span>', 'Rent arrears'],
    ['<label>Rent<select><option>A</option></select></label>', ' Rent'],
    ['<span><!-- note -->Rent</span>', 'Rent'],
  ])('%j → %j', (html, expected) => {
    expect(readText(cell(html))).toBe(expected);
  });

  it('stops at the limit, with or without child elements', () => {
    expect(readText(cell('x'.repeat(1000)), 10)).toBe('x'.repeat(10));
    expect(readText(cell(`<span>${'y'.repeat(1000)}</span>`), 10)).toBe('y'.repeat(10));
    expect(readText(cell(`<i>a</i>${'z'.repeat(1000)}`), 10)).toBe(`a${'z'.repeat(9)}`);
  });
});
