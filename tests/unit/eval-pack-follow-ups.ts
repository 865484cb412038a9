// The evaluation pack (tests/data/eval-pack.yaml: one item per built-in concept, one
// follow-up that mentions it), for the tests that say what a concept raises for an answer.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { join } from 'node:path';
import { compilePack } from '../../rules/compile-pack';
import type { EffectiveSeverity } from '../../rules/compiled-pack';
import { evaluateFollowUps } from '../../rules/evaluate-follow-ups';
import { loadPack } from '../../rules/load-pack';

const loaded = loadPack(readFileSync(join(__dirname, '..', 'data', 'eval-pack.yaml'), 'utf8'));
if (!loaded.ok) throw new Error('eval pack does not load');
/** The compiled evaluation pack, for a test that asks with an item of its own making. */
export const pack = compilePack(loaded.pack);

/** The strongest follow-up the eval pack's item for `concept` raises for `text`, or 'none'. */
export function raised(concept: string, text: string): EffectiveSeverity | 'none' {
  const item = pack.items.find((candidate) => candidate.id === concept);
  if (!item) throw new Error(`the eval pack has no item ${concept}`);
  const order: (EffectiveSeverity | 'none')[] = ['none', 'check-in', 'info', 'warning', 'critical'];
  let best: EffectiveSeverity | 'none' = 'none';
  for (const hit of evaluateFollowUps(pack, item, { text, options: [] })) if (order.indexOf(hit.severity) > order.indexOf(best)) best = hit.severity;
  return best;
}

/** Every text raises a critical card for `concept`; fails listing those that do not, so one run shows them all. */
export function expectCritical(concept: string, texts: string[]): void {
  expect(texts.filter((text) => raised(concept, text) !== 'critical')).toEqual([]);
}

/** No text raises a critical card for `concept`; fails listing those that do. */
export function expectNoCritical(concept: string, texts: string[]): void {
  expect(texts.filter((text) => raised(concept, text) === 'critical')).toEqual([]);
}
