import { describe, expect, it } from 'vitest';
import { APPROX_THRESHOLD, bestApproximate, buildLabelIndex, labelSimilarity, nearWord } from './match-label';
import { normalizeLabel } from '../utils/normalize-text';

const LABELS = [
  'Total monthly household income (SEK)',
  'Total monthly household expenses (SEK)',
  'Do you have debts or payment arrears?',
  'Have you applied for other benefits you may be entitled to?',
  'Number of children living at home',
  'Riskerar du att förlora din bostad?',
  'Får du stöd från någon annan?',
  'Work experience',
];
const index = buildLabelIndex(LABELS.map((text, item) => ({ item, text: normalizeLabel(text) })));
const best = (page: string) => bestApproximate(index, normalizeLabel(page));

describe('approximate label matching', () => {
  it('finds a label despite a unit, a typo, an inflection or dropped function words', () => {
    expect(best('Total household income per month (SEK)')?.item).toBe(0);
    expect(best('Have you applied for other benefits you may be entiteld to?')?.item).toBe(3);
    expect(best('Riskerar du att förlora bostaden?')?.item).toBe(5);
    expect(best('Debts or payment arrears?')?.item).toBe(2);
    expect(best('Describe your work experience')?.item).toBe(7);
  });

  it('prefers the label that shares the discriminating word', () => {
    const page = normalizeLabel('Total monthly household income (SEK), before tax');
    expect(labelSimilarity(index, normalizeLabel(LABELS[0] as string), page)).toBeGreaterThan(
      labelSimilarity(index, normalizeLabel(LABELS[1] as string), page),
    );
    expect(best('Total monthly household income (SEK), before tax')?.item).toBe(0);
  });

  it('does not match unrelated questions, or one question for another', () => {
    expect(best('Officer initials')).toBeNull();
    expect(best('Number of children living abroad')).toBeNull();
    expect(best('Date of next review')).toBeNull();
  });

  it('keeps å, ä, ö apart from a, o in exact matching (approximately a misspelling is still close), and numbers exact', () => {
    expect(index.exact.get(normalizeLabel('Far du stöd från någon annan?'))).toBeUndefined();
    expect(index.exact.get(normalizeLabel('Får du stöd från någon annan?'))).toEqual([6]);
    expect(best('Far du stöd från någon annan?')?.item).toBe(6);
    expect(nearWord('bostad', 'bostaden')).toBe(true);
    expect(nearWord('income', 'incone')).toBe(true);
    expect(nearWord('1234', '12345')).toBe(false);
    expect(nearWord('far', 'får')).toBe(false);
  });

  it('scores between 0 and 1, and 1 for the label itself', () => {
    const label = normalizeLabel(LABELS[4] as string);
    expect(labelSimilarity(index, label, label)).toBe(1);
    expect(APPROX_THRESHOLD).toBeGreaterThan(0.5);
    expect(APPROX_THRESHOLD).toBeLessThan(1);
  });

  it('ignores texts too long to be a question (a paragraph of help)', () => {
    expect(best(`${'Lorem ipsum dolor sit amet '.repeat(10)} total monthly household income`)).toBeNull();
  });
});
