import { describe, expect, it } from 'vitest';
import type { LabelledQuestion } from '../../rules/question-eval';
import { questionForm } from '../../rules/question-form';
import { allOpenTranscripts, featureNames, transcriptFolds, turnFeatures } from '../eval/question-form-features';

const question = (group: string, label: 'open' | 'closed', line: number): LabelledQuestion => ({ group, label, text: `Question ${line}?`, language: 'en', line });

describe('transcriptFolds (the learned-layer experiment)', () => {
  // Ids out of order and past 9, so sorting as text ("10" before "2") would pick other transcripts.
  const ids = ['14', '2', '10', '0', '4', '22', '6', '8', '12', '20', '16', '18'];
  const questions = ids.flatMap((id, i) => [question(id, 'open', 2 * i + 2), question(id, 'closed', 2 * i + 3)]);

  it('never puts a transcript in both the training and the test part, and tests every question once', () => {
    const folds = transcriptFolds(questions, 5);
    expect(folds).toHaveLength(5);
    for (const fold of folds) {
      const tested = new Set(fold.test.map((q) => q.group));
      expect(fold.train.some((q) => tested.has(q.group))).toBe(false);
      expect(fold.train.length + fold.test.length).toBe(questions.length);
    }
    expect(folds.flatMap((fold) => fold.test.map((q) => q.line)).sort((a, b) => a - b)).toEqual(questions.map((q) => q.line));
  });

  it('tests the 5th, 10th… transcript id in numeric order in the fixed split', () => {
    const [fixed] = transcriptFolds(questions, 5, 4);
    // Sorted as numbers: 0 2 4 6 [8] 10 12 14 16 [18] 20 22.
    expect([...new Set(fixed?.test.map((q) => q.group))]).toEqual(['8', '18']);
  });

  it('refuses questions without a transcript id', () => {
    expect(() => transcriptFolds([{ label: 'open', text: 'Why?', language: 'en', line: 7 }], 5)).toThrow(/line 7: no transcript_id/);
  });
});

describe('allOpenTranscripts', () => {
  it('names transcripts of at least the minimum size whose every question is labelled open', () => {
    const questions = [
      ...[1, 2, 3].map((line) => question('5', 'open', line)),
      ...[4, 5].map((line) => question('6', 'open', line)),
      question('7', 'open', 6), question('7', 'open', 7), question('7', 'closed', 8),
    ];
    expect(allOpenTranscripts(questions, 3)).toEqual(new Set(['5']));
    expect(allOpenTranscripts(questions, 2)).toEqual(new Set(['5', '6']));
  });
});

describe('turnFeatures', () => {
  const value = (row: number[], name: string, set: 'structural' | 'structural+english' = 'structural') => row[featureNames(set).indexOf(name)];

  it('gives one number per named feature in both sets', () => {
    for (const set of ['structural', 'structural+english'] as const) {
      expect(turnFeatures('That sounds hard. What happened next?', 'en', set)).toHaveLength(featureNames(set).length);
    }
    expect(featureNames('structural+english').length).toBeGreaterThan(featureNames('structural').length);
  });

  it('carries the rules’ verdict and the kind of the deciding and first asking sentences', () => {
    const row = turnFeatures('That sounds hard. Did it help? What happened next?', 'en', 'structural');
    expect(value(row, 'rules say open')).toBe(1);
    expect(value(row, 'decided by open-question')).toBe(1);
    expect(value(row, 'first asking sentence yes-no')).toBe(1);
    expect(value(row, 'has a statement')).toBe(1);
    expect(value(row, 'log(1+words before the first asking sentence)')).toBeCloseTo(Math.log1p(3));
    for (const [text, language] of [['Bor du ensam?', 'sv'], ['Hva skjedde da?', 'nb'], ['So you moved in May?', 'en']] as const) {
      expect(value(turnFeatures(text, language, 'structural'), 'rules say open')).toBe(questionForm(text, language) === 'open' ? 1 : 0);
    }
  });

  it('reads shape marks, and English forms only in English', () => {
    expect(value(turnFeatures('You could go back to work, or', 'en', 'structural'), 'ends on or')).toBe(1);
    expect(value(turnFeatures('Du kan gå tillbaka, eller', 'sv', 'structural'), 'ends on or')).toBe(1);
    expect(value(turnFeatures('And what about the—', 'en', 'structural'), 'cut off (dash or ellipsis at the end)')).toBe(1);
    expect(value(turnFeatures('Is it okay if I share some information?', 'en', 'structural'), 'asks permission (English)')).toBe(1);
    const english = 'deciding sentence starts "what" (English)';
    expect(value(turnFeatures('So what happened then?', 'en', 'structural+english'), english, 'structural+english')).toBe(1);
    expect(value(turnFeatures('Hva skjedde da?', 'nb', 'structural+english'), english, 'structural+english')).toBe(0);
  });
});
