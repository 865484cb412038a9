import { describe, expect, it } from 'vitest';
import type { AnswerValue, CompiledItem } from './compiled-pack';
import { scaleAnswer } from './scale-answer';

const item = (options: Record<string, string>[]): Pick<CompiledItem, 'options'> => ({ options: options as CompiledItem['options'] });
const chosen = (text: string): AnswerValue => ({ text, options: [text.toLowerCase()] });
const ONE_TO_FIVE = item(['1', '2', '3', '4', '5'].map((n) => ({ en: n, sv: n })));
const WORDED_ENDS = item([{ en: '1 Very poor', sv: '1 Mycket dålig' }, { en: '2', sv: '2' }, { en: '3', sv: '3' }, { en: '4', sv: '4' }, { en: '5 Very good', sv: '5 Mycket god' }]);

describe('scaleAnswer', () => {
  it('reads a rating\'s own words by their leading number as the option at that place on a numbered scale', () => {
    expect(scaleAnswer(ONE_TO_FIVE, chosen('2 of 5 stars')).options).toContain('2');
    expect(scaleAnswer(ONE_TO_FIVE, chosen('1 av 5 stjärnor')).options).toContain('1');
    expect(scaleAnswer(ONE_TO_FIVE, chosen('4 stjerner')).options).toContain('4');
    expect(scaleAnswer(WORDED_ENDS, chosen('1 star')).options).toEqual(expect.arrayContaining(['very poor', 'mycket dålig']));
  });

  it('leaves an answer that already names an option, typed text, and numbers past the scale as they are', () => {
    const named = chosen('3');
    expect(scaleAnswer(ONE_TO_FIVE, named)).toBe(named);
    const typed = { text: '2 of 5 stars', options: [] };
    expect(scaleAnswer(ONE_TO_FIVE, typed)).toBe(typed);
    const past = chosen('7 of 10');
    expect(scaleAnswer(ONE_TO_FIVE, past)).toBe(past);
    const range = chosen('2–4 stars');
    expect(scaleAnswer(ONE_TO_FIVE, range)).toBe(range);
  });

  it('gives a number no meaning on a scale of words, even one whose labels start with numbers', () => {
    const often = item([{ en: 'Never' }, { en: 'Monthly or less' }, { en: '2–4 times a month' }, { en: '2–3 times a week' }, { en: '4 or more times a week' }]);
    const starts = item([{ en: '2–4 times a month' }, { en: '2–3 times a week' }]);
    for (const scale of [often, starts, item([]), {}]) {
      const answer = chosen('2 of 5 stars');
      expect(scaleAnswer(scale, answer)).toBe(answer);
    }
  });
});
