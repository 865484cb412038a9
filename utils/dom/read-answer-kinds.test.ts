// @vitest-environment happy-dom
// Answers held by widgets of other kinds than native controls and select replacements:
// sliders, range inputs, tag inputs, readonly inputs a dialog fills (utils/dom/read-answer.ts).
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

describe('sliders', () => {
  it('reads an ARIA slider as the words it shows, its value as number and its place from 1 as position', () => {
    const root = html(`<div role="slider" aria-valuemin="1" aria-valuemax="5" aria-valuenow="4" aria-valuetext="2–3 gånger i veckan"></div>
      <div role="slider" id="bare" aria-valuemin="0" aria-valuemax="10" aria-valuenow="7"></div>`);
    expect(readAnswer(root.querySelector('[role=slider]')!)).toEqual({ text: '2–3 gånger i veckan', options: ['2 3 gånger i veckan'], number: 4, positions: [4] });
    expect(readAnswer(root.querySelector('#bare')!)).toMatchObject({ text: '7', options: [], number: 7, positions: [8] });
  });

  it('reads a range input by its aria-valuetext, the <output> for it, or its datalist label, else its value', () => {
    const root = html(`
      <input type="range" id="a" min="0" max="4" value="3" aria-valuetext="To–tre ganger i uka">
      <input type="range" id="b" min="0" max="4" value="1"><output for="b">Monthly or less</output>
      <input type="range" id="c" min="1" max="3" value="2" list="c-list"><datalist id="c-list"><option value="1" label="Aldrig"></option><option value="2" label="Ibland"></option></datalist>
      <input type="range" id="d" min="0" max="10" value="6">`);
    expect(readAnswer(root.querySelector('#a')!)).toMatchObject({ text: 'To–tre ganger i uka', number: 3, positions: [4] });
    expect(readAnswer(root.querySelector('#b')!)).toMatchObject({ text: 'Monthly or less', options: ['monthly or less'], number: 1, positions: [2] });
    expect(readAnswer(root.querySelector('#c')!)).toMatchObject({ text: 'Ibland', options: ['ibland'], number: 2 });
    expect(readAnswer(root.querySelector('#d')!)).toMatchObject({ text: '6', options: [], number: 6 });
  });
});

describe('tag inputs', () => {
  it('reads the tags before the text box as the options chosen, with any text typed after them', () => {
    const root = html(`<label for="t">Inkomstkällor</label>
      <div class="tags"><span class="tag">Lön <button type="button" aria-label="Ta bort Lön">×</button></span><span class="tag">Ingen<i class="tag-remove">x</i></span><input id="t" value="bar"></div>`);
    expect(readAnswer(root.querySelector('#t')!)).toEqual({ text: 'Lön, Ingen, bar', options: ['lön', 'ingen'], number: undefined });
  });

  it('finds tags around the list item the text box sits in', () => {
    const root = html(`<label for="t">Income</label>
      <ul class="choices"><li class="choice">Salary <span role="button" aria-label="remove">×</span></li><li class="search"><input id="t"></li></ul>`);
    expect(readAnswer(root.querySelector('#t')!).options).toEqual(['salary']);
  });

  it('reads a text box with a button or hint beside it as the text typed, not as tags', () => {
    const root = html(`<div class="q"><label for="a">Date</label><div class="row"><input id="a" value="12 mars"><button type="button">📅</button></div>
      <div class="row"><input id="b" value="fine"><span class="hint">Format <button type="button">?</button></span></div></div>`);
    expect(readAnswer(root.querySelector('#a')!)).toEqual({ text: '12 mars', options: [], number: undefined });
    // A hint after the box is no tag: tags stand before it.
    expect(readAnswer(root.querySelector('#b')!)).toEqual({ text: 'fine', options: [], number: undefined });
  });
});

describe('values written by the page', () => {
  it('reads a readonly input as the value chosen (the adviser cannot type there)', () => {
    const root = html('<input id="r" readonly value="Nei"><input id="w" value="Nei">');
    expect(readAnswer(root.querySelector('#r')!)).toEqual({ text: 'Nei', options: ['nei'], number: undefined });
    expect(readAnswer(root.querySelector('#w')!)).toEqual({ text: 'Nei', options: [], number: undefined });
  });

  it('reads a masked number with its fill characters or unit as the number', () => {
    const root = html('<input id="a" value="2_"><input id="b" value="12 500 kr"><input id="c" value="3 barn och en hund">');
    expect(readAnswer(root.querySelector('#a')!).number).toBe(2);
    expect(readAnswer(root.querySelector('#b')!).number).toBe(12500);
    expect(readAnswer(root.querySelector('#c')!).number).toBeUndefined();
  });
});
