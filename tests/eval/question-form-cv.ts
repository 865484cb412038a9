/**
 * `npm run eval:questions:cv [-- file.tsv]`: does a learned layer on top of the open/closed rules generalise?
 * A logistic regression (ml-logistic-regression, mljs) over the features of tests/eval/question-form-features.ts
 * is trained and tested in folds by transcript on the AnnoMI dev file, beside the rules on the same folds:
 * the fixed split tested before (the 5th, 10th… transcript id), 5 folds and 10 folds. Then in-sample on the
 * whole file (no evidence, shown for contrast) and, trained on the whole file, on our own sets in tests/data.
 * Transcripts that label every question open (at least 8) are left out of training, never out of testing.
 * Last line: one JSON object with the pooled figures. Deterministic (the learner starts from zero weights).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import { evaluateQuestions, readQuestionsTsv, type Evaluation, type LabelledQuestion } from '../../rules/question-eval';
import { questionForm, type QuestionForm } from '../../rules/question-form';
import { allOpenTranscripts, featureNames, transcriptFolds, turnFeatures, type FeatureSet } from './question-form-features';

const STEPS = 5000;
const LEARNING_RATE = 5e-4;
const ALL_OPEN_MINIMUM = 8;
const root = join(import.meta.dirname ?? '.', '..', '..');
const file = process.argv[2] ?? process.env.ANNOMI_TSV ?? '/work/shared/data/annomi-questions-dev.tsv';

function read(path: string): LabelledQuestion[] {
  const { questions, problems } = readQuestionsTsv(readFileSync(path, 'utf8'));
  if (problems.length > 0) throw new Error(`${path}: ${problems.join('; ')}`);
  return questions;
}

/** Trains on `train` (label open = 1) and returns the trained model as a classifier for `evaluateQuestions`. */
function learned(train: readonly LabelledQuestion[], set: FeatureSet): (text: string, language: string) => QuestionForm {
  const model = new LogisticRegression({ numSteps: STEPS, learningRate: LEARNING_RATE });
  model.train(new Matrix(train.map((q) => turnFeatures(q.text, q.language, set))), Matrix.columnVector(train.map((q) => (q.label === 'open' ? 1 : 0))));
  return (text, language) => (model.predict(new Matrix([turnFeatures(text, language, set)]))[0] === 1 ? 'open' : 'closed');
}

const figures = (e: Pick<Evaluation, 'accuracy' | 'recall'>) => `acc ${e.accuracy.toFixed(3)} closedR ${e.recall.closed.toFixed(3)} openR ${e.recall.open.toFixed(3)}`;
const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;

const questions = read(file);
const noisy = allOpenTranscripts(questions, ALL_OPEN_MINIMUM);
const forTraining = (list: readonly LabelledQuestion[]) => list.filter((q) => !noisy.has(q.group ?? ''));
console.log(`${file}: ${questions.length} questions, ${new Set(questions.map((q) => q.group)).size} transcripts`);
console.log(`left out of training (every question labelled open, at least ${ALL_OPEN_MINIMUM}): transcripts ${[...noisy].join(', ')}`);
const summary: Record<string, unknown> = {};

for (const set of ['structural', 'structural+english'] as const) {
  console.log(`\n== ${set} features (${featureNames(set).length}), ml-logistic-regression, ${STEPS} steps, rate ${LEARNING_RATE}`);
  for (const [scheme, folds] of [['fixed fifth', transcriptFolds(questions, 5, 4)], ['5 folds', transcriptFolds(questions, 5)], ['10 folds', transcriptFolds(questions, 10)]] as const) {
    console.log(`${scheme} by transcript:`);
    const rules: Evaluation[] = [];
    const model: Evaluation[] = [];
    for (const fold of folds) {
      const classify = learned(forTraining(fold.train), set);
      rules.push(evaluateQuestions(fold.test, questionForm));
      model.push(evaluateQuestions(fold.test, classify));
      console.log(`  ${fold.name} (${fold.test.length}): rules ${figures(rules.at(-1)!)} | model ${figures(model.at(-1)!)}`);
    }
    if (folds.length > 1) {
      const meanOf = (list: Evaluation[]) => `acc ${mean(list.map((e) => e.accuracy)).toFixed(3)} closedR ${mean(list.map((e) => e.recall.closed)).toFixed(3)}`;
      console.log(`  mean of folds: rules ${meanOf(rules)} | model ${meanOf(model)}`);
    }
    const [pooledRules, pooledModel] = [pool(rules), pool(model)];
    console.log(`  pooled (${pooledRules.total}): rules ${figures(pooledRules)} | model ${figures(pooledModel)}`);
    summary[`${set} ${scheme}`] = { rules: [pooledRules.accuracy, pooledRules.recall.closed].map(round), model: [pooledModel.accuracy, pooledModel.recall.closed].map(round) };
  }
  const whole = learned(forTraining(questions), set);
  console.log(`in-sample (trained and tested on the whole file; no evidence): rules ${figures(evaluateQuestions(questions, questionForm))} | model ${figures(evaluateQuestions(questions, whole))}`);
  const dataDir = join(root, 'tests', 'data');
  for (const name of readdirSync(dataDir).filter((n) => /^questions-.*\.tsv$/.test(n)).sort()) {
    const own = read(join(dataDir, name));
    console.log(`  ${name} (${own.length}), trained on the whole file: rules ${figures(evaluateQuestions(own, questionForm))} | model ${figures(evaluateQuestions(own, whole))}`);
  }
}

/** The figures of all folds' test questions together, from the folds' confusion matrices. */
function pool(evaluations: readonly Evaluation[]): Pick<Evaluation, 'total' | 'accuracy' | 'recall'> {
  const sum = (label: QuestionForm, judged: QuestionForm) => evaluations.reduce((n, e) => n + e.confusion[label][judged], 0);
  const total = evaluations.reduce((n, e) => n + e.total, 0);
  return {
    total,
    accuracy: (sum('open', 'open') + sum('closed', 'closed')) / total,
    recall: { open: sum('open', 'open') / (sum('open', 'open') + sum('open', 'closed')), closed: sum('closed', 'closed') / (sum('closed', 'closed') + sum('closed', 'open')) },
  };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

console.log(JSON.stringify(summary));
