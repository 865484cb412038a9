// @vitest-environment happy-dom
// The tie between a rich-text editor and the hidden field it stands for, by the page's
// structure (the browser tests cover frames, boxes and an editor laid over its field's
// place: tests/e2e/rich-text-editors.e2e.ts). Hidden fields here are `display: none`.
import { beforeEach, describe, expect, it } from 'vitest';
import { fieldOfStandIn, standInAt, standInOf, standInText } from './stand-in-editor';

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

const $ = (root: ParentNode, selector: string) => root.querySelector(selector)!;
const HIDDEN = 'style="display:none"';

describe('a contenteditable editor shown in place of a hidden field', () => {
  it('is tied to the hidden field in its block, both ways, also from an element inside it', () => {
    const root = html(`<form><div class="q"><label for="a">Other comments on health</label><textarea id="a" ${HIDDEN}></textarea>
      <div class="rte"><div class="bar"><button>B</button></div><div id="ed" contenteditable="true"><p id="para">Bad <b>back</b></p></div></div></div>
      <div class="q"><label for="b">Önskat stöd</label><input id="b" type="text"></div></form>`);
    const editor = standInAt($(root, '#para'))!;
    expect(editor).toBe($(root, '#ed'));
    expect(fieldOfStandIn(editor)).toBe($(root, '#a'));
    expect(standInOf($(root, '#a'))).toBe(editor);
  });

  it('pairs editors with hidden fields in page order when one block holds several of each, whichever comes first', () => {
    const after = html(`<div><textarea id="t1" ${HIDDEN}></textarea><div id="e1" contenteditable></div>
      <textarea id="t2" ${HIDDEN}></textarea><div id="e2" contenteditable></div></div>`);
    expect(fieldOfStandIn($(after, '#e1'))).toBe($(after, '#t1'));
    expect(fieldOfStandIn($(after, '#e2'))).toBe($(after, '#t2'));
    expect(standInOf($(after, '#t2'))).toBe($(after, '#e2'));
    document.body.textContent = '';
    const before = html(`<div><div id="e1" contenteditable></div><input type="text" id="t1" ${HIDDEN}>
      <div id="e2" contenteditable></div><input type="text" id="t2" ${HIDDEN}></div>`);
    expect(fieldOfStandIn($(before, '#e2'))).toBe($(before, '#t2'));
    expect(standInOf($(before, '#t1'))).toBe($(before, '#e1'));
  });

  it('ties nothing when the block holds more hidden fields than editors, or more editors than hidden fields', () => {
    const root = html(`<div><textarea id="t1" ${HIDDEN}></textarea><textarea id="t2" ${HIDDEN}></textarea><div id="e1" contenteditable></div></div>
      <section><textarea id="t3" ${HIDDEN}></textarea><div id="e2" contenteditable></div><div id="e3" contenteditable></div></section>`);
    expect(fieldOfStandIn($(root, '#e1'))).toBeNull();
    expect(standInOf($(root, '#t1'))).toBeNull();
    expect(fieldOfStandIn($(root, '#e3'))).toBeNull();
    expect(standInOf($(root, '#t3'))).toBeNull();
  });

  it('an editor with no hidden field near it (a scratch pad) stands for nothing, nor does a label or a non-editable element', () => {
    // (A shown field is no hidden one: a matter of layout, which only the browser tests have.)
    const root = html(`<div><label>Hur mår du psykiskt?</label></div>
      <div><div><div id="pad" contenteditable="true"></div></div></div>`);
    expect(fieldOfStandIn($(root, '#pad'))).toBeNull();
    expect(standInAt($(root, 'label'))).toBeNull();
    expect(standInAt(html('<div contenteditable="false"><span id="s">x</span></div>').querySelector('#s')!)).toBeNull();
  });

  it('a nested editable element belongs to the outermost editor', () => {
    const root = html(`<div><textarea id="t" ${HIDDEN}></textarea><div id="outer" contenteditable><div id="inner" contenteditable>x</div></div></div>`);
    expect(standInAt($(root, '#inner'))).toBe($(root, '#outer'));
    expect(fieldOfStandIn($(root, '#outer'))).toBe($(root, '#t'));
  });
});

describe('standInText', () => {
  it('reads the text as typed: paragraphs and line breaks end lines, formatting is ignored', () => {
    const root = html('<div id="e" contenteditable><p>Jeg har tenkt på å ta <b>livet</b> mitt</p><p>i det siste<br>og før</p><style>p{}</style></div>');
    expect(standInText($(root, '#e'))).toBe('Jeg har tenkt på å ta livet mitt\ni det siste\nog før\n');
  });
});
