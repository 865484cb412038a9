/**
 * Snowball stemmers for the three pack languages (Orama's build of the
 * Snowball algorithms: about 4 kB each). Other languages fall back to the word
 * itself. Input: one lower-case word with its own letters (å/ä/ö kept);
 * output: the stem, folded by matchKey.
 */
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { matchKey } from './fold';

/** Longer "words" (a pasted URL, a hash) are not worth stemming and would cost time per keystroke. */
export const MAX_WORD_CHARS = 40;

const STEMMERS: Record<string, (word: string) => string> = {
  en: english,
  sv: swedish,
  nb: norwegian,
  no: norwegian,
  nn: norwegian,
};

/** The base language of a code: "en-GB" → "en". */
export function baseLanguage(language: string): string {
  const dash = language.indexOf('-');
  return (dash < 0 ? language : language.slice(0, dash)).toLowerCase();
}

export function hasStemmer(language: string): boolean {
  return baseLanguage(language) in STEMMERS;
}

/** The folded stem of `lower` in `language` ("skadade", "sv" → "skad"). */
export function stemKey(lower: string, language: string): string {
  const stem = STEMMERS[baseLanguage(language)];
  if (!stem || lower.length > MAX_WORD_CHARS || lower.length < 3) return matchKey(lower);
  return matchKey(stem(lower));
}

/** Languages whose words join into compounds ("självskadebeteende", "helseproblemer"). */
export function compounds(language: string): boolean {
  const base = baseLanguage(language);
  return base === 'sv' || base === 'nb' || base === 'no' || base === 'nn' || base === 'da';
}
