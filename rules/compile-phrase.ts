/**
 * A trigger word or phrase from a pack or the lexicon ("kill myself",
 * "suicid*", "ta sitt liv") as the words the matcher compares with an answer's:
 * each folded, stemmed in the phrase's language, pronouns turned into roles.
 * Authors write plain words with an optional `*` ending, and `...` between two
 * words for up to three words of any kind ("threw ... at me"); there is no
 * regular expression anywhere, so no trigger can make matching slow.
 */
import { PRONOUN_ROLES_ONLY, type CompiledPhrase, type CompiledWord } from './compiled-pack';
import { answerWords } from './match/answer-words';
import { stemKey } from './match/stem';
import { PACK_LIMITS } from './pack-limits';

/** How many answer words a `...` in a phrase may stand for. */
export const GAP_WORDS = 3;

export type PhraseResult =
  | { ok: true; phrase: CompiledPhrase }
  /** `refused`: not an error in the pack, but never matched (the linter says so). */
  | { ok: false; message: string; refused?: true };

/**
 * @param language the language whose stemmer and word rules apply ("en", "sv", "nb"; others: no stemming)
 * @param source what to report when it matches; defaults to the phrase as written
 * @param strictPrefix a `*` word only takes the endings its language inflects with, even in sv/nb
 *   (for phrases given without a language, which may be read in any)
 */
export function compilePhrase(raw: string, language = 'en', source = raw.trim(), strictPrefix = false): PhraseResult {
  const words: CompiledWord[] = [];
  for (const written of raw.trim().split(/\s+/)) {
    if (written === '...' || written === '…') {
      if (words.length === 0 || words[words.length - 1]?.g) return { ok: false, message: `"${raw.trim()}": ... stands between two words` };
      words.push({ w: '', s: '', g: GAP_WORDS });
      continue;
    }
    const prefix = written.endsWith('*');
    const body = prefix ? written.slice(0, -1) : written;
    if (body.includes('*')) return { ok: false, message: `"${written}": * can only end a word` };
    const tokens = answerWords(body);
    if (tokens.length === 0) {
      if (prefix) return { ok: false, message: `"${written}": put at least ${PACK_LIMITS.minPrefixLetters} letters before *` };
      continue;
    }
    tokens.forEach((token, i) => {
      const last = i === tokens.length - 1;
      const word: CompiledWord = { w: token.key, s: stemKey(token.lower, language) };
      if (prefix && last) word.p = strictPrefix ? 2 : 1;
      else if (token.roles & PRONOUN_ROLES_ONLY) word.r = token.roles & PRONOUN_ROLES_ONLY;
      words.push(word);
    });
    const last = words[words.length - 1];
    if (prefix && last && last.w.length < PACK_LIMITS.minPrefixLetters) {
      return { ok: false, message: `"${written}": put at least ${PACK_LIMITS.minPrefixLetters} letters before * (a shorter start matches too many words)` };
    }
  }
  if (words.length === 0) return { ok: false, message: `"${raw}" has no letters or digits to look for` };
  if (words[words.length - 1]?.g) return { ok: false, message: `"${raw.trim()}": ... stands between two words` };
  if (words.length > PACK_LIMITS.maxPhraseWords) {
    return { ok: false, message: `"${raw}" has ${words.length} words; a phrase may have at most ${PACK_LIMITS.maxPhraseWords}` };
  }
  // A word alone is looked for as itself, even if it is also a pronoun somewhere ("si" is nb "her").
  if (words.length === 1) delete words[0]!.r;
  if (words.length === 1 && [...(words[0]?.w ?? '')].length < 2) {
    return { ok: false, refused: true, message: `"${raw.trim()}" is a one-letter word: it would match almost any answer, so it is not looked for` };
  }
  return { ok: true, phrase: { words, lang: language, source } };
}
