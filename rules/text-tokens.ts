/**
 * Words of a free-text answer or a trigger phrase, normalised the way labels are
 * (utils/normalize-text.ts: lower case, accents folded except å/ä/ö/ø/æ,
 * punctuation as spaces) but without stripping a leading number, which in an
 * answer is content ("3 times this year"), not question numbering.
 * Runs in the content script on every keystroke pause: linear, no pack-built regex.
 */
import { foldDiacritics } from '../utils/normalize-text';

/** Longer answers are read up to here: enough for any interview note, bounded for a hostile page. */
export const MAX_ANSWER_CHARS = 20_000;

const NON_WORD = /[^\p{L}\p{N}]+/u;

export function textTokens(text: string): string[] {
  const clipped = text.length > MAX_ANSWER_CHARS ? text.slice(0, MAX_ANSWER_CHARS) : text;
  if (clipped === '') return [];
  return foldDiacritics(clipped.toLowerCase())
    .split(NON_WORD)
    .filter((token) => token !== '');
}
