/**
 * The second net (issue 11): per critical concept, a small logistic regression saying how much an answer
 * resembles the reviewed disclosures of the repository's answer sets. Consulted by
 * rules/evaluate-follow-ups.ts only where the rules raise nothing for a follow-up and did not read the
 * concept's words and explain them away; the rules' reading always wins where there is one.
 *
 * Its features are the answer's own words as the matcher reads them (rules/match/answer-words.ts): each
 * word's stem in English, Swedish and Norwegian (stem.ts), marked when a negation covers the word
 * (negation.ts), the pair it makes with the word before within a sentence, and the 5-letter pieces of its
 * folded key (so a compound or a misspelling shares pieces with the words it is made of). Features are
 * hashed into a fixed number of buckets (FNV-1a), one weight each, kept as signed bytes.
 *
 * Trained by `node scripts/train-second-net.mjs` (scripts/second-net/train.ts). Work: linear in the
 * answer, at most `MAX_WORDS` words read; a hash and an array read per feature. No DOM.
 */
import type { AnswerAnalysis } from './answer-analysis';
import { GAP_STRONG } from './answer-words';

/** One concept's model as stored: weights are `scale` × the signed bytes in `weights` (base64), one per bucket. */
export interface SecondNetModel {
  bias: number;
  /** The probability (0–1) from which the follow-up is raised, chosen by cross-validation (scripts/second-net/train.ts `chooseThreshold`). */
  threshold: number;
  scale: number;
  weights: string;
}

/**
 * The net's models as trained (second-net-weights.ts) and as a compiled pack carries them (rules/pack-second-net.ts):
 * `stamp` says which training produced them.
 */
export interface SecondNet {
  stamp: string;
  models: Record<string, SecondNetModel>;
}

/** Stems are taken in each pack language: the answer's language is not known, and a word stems alike in most. */
const LANGUAGES = ['en', 'sv', 'nb'] as const;
/** Letters per piece of a word (with ^ and $ marking its ends). */
const PIECE = 5;
/** Words read at most: the answers it was trained on are far shorter, and a 50,000-character paste stays bounded. */
export const MAX_WORDS = 2_000;

/**
 * The features of each word of the answer, by word index: "s:<stem>" (or "sn:<stem>" when a negation covers
 * the word), "p:<key before>_<key>" within a sentence, "g:<piece>"; and, as one last entry after the words,
 * "neg" when any word is negated. At most `MAX_WORDS` words.
 */
export function secondNetFeatures(analysis: AnswerAnalysis): string[][] {
  const negatedBy = analysis.negationScopes().negatedBy;
  const words = analysis.words;
  const count = Math.min(words.length, MAX_WORDS);
  const out: string[][] = [];
  let anyNegated = false;
  for (let i = 0; i < count; i++) {
    const word = words[i]!;
    const features = new Set<string>();
    const negated = negatedBy[i]! >= 0;
    anyNegated ||= negated;
    for (const language of LANGUAGES) features.add(`${negated ? 'sn' : 's'}:${analysis.stem(i, language)}`);
    const before = words[i - 1];
    if (before && word.gap !== GAP_STRONG) features.add(`p:${before.key}_${word.key}`);
    if (word.key.length >= PIECE - 1) {
      const marked = `^${word.key}$`;
      for (let j = 0; j + PIECE <= marked.length; j++) features.add(`g:${marked.slice(j, j + PIECE)}`);
    }
    out.push([...features]);
  }
  out.push(anyNegated ? ['neg'] : []);
  return out;
}

/** The bucket of a feature: FNV-1a (32 bits) modulo `buckets`. */
export function bucketOf(feature: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) h = Math.imul(h ^ feature.charCodeAt(i), 0x01000193);
  return (h >>> 0) % buckets;
}

const decoded = new WeakMap<Pick<SecondNetModel, 'weights'>, Int8Array>();

/** The model's weights as signed bytes: decoded from base64 on first use, once per model, so loading the matcher costs nothing. */
export function modelWeights(model: Pick<SecondNetModel, 'weights'>): Int8Array {
  let weights = decoded.get(model);
  if (!weights) {
    const bytes = atob(model.weights);
    weights = new Int8Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) weights[i] = (bytes.charCodeAt(i) << 24) >> 24;
    decoded.set(model, weights);
  }
  return weights;
}

/** At most this many words are named as the resemblance: enough for a supervisor to see why. */
const EXPLAINING_WORDS = 3;

export interface Resemblance {
  /** The model's probability (0–1) that the answer discloses the concept. */
  probability: number;
  /** Word indexes that weigh most towards the concept, strongest first (at most three). */
  words: number[];
}

/**
 * How much the answer resembles reviewed disclosures of the model's concept: its probability, and the
 * words that weigh most. Each bucket counts once (the model is trained on presence, not counts), for the
 * first word that brings it.
 */
export function resemblance(analysis: AnswerAnalysis, model: Omit<SecondNetModel, 'threshold'>): Resemblance {
  const weights = modelWeights(model);
  const perWord = secondNetFeatures(analysis);
  const seen = new Set<number>();
  const weightOfWord = new Float64Array(perWord.length);
  let z = model.bias;
  perWord.forEach((features, i) => {
    for (const feature of features) {
      const bucket = bucketOf(feature, weights.length);
      if (seen.has(bucket)) continue;
      seen.add(bucket);
      const weight = weights[bucket]! * model.scale;
      z += weight;
      weightOfWord[i] = weightOfWord[i]! + weight;
    }
  });
  const words = [...weightOfWord.keys()]
    .filter((i) => i < perWord.length - 1 && weightOfWord[i]! > 0)
    .sort((a, b) => weightOfWord[b]! - weightOfWord[a]!)
    .slice(0, EXPLAINING_WORDS);
  return { probability: 1 / (1 + Math.exp(-z)), words };
}
