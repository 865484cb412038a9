/**
 * The second net's models as a compiled pack carries them (`CompiledPack.secondNet`): this version's training
 * (rules/match/second-net-weights.ts) for the concepts the pack's follow-ups mention. They travel with the pack,
 * as its lexicon does, so the content script, which only ever gets the pack, bundles no weights of its own
 * (design.md, Budgets: a content script of tens of kilobytes). A pack compiled and stored by an earlier version
 * has none, or another training's: `withCurrentSecondNet` gives it this version's before a page reads answers
 * with it. Pure; no browser API.
 */
import type { CompiledPack } from './compiled-pack';
import type { SecondNet } from './match/second-net';
import { SECOND_NET } from './match/second-net-weights';

/**
 * This version's models for `concepts` (those that have one, in id order), with the stamp of the training that
 * produced them; undefined when none of them has a model.
 */
export function secondNetFor(concepts: Iterable<string>): SecondNet | undefined {
  const models: SecondNet['models'] = {};
  for (const id of [...concepts].sort()) {
    const model = SECOND_NET.models[id];
    if (model) models[id] = model;
  }
  return Object.keys(models).length > 0 ? { stamp: SECOND_NET.stamp, models } : undefined;
}

/**
 * `pack` itself when it carries this version's models (the same stamp) or needs none and has none; otherwise a
 * shallow copy with this version's models for its concepts (`CompiledPack.concepts`), or without any when none of
 * them has one. The pack given is never changed. Null and undefined pass through. Work: a string comparison, and
 * for a stale pack one pass over its concept ids (the models are shared, not copied).
 */
export function withCurrentSecondNet<P extends CompiledPack | null | undefined>(pack: P): P {
  if (!pack || pack.secondNet?.stamp === SECOND_NET.stamp) return pack;
  const secondNet = secondNetFor(Object.keys(pack.concepts ?? {}));
  if (!secondNet && !pack.secondNet) return pack;
  const { secondNet: _stale, ...rest } = pack;
  return { ...rest, ...(secondNet && { secondNet }) } as P;
}
