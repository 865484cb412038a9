/**
 * `adviser-coach questions eval <file.tsv>` (`npm run eval:questions -- <file.tsv>`):
 * how well the open/closed classifier agrees with a labelled question set.
 */
import { readFile } from 'node:fs/promises';
import { evaluateQuestions, formatEvaluation, readQuestionsTsv } from '../question-eval';
import { judgeSentences, questionForm } from '../question-form';
import type { CommandResult } from './pack-commands';

/**
 * Reads the TSV (see readQuestionsTsv), judges every question and reports;
 * with `showErrors`, each misjudged question first, with the kind of each
 * sentence. Exit status 0 when measured (the figures are the result), 2 when
 * the file cannot be read or holds no usable question. Bad rows are reported
 * on stderr and left out.
 */
export async function evalQuestionsFile(file: string, showErrors: boolean): Promise<CommandResult> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    return { exitCode: 2, problems: [`adviser-coach: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`], report: [] };
  }
  const { questions, problems } = readQuestionsTsv(content);
  const located = problems.map((problem) => `${file} ${problem}`);
  if (questions.length === 0) return { exitCode: 2, problems: [...located, `adviser-coach: no labelled questions in ${file}`], report: [] };
  const errors = showErrors
    ? questions
        .filter((q) => questionForm(q.text, q.language) !== q.label)
        .map((q) => `line ${q.line}: labelled ${q.label}: ${judgeSentences(q.text, q.language).map((s) => `[${s.kind}] ${s.text}`).join(' ')}`)
    : [];
  return { exitCode: 0, problems: located, report: [...errors, ...formatEvaluation(evaluateQuestions(questions, questionForm), file)] };
}
