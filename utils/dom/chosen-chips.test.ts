// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { chipRow, isChoiceChip } from './choice-chips';
import { chosenChips, forgetChipLooks } from './chosen-chips';
import { readAnswer } from './read-answer';

beforeEach(() => {
  document.body.textContent = '';
  forgetChipLooks();
});

function html(markup: string): HTMLElement {
  const host = document.createElement('div');
  // Test fixture markup, not pack text.
  host.innerHTML = markup;
  document.body.append(host);
  return host;
}

const words = (chips: Element[]) => chips.map((c) => c.textContent?.trim());

describe('isChoiceChip', () => {
  it('takes a row of short plain buttons, links or focusable boxes as options', () => {
    const root = html(`<div id="a"><button type="button">Ja</button><button type="button">Nej</button><input type="hidden" name="x"></div>
      <p id="b"><a href="#">Nei</a><a href="#">Ja</a><a href="#">Vil ikke svare</a></p>
      <div id="c"><div tabindex="0">Yes</div><div tabindex="0">No</div></div>`);
    for (const id of ['a', 'b', 'c']) expect(chipRow(root.querySelector(`#${id} > :first-child`)!).length, id).toBeGreaterThan(1);
  });

  it('leaves out submit buttons, ARIA widgets, toolbars, navigation, lone buttons and long texts', () => {
    const root = html(`<form><div id="submit"><button>Save</button><button>Next</button></div></form>
      <div id="aria"><button aria-pressed="false">Yes</button><button aria-pressed="true">No</button></div>
      <div role="toolbar" id="bar"><button type="button">B</button><button type="button">I</button></div>
      <nav><div id="nav"><a href="/a">Home</a><a href="/b">Cases</a></div></nav>
      <div id="lone"><button type="button">Choose…</button><span>beside</span></div>
      <p id="prose">See <a href="#">the guide</a> or <a href="#">the FAQ</a>.</p>
      <div id="long"><a href="#">${'A sentence that is far too long to be one of the options of a question'}</a><a href="#">Another</a></div>`);
    for (const id of ['submit', 'aria', 'bar', 'nav', 'lone', 'prose', 'long']) expect(isChoiceChip(root.querySelector(`#${id} > :first-child`)!), id).toBe(false);
  });
});

describe('chosenChips', () => {
  it('nothing chosen while all chips look alike; then the one that gained a mark', () => {
    const root = html('<div><button type="button" class="c">Yes</button><button type="button" class="c">No</button><button type="button" class="c">Sometimes</button></div>');
    const chips = chipRow(root.querySelector('button')!);
    expect(chosenChips(chips)).toEqual([]);
    chips[1]!.classList.add('c--on');
    expect(words(chosenChips(chips))).toEqual(['No']);
  });

  it('two chips that swap looks: told apart by the look both had before the choice', () => {
    const root = html('<div><button type="button" class="btn btn-outline">Ja</button><button type="button" class="btn btn-outline">Nej</button></div>');
    const chips = chipRow(root.querySelector('button')!);
    expect(chosenChips(chips)).toEqual([]);
    chips[0]!.className = 'btn btn-primary';
    expect(words(chosenChips(chips))).toEqual(['Ja']);
    chips[0]!.className = 'btn btn-outline';
    chips[1]!.className = 'btn btn-primary';
    expect(words(chosenChips(chips))).toEqual(['Nej']);
  });

  it('first read with a choice made: marks the others lack (inline style, data flag, an icon), else the odd one out', () => {
    const styled = html('<div><span tabindex="0">Nei</span><span tabindex="0" style="background: navy">Ja</span></div>');
    expect(words(chosenChips(chipRow(styled.querySelector('span')!)))).toEqual(['Ja']);
    const icon = html('<div><button type="button">Yes<svg class="tick"></svg></button><button type="button">No</button><button type="button">Maybe</button></div>');
    expect(words(chosenChips(chipRow(icon.querySelector('button')!)))).toEqual(['Yes']);
    const swapped = html('<div><a href="#" class="o">A</a><a href="#" class="f">B</a><a href="#" class="o">C</a></div>');
    expect(words(chosenChips(chipRow(swapped.querySelector('a')!)))).toEqual(['B']);
    const tie = html('<div><a href="#" class="o">X</a><a href="#" class="f">Z</a></div>');
    expect(chosenChips(chipRow(tie.querySelector('a')!)), 'two looks and no history: not guessed').toEqual([]);
  });

  it('several chosen in a multi-choice row', () => {
    const root = html('<div><button type="button" data-on="1">Salary</button><button type="button">Sickness benefit</button><button type="button" data-on="1">Child benefit</button></div>');
    expect(words(chosenChips(chipRow(root.querySelector('button')!)))).toEqual(['Salary', 'Child benefit']);
  });

  it('focus and hover marks, and attributes that name the option, are no choice', () => {
    const root = html(`<div><button type="button" class="c is-focused" data-value="yes" id="o1">Yes</button>
      <button type="button" class="c" data-hover="true" data-value="no" id="o2">No</button></div>`);
    expect(chosenChips(chipRow(root.querySelector('button')!))).toEqual([]);
  });
});

describe('readAnswer of a chip row', () => {
  it('reads the chosen chips as options, with their places; a page-written hidden input when the look says nothing', () => {
    const root = html('<div><button type="button" class="c">Nei</button><button type="button" class="c c--x" data-value="ja">Ja</button></div>');
    const chips = chipRow(root.querySelector('button')!);
    expect(readAnswer(chips)).toMatchObject({ text: 'Ja', options: ['ja'], positions: [2] });
    const hidden = html('<div><button type="button" data-value="n">Nej</button><button type="button" data-value="j">Ja</button><input type="hidden" value="j"></div>');
    expect(readAnswer(chipRow(hidden.querySelector('button')!)).options).toEqual(['j', 'ja']);
  });
});
