/**
 * Words of a note for prefix search, and hashtags as tags. The same folding as
 * question labels (utils/normalize-text.ts): lower case, accents folded ("cafe"
 * finds "Café"), but å/ä/ö/ø/æ kept, since they are letters of their own in
 * Swedish and Norwegian ("far" must not find "får").
 */
import { foldDiacritics } from '../normalize-text';

const NON_WORD = /[^\p{L}\p{N}]+/gu;
const HASHTAG = /#([\p{L}\p{N}_-]+)/gu;

/** Longer words are cut: nobody searches by the 41st letter, and the index stays small. */
export const MAX_WORD_CHARS = 40;
/** A pasted essay must not grow the index without bound. */
export const MAX_WORDS_PER_NOTE = 500;

function splitWords(text: string): string[] {
  const folded = foldDiacritics(text.toLowerCase());
  return folded.split(NON_WORD).filter((word) => word !== '');
}

/** Distinct normalised words of a note's text and tags, for the `*words` index. */
export function noteWords(text: string, tags: readonly string[] = []): string[] {
  const words = new Set<string>();
  for (const word of [...splitWords(text), ...tags.flatMap(splitWords)]) {
    if (words.size >= MAX_WORDS_PER_NOTE) break;
    words.add(word.slice(0, MAX_WORD_CHARS));
  }
  return [...words];
}

/** The words of a search query, each to be matched as a word prefix. Distinct, longest first. */
export function queryWords(query: string): string[] {
  const words = new Set(splitWords(query).map((word) => word.slice(0, MAX_WORD_CHARS)));
  return [...words].sort((a, b) => b.length - a.length);
}

/** `#housing #Debt` → ['housing', 'debt']: tags the adviser writes inline, no extra clicks. */
export function extractTags(text: string): string[] {
  const tags = new Set<string>();
  for (const match of text.matchAll(HASHTAG)) {
    const tag = match[1];
    if (tag) tags.add(foldDiacritics(tag.toLowerCase()));
  }
  return [...tags];
}

/** Does every query word start some word of the note? For in-memory search of unsealed notes. */
export function matchesAllPrefixes(words: readonly string[], prefixes: readonly string[]): boolean {
  return prefixes.every((prefix) => words.some((word) => word.startsWith(prefix)));
}
