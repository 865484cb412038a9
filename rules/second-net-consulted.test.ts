// When rules/evaluate-follow-ups.ts asks the second net at all. A probe net that says "yes" to everything shows it:
// a learned reason appears exactly where the rules raise nothing and read none of the concept's words away.
import { describe, expect, it } from 'vitest';
import { evaluateFollowUps } from './evaluate-follow-ups';
import type { SecondNet } from './match/second-net';
import { pack } from '../tests/unit/eval-pack-follow-ups';

/** Probability 0.5 everywhere, threshold 0: any consultation raises the follow-up. */
const ALWAYS: SecondNet = {
  stamp: 'test',
  models: Object.fromEntries(['suicide', 'domestic-violence'].map((c) => [c, { bias: 0, threshold: 0, scale: 1, weights: btoa('\0') }])),
};

const reasonKinds = (concept: string, text: string, net: SecondNet | null = ALWAYS) =>
  evaluateFollowUps(pack, pack.items.find((item) => item.id === concept)!, { text, options: [] }, net).flatMap((hit) => hit.reasons.map((r) => r.kind));

describe('the second net is consulted', () => {
  it('where the rules read nothing of the concept, and not when it is switched off', () => {
    for (const text of ['We talked about the garden and the bus times.', 'Vi pratade om trädgården.', 'Vi snakket om hagen.']) {
      expect(reasonKinds('suicide', text), text).toEqual(['learned']);
      expect(reasonKinds('suicide', text, null), text).toEqual([]);
    }
  });

  it('never where the rules raise something, even a check-in', () => {
    expect(reasonKinds('suicide', 'She has thought about ending it.')).not.toContain('learned');
    expect(reasonKinds('suicide', "I'm not suicidal.")).not.toContain('learned');
  });

  it('never for a bare yes or how-often: that means what the question asks', () => {
    for (const text of ['Yes.', 'Ja', 'Sometimes.']) expect(reasonKinds('suicide', text), text).not.toContain('learned');
  });

  it('never where the rules read the words and explained them away: an idiom, a turned act', () => {
    // "ta livet av mig" taken by the idiom "X tar livet av mig" (a thing is killing me)
    expect(reasonKinds('suicide', 'Jobbet tar livet av mig just nu.')).toEqual([]);
    expect(reasonKinds('suicide', 'Den varmen her tar livet av meg.')).toEqual([]);
    // the act turned on its doer
    expect(reasonKinds('domestic-violence', 'Han slog sig i huvudet på skåpdörren.')).toEqual([]);
  });
});
