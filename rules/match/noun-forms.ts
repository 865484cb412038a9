/**
 * Is an answer word a form of a class word that names a person (a concept's referents, ConceptCues.referents), or
 * another word that only shares its stem or its first part? The stemmer reads "kidding" as a form of "kid", and in
 * Swedish and Norwegian a compound is found by its first part ("barndom", "barnslig", "barnløs", "babysteps" read in
 * nb): neither names a child. A noun names what its LAST part names (sv/nb compounds are head-final: "bonusbarn" is a
 * child, "barnvagn" a pram, "barnmorska" a midwife), so a person word counts as the whole word, with a noun ending
 * (plural, definite, genitive), or as the last part of a compound with such an ending. Pure.
 */
import type { CompiledWord } from '../compiled-pack';
import type { AnswerWord } from './answer-words';
import { bareKey } from './fold';
import { compounds } from './stem';
import { oneSlipApart } from './word-rules';

/** Noun endings after a stem or a word: plural, definite, genitive ("kids", "babies", "barnens", "sønnene", "pojkarna"). */
const NOUN_ENDINGS: Record<'en' | 'nordic', Set<string>> = {
  en: new Set(['', 's', 'es', 'ies']),
  nordic: new Set(['', ...'en et n t ar arna er erna or orna na a e ne ene s ens ets ns ts as es arnas ernas ornas nas enes nes ers'.split(' ')]),
};
/** How long the first part of a compound must be before a person word can be its last part ("bonus|barn"). */
const MIN_FIRST_PART = 3;

/**
 * Does `word` name what the one-word class word `wanted` (read in `lang`) names? True for the word itself, its stem or
 * the word with a noun ending, the last part of a compound with one, and a slip of the fingers on the word; false for
 * a word that only begins with it ("kidding", "barndom", "barnslig") or reaches it through the stemmer alone.
 */
export function namesAsNoun(word: AnswerWord, wanted: CompiledWord, lang: string): boolean {
  const key = bareKey(word.key);
  const forms = [bareKey(wanted.w), bareKey(wanted.s)].filter((form) => form.length > 0);
  const endings = compounds(lang) ? NOUN_ENDINGS.nordic : NOUN_ENDINGS.en;
  for (const form of forms) {
    if (key.startsWith(form) && endings.has(key.slice(form.length))) return true;
    if (!compounds(lang)) continue;
    // the last part of a compound: "bonusbarnen", "fosterbarnet", "dotterdottern"
    for (let at = key.indexOf(form, MIN_FIRST_PART); at >= MIN_FIRST_PART; at = key.indexOf(form, at + 1)) {
      if (endings.has(key.slice(at + form.length))) return true;
    }
  }
  return !forms.some((form) => key.includes(form)) && oneSlipApart(key, bareKey(wanted.w));
}
