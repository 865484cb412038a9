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

  it('strips an instrument\'s numbering with a colon or a sub-item letter, and a number glued to a capital by markup', () => {
    expect(normalizeLabel('F 3:4 Hur mår du psykiskt?')).toBe('hur mår du psykiskt');
    expect(normalizeLabel('1:2 Antal barn')).toBe('antal barn');
    expect(normalizeLabel('Q3.7a: How often do you drink alcohol?')).toBe('how often do you drink alcohol');
    expect(normalizeLabel('12b) Monthly rent')).toBe('monthly rent');
    expect(normalizeLabel('3.4How are you psychologically?')).toBe('how are you psychologically');
    expect(normalizeLabel('3.8Droger eller läkemedel')).toBe('droger eller läkemedel');
    expect(normalizeLabel('F 3:4Hur mår du?')).toBe('hur mår du');
    // A quantity with its unit stays.
    expect(normalizeLabel('12.5kg or more')).toBe('12 5kg or more');
    expect(normalizeLabel('2.5 Mb max')).toBe('mb max');
  });

  it('drops how a form marks a field required or optional, in en, sv and nb', () => {
    for (const marked of ['Rent (optional)', 'Rent (Optional)', 'Rent (req.)', 'Rent (required)', 'Rent ( mandatory )']) expect(normalizeLabel(marked)).toBe('rent');
    expect(normalizeLabel('Övrigt om hälsan (frivilligt)')).toBe('övrigt om hälsan');
    expect(normalizeLabel('Hyra (obligatoriskt)')).toBe('hyra');
    expect(normalizeLabel('Rusmiddelbruk (valgfritt)')).toBe('rusmiddelbruk');
    expect(normalizeLabel('Jobbmål (påkrevd)')).toBe('jobbmål');
    // Other words in parentheses are the question's.
    expect(normalizeLabel('Monthly rent (SEK)')).toBe('monthly rent sek');
    expect(normalizeLabel('Name of probation officer (if any)')).toBe('name of probation officer if any');
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
