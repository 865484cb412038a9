// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createMatchMemo, createPagePackMatcher, matchField, resolveMatches, type FieldEntry } from './match-fields';
import { collectFields, type Field } from './list-form-controls';
import { createReadContext } from './read-context';
import { testPack } from '../../tests/e2e/support/detection-packs';

function match(pack: ReturnType<typeof testPack>) {
  const matcher = createPagePackMatcher(pack);
  const fields: Field[] = [];
  collectFields(document, fields, new WeakMap(), { value: 0 });
  const pass = { ctx: createReadContext(), memo: createMatchMemo() };
  const entries: FieldEntry[] = fields.map((field) => {
    const hits: FieldEntry['hits'] = [];
    matchField(field, matcher, pass, hits);
    return { field, hits };
  });
  const before = (a: Element, b: Element) => !!(a.compareDocumentPosition(b) & 4);
  return resolveMatches(entries, matcher, before).map((m) => ({
    itemId: m.itemId,
    rule: m.rule,
    text: m.matchedText,
    controls: m.controls.map((c) => c.id),
  }));
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('matching fields to pack items', () => {
  it('a stem over rows the pack names too: each row keeps its item, the stem answers over the rows', () => {
    const row = (id: string, title: string) =>
      `<div class="row"><span>${title}</span><label><input type="radio" name="${id}" id="${id}-y"> Yes</label><label><input type="radio" name="${id}" id="${id}-n"> No</label></div>`;
    document.body.innerHTML = `<div><h3>Since your last visit, have you gone without any of these?</h3>${row('meals', 'Hot meals')}${row('coat', 'A warm coat')}${row('fuel', 'Fuel')}</div>`;
    const stem = { id: 'without', question: 'Since your last visit, have you gone without any of these?' };
    const every = testPack('p', [stem, { id: 'meals', question: 'Hot meals' }, { id: 'coat', question: 'A warm coat' }, { id: 'fuel', question: 'Fuel' }]);
    expect(match(every).map((m) => [m.itemId, m.controls.join(' ')])).toEqual([
      ['meals', 'meals-y meals-n'],
      ['without', 'meals-y meals-n coat-y coat-n fuel-y fuel-n'],
      ['coat', 'coat-y coat-n'],
      ['fuel', 'fuel-y fuel-n'],
    ]);
    // Only one row named: the unnamed rows answer the stem, and the named one joins them.
    const oneRow = testPack('p', [stem, { id: 'coat', question: 'A warm coat' }]);
    expect(match(oneRow).map((m) => [m.itemId, m.controls.join(' ')])).toEqual([
      ['without', 'meals-y meals-n fuel-y fuel-n coat-y coat-n'],
      ['coat', 'coat-y coat-n'],
    ]);
    // Rows named, the stem not: nothing more is found.
    expect(match(testPack('p', [{ id: 'meals', question: 'Hot meals' }])).map((m) => m.itemId)).toEqual(['meals']);
  });

  it('matches a numbered label whose text itself starts with a number, exactly', () => {
    // Normalising takes the numbering ("3.2") off once; the pack's labels are not normalised again.
    document.body.innerHTML = `<label for="m">3.2 18 months or more in the country?</label><input id="m">`;
    const pack = testPack('p', [{ id: 'residence', question: 'Length of residence', labels: ['3.2 18 months or more in the country?'] }]);
    expect(match(pack)).toEqual([{ itemId: 'residence', rule: 'label-exact', text: '3.2 18 months or more in the country?', controls: ['m'] }]);
  });

  it('tries a host-binding selector, then a name pattern, then the label', () => {
    document.body.innerHTML = `
      <label for="a">Accommodation</label><select id="a" name="ddlBoende"></select>
      <label for="b">Hyra</label><input id="b" name="ctl00$Main$ctl09$txtRent">
      <label for="c">3.2 Number of children living at home:*</label><input id="c" name="x">`;
    const pack = testPack('p', [
      { id: 'housing', question: 'Current housing situation', selectors: ['#a'] },
      { id: 'rent', question: 'Monthly rent', names: ['ctl00$Main$*$txtRent'] },
      { id: 'children', question: 'Number of children living at home' },
    ]);
    expect(match(pack)).toEqual([
      { itemId: 'housing', rule: 'selector', text: '#a', controls: ['a'] },
      { itemId: 'rent', rule: 'name', text: 'ctl00$Main$ctl09$txtRent', controls: ['b'] },
      { itemId: 'children', rule: 'label-exact', text: '3.2 Number of children living at home:*', controls: ['c'] },
    ]);
  });

  it('a selector wins over a label pointing the item elsewhere', () => {
    document.body.innerHTML = `
      <label for="x">Monthly rent</label><input id="x">
      <label for="y">Rent (new field)</label><input id="y">`;
    const pack = testPack('p', [{ id: 'rent', question: 'Monthly rent', selectors: ['#y'] }]);
    expect(match(pack).map((m) => [m.itemId, m.rule, m.controls])).toEqual([['rent', 'selector', ['y']]]);
  });

  it('one field per item: of two fields with the same label, the first in the document', () => {
    document.body.innerHTML = `
      <label for="one">Comments</label><textarea id="one"></textarea>
      <label for="two">Comments</label><textarea id="two"></textarea>`;
    expect(match(testPack('p', [{ id: 'comments', question: 'Comments' }])).map((m) => m.controls)).toEqual([['one']]);
  });

  it('two items with the same label go to two fields in document order', () => {
    document.body.innerHTML = `
      <label for="one">Comments</label><textarea id="one"></textarea>
      <label for="two">Comments</label><textarea id="two"></textarea>`;
    const pack = testPack('p', [{ id: 'c1', question: 'Comments' }, { id: 'c2', question: 'Comments' }]);
    expect(match(pack).map((m) => [m.itemId, m.controls])).toEqual([['c1', ['one']], ['c2', ['two']]]);
  });

  it('fields that reach an item through the same legend are one group (date parts, differently named checkboxes)', () => {
    document.body.innerHTML = `
      <fieldset role="group"><legend>When did you last work?</legend>
        <label for="d">Day</label><input id="d"><label for="m">Month</label><input id="m"><label for="y">Year</label><input id="y"></fieldset>
      <fieldset><legend>What help would you like?</legend>
        <input type="checkbox" name="cv" id="cv"><label for="cv">CV</label>
        <input type="checkbox" name="training" id="tr"><label for="tr">Training</label></fieldset>`;
    const pack = testPack('p', [
      { id: 'lastWorked', question: 'When did you last work?' },
      { id: 'help', question: 'What help would you like?' },
    ]);
    expect(match(pack)).toEqual([
      { itemId: 'lastWorked', rule: 'label-exact', text: 'When did you last work?', controls: ['d', 'm', 'y'] },
      { itemId: 'help', rule: 'label-exact', text: 'What help would you like?', controls: ['cv', 'tr'] },
    ]);
  });

  it('an approximate match, and no match for a control that asks something else', () => {
    document.body.innerHTML = `
      <label for="i">Total household income per month (SEK)</label><input id="i">
      <label for="n">Officer initials</label><input id="n">`;
    const pack = testPack('p', [
      { id: 'income', question: 'Total monthly household income (SEK)' },
      { id: 'expenses', question: 'Total monthly household expenses (SEK)' },
    ]);
    expect(match(pack).map((m) => [m.itemId, m.rule, m.controls])).toEqual([['income', 'label-approximate', ['i']]]);
  });
});
