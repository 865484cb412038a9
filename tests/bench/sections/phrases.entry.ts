// Bundled for Node by tests/bench/sections/phrases.mjs: a free-text follow-up's cost per
// evaluation with few and with many trigger phrases, on a short and a long answer.
import type { CompiledItem, CompiledPack, CompiledPhrase } from '../../../rules/compiled-pack';
import { compileCondition } from '../../../rules/compile-condition';
import { compilePhrase } from '../../../rules/compile-phrase';
import { evaluateFollowUps } from '../../../rules/evaluate-follow-ups';

/**
 * `spread`: made-up words like trigger words (prefixes, phrases, gaps), none in the answers.
 * `shared`: the hostile list, every phrase starting with one of ten words the answers
 * use often ("i", "the", …), so each of those answer words starts a share of the
 * list (a first-word index tried each of them there, one by one).
 */
const COMMON = ['i', 'the', 'and', 'about', 'have', 'been', 'for', 'most', 'days', 'worry'];

function phrases(count: number, kind: 'spread' | 'shared'): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const w = i.toString(36);
    if (kind === 'shared') out.push(`${COMMON[i % COMMON.length]} ${i % 2 === 0 ? `zorbel${w}` : `quim${w} ... tarn`}`);
    else out.push(i % 3 === 0 ? `zorbel${w}*` : i % 3 === 1 ? `quim${w} tarn` : `plosk${w} ... verd`);
  }
  return out;
}

export function itemWith(count: number, kind: 'spread' | 'shared' = 'spread'): CompiledItem {
  return {
    id: 'mood',
    sectionId: 's',
    question: { en: 'How are you psychologically?' },
    required: false,
    sensitivity: 'none',
    locators: { selectors: [], namePatterns: [], labels: ['mood'] },
    rewordings: [{ text: { en: 'How have you been feeling?' } }],
    followUps: [{ id: 'words', when: compileCondition({ text: phrases(count, kind) }, ['en']), severity: 'warning', prompt: { en: 'Ask.' }, resources: [], nextSteps: [] }],
  };
}

const SENTENCE = 'I have been feeling low for a while, I cannot sleep and I worry about the rent and the children most days. ';

export const answers = {
  short: SENTENCE.trim(),
  long: SENTENCE.repeat(Math.ceil(20_000 / SENTENCE.length)).slice(0, 20_000),
};

export function evaluate(item: CompiledItem, text: string) {
  return evaluateFollowUps({}, item, { text, options: [] });
}

/**
 * A pack with `count` trigger phrases in one index: its lexicon extends five
 * concepts (count / 5 phrases each, PACK_LIMITS.maxLexiconPhrases at most) and
 * one follow-up mentions all five, so 5,000 (PACK_LIMITS.maxPhrasesPerPack) is
 * the largest list a valid pack can make one keystroke read. The phrases are
 * the `shared` kind: most start with a word the answers use often.
 */
export function packWith(count: number): { pack: Pick<CompiledPack, 'concepts'>; item: CompiledItem } {
  const all = phrases(count, 'shared');
  const ids = ['c0', 'c1', 'c2', 'c3', 'c4'];
  const concepts: Record<string, CompiledPhrase[]> = {};
  ids.forEach((id, k) => {
    concepts[id] = all.slice((k * all.length) / ids.length, ((k + 1) * all.length) / ids.length).flatMap((text) => {
      const compiled = compilePhrase(text, 'en');
      return compiled.ok ? [compiled.phrase] : [];
    });
  });
  const item = itemWith(0);
  item.followUps = [{ ...item.followUps[0]!, id: 'concepts', when: compileCondition({ mentions: ids }, ['en']) }];
  return { pack: { concepts }, item };
}

export function evaluateIn(pack: Pick<CompiledPack, 'concepts'>, item: CompiledItem, text: string) {
  return evaluateFollowUps(pack, item, { text, options: [] });
}
