/**
 * Measuring the open/closed classifier on a labelled set of questions: reading
 * the TSV, counting the confusion matrix, and the report `npm run eval:questions`
 * prints. Pure (no file or process access), so it is tested in Node.
 */
import type { QuestionForm } from './question-form';

export interface LabelledQuestion {
  /** Where the question comes from (AnnoMI transcript_id), when the file says. */
  group?: string;
  /** BCP 47 tag; "en" when the file has no `lang` column. */
  language: string;
  label: QuestionForm;
  text: string;
  /** 1-based line in the file, for messages. */
  line: number;
}

export interface ReadQuestions {
  questions: LabelledQuestion[];
  /** One message per line that could not be read, "line N: …". */
  problems: string[];
}

const FORMS: readonly QuestionForm[] = ['open', 'closed'];

/**
 * Reads a tab-separated file with a header row naming at least `label` and
 * `text`, and optionally `lang` and `transcript_id` (the AnnoMI columns are
 * transcript_id, utterance_id, label, text). A field wrapped in double quotes
 * has them removed and `""` read as `"`. A header without `label` or `text`
 * is one problem and no questions; a bad row is a problem and is skipped.
 */
export function readQuestionsTsv(content: string): ReadQuestions {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((name) => name.trim().toLowerCase());
  const column = (name: string) => header.indexOf(name);
  const [labelAt, textAt, langAt, groupAt] = [column('label'), column('text'), column('lang'), column('transcript_id')];
  if (labelAt < 0 || textAt < 0) {
    return { questions: [], problems: [`line 1: the header must name the columns "label" and "text" (found: ${header.join(', ') || 'nothing'})`] };
  }
  const questions: LabelledQuestion[] = [];
  const problems: string[] = [];
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const fields = raw.split('\t').map(unquote);
    const label = (fields[labelAt] ?? '').trim().toLowerCase();
    const text = (fields[textAt] ?? '').trim();
    if (label !== 'open' && label !== 'closed') {
      problems.push(`line ${line}: label must be "open" or "closed", not "${fields[labelAt] ?? ''}"`);
      return;
    }
    if (text === '') {
      problems.push(`line ${line}: no text`);
      return;
    }
    const language = langAt >= 0 ? (fields[langAt] ?? '').trim() || 'en' : 'en';
    questions.push({ label, text, language, line, ...(groupAt >= 0 ? { group: fields[groupAt] ?? '' } : {}) });
  });
  return { questions, problems };
}

function unquote(field: string): string {
  return field.length >= 2 && field.startsWith('"') && field.endsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
}

export interface Evaluation {
  total: number;
  /** confusion[label][predicted]: how many questions labelled `label` were judged `predicted`. */
  confusion: Record<QuestionForm, Record<QuestionForm, number>>;
  /** Fraction 0–1 judged as labelled. */
  accuracy: number;
  /** Per class, fractions 0–1; NaN when undefined (nothing predicted or labelled as that class). */
  precision: Record<QuestionForm, number>;
  recall: Record<QuestionForm, number>;
}

/** Judges every question with `classify` and counts agreement with its label. */
export function evaluateQuestions(questions: readonly LabelledQuestion[], classify: (text: string, language: string) => QuestionForm): Evaluation {
  const confusion = { open: { open: 0, closed: 0 }, closed: { open: 0, closed: 0 } };
  for (const question of questions) confusion[question.label][classify(question.text, question.language)]++;
  const correct = confusion.open.open + confusion.closed.closed;
  const total = questions.length;
  const predicted = (form: QuestionForm) => confusion.open[form] + confusion.closed[form];
  const labelled = (form: QuestionForm) => confusion[form].open + confusion[form].closed;
  const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
  return {
    total,
    confusion,
    accuracy: ratio(correct, total),
    precision: { open: ratio(confusion.open.open, predicted('open')), closed: ratio(confusion.closed.closed, predicted('closed')) },
    recall: { open: ratio(confusion.open.open, labelled('open')), closed: ratio(confusion.closed.closed, labelled('closed')) },
  };
}

/**
 * The report, one line per string: accuracy, precision and recall per class,
 * the confusion matrix, and last one JSON object
 * `{"accuracy","closedRecall","openRecall",…}` (fractions, 4 decimals; null when undefined).
 */
export function formatEvaluation(evaluation: Evaluation, name: string): string[] {
  const percent = (x: number) => (Number.isNaN(x) ? '—' : `${(x * 100).toFixed(1)}%`);
  const round = (x: number) => (Number.isNaN(x) ? null : Math.round(x * 10000) / 10000);
  const { confusion } = evaluation;
  const width = Math.max(6, ...FORMS.flatMap((label) => FORMS.map((p) => String(confusion[label][p]).length)));
  const cell = (value: string | number) => String(value).padStart(width);
  return [
    `${name}: ${evaluation.total} questions`,
    `accuracy ${percent(evaluation.accuracy)}`,
    ...FORMS.map((form) => `${form.padEnd(6)} precision ${percent(evaluation.precision[form])}, recall ${percent(evaluation.recall[form])}`),
    'confusion (rows: label, columns: judged)',
    `${''.padEnd(8)}${cell('open')} ${cell('closed')}`,
    ...FORMS.map((label) => `${label.padEnd(8)}${cell(confusion[label].open)} ${cell(confusion[label].closed)}`),
    JSON.stringify({
      accuracy: round(evaluation.accuracy),
      closedRecall: round(evaluation.recall.closed),
      openRecall: round(evaluation.recall.open),
      closedPrecision: round(evaluation.precision.closed),
      openPrecision: round(evaluation.precision.open),
      total: evaluation.total,
    }),
  ];
}
