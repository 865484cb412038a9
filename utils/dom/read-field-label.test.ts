// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createReadContext } from './read-context';
import { visitQuestionTexts, type QuestionSource } from './read-field-label';
import { addFields, type Field } from './list-form-controls';
import { CANDIDATE_QUERY } from './control-kinds';
import { MAX_LABEL_CHARS } from '../normalize-text';

function fields(): Field[] {
  const out: Field[] = [];
  addFields(document.querySelectorAll(CANDIDATE_QUERY), out, new WeakMap(), { value: 0 });
  return out;
}

/** Every text offered for the field holding `selector`, in order, with its source. */
function texts(selector: string): [string, QuestionSource][] {
  const control = document.querySelector(selector);
  const field = fields().find((f) => control && f.controls.includes(control));
  if (!field) throw new Error(`no field for ${selector}`);
  const out: [string, QuestionSource][] = [];
  visitQuestionTexts(field, createReadContext(), (text, source) => {
    out.push([text.replace(/\s+/g, ' ').trim(), source]);
    return false;
  });
  return out;
}

const first = (selector: string) => texts(selector)[0];

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a control’s own label', () => {
  it('reads label[for], a wrapping label, aria-label, title and placeholder', () => {
    document.body.innerHTML = `
      <label for="a">Housing situation</label><input id="a">
      <label>Monthly rent <input id="b"></label>
      <input id="c" aria-label="Number of children">
      <input id="d" title="Postcode of your home">
      <input id="e" placeholder="Anything else we should know?">`;
    expect(first('#a')).toEqual(['Housing situation', 'label']);
    expect(first('#b')).toEqual(['Monthly rent', 'label']);
    expect(first('#c')).toEqual(['Number of children', 'aria-label']);
    expect(first('#d')).toEqual(['Postcode of your home', 'title']);
    expect(first('#e')).toEqual(['Anything else we should know?', 'placeholder']);
  });

  it('joins the texts of several aria-labelledby ids, before anything else', () => {
    document.body.innerHTML = `
      <span id="s">Health:</span> <span id="q">How are you feeling?</span>
      <label for="x">Ignored while labelledby is read first</label>
      <div id="x" role="textbox" contenteditable="true" aria-labelledby="s q"></div>`;
    expect(texts('#x')[0]).toEqual(['Health: How are you feeling?', 'labelledby']);
  });

  it('never reads a referenced control (it would read its value)', () => {
    document.body.innerHTML = `<input id="v" value="secret"><span id="t">Question</span><input id="x" aria-labelledby="v t">`;
    expect(first('#x')).toEqual(['Question', 'labelledby']);
  });

  it('leaves the options of a wrapped select out of the label text', () => {
    document.body.innerHTML = `<label>Council <select id="s"><option>Camden</option><option>Leeds</option></select></label>`;
    expect(first('#s')).toEqual(['Council', 'label']);
  });

  it('reads a visually hidden input inside a styled label', () => {
    document.body.innerHTML = `<label class="toggle"><input type="checkbox" id="t" style="opacity:0"><span class="track"></span> Send me reminders</label>`;
    expect(first('#t')).toEqual(['Send me reminders', 'label']);
  });
});

describe('the structure around a field', () => {
  it('a radio group’s legend, not its options’ labels', () => {
    document.body.innerHTML = `
      <fieldset><legend>Do you have debts?</legend>
        <label><input type="radio" name="d" id="y"> Yes</label><label><input type="radio" name="d"> No</label>
      </fieldset>`;
    expect(first('#y')).toEqual(['Do you have debts?', 'legend']);
  });

  it('a radiogroup labelled by another element, even when a label[for] points at nothing', () => {
    document.body.innerHTML = `
      <div role="radiogroup" aria-labelledby="g"><label id="g" for="gone">Children under 18?</label>
        <label><input type="radio" name="r" id="r1"> Yes</label><label><input type="radio" name="r"> No</label></div>`;
    expect(first('#r1')).toEqual(['Children under 18?', 'group']);
  });

  it('the first cell (or row header) of a table row, climbing out of a nested option list', () => {
    document.body.innerHTML = `
      <table><tr><td><span>1.3 Do you share custody?</span></td>
        <td><table><tr><td><input type="radio" name="c" id="c0"><label for="c0">Yes</label></td>
                       <td><input type="radio" name="c"><label>No</label></td></tr></table></td></tr>
      <tr><th scope="row">Monthly rent</th><td><input id="rent"></td></tr></table>`;
    expect(first('#c0')).toEqual(['1.3 Do you share custody?', 'table-row']);
    expect(first('#rent')).toEqual(['Monthly rent', 'table-row']);
  });

  it('a row holding two questions: each field reads the cell just before it, never the other field\'s', () => {
    document.body.innerHTML = `
      <table>
        <tr><td>Högsta utbildning</td><td><select id="edu"><option>Gymnasium</option></select></td>
            <td>Utbildning från annat land</td><td><select id="abroad"><option>Ja</option></select></td></tr>
        <tr><th>Employer</th><td><input id="employer"></td><th>Employer's phone</th><td><input id="phone"></td></tr>
        <tr><td>Safe at home?</td><td><label><input type="radio" name="safe" id="safe-y"> Yes</label> <label><input type="radio" name="safe"> No</label></td>
            <td>Kids exposed?</td><td><label><input type="radio" name="kids" id="kids-y"> Yes</label> <label><input type="radio" name="kids"> No</label></td></tr>
      </table>
      <table><tr><th>Feeling low</th><td><input type="radio" name="low" id="low-1"></td><td><input type="radio" name="low" id="low-2"></td></tr></table>`;
    expect(first('#edu')).toEqual(['Högsta utbildning', 'table-row']);
    expect(first('#abroad')).toEqual(['Utbildning från annat land', 'table-row']);
    expect(first('#employer')).toEqual(['Employer', 'table-row']);
    expect(first('#phone')).toEqual(["Employer's phone", 'table-row']);
    expect(first('#safe-y')).toEqual(['Safe at home?', 'table-row']);
    expect(first('#kids-y')).toEqual(['Kids exposed?', 'table-row']);
    // A matrix row: the options' cells are the same field's, the row header stands.
    expect(first('#low-2')).toEqual(['Feeling low', 'table-row']);
  });

  it('the cell above in the same column, when the row has no header of its own', () => {
    document.body.innerHTML = `
      <table><tr><th>Street</th><th>Postcode</th></tr>
             <tr><td><input id="street"></td><td><input id="postcode"></td></tr></table>`;
    expect(first('#street')).toEqual(['Street', 'table-column']);
    expect(first('#postcode')).toEqual(['Postcode', 'table-column']);
  });

  it('the <dt> of a <dd>, and text just before the field', () => {
    document.body.innerHTML = `
      <dl><dt>GP practice</dt><dd><input id="gp"></dd></dl>
      <div><p>How many people live in your home?</p><input id="people" type="number"></div>
      <div>Nights away <div role="spinbutton" id="spin" tabindex="0"></div></div>`;
    expect(first('#gp')).toEqual(['GP practice', 'definition']);
    expect(first('#people')).toEqual(['How many people live in your home?', 'preceding']);
    expect(first('#spin')).toEqual(['Nights away', 'preceding']);
  });

  it('a lone checkbox whose question is written after it, not in a label, up to the end of its line', () => {
    document.body.innerHTML = `
      <div><input type="checkbox" id="debts"> <span>Har skulder eller betalningsanmärkningar</span></div>
      <p><input type="checkbox" id="licence"> Has a driving licence<br>Other text</p>
      <div><input type="checkbox" id="alone"><br><span>Not this line</span></div>
      <div><input type="checkbox" id="own"><label for="own">Own label</label> <span>hint</span></div>
      <div><input type="checkbox" id="next"> <input id="other"> <span>The other field's text</span></div>`;
    expect(first('#debts')).toEqual(['Har skulder eller betalningsanmärkningar', 'following']);
    expect(first('#licence')).toEqual(['Has a driving licence', 'following']);
    expect(texts('#alone').map(([, source]) => source)).not.toContain('following');
    expect(texts('#own')).toEqual([['Own label', 'label']]);
    expect(texts('#next').map(([, source]) => source)).not.toContain('following');
  });

  it('does not take another field’s label or block as preceding text', () => {
    document.body.innerHTML = `
      <div><label for="a">Name</label><input id="a"></div>
      <div><input id="b"></div>
      <label for="c">Phone</label><input id="c" tabindex="-1" class="decoy"><input id="d">`;
    expect(texts('#b')).toEqual([]);
    expect(texts('#d')).toEqual([]);
  });

  it('a date part ("Day") also offers its fieldset’s legend; a conditional reveal does not take the radios’ legend', () => {
    document.body.innerHTML = `
      <fieldset role="group"><legend>When did you last work?</legend>
        <label for="day">Day</label><input id="day"><label for="month">Month</label><input id="month"></fieldset>
      <fieldset><legend>How should we contact you?</legend>
        <input type="radio" name="how" id="email"><label for="email">Email</label>
        <div class="conditional"><label for="address">Email address</label><input id="address"></div>
      </fieldset>`;
    expect(texts('#day')).toEqual([['Day', 'label'], ['When did you last work?', 'legend']]);
    expect(texts('#address')).toEqual([['Email address', 'label']]);
  });

  it('a matrix row of radios labelled "row: column" offers the common start of their labels', () => {
    document.body.innerHTML = `<div>
      <input type="radio" name="m" id="m1" aria-label="Feeling down: Not at all">
      <input type="radio" name="m" aria-label="Feeling down: Several days">
      <input type="radio" name="m" aria-label="Feeling down: Nearly every day"></div>`;
    expect(texts('#m1')).toContainEqual(['Feeling down:', 'option-prefix']);
  });

  it('aria-describedby last, as a secondary text', () => {
    document.body.innerHTML = `<input id="x" aria-describedby="h"><p id="h">For example, 31 3 1980</p>`;
    expect(texts('#x').at(-1)).toEqual(['For example, 31 3 1980', 'describedby']);
  });
});

describe('bounds on hostile pages', () => {
  it('reads at most MAX_LABEL_CHARS characters of an enormous label', () => {
    const label = document.createElement('label');
    label.textContent = 'word '.repeat(200_000);
    const input = document.createElement('input');
    label.append(input);
    document.body.append(label);
    const [text] = first('input') ?? [''];
    expect(text.length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
  });
});
