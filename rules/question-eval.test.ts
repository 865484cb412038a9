import { describe, expect, it } from 'vitest';
import { evaluateQuestions, formatEvaluation, readQuestionsTsv, type LabelledQuestion } from './question-eval';

describe('readQuestionsTsv', () => {
  it('reads the AnnoMI columns: transcript_id, utterance_id, label, text (English)', () => {
    const { questions, problems } = readQuestionsTsv('transcript_id\tutterance_id\tlabel\ttext\n4\t12\topen\tWhat brings you here?\n4\t14\tclosed\tDo you smoke?\n');
    expect(problems).toEqual([]);
    expect(questions).toEqual([
      { group: '4', language: 'en', label: 'open', text: 'What brings you here?', line: 2 },
      { group: '4', language: 'en', label: 'closed', text: 'Do you smoke?', line: 3 },
    ]);
  });

  it('reads lang, label, text in any order, with Windows line ends and a byte-order mark', () => {
    const { questions } = readQuestionsTsv('\uFEFFtext\tLang\tlabel\r\nHar du barn?\tsv\tclosed\r\nHvordan har du det?\tnb\topen\r\n');
    expect(questions.map((q) => [q.language, q.label, q.text])).toEqual([
      ['sv', 'closed', 'Har du barn?'],
      ['nb', 'open', 'Hvordan har du det?'],
    ]);
  });

  it('unquotes a field in double quotes, reading "" as one quote', () => {
    const { questions } = readQuestionsTsv('label\ttext\nopen\t"You said, ""I want this."" What would it take?"\n');
    expect(questions[0]?.text).toBe('You said, "I want this." What would it take?');
  });

  it('reports a bad label or an empty text by line and keeps the other rows', () => {
    const { questions, problems } = readQuestionsTsv('lang\tlabel\ttext\nen\tmaybe\tDo you?\nen\topen\t\nen\tclosed\tAre you?\n\n');
    expect(problems).toEqual(['line 2: label must be "open" or "closed", not "maybe"', 'line 3: no text']);
    expect(questions.map((q) => q.line)).toEqual([4]);
  });

  it('refuses a header without label and text', () => {
    const { questions, problems } = readQuestionsTsv('What is this?\topen\n');
    expect(questions).toEqual([]);
    expect(problems[0]).toMatch(/^line 1: the header must name the columns "label" and "text"/);
  });
});

const q = (label: 'open' | 'closed', text: string): LabelledQuestion => ({ label, text, language: 'en', line: 0 });

describe('evaluateQuestions', () => {
  // Judged by a stand-in that calls everything with "?" at the end open: 3 open right, 1 open wrong, 1 closed right, 2 closed wrong.
  const questions = [q('open', 'a?'), q('open', 'b?'), q('open', 'c?'), q('open', 'd'), q('closed', 'e'), q('closed', 'f?'), q('closed', 'g?')];
  const evaluation = evaluateQuestions(questions, (text) => (text.endsWith('?') ? 'open' : 'closed'));

  it('counts the confusion matrix by label and judgement', () => {
    expect(evaluation.confusion).toEqual({ open: { open: 3, closed: 1 }, closed: { open: 2, closed: 1 } });
    expect(evaluation.total).toBe(7);
  });

  it('computes accuracy, precision and recall per class', () => {
    expect(evaluation.accuracy).toBeCloseTo(4 / 7);
    expect(evaluation.recall.open).toBeCloseTo(3 / 4);
    expect(evaluation.recall.closed).toBeCloseTo(1 / 3);
    expect(evaluation.precision.open).toBeCloseTo(3 / 5);
    expect(evaluation.precision.closed).toBeCloseTo(1 / 2);
  });

  it('leaves a figure undefined (NaN) rather than dividing by zero', () => {
    const allOpen = evaluateQuestions([q('open', 'a?')], () => 'open');
    expect(allOpen.recall.closed).toBeNaN();
    expect(allOpen.precision.closed).toBeNaN();
    expect(allOpen.accuracy).toBe(1);
  });
});

describe('formatEvaluation', () => {
  const evaluation = evaluateQuestions([q('open', 'a?'), q('closed', 'b'), q('closed', 'c?')], (text) => (text.endsWith('?') ? 'open' : 'closed'));
  const lines = formatEvaluation(evaluation, 'set.tsv');

  it('prints accuracy, per-class precision and recall and the confusion matrix', () => {
    expect(lines.slice(0, -1)).toEqual([
      'set.tsv: 3 questions',
      'accuracy 66.7%',
      'open   precision 50.0%, recall 100.0%',
      'closed precision 100.0%, recall 50.0%',
      'confusion (rows: label, columns: judged)',
      '          open closed',
      'open         1      0',
      'closed       1      1',
    ]);
  });

  it('ends with one JSON object holding accuracy, closedRecall and openRecall', () => {
    expect(JSON.parse(lines.at(-1) ?? '')).toMatchObject({ accuracy: 0.6667, closedRecall: 0.5, openRecall: 1, total: 3 });
  });

  it('writes an undefined figure as null in the JSON and a dash in the text', () => {
    const none = formatEvaluation(evaluateQuestions([q('open', 'a?')], () => 'open'), 'x');
    expect(none).toContain('closed precision —, recall —');
    expect(JSON.parse(none.at(-1) ?? '').closedRecall).toBeNull();
  });
});
