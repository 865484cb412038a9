// @vitest-environment happy-dom
// Which fields the detector lists as questions no pack item matches: look-alikes left
// out, matched fields never listed, kinds and options as the page shows them. (Hidden
// fields need layout: tests/e2e/unmatched-questions.e2e.ts, in Chromium.)
import { afterEach, describe, expect, it } from 'vitest';
import { createFieldDetector, type FieldDetector } from './field-detector';
import { testPack } from '../../tests/e2e/support/detection-packs';
import { compileDefaultPacks } from '../../rules/install-default-packs';

const pack = testPack('p', [
  { id: 'safe-home', question: 'Do you feel safe where you live?' },
  { id: 'income', question: 'Monthly income after tax' },
]);

let detector: FieldDetector | undefined;
afterEach(() => {
  detector?.stop();
  detector = undefined;
});

async function unmatchedOn(html: string, limit?: number) {
  document.body.innerHTML = html;
  detector = createFieldDetector({ pack, document, observe: false });
  await detector.ready;
  return detector.unmatchedQuestions(limit);
}

const PAGE = `
  <header><form role="search"><label for="q">Search cases</label><input id="q" name="q"></form></header>
  <nav><label>Jump to <select id="jump"><option>Intake</option><option>Review</option></select></label></nav>
  <form id="login"><label for="u">Staff id</label><input id="u" autocomplete="username"><label for="pw">Code</label><input id="pw" type="password"></form>
  <main><form>
    <label for="safe">Do you feel safe where you live?</label><select id="safe"><option value="">Choose</option><option>Yes</option><option>No</option></select>
    <label for="inc">Monthly income after tax</label><input id="inc">
    <fieldset><legend>Has a partner or family member threatened you?</legend>
      <label><input type="radio" name="thr" value="y"> Yes, in the last year</label>
      <label><input type="radio" name="thr" value="n"> No</label>
      <label><input type="radio" name="thr" value="x"> Would rather not say</label></fieldset>
    <label for="notes">What happened the last time you felt afraid?</label><textarea id="notes"></textarea>
    <label><input type="checkbox" id="consent"> Client agrees to a referral</label>
    <div role="switch" aria-checked="false" aria-label="Interpreter needed"></div>
    <label for="born">Date of birth</label><input id="born" type="date">
    <label for="size">Rows per page</label><select id="size"><option>10</option><option>25</option><option>50</option></select>
    <label for="show">Show</label><select id="show"><option>20</option><option>50</option><option>100</option></select>
    <label for="look">Look up</label><input id="look" type="search">
    <input id="unlabelled">
    <section><header><label for="who">Who else lives with you?</label><input id="who"></header></section>
    <input type="submit" value="Save">
  </form></main>
  <footer><label for="lang">Choose</label><select id="lang"><option>English</option><option>Svenska</option></select></footer>`;

describe('questions on the page that no pack item matches', () => {
  it('lists the fields that look like questions, with kind and options, in page order, and none that matched', async () => {
    const found = await unmatchedOn(PAGE);
    expect(found.questions.map((q) => [q.label, q.kind, q.options])).toEqual([
      ['Has a partner or family member threatened you?', 'radio-group', ['Yes, in the last year', 'No', 'Would rather not say']],
      ['What happened the last time you felt afraid?', 'textarea', []],
      ['Client agrees to a referral', 'checkbox', []],
      ['Interpreter needed', 'switch', []],
      ['Date of birth', 'date', []],
      ['Who else lives with you?', 'text', []],
    ]);
    expect(found.total).toBe(6);
    expect(detector?.matches().map((m) => m.itemId)).toEqual(['safe-home', 'income']);
  });

  it('names the pack item a question came closest to, and none when nothing is near', async () => {
    const found = await unmatchedOn(`
      <label for="a">Do you feel safe in the place where you live now, day and night?</label><select id="a"><option>Yes</option><option>No</option></select>
      <label for="b">Favourite colour</label><input id="b">`);
    expect(found.questions.map((q) => [q.label, q.nearest?.itemId])).toEqual([
      ['Do you feel safe in the place where you live now, day and night?', 'safe-home'],
      ['Favourite colour', undefined],
    ]);
    const score = found.questions[0]?.nearest?.score ?? 0;
    expect(score).toBeGreaterThanOrEqual(0.3);
    expect(score).toBeLessThan(0.74);
  });

  it('reads the options of list widgets and toggle buttons as shown', async () => {
    const found = await unmatchedOn(`
      <span id="l1">How often do you drink alcohol?</span>
      <div role="combobox" aria-labelledby="l1" aria-controls="lb1" aria-expanded="false"></div>
      <ul role="listbox" id="lb1"><li role="option">Never</li><li role="option">Monthly</li><li role="option">Weekly or more</li></ul>
      <div role="group" aria-label="Is there a court order in place?">
        <button type="button" aria-pressed="false">Yes</button><button type="button" aria-pressed="false">No</button></div>`);
    expect(found.questions.map((q) => [q.label, q.kind, q.options])).toEqual([
      ['How often do you drink alcohol?', 'combobox', ['Never', 'Monthly', 'Weekly or more']],
      ['Is there a court order in place?', 'toggle-buttons', ['Yes', 'No']],
    ]);
  });

  it('lists the first ones and counts them all', async () => {
    const many = Array.from({ length: 60 }, (_, i) => `<label for="f${i}">Question number ${i + 1} about the household</label><input id="f${i}">`).join('');
    const found = await unmatchedOn(many, 50);
    expect(found.total).toBe(60);
    expect(found.questions).toHaveLength(50);
    expect(found.questions[49]?.label).toBe('Question number 50 about the household');
  });
});

describe('a field whose candidate items all went to other fields is listed as unmatched', () => {
  const assessment = compileDefaultPacks().packs.find((candidate) => candidate.items.some((item) => item.id === 'rent'));
  /** Close to the default pack's "Monthly rent (SEK)" (approximate), but not it: en and sv, several shapes. */
  const NEAR_RENT = ['Monthly rent paid (SEK)', 'Rent paid this month (SEK)', 'Have you paid the monthly rent (SEK)?', 'Månadshyra betald (kr)'];

  async function onAssessmentPage(html: string) {
    document.body.innerHTML = html;
    detector = createFieldDetector({ pack: assessment!, document, observe: false });
    await detector.ready;
    return { listed: detector.unmatchedQuestions(), matched: detector.matches().map((m) => [m.itemId, m.control.id]) };
  }

  for (const text of NEAR_RENT) {
    it(`"${text}" beside the rent question itself: the rent field keeps the item, this one is listed, nearest the rent item`, async () => {
      const { listed, matched } = await onAssessmentPage(`
        <table><tr><td><label for="paid">${text}</label></td><td><input id="paid"></td></tr>
        <tr><td><label for="rent">Monthly rent (SEK)</label></td><td><input id="rent"></td></tr></table>`);
      expect(matched).toEqual([['rent', 'rent']]);
      expect(listed.questions.map((q) => [q.label, q.nearest?.itemId])).toEqual([[text, 'rent']]);
      expect(listed.total).toBe(1);
    });
  }

  it('alone on its page, the near text wins the item and is not listed', async () => {
    const { listed, matched } = await onAssessmentPage(`<label for="paid">${NEAR_RENT[0]}</label><input id="paid">`);
    expect(matched).toEqual([['rent', 'paid']]);
    expect(listed.total).toBe(0);
  });

  it('two fields with the same question: the first keeps the item, the second is listed', async () => {
    const found = await unmatchedOn(`
      <label for="i1">Monthly income after tax</label><input id="i1">
      <label for="i2">Monthly income after tax</label><input id="i2">`);
    expect(detector?.matches().map((m) => m.control.id)).toEqual(['i1']);
    expect(found.questions.map((q) => [q.label, q.nearest?.itemId])).toEqual([['Monthly income after tax', 'income']]);
  });
});
