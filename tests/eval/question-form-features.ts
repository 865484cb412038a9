/**
 * The pieces of the learned-layer experiment on the open/closed classifier (`npm run eval:questions:cv`):
 * what a model may see of a turn, how the AnnoMI file is cut into folds by transcript, and which
 * transcripts label every question open. Pure, so tests/unit checks them in Node.
 *
 * The features are what the rules already compute (rules/question-form.ts): the kind of each sentence,
 * which one decided, the rules' verdict, and counts and marks of the turn's shape. Only the permission
 * form and the first words are English; everything else reads the same in Swedish and Norwegian.
 */
import type { LabelledQuestion } from '../../rules/question-eval';
import { judgeTurn, type SentenceKind } from '../../rules/question-form';

const KINDS: readonly SentenceKind[] = [
  'open-question', 'invitation', 'topic-opener', 'fact-question', 'scale-question',
  'yes-no', 'reflection', 'tag', 'closed-invitation', 'statement',
];

// English words a deciding sentence may start with, after fillers: the lexical variant's features.
const FIRST_WORDS = ['what', 'how', 'why', 'do', 'does', 'did', 'is', 'are', 'can', 'could', 'would', 'have', 'you', 'when', 'where', 'tell', 'any', 'anything', 'i'];
const LEADING_FILLERS = new Set(['so', 'and', 'um', 'uh', 'okay', 'ok', 'well', 'yeah', 'now', 'but', 'oh', 'alright', 'right', 'mm', 'hmm']);
// A turn that trails off on "or" ("…, or?", sv/nb "…, eller?").
const TRAILING_OR = new Set(['or', 'eller']);
// Asking leave to do something: "Is it okay if I…", "Can I share…", "Do you mind if…".
const PERMISSION = /\b(is it (okay|ok|alright|all right)|would it be (okay|ok|alright|all right)|(can|could|may) i|do you mind if|would you mind if)\b/i;

export type FeatureSet = 'structural' | 'structural+english';

/** The name of each feature of {@link turnFeatures}, in its order (the first is the constant 1). */
export function featureNames(set: FeatureSet): string[] {
  return [
    'constant',
    'rules say open',
    ...KINDS.map((kind) => `decided by ${kind}`),
    ...KINDS.filter((kind) => kind !== 'statement').map((kind) => `first asking sentence ${kind}`),
    ...KINDS.map((kind) => `has a ${kind}`),
    'log(1+sentences)', 'log(1+asking sentences)', 'log(1+words before the first asking sentence)', 'log(1+words)', 'log(1+words of the deciding sentence)',
    'ends with ?', 'deciding sentence has ?', 'ends on or', 'cut off (dash or ellipsis at the end)', 'question marks (at most 3)', 'asks permission (English)',
    ...(set === 'structural+english' ? FIRST_WORDS.map((word) => `deciding sentence starts "${word}" (English)`) : []),
  ];
}

/** One row of numbers per turn, in the order of {@link featureNames}; 0/1 marks and log counts. */
export function turnFeatures(text: string, language: string, set: FeatureSet): number[] {
  const judged = judgeTurn(text, language);
  const asking = judged.sentences.filter((sentence) => sentence.kind !== 'statement');
  const firstAsking = judged.sentences.findIndex((sentence) => sentence.kind !== 'statement');
  const words = tokens(text);
  const before = (firstAsking < 0 ? judged.sentences : judged.sentences.slice(0, firstAsking)).reduce((n, sentence) => n + tokens(sentence.text).length, 0);
  const deciding = judged.decidedBy?.text ?? '';
  const trimmed = text.trim();
  const english = language.toLowerCase().startsWith('en');
  const mark = (yes: boolean) => (yes ? 1 : 0);
  const row = [
    1,
    mark(judged.form === 'open'),
    ...KINDS.map((kind) => mark(judged.decidedBy?.kind === kind)),
    ...KINDS.filter((kind) => kind !== 'statement').map((kind) => mark(asking[0]?.kind === kind)),
    ...KINDS.map((kind) => mark(judged.sentences.some((sentence) => sentence.kind === kind))),
    Math.log1p(judged.sentences.length), Math.log1p(asking.length), Math.log1p(before), Math.log1p(words.length), Math.log1p(tokens(deciding).length),
    mark(trimmed.endsWith('?')), mark(deciding.includes('?')), mark(TRAILING_OR.has(words.at(-1) ?? '')), mark(/(-|—|–|…|\.\.\.)$/.test(trimmed)),
    Math.min(3, (trimmed.match(/\?/g) ?? []).length), mark(english && PERMISSION.test(deciding)),
  ];
  if (set === 'structural') return row;
  const first = tokens(deciding).find((word) => !LEADING_FILLERS.has(word)) ?? '';
  return [...row, ...FIRST_WORDS.map((word) => mark(english && first === word))];
}

function tokens(text: string): string[] {
  return text.toLowerCase().replace(/[’']/g, '').split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

export interface Fold {
  name: string;
  test: LabelledQuestion[];
  train: LabelledQuestion[];
}

/**
 * Folds by transcript, so no transcript is in both the training and the test part of a fold. The transcript ids are
 * sorted as numbers; transcript number i (0-based, in that order) is tested in fold i mod `folds`. `only` keeps one
 * fold: `transcriptFolds(q, 5, 4)` is the fixed split tested before, the 5th, 10th… transcript id.
 * Questions without a transcript id throw: grouping needs it.
 */
export function transcriptFolds(questions: readonly LabelledQuestion[], folds: number, only?: number): Fold[] {
  const group = (question: LabelledQuestion) => {
    if (question.group === undefined || question.group === '') throw new Error(`line ${question.line}: no transcript_id, so no grouped folds`);
    return question.group;
  };
  const ids = [...new Set(questions.map(group))].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  const foldOf = new Map(ids.map((id, i) => [id, i % folds]));
  const chosen = only === undefined ? [...Array(folds).keys()] : [only];
  return chosen.map((fold) => ({
    name: `fold ${fold + 1}/${folds}`,
    test: questions.filter((question) => foldOf.get(group(question)) === fold),
    train: questions.filter((question) => foldOf.get(group(question)) !== fold),
  }));
}

/**
 * Transcripts with at least `minimum` questions, every one labelled open: the annotators who labelled by another
 * scheme than MITI's (shared/data/README.md). Left out of training, never out of testing.
 */
export function allOpenTranscripts(questions: readonly LabelledQuestion[], minimum: number): Set<string> {
  const labels = new Map<string, LabelledQuestion['label'][]>();
  for (const question of questions) if (question.group !== undefined) labels.set(question.group, [...(labels.get(question.group) ?? []), question.label]);
  return new Set([...labels].filter(([, list]) => list.length >= minimum && list.every((label) => label === 'open')).map(([id]) => id));
}
