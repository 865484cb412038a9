// Suicide keeps only some of the shared innocent explanations, named by their words: a word misspelt there, or one the
// shared list no longer has, would drop silently, so each must be one of the shared list's words.
import { describe, expect, it } from 'vitest';
import { INNOCENT_EXPLANATIONS } from './innocent-explanations';
import { EXPLAINS_A_WAY_OF_DYING } from './suicide';

describe("suicide's share of the innocent explanations", () => {
  it('names only words of the shared list, in every pack language', () => {
    const shared = new Set([...INNOCENT_EXPLANATIONS.en, ...INNOCENT_EXPLANATIONS.sv, ...INNOCENT_EXPLANATIONS.nb]);
    expect([...EXPLAINS_A_WAY_OF_DYING].filter((word) => !shared.has(word))).toEqual([]);
  });
});
