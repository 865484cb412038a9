// The default packs' follow-ups for an answer to one of their items, for the tests that say what an answer widget's
// value brings (rules/widget-answers.test.ts, rules/qualified-option.test.ts).
import type { AnswerValue, CompiledPack } from '../../rules/compiled-pack';
import { evaluateFollowUps } from '../../rules/evaluate-follow-ups';
import { compileDefaultPacks } from '../../rules/install-default-packs';

const { packs } = compileDefaultPacks();

/** "followUpId:severity" for each follow-up the default pack holding `itemId` raises for `answer`. @throws when no pack has the item */
export function fired(itemId: string, answer: AnswerValue): string[] {
  for (const pack of packs as CompiledPack[]) {
    const item = pack.items.find((i) => i.id === itemId);
    if (item) return evaluateFollowUps(pack, item, answer).map((hit) => `${hit.followUp.id}:${hit.severity}`);
  }
  throw new Error(`no item ${itemId}`);
}
