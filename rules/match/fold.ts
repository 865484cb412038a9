/**
 * Match keys: the answer's and the pack's words compared after folding
 * everything a hurried typist drops. Unlike label normalisation
 * (utils/normalize-text.ts), å/ä/ö/ø/æ are folded too, so "sjalvmord" finds
 * "självmord" and "helsa" typed as "hélsa" still counts; a trigger word is long
 * enough that the rare collision ("får"/"far") does not matter here.
 */
import { foldDiacritics } from '../../utils/normalize-text';

const NORDIC: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', ø: 'o', æ: 'ae' };

/** Lower case in, folded key out: "självmord" → "sjalvmord", "kærlighed" → "kaerlighed". */
export function matchKey(lower: string): string {
  if (!/[\u0080-\uffff]/.test(lower)) return lower;
  let out = '';
  for (const ch of foldDiacritics(lower)) out += NORDIC[ch] ?? ch;
  return out;
}
