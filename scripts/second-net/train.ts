/**
 * Training the second net (rules/match/second-net.ts) from the repository's labelled answers,
 * tests/data/disclosures-*.tsv and tests/data/second-net-*.tsv, for the committed weights
 * (scripts/train-second-net.mjs) and its cross-validation (cross-validate.ts).
 *
 * Per concept, a logistic regression: label 1 for a row that expects the critical card, 0 for one that
 * expects a check-in (a negation) or nothing; full-batch gradient descent with per-feature step sizes
 * (AdaGrad) and an L2 penalty, a fixed number of rounds from zero weights, so the same rows give the
 * same weights on any machine; the weights then as signed bytes.
 *
 * The sets whose name holds "holdout" are never trained on: they stay measurement data for the rules
 * and the net alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeLabel } from '../../utils/normalize-text';
import { compilePack } from '../../rules/compile-pack';
import type { CompiledPack } from '../../rules/compiled-pack';
import { evaluateFollowUps } from '../../rules/evaluate-follow-ups';
import { loadPack } from '../../rules/load-pack';
import { AnswerAnalysis } from '../../rules/match/answer-analysis';
import { bucketOf, modelWeights, secondNetFeatures, type SecondNet, type SecondNetModel } from '../../rules/match/second-net';

/** Features of an answer as training sees them: each once. */
export const answerFeatures = (text: string): string[] => [...new Set(secondNetFeatures(new AnswerAnalysis(text)).flat())];

export type Outcome = 'critical' | 'warning' | 'info' | 'check-in' | 'none';
const RANK: Record<Outcome, number> = { critical: 4, warning: 3, info: 2, 'check-in': 1, none: 0 };

/** The concepts with a critical card the net is trained for. */
export const NET_CONCEPTS = ['suicide', 'self-harm', 'domestic-violence', 'child-exposed-to-violence'] as const;
/** The outside writers' sets: the folds of the cross-validation that picks the threshold. */
export const WRITER_SETS = 'd f g h j k l o p q r s'.split(' ').map((w) => `writer-${w}`);

export interface LabelledRow {
  /** The file's name without "disclosures-" and ".tsv" ("writer-q", "tuning"). */
  set: string;
  item: string;
  lang: string;
  expected: Outcome;
  text: string;
  /** The strongest card the rules raise (rules/evaluate-follow-ups.ts, net off). */
  rules: Outcome;
  /** Would the engine ask the net about this row: the rules raise nothing and explained none of the concept's words away. */
  consulted: boolean;
  features: string[];
}

/** A net that answers 0.5 everywhere, at threshold 0: a learned reason from it means the engine consulted the net. */
const PROBE: SecondNet = {
  stamp: 'probe',
  models: Object.fromEntries(NET_CONCEPTS.map((c) => [c, { bias: 0, threshold: 0, scale: 1, weights: btoa('\0') }])),
};

/** Every row of tests/data/disclosures-*.tsv and second-net-*.tsv under `root`, with the rules' outcome (net off), whether the net is consulted, and its features. */
export function labelledRows(root: string, leaveOut: readonly string[] = []): LabelledRow[] {
  const dataDir = join(root, 'tests', 'data');
  const loaded = loadPack(readFileSync(join(dataDir, 'eval-pack.yaml'), 'utf8'), { fileName: 'eval-pack.yaml' });
  if (!loaded.ok) throw new Error(`eval-pack.yaml: ${loaded.errors.map((e) => e.message).join('; ')}`);
  const pack: CompiledPack = compilePack(loaded.pack);
  const items = new Map(pack.items.map((item) => [item.id, item]));
  const rows: LabelledRow[] = [];
  for (const file of readdirSync(dataDir).filter((f) => /^(disclosures|second-net)-.*\.tsv$/.test(f)).sort()) {
    const set = file.replace(/^disclosures-|\.tsv$/g, '');
    if (leaveOut.includes(set)) continue;
    readFileSync(join(dataDir, file), 'utf8').split(/\r?\n/).forEach((line, index) => {
      if (line.trim() === '' || line.startsWith('#') || line.startsWith('item\t')) return;
      const [itemId = '', lang = '', expected = '', ...rest] = line.split('\t');
      const item = items.get(itemId);
      if (!item || !(expected in RANK)) throw new Error(`${file}:${index + 1}: unknown item "${itemId}" or expectation "${expected}"`);
      const text = rest.join('\t');
      const normalized = normalizeLabel(text);
      let rules: Outcome = 'none';
      for (const hit of evaluateFollowUps(pack, item, { text, options: normalized ? [normalized] : [] }, null)) {
        if (RANK[hit.severity] > RANK[rules]) rules = hit.severity;
      }
      const answer = { text, options: normalized ? [normalized] : [] };
      const consulted = rules === 'none' && evaluateFollowUps(pack, item, answer, PROBE).some((hit) => hit.reasons.some((r) => r.kind === 'learned'));
      rows.push({ set, item: itemId, lang, expected: expected as Outcome, text, rules, consulted, features: answerFeatures(text) });
    });
  }
  return rows;
}

/**
 * Sets written to measure a gate of the rules, not to teach the net: the self-inflicted-harm gate's statements
 * (rules/lexicon/word-classes/violence-words.ts). Learned from, they moved the net's threshold from 0.90 to 0.92 and
 * lowered critical recall on the held-out answer sets from 0.957 to 0.951, while the gate does their work already.
 */
const GATE_MEASURES = new Set(['self-inflicted', 'harm-by-another']);

/**
 * Sets kept for measuring only, though not held out: the fresh writer's tuning part (disclosures-fresh.tsv), whose
 * misses were fixed in the rules. Learned from, it moved the net's threshold from 0.90 to 0.89, raised a false suicide
 * card on a default pack's ordinary example ("drinking a bottle of wine most nights to sleep", 0.89) and lowered critical
 * recall on dev-r3d-holdout from 0.875 to 0.813 (dev-r4s-holdout rose from 0.957 to 0.979), while the rules do its work.
 * The round-10 below-critical set (disclosures-r10.tsv: indirect substance use, criminal-justice contact, denials,
 * look-alikes) is measured only too: its misses were fixed in the rules, and no run showed that learning from it helps.
 * So is the quiet-ordinary set (disclosures-quiet.tsv: everyday uses of the concepts' words beside look-alike
 * disclosures), written to measure cards raised on ordinary answers by the rules, whose misses were fixed there.
 * So is the round-11 set (disclosures-r11.tsv: cover stories, others' acts with the client's own denial, ordinary answers
 * that look critical), written to measure the rules on those kinds, whose misses are fixed there. So is the round-13 set
 * (disclosures-r13.tsv: disclosures told near everyday things, beside ordinary answers with the same words).
 */
const MEASURE_ONLY = new Set(['fresh', 'r10', 'quiet', 'r11', 'r13', 'r14', 'r15', 'r16', 'r17']);

/** Rows the net may learn from: never a held-out set, nor a set that measures a gate of the rules or is kept for measuring. */
export const trainable = (row: LabelledRow): boolean => !row.set.includes('holdout') && !GATE_MEASURES.has(row.set) && !MEASURE_ONLY.has(row.set);

export interface TrainingSettings {
  /** Rounds of full-batch gradient descent. */
  rounds: number;
  /** L2 penalty per weight. */
  l2: number;
  /** Features are hashed into this many buckets per concept (features.ts `bucketOf`). */
  buckets: number;
}

export const SETTINGS: TrainingSettings = { rounds: 150, l2: 1e-3, buckets: 16_384 };

/** A row's features as the set of their buckets: what the model sees (presence, each bucket once). */
export function bucketsOf(features: readonly string[], buckets: number): Int32Array {
  return Int32Array.from(new Set(features.map((f) => bucketOf(f, buckets))));
}

/** A logistic regression on presence features (bucket numbers); the weights kept as signed bytes with one scale. */
export function trainLogistic(data: readonly { buckets: Int32Array; label: 0 | 1 }[], settings: TrainingSettings = SETTINGS): Omit<SecondNetModel, 'threshold'> {
  const w = new Float64Array(settings.buckets);
  const squares = new Float64Array(settings.buckets).fill(1e-8);
  const gradient = new Float64Array(settings.buckets);
  const step = 0.5;
  let bias = 0;
  let biasSquares = 1e-8;
  const n = data.length;
  for (let round = 0; round < settings.rounds; round++) {
    gradient.fill(0);
    let biasGradient = 0;
    for (let r = 0; r < n; r++) {
      const x = data[r]!.buckets;
      let z = bias;
      for (const k of x) z += w[k]!;
      const error = (1 / (1 + Math.exp(-z)) - data[r]!.label) / n;
      for (const k of x) gradient[k] = gradient[k]! + error;
      biasGradient += error;
    }
    for (let k = 0; k < w.length; k++) {
      const g = gradient[k]! + settings.l2 * w[k]!;
      squares[k] = squares[k]! + g * g;
      w[k] = w[k]! - (step * g) / Math.sqrt(squares[k]!);
    }
    biasSquares += biasGradient * biasGradient;
    bias -= (step * biasGradient) / Math.sqrt(biasSquares);
  }
  let largest = 0;
  for (const v of w) largest = Math.max(largest, Math.abs(v));
  // Rounded so that the file is stable where the last bits of a float differ between machines.
  const scale = Number((largest / 127).toPrecision(4)) || 1;
  let bytes = '';
  for (const v of w) bytes += String.fromCharCode(Math.max(-127, Math.min(127, Math.round(v / scale))) & 0xff);
  return { bias: Math.round(bias * 1000) / 1000, scale, weights: btoa(bytes) };
}

/** Each concept's model trained on `rows` (those of its own item): 1 for a row that expects the critical card. */
export function trainModels(rows: readonly LabelledRow[], settings: TrainingSettings = SETTINGS): Map<string, Omit<SecondNetModel, 'threshold'>> {
  const models = new Map<string, Omit<SecondNetModel, 'threshold'>>();
  for (const concept of NET_CONCEPTS) {
    const data = rows.filter((r) => r.item === concept).map((r) => ({ buckets: bucketsOf(r.features, settings.buckets), label: r.expected === 'critical' ? (1 as const) : (0 as const) }));
    models.set(concept, trainLogistic(data, settings));
  }
  return models;
}

/** The net is consulted only where the rules raised no card at all (never on a check-in) and explained no word of the concept away. */
export const consulted = (row: LabelledRow): boolean => row.consulted;

/** A row of a net concept and the net's probability for it (-1 where the net is not consulted). */
export interface ScoredRow {
  row: LabelledRow;
  p: number;
}

/** The probability of a row exactly as features.ts `resemblance` gives it. */
export function rowProbability(model: Omit<SecondNetModel, 'threshold'>, features: readonly string[]): number {
  const weights = modelWeights(model as SecondNetModel);
  let z = model.bias;
  for (const k of bucketsOf(features, weights.length)) z += weights[k]! * model.scale;
  return 1 / (1 + Math.exp(-z));
}

export function scoreRows(models: ReadonlyMap<string, Omit<SecondNetModel, 'threshold'>>, rows: readonly LabelledRow[]): ScoredRow[] {
  return rows
    .filter((row) => models.has(row.item))
    .map((row) => ({ row, p: consulted(row) ? rowProbability(models.get(row.item)!, row.features) : -1 }));
}

/** Counts for one set of scored rows at one threshold: rules alone, and what the net adds. */
export interface Figures {
  critical: number;
  rulesCaught: number;
  netCaught: number;
  ordinary: number;
  rulesOnOrdinary: number;
  netOnOrdinary: number;
  negations: number;
  rulesOnNegations: number;
  netOnNegations: number;
}

export function figuresAt(scored: readonly ScoredRow[], threshold: number): Figures {
  const f: Figures = { critical: 0, rulesCaught: 0, netCaught: 0, ordinary: 0, rulesOnOrdinary: 0, netOnOrdinary: 0, negations: 0, rulesOnNegations: 0, netOnNegations: 0 };
  for (const { row, p } of scored) {
    const byRules = row.rules === 'critical';
    const byNet = !byRules && p >= threshold;
    if (row.expected === 'critical') {
      f.critical++;
      if (byRules) f.rulesCaught++;
      if (byNet) f.netCaught++;
    } else if (row.expected === 'none') {
      f.ordinary++;
      if (byRules) f.rulesOnOrdinary++;
      if (byNet) f.netOnOrdinary++;
    } else if (row.expected === 'check-in') {
      f.negations++;
      if (byRules) f.rulesOnNegations++;
      if (byNet) f.netOnNegations++;
    }
  }
  return f;
}

/**
 * The rule for the threshold, fixed before any figure was seen: the lowest probability (in steps of
 * 0.01) at which, over the cross-validation's held-out predictions pooled, the net adds at most half a
 * percentage point of critical cards on ordinary answers and at most two points on negations. Half the
 * issue's one-point allowance, as a margin for writers unlike any seen.
 */
export const MAX_ADDED_ON_ORDINARY = 0.005;
export const MAX_ADDED_ON_NEGATIONS = 0.02;

export function chooseThreshold(scored: readonly ScoredRow[]): number {
  for (let step = 1; step < 100; step++) {
    const threshold = step / 100;
    const f = figuresAt(scored, threshold);
    if (f.netOnOrdinary <= MAX_ADDED_ON_ORDINARY * f.ordinary && f.netOnNegations <= MAX_ADDED_ON_NEGATIONS * f.negations) return threshold;
  }
  return 1;
}

/**
 * Leave-one-writer-set-out predictions: for each of `folds`, models trained on every other trainable row,
 * scored on that set.
 */
export function heldOutPredictions(rows: readonly LabelledRow[], folds: readonly string[], settings: TrainingSettings = SETTINGS): Map<string, ScoredRow[]> {
  const out = new Map<string, ScoredRow[]>();
  for (const set of folds) {
    const models = trainModels(rows.filter((r) => trainable(r) && r.set !== set), settings);
    out.set(set, scoreRows(models, rows.filter((r) => r.set === set)));
  }
  return out;
}

/** What would be committed: each concept's model on all trainable rows, its threshold chosen by cross-validation over the writers' sets. */
export function trainSecondNet(rows: readonly LabelledRow[], settings: TrainingSettings = SETTINGS): Record<string, SecondNetModel> {
  const threshold = chooseThreshold([...heldOutPredictions(rows, WRITER_SETS, settings).values()].flat());
  const models = trainModels(rows.filter(trainable), settings);
  return Object.fromEntries([...models].map(([concept, model]) => [concept, { ...model, threshold }]));
}

