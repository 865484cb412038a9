// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectFields, listFormControls, type Field } from './list-form-controls';

function fields(): Field[] {
  const out: Field[] = [];
  collectFields(document, out, new WeakMap(), { value: 0 });
  return out;
}
const ids = (list: Field[]) => list.map((f) => f.controls.map((c) => c.id).join('+'));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('listing controls', () => {
  it('takes inputs, selects, textareas, ARIA widgets and editable regions; not buttons, hidden inputs or decoys', () => {
    document.body.innerHTML = `
      <input id="text"><input type="hidden" id="h"><input type="submit" id="s"><input type="button" id="b">
      <button id="btn">Go</button><select id="sel"></select><textarea id="ta"></textarea>
      <input id="decoy" aria-hidden="true" tabindex="-1">
      <div role="textbox" id="tb"></div><div role="combobox" id="cb"></div><div role="slider" id="sl"></div>
      <div role="spinbutton" id="sp"></div><ul role="listbox" id="lb"></ul><div role="switch" id="sw"></div>
      <div role="presentation" id="pres"></div><div contenteditable="true" id="ce"></div><div contenteditable="false" id="ro"></div>`;
    expect(listFormControls(document).map((el) => el.id)).toEqual(['text', 'sel', 'ta', 'tb', 'cb', 'sl', 'sp', 'lb', 'sw', 'ce']);
  });
});

describe('grouping controls into fields', () => {
  it('a radio group is one field; same-named checkboxes in one container too; differently named ones are not', () => {
    document.body.innerHTML = `
      <form><input type="radio" name="r" id="r1"><input type="radio" name="r" id="r2"></form>
      <fieldset><input type="checkbox" name="c" id="c1"><input type="checkbox" name="c" id="c2"></fieldset>
      <table><tr><td><input type="checkbox" name="x$0" id="x0"></td><td><input type="checkbox" name="x$1" id="x1"></td></tr></table>`;
    expect(ids(fields())).toEqual(['r1+r2', 'c1+c2', 'x0', 'x1']);
  });

  it('radios of the same name in different forms are different questions', () => {
    document.body.innerHTML = `<form><input type="radio" name="r" id="a"></form><form><input type="radio" name="r" id="b"></form>`;
    expect(ids(fields())).toEqual(['a', 'b']);
  });

  it('ARIA radios group by radiogroup, or else by their parent; ARIA checkboxes by role=group', () => {
    document.body.innerHTML = `
      <div role="radiogroup"><div role="radio" id="a1"></div><div><div role="radio" id="a2"></div></div></div>
      <div><div role="radio" id="b1"></div><div role="radio" id="b2"></div></div>
      <div role="group"><div role="checkbox" id="k1"></div><div role="checkbox" id="k2"></div></div>`;
    expect(ids(fields())).toEqual(['a1+a2', 'b1+b2', 'k1+k2']);
  });

  it('a widget and the native input inside it are one field, and a combobox owns its popup listbox', () => {
    document.body.innerHTML = `
      <div role="combobox" id="w"><input id="inner"></div>
      <input role="combobox" id="c" aria-controls="list"><ul role="listbox" id="list"></ul>
      <div contenteditable="true" id="ed"><p contenteditable="true" id="nested">x</p></div>`;
    expect(ids(fields())).toEqual(['w+inner', 'c+list', 'ed']);
  });
});
