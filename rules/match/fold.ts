/**
 * Match keys: the answer's and the pack's words compared after folding
 * everything a hurried typist drops. Unlike label normalisation
 * (utils/normalize-text.ts), å/ä/ö/ø/æ are folded too, so "sjalvmord" finds
 * "självmord" and "helsa" typed as "hélsa" still counts; a trigger word is long
 * enough that the rare collision ("får"/"far") does not matter here.
 */
import { foldDiacritics } from '../../utils/normalize-text';

const NORDIC: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', ø: 'o', æ: 'ae' };

/** Below this length å/ä/ö/ø/æ stay: in short words they tell words apart ("får" gets, "far" father). */
const MIN_FOLDED_CHARS = 5;

/** Lower case in, folded key out: "självmord" → "sjalvmord", "kærlighed" → "kaerlighed"; "får" stays "får". */
export function matchKey(lower: string): string {
  if (!/[\u0080-\uffff]/.test(lower)) return lower;
  if (lower.length < MIN_FOLDED_CHARS) return foldDiacritics(lower);
  let out = '';
  for (const ch of foldDiacritics(lower)) out += NORDIC[ch] ?? ch;
  return out;
}

/**
 * A short key as it stands inside a longer word's key: "våld" → "vald", "dømt" → "domt", as in "familjevald"
 * ("familjevåld") and "straffedomt" ("straffedømt"), whose keys are folded whole (matchKey). For looking up
 * the parts of compounds and the prefix of a `word*`; whether they match is told with the letters
 * (rules/match/phrase-index.ts), so "skär" is not found in "glasskår".
 */
export function partKey(key: string): string {
  if (!/[åäöøæ]/.test(key)) return key;
  let out = '';
  for (const ch of key) out += NORDIC[ch] ?? ch;
  return out;
}

const BARE: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', ø: 'o', æ: 'a' };

/**
 * The key a word has when typed with no å/ä/ö/ø/æ at all, whether they were left out or written as two
 * letters: "dö" → "do", "säng" → "sang", "kjaereste" and "kjæreste" → "kjareste", "sjaelvmord" →
 * "sjalvmord", "paa" → "pa". Compared only for an answer typed that way (rules/match/nordic-letters.ts).
 */
export function bareKey(key: string): string {
  let out = '';
  for (const ch of key) out += BARE[ch] ?? ch;
  if (!out.includes('aa') && !out.includes('ae') && !out.includes('oe')) return out;
  return out.replace(/aa|ae/g, 'a').replace(/oe/g, 'o');
}
