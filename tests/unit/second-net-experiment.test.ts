// The second-net experiment's pieces (scripts/second-net/): training is deterministic and learns,
// the cross-validation scores rows exactly as the run-time reading would, and the threshold follows
// its rule fixed in advance.
import { describe, expect, it } from 'vitest';
import { AnswerAnalysis } from '../../rules/match/answer-analysis';
import { resemblance, secondNetFeatures } from '../../rules/match/second-net';
import { chooseThreshold, rowProbability, trainLogistic, bucketsOf, type LabelledRow, type ScoredRow } from '../../scripts/second-net/train';

const SETTINGS = { rounds: 100, l2: 1e-3, buckets: 1024 };
const features = (text: string) => [...new Set(secondNetFeatures(new AnswerAnalysis(text)).flat())];
const disclosures = [
  'I keep thinking the family would manage fine without me around',
  'Most nights lately I wonder whether anyone would notice if I was gone',
  'She says the world would be lighter without her in it',
  'He told me he has been saving up his pills for a while now',
];
const ordinary = [
  'The family manage fine with the new rota around the school run',
  'Most nights lately I watch the football with my neighbour',
  'She says the flat is lighter now the curtains are gone',
  'He told me he has been saving up for a bike for a while now',
];
const data = [...disclosures.map((t) => ({ buckets: bucketsOf(features(t), SETTINGS.buckets), label: 1 as const })),
  ...ordinary.map((t) => ({ buckets: bucketsOf(features(t), SETTINGS.buckets), label: 0 as const }))];

describe('second-net training', () => {
  it('gives the same model for the same rows, and one that sets disclosures above ordinary answers', () => {
    const model = trainLogistic(data, SETTINGS);
    expect(trainLogistic(data, SETTINGS)).toEqual(model);
    const lowestDisclosure = Math.min(...disclosures.map((t) => rowProbability(model, features(t))));
    const highestOrdinary = Math.max(...ordinary.map((t) => rowProbability(model, features(t))));
    expect(lowestDisclosure).toBeGreaterThan(highestOrdinary);
  });

  it('scores a row in the cross-validation exactly as the run-time reading of the answer does, and names words that weigh towards it', () => {
    const model = { ...trainLogistic(data, SETTINGS), threshold: 0.5 };
    for (const text of ['nobody would notice if I was gone, honestly', 'Saving up for the bus pass', 'Ingen skulle märka om jag var borta']) {
      const found = resemblance(new AnswerAnalysis(text), model);
      expect(found.probability).toBeCloseTo(rowProbability(model, features(text)), 12);
    }
    const words = resemblance(new AnswerAnalysis('nobody would notice if I was gone'), model).words;
    expect(words.length).toBeGreaterThan(0);
  });
});

describe('the threshold rule', () => {
  const row = (expected: LabelledRow['expected']): LabelledRow => ({ set: 'x', item: 'suicide', lang: 'en', expected, text: '', rules: 'none', consulted: true, features: [] });
  it('takes the lowest step at which the net adds at most half a point on ordinary answers and two on negations', () => {
    const scored: ScoredRow[] = [
      ...Array.from({ length: 200 }, (_, i) => ({ row: row('none'), p: i === 0 ? 0.7 : i === 1 ? 0.4 : 0.1 })),
      ...Array.from({ length: 100 }, (_, i) => ({ row: row('check-in'), p: i < 2 ? 0.8 : i < 3 ? 0.75 : 0.1 })),
    ];
    // Ordinary: 2 of 200 at 0.4 (1%, too many), 1 of 200 from 0.41 (0.5%); negations: 3 of 100 up to 0.75 (too many), 2 from 0.76.
    expect(chooseThreshold(scored)).toBe(0.76);
  });
});
