import { describe, expect, it } from 'vitest';
import { hasFormMarks, labelTokens, normalizeLabel } from '../utils/normalize-text';
import { EMPTY, hashText, MAY_MATCH, NO_MATCH, screenLabel, UNSURE, WORD_KEY_LETTERS, type LabelScreen } from './screen-label';

const keyOf = (word: string) => word.slice(0, WORD_KEY_LETTERS);
const screenOf = (labels: string[], words: string[] = []): LabelScreen => ({
  texts: new Set(labels.map((label) => hashText(normalizeLabel(label)))),
  wordKeys: new Set(words.map((word) => hashText(keyOf(word)))),
});

/** Seeded texts made of the pieces numbering prefixes, punctuation and case are made of. */
function* generatedTexts(count: number): Generator<string> {
  const pieces = ['Q12', '3.2', '(4)', 'a)', 'Nr. 5', 'F 3:4', '(optional)', '(req.)', 'How', ' ', '  ', '\t', '\n', 'housing', 'Rent', 'ARREARS', '12', ':', '*', '?', '-', '.', ')', '(', 'h)', 'f', 's1', 'x'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let n = 0; n < count; n++) {
    let text = '';
    const length = 1 + Math.floor(next() * 8);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
    yield text;
  }
}

describe('screenLabel', () => {
  it('hashes a text exactly as normalizeLabel normalises it (numbering, case, punctuation, white space)', () => {
    for (const text of ['3.2 Housing situation:', ' Q12. Rent arrears? *', '(4) a) Debts', 'HOUSING — situation', ...generatedTexts(3000)]) {
      if (/[^ -~\t\n]/.test(text)) continue; // (the generator makes plain ASCII only)
      const normalized = normalizeLabel(text);
      // A glued number or a fill marker ("3.4How", "(optional)"): rewritten by normalizeLabel, left to it.
      if (hasFormMarks(text)) {
        expect(screenLabel(text, screenOf([])), JSON.stringify(text)).toBe(UNSURE);
        continue;
      }
      if (normalized === '') {
        expect(screenLabel(text, screenOf([])), JSON.stringify(text)).toBe(EMPTY);
        continue;
      }
      expect(screenLabel(text, screenOf([text])), JSON.stringify(text)).toBe(MAY_MATCH);
      // Each word's key alone is enough to be looked at (approximate matching indexes words by it).
      for (const word of labelTokens(normalized)) expect(screenLabel(text, screenOf([], [word])), `${JSON.stringify(text)} ${word}`).toBe(MAY_MATCH);
    }
  });

  it('passes over a text no label or label word could match', () => {
    const screen = screenOf(['Do you have any rent arrears?'], ['rent', 'arrears']);
    expect(screenLabel('Reference number 123', screen)).toBe(NO_MATCH);
    expect(screenLabel('Office use only', screen)).toBe(NO_MATCH);
    expect(screenLabel('Do you have any rent arrears', screen)).toBe(MAY_MATCH);
    expect(screenLabel('4.1 Rent arrears (see notes)', screen)).toBe(MAY_MATCH); // approximate: shares "rent"
    expect(screenLabel('4.1 Rent arrears (optional)', screen)).toBe(UNSURE); // normalizeLabel drops the marker
    expect(screenLabel('Arrears of rent?', screen)).toBe(MAY_MATCH);
    expect(screenLabel('Renting', screen)).toBe(MAY_MATCH); // same key: an inflection may be near
  });

  it('leaves non-ASCII and very long texts to the full way', () => {
    const screen = screenOf(['Har du hyresskulder?']);
    expect(screenLabel('Får du stöd?', screen)).toBe(UNSURE);
    expect(screenLabel('Café', screen)).toBe(UNSURE);
    expect(screenLabel('word '.repeat(200), screen)).toBe(UNSURE);
  });

  it('says a text of punctuation or a bare numbering prefix is empty', () => {
    expect(screenLabel('  *: ', screenOf([]))).toBe(EMPTY);
    expect(screenLabel('', screenOf([]))).toBe(EMPTY);
  });
});
