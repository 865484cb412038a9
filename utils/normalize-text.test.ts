import { describe, expect, it } from 'vitest';
import { foldDiacritics, labelTokens, MAX_LABEL_CHARS, normalizeLabel } from './normalize-text';

describe('normalizeLabel', () => {
  it.each([
    ['Housing situation:', 'housing situation'],
    ['  Housing   situation *', 'housing situation'],
    ['3.2 Housing situation', 'housing situation'],
    ['Q12. Housing situation?', 'housing situation'],
    ['12) Housing situation', 'housing situation'],
    ['HOUSING — situation', 'housing situation'],
    ['Café opening', 'cafe opening'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });

  it('keeps Swedish and Norwegian letters apart from their look-alikes', () => {
    expect(normalizeLabel('Får du stöd?')).toBe('får du stöd');
    expect(normalizeLabel('Får du stöd?')).not.toBe(normalizeLabel('Far du stod?'));
    expect(normalizeLabel('Bor du i en bolig med ærlig søknad?')).toBe('bor du i en bolig med ærlig søknad');
  });

  it('treats composed and decomposed å the same', () => {
    expect(normalizeLabel('a\u030Ar')).toBe(normalizeLabel('\u00E5r'));
  });

  it('does not strip a number that is part of the question', () => {
    expect(normalizeLabel('In the next 3 months, how do you see work?')).toBe('in the next 3 months how do you see work');
  });

  it('strips a number glued to the text by markup, but not a number that is the text', () => {
    expect(normalizeLabel('19.How many people live with you?')).toBe('how many people live with you');
    expect(normalizeLabel('7)Monthly rent')).toBe('monthly rent');
    expect(normalizeLabel('Q3.Describe your work')).toBe('describe your work');
    expect(normalizeLabel('12.5kg or more')).toBe('12 5kg or more');
    expect(normalizeLabel('19.Över')).toBe('över');
  });

  it('bounds the work on enormous labels', () => {
    expect(normalizeLabel('word '.repeat(100_000)).length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
  });
});

describe('foldDiacritics', () => {
  it('folds accents but not Nordic letters', () => {
    expect(foldDiacritics('éüñåäöøæ')).toBe('eunåäöøæ');
  });
});

describe('labelTokens', () => {
  it('splits a normalised label', () => {
    expect(labelTokens('housing situation')).toEqual(['housing', 'situation']);
    expect(labelTokens('')).toEqual([]);
  });
});
