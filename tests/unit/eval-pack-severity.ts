/**
 * The strongest follow-up the evaluation pack (tests/data/eval-pack.yaml: one
 * item per built-in concept, one follow-up that mentions it) raises for an
 * answer: what the generalisation tests ask of each concept.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compilePack } from '../../rules/compile-pack';
import type { EffectiveSeverity } from '../../rules/compiled-pack';
import { evaluateFollowUps } from '../../rules/evaluate-follow-ups';
import { loadPack } from '../../rules/load-pack';

const loaded = loadPack(readFileSync(resolve(__dirname, '../data/eval-pack.yaml'), 'utf8'));
if (!loaded.ok) throw new Error('eval pack does not load');
const pack = compilePack(loaded.pack);

const ORDER: (EffectiveSeverity | 'none')[] = ['none', 'check-in', 'info', 'warning', 'critical'];

/** 'none' when the item for `concept` raises nothing for `text`, else the strongest severity raised. */
export function raisedByEvalPack(concept: string, text: string): EffectiveSeverity | 'none' {
  const item = pack.items.find((candidate) => candidate.id === concept);
  if (!item) throw new Error(`the eval pack has no item ${concept}`);
  let best: EffectiveSeverity | 'none' = 'none';
  for (const hit of evaluateFollowUps(pack, item, { text, options: [] })) if (ORDER.indexOf(hit.severity) > ORDER.indexOf(best)) best = hit.severity;
  return best;
}
