import { describe, expect, it } from 'vitest';
import { numberInField } from './answer-number';

describe('numberInField', () => {
  it('reads plain numbers, decimal commas and thousands gaps', () => {
    expect(numberInField('3')).toBe(3);
    expect(numberInField(' 2,5 ')).toBe(2.5);
    expect(numberInField('-4')).toBe(-4);
    expect(numberInField('12\u00a0500')).toBe(12500);
  });

  it('reads a mask\'s fill characters and a short unit as part of the number', () => {
    expect(numberInField('2_')).toBe(2);
    expect(numberInField('__3')).toBe(3);
    expect(numberInField('1__ ___')).toBe(1);
    expect(numberInField('12 500 kr')).toBe(12500);
    expect(numberInField('3 st')).toBe(3);
    expect(numberInField('40 %')).toBe(40);
    expect(numberInField('37,5 timer')).toBe(37.5);
  });

  it('reads no number from words, a sentence, a date or an empty mask', () => {
    for (const text of ['', '__', 'two', 'I have 2 children', '2 barn och en hund', '2024-05-01', '12 mars', '3 barn', '2–4 times a month', '1/2']) {
      expect(numberInField(text), text).toBeUndefined();
    }
  });
});
