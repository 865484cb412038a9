// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readAnswer } from './read-answer';

beforeEach(() => {
  document.body.textContent = '';
});

function html(markup: string): HTMLElement {
  const host = document.createElement('div');
  // Test fixture markup, not pack text.
  host.innerHTML = markup;
  document.body.append(host);
  return host;
}

describe('readAnswer', () => {
  it('reads free text and numbers from text fields', () => {
    const root = html('<input id="a" value="I tried to end my life"><input id="b" value=" 4 500,50 "><textarea id="c">ok</textarea>');
    expect(readAnswer(root.querySelector('#a')!)).toEqual({ text: 'I tried to end my life', options: [], number: undefined });
    expect(readAnswer(root.querySelector('#b')!).number).toBe(4500.5);
    expect(readAnswer(root.querySelector('#c')!).text).toBe('ok');
  });

  it('reads the chosen option of a select by value and by visible text, ignoring the prompt option', () => {
    const root = html('<select id="s"><option value="">-- Select --</option><option value="6">Homeless</option></select>');
    const select = root.querySelector('select')!;
    expect(readAnswer(select)).toEqual({ text: '', options: [], number: undefined });
    select.value = '6';
    expect(readAnswer(select).options).toEqual(['6', 'homeless']);
  });

  it('reads a radio group from any of its radios or from its container', () => {
    const root = html(`<table id="t"><tr>
      <td><input type="radio" name="g" id="y" value="Yes"><label for="y">Yes</label></td>
      <td><input type="radio" name="g" id="n" value="No"><label for="n">No</label></td></tr></table>`);
    (root.querySelector('#y') as HTMLInputElement).checked = true;
    expect(readAnswer(root.querySelector('#n')!).options).toEqual(['yes']);
    expect(readAnswer(root.querySelector('#t')!).options).toEqual(['yes']);
  });

  it('reads ARIA widgets', () => {
    const root = html(`<div role="radiogroup" id="g"><div role="radio" aria-checked="false">No</div><div role="radio" aria-checked="true" data-value="y">Yes</div></div>
      <div role="slider" id="sl" aria-valuenow="3"></div><div contenteditable="true" id="ce">some words</div>`);
    expect(readAnswer(root.querySelector('#g')!).options).toEqual(['y', 'yes']);
    expect(readAnswer(root.querySelector('#sl')!).number).toBe(3);
    expect(readAnswer(root.querySelector('#ce')!).text).toBe('some words');
  });

  it('reads a group given as all its controls', () => {
    const root = html(`<div role="radio" aria-checked="false" aria-label="Yes"></div><div role="radio" aria-checked="true" aria-label="No"></div>
      <input id="d" value="12"><input id="m" value="05"><input id="y" value="2026">`);
    expect(readAnswer(Array.from(root.querySelectorAll('[role=radio]'))).options).toEqual(['no']);
    expect(readAnswer([root.querySelector('#d')!, root.querySelector('#m')!, root.querySelector('#y')!]).text).toBe('12 05 2026');
  });

  it('gives the chosen option\'s position, counted from 1, in native and ARIA groups and selects', () => {
    const root = html(`<fieldset id="f">
        <input type="radio" name="safe" id="s1" value="1"><label for="s1">Ja</label>
        <input type="radio" name="safe" id="s2" value="2"><label for="s2">Nej</label>
        <input type="radio" name="safe" id="s3" value="3"><label for="s3">Vill inte svara</label></fieldset>
      <select id="sel"><option value="">-- Välj --</option><option value="a">Ja</option><option value="b">Ibland</option></select>
      <div role="radiogroup" id="g"><div role="radio" aria-checked="false">Ja</div><div role="radio" aria-checked="true">Nej</div></div>`);
    (root.querySelector('#s3') as HTMLInputElement).checked = true;
    expect(readAnswer(root.querySelector('#f')!)).toMatchObject({ options: ['3', 'vill inte svara'], positions: [3] });
    expect(readAnswer(root.querySelector('#s1')!).positions).toEqual([3]);
    (root.querySelector('#sel') as HTMLSelectElement).value = 'b';
    expect(readAnswer(root.querySelector('#sel')!).positions).toEqual([2]);
    expect(readAnswer(root.querySelector('#g')!).positions).toEqual([2]);
    expect(readAnswer(Array.from(root.querySelectorAll('#g [role=radio]'))).positions).toEqual([2]);
  });

  it('bounds the text it reads', () => {
    const root = html('<textarea></textarea>');
    (root.querySelector('textarea') as HTMLTextAreaElement).value = 'x'.repeat(100_000);
    expect(readAnswer(root.querySelector('textarea')!).text.length).toBe(5000);
  });
});
