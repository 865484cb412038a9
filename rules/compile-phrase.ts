/**
 * A trigger word or phrase from a pack ("kill myself", "suicid*") as the
 * normalised tokens the content script compares against an answer's tokens.
 * Authors write plain words with an optional `*` ending; there is no regular
 * expression anywhere, so no trigger can make matching slow.
 */
import type { CompiledPhrase } from './compiled-pack';
import { PACK_LIMITS } from './pack-limits';
import { textTokens } from './text-tokens';

export type PhraseResult = { ok: true; phrase: CompiledPhrase } | { ok: false; message: string };

export function compilePhrase(raw: string): PhraseResult {
  const phrase: string[] = [];
  for (const word of raw.trim().split(/\s+/)) {
    const prefix = word.endsWith('*');
    const body = prefix ? word.slice(0, -1) : word;
    if (body.includes('*')) return { ok: false, message: `"${word}": * can only end a word` };
    const tokens = textTokens(body);
    if (tokens.length === 0) {
      if (prefix) return { ok: false, message: `"${word}": put at least ${PACK_LIMITS.minPrefixLetters} letters before *` };
      continue;
    }
    if (prefix) {
      const last = tokens[tokens.length - 1] ?? '';
      if (last.length < PACK_LIMITS.minPrefixLetters) {
        return { ok: false, message: `"${word}": put at least ${PACK_LIMITS.minPrefixLetters} letters before * (a shorter start matches too many words)` };
      }
      tokens[tokens.length - 1] = `${last}*`;
    }
    phrase.push(...tokens);
  }
  if (phrase.length === 0) return { ok: false, message: `"${raw}" has no letters or digits to look for` };
  if (phrase.length > PACK_LIMITS.maxPhraseWords) {
    return { ok: false, message: `"${raw}" has ${phrase.length} words; a phrase may have at most ${PACK_LIMITS.maxPhraseWords}` };
  }
  return { ok: true, phrase };
}
