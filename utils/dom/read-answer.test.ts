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

  it('reads custom options chosen in a class, data-state or aria-pressed, and a choice kept in a hidden input', () => {
    const root = html(`<div role="radiogroup" id="cls"><div role="radio" class="opt">Yes</div><div role="radio" class="opt opt--selected">No</div></div>
      <div id="ds"><button role="radio" data-state="on"><span>Often</span></button><button role="radio" data-state="off">Never</button></div>
      <div id="tg"><button aria-pressed="true" data-value="y">Yes</button><button aria-pressed="false">No</button></div>
      <div role="radiogroup" id="hid"><span role="radio" data-value="Y">Yes</span><span role="radio" data-value="N">No</span><input type="hidden" value="Y"></div>`);
    expect(readAnswer(Array.from(root.querySelectorAll('#cls [role=radio]'))).options).toEqual(['no']);
    expect(readAnswer(Array.from(root.querySelectorAll('#ds [role=radio]'))).options).toEqual(['often']);
    expect(readAnswer(Array.from(root.querySelectorAll('#tg button'))).options).toEqual(['y', 'yes']);
    expect(readAnswer(Array.from(root.querySelectorAll('#hid [role=radio]'))).options).toEqual(['y', 'yes']);
    // An explicit aria-checked="false" is not overruled by a class.
    expect(readAnswer(html('<div role="radio" aria-checked="false" class="is-selected">Yes</div>').firstElementChild!).options).toEqual([]);
  });

  it('reads select replacements: the hidden real select, a portal listbox, or the shown value', () => {
    const root = html(`<div class="q"><label>Q</label><select aria-hidden="true" tabindex="-1" id="real"><option value=""></option><option value="d">Daily</option></select>
      <span role="combobox" id="rep"><span>Choose</span></span></div>
      <button role="combobox" id="btn" aria-controls="lb">Outside</button>
      <button role="combobox" id="ph" data-placeholder="">Select an option</button>
      <input role="combobox" id="ac" value="Nearly every day">`);
    const listbox = document.createElement('ul');
    listbox.id = 'lb';
    listbox.setAttribute('role', 'listbox');
    listbox.innerHTML = '<li role="option" aria-selected="false">Own home</li><li role="option" aria-selected="true">Shelter</li>';
    document.body.append(listbox);
    expect(readAnswer(root.querySelector('#rep')!).options).toEqual([]);
    (root.querySelector('#real') as HTMLSelectElement).value = 'd';
    expect(readAnswer(root.querySelector('#rep')!).options).toEqual(['d', 'daily']);
    expect(readAnswer(root.querySelector('#btn')!).options).toEqual(['shelter']);
    listbox.remove();
    expect(readAnswer(root.querySelector('#btn')!).options).toEqual(['outside']);
    expect(readAnswer(root.querySelector('#ph')!).text).toBe('');
    expect(readAnswer(root.querySelector('#ac')!).options).toEqual(['nearly every day']);
    // A select drawn as a button opening a listbox: empty but for a zero-width space, then a value.
    const button = html('<div role="button" aria-haspopup="listbox"><span>\u200b</span></div>').firstElementChild!;
    expect(readAnswer(button)).toEqual({ text: '', options: [], number: undefined });
    button.textContent = 'Private landlord';
    expect(readAnswer(button).options).toEqual(['private landlord']);
  });

  it('reads a select replacement found together with its hidden original as one chosen option, not as parts', () => {
    const root = html(`<label id="q">Do you feel safe at home?</label>
      <select id="orig" style="display:none" aria-labelledby="q"><option value=""></option><option value="1">Yes</option><option value="2">No</option></select>
      <button id="pick" aria-haspopup="listbox" aria-labelledby="q"><span>No</span></button>`);
    (root.querySelector('#orig') as HTMLSelectElement).value = '2';
    expect(readAnswer([root.querySelector('#orig')!, root.querySelector('#pick')!])).toMatchObject({ text: 'No', options: ['2', 'no'], positions: [2] });
  });

  it('reads a readonly input showing a choice beside a hidden value or select, and a listbox\'s active option', () => {
    const root = html(`<label id="a">Housing <input id="ro" readonly value="Homeless"><input type="hidden" value="h6"></label>
      <div><input id="ro2" readonly value="Sublet"><select style="display:none"><option value=""></option><option value="s" selected>Sublet</option></select></div>
      <input id="plain" readonly value="12/03/2026">
      <ul role="listbox" id="lb" aria-activedescendant="o2"><li role="option" id="o1">Yes</li><li role="option" id="o2">No</li></ul>`);
    expect(readAnswer(root.querySelector('#ro')!)).toMatchObject({ text: 'Homeless', options: ['homeless'] });
    expect(readAnswer(root.querySelector('#ro2')!).options).toEqual(['s', 'sublet']);
    // Any readonly input shows what the page wrote there (a date picker's date, a dialog's choice): a value chosen, never typed words.
    expect(readAnswer(root.querySelector('#plain')!)).toMatchObject({ text: '12/03/2026', options: ['12 03 2026'], number: undefined });
    expect(readAnswer(root.querySelector('#lb')!)).toMatchObject({ options: ['no'], positions: [2] });
  });

  it('reads a lone switch, checkbox or toggle button as on or off, never its label as the answer', () => {
    const root = html(`<label><input type="checkbox" id="cb" name="violence"> Has anyone at home hurt or threatened you?</label>
      <input type="checkbox" role="switch" id="sw"><label for="sw">Are you on probation?</label>
      <button role="switch" aria-checked="true" id="as" aria-label="Do you feel safe at home?"><span>On</span></button>
      <button aria-pressed="false" id="tb">Serving a sentence</button>
      <div role="switch" aria-checked="true" id="wrap"><input type="checkbox" id="inner"></div>`);
    const cb = root.querySelector('#cb') as HTMLInputElement;
    expect(readAnswer(cb)).toEqual({ text: '', options: [], switchedOn: false });
    cb.checked = true;
    expect(readAnswer(cb)).toEqual({ text: '', options: [], switchedOn: true });
    expect(readAnswer(root.querySelector('#sw')!).switchedOn).toBe(false);
    expect(readAnswer(root.querySelector('#as')!)).toEqual({ text: '', options: [], switchedOn: true });
    expect(readAnswer(root.querySelector('#tb')!).switchedOn).toBe(false);
    // A switch with the native checkbox inside it: the native state is the truth.
    expect(readAnswer([root.querySelector('#wrap')!, root.querySelector('#inner')!]).switchedOn).toBe(false);
  });

  it('still reads checkboxes sharing a name and toggle-button groups as options chosen', () => {
    const root = html(`<div id="many"><label><input type="checkbox" name="b" value="uc" checked> Universal Credit</label>
      <label><input type="checkbox" name="b" value="pip"> PIP</label></div>
      <div id="tg"><button aria-pressed="false">Yes</button><button aria-pressed="true">No</button></div>`);
    expect(readAnswer(root.querySelector('#many input')!)).toMatchObject({ options: ['uc', 'universal credit'] });
    expect(readAnswer(Array.from(root.querySelectorAll('#tg button')))).toMatchObject({ options: ['no'] });
  });
});

// Widgets of other kinds than native controls and select replacements: sliders, range
// inputs, tag inputs, readonly inputs a dialog fills, masked numbers.
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

describe('readAnswer in a question matrix', () => {
  const matrix = (cells: string) =>
    html(`<table><thead><tr><th colspan="2">Fråga</th><th>Ja</th><th>Nej</th><th>Vill inte svara</th></tr></thead>
      <tbody><tr><td>5.1</td><th id="q">Använder du droger?</th>${cells}</tr></tbody></table>`);
  it('reads a radio labelled by nothing as its column header, counting the spanned columns', () => {
    const root = matrix('<td><input type="radio" name="m" value="1"></td><td><input type="radio" name="m" value="2" checked></td><td><input type="radio" name="m" value="9"></td>');
    expect(readAnswer([...root.querySelectorAll('input')]).options).toEqual(['2', 'nej']);
  });
  it('reads a radio labelled by the question and the column as the column header', () => {
    const root = matrix('<td><input type="radio" name="m" value="1" aria-labelledby="q c1" checked></td><td id="c1"></td>');
    expect(readAnswer([...root.querySelectorAll('input')]).options).toEqual(['1', 'ja']);
  });
  it('keeps a radio\'s own label first', () => {
    const root = matrix('<td><label><input type="radio" name="m" value="1" checked> Ja, nu</label></td>');
    expect(readAnswer([...root.querySelectorAll('input')]).options).toEqual(['1', 'ja nu']);
  });
});

describe('readAnswer in a matrix it cannot read by columns', () => {
  const options = (markup: string) => readAnswer([...html(markup).querySelectorAll('input')].filter((i) => i.name === 'm')).options;
  it('reads the last header row, an empty label as none, and leaves out tables with cells spanning rows', () => {
    expect(options(`<table><thead><tr><th rowspan="2">Fråga</th><th colspan="2">Svar</th></tr><tr><th>Ja</th><th>Nej</th></tr></thead>
      <tbody><tr><th>Droger?</th><td><label><input type="radio" name="m" value="1" checked></label></td><td><input type="radio" name="m" value="2"></td></tr></tbody></table>`)).toEqual(['1']);
    expect(options(`<table><thead><tr><th>Fråga</th><th>Ja</th><th>Nej</th></tr></thead>
      <tbody><tr><th>Droger?</th><td><label><input type="radio" name="m" value="1" checked></label></td><td><input type="radio" name="m" value="2"></td></tr></tbody></table>`)).toEqual(['1', 'ja']);
    expect(options(`<table><tr><th>Område</th><th>Fråga</th><th>Ja</th><th>Nej</th></tr>
      <tr><td rowspan="2">Våld</td><th>A?</th><td><input type="radio" name="x" value="1"></td><td><input type="radio" name="x" value="2"></td></tr>
      <tr><th>B?</th><td><input type="radio" name="m" value="1" checked></td><td><input type="radio" name="m" value="2"></td></tr></table>`)).toEqual(['1']);
  });
  it('leaves out a header over a cell of several choices and a first row that is data', () => {
    expect(options(`<table><thead><tr><th>Fråga</th><th>Svar</th></tr></thead><tbody><tr><th>Droger?</th>
      <td><input type="radio" name="m" value="1" aria-label="Ja" checked><input type="radio" name="m" value="2" aria-label="Nej"></td></tr></tbody></table>`)).toEqual(['1', 'ja']);
    document.body.textContent = '';
    expect(options(`<table><tr><th>Bor du ensam?</th><td><input type="radio" name="y" value="1"></td></tr>
      <tr><th>Droger?</th><td><input type="radio" name="m" value="1" checked></td></tr></table>`)).toEqual(['1']);
  });
});

describe('readAnswer of radios named by pictures or by the words beside them', () => {
  it('reads an image label by its alt text', () => {
    const root = html('<label><input type="radio" name="p" value="j" checked><img alt="Ja" src="data:,"></label><label><input type="radio" name="p" value="n"><img alt="Nei" src="data:,"></label>');
    expect(readAnswer([...root.querySelectorAll('input')]).options).toEqual(['j', 'ja']);
  });
  it('reads the words right after an unlabelled radio, up to the next one', () => {
    const root = html('<td><input type="radio" name="t" value="J"><font size="2">Ja</font> <input type="radio" name="t" value="I" checked><font size="2">Ibland</font></td>');
    expect(readAnswer([...root.querySelectorAll('input')]).options).toEqual(['i', 'ibland']);
  });
  it('takes no long text after a radio for its option', () => {
    const root = html('<input type="radio" name="u" value="x" checked> this is a long note that goes on and on about something else entirely');
    expect(readAnswer([...root.querySelectorAll('input')]).options).toEqual(['x']);
  });
});
