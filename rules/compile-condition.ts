/**
 * A follow-up's `when` as the runtime condition tree: option values and labels
 * normalised like host labels, positions kept, phrases compiled per language,
 * concepts named (their words live once in `CompiledPack.concepts`). Build time only.
 */
import { normalizeLabel } from '../utils/normalize-text';
import type { CompiledCondition, CompiledPhrase } from './compiled-pack';
import { compilePhrase } from './compile-phrase';
import { declaredOptionNamed, labelsOf } from './declared-options';
import { isPositionRef, type LocalizedString, type OptionRef, type PackCondition, type PhraseListValue } from './pack-schema';

/**
 * @param languages the pack's languages: a phrase list without languages is read in each of them
 * @param options the item's declared answer options: an option named by one of its labels holds for all of them
 */
export function compileCondition(condition: PackCondition, languages: readonly string[] = ['en'], options?: readonly LocalizedString[]): CompiledCondition {
  if (condition.anyOf) return { kind: 'any', of: condition.anyOf.map((inner) => compileCondition(inner, languages, options)) };
  if (condition.allOf) return { kind: 'all', of: condition.allOf.map((inner) => compileCondition(inner, languages, options)) };
  if (condition.option !== undefined) return optionCondition([condition.option], options);
  if (condition.optionIn) return optionCondition(condition.optionIn, options);
  if (condition.number) {
    const { min, max } = condition.number;
    return { kind: 'number-range', ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
  }
  if (condition.text !== undefined) return { kind: 'text-contains', phrases: compilePhraseList(condition.text, languages) };
  if (condition.mentions !== undefined) return { kind: 'mentions', concepts: mentionedConcepts(condition) };
  return { kind: 'any-answer' };
}

/** The concept ids of a `mentions` condition, as a list. */
export function mentionedConcepts(condition: PackCondition): string[] {
  const { mentions } = condition;
  return mentions === undefined ? [] : typeof mentions === 'string' ? [mentions] : [...new Set(mentions)];
}

function optionCondition(refs: OptionRef[], declared: readonly LocalizedString[] | undefined): CompiledCondition {
  const values = new Set<string>();
  const positions = new Set<number>();
  for (const option of refs) {
    if (isPositionRef(option)) {
      positions.add(option.position);
      continue;
    }
    const named = declaredOptionNamed(option, declared);
    for (const text of [...labelsOf(option), ...(named ? labelsOf(named) : [])]) {
      const normalized = normalizeLabel(text);
      if (normalized !== '') values.add(normalized);
    }
  }
  return { kind: 'option-in', values: [...values], ...(positions.size > 0 && { positions: [...positions] }) };
}

/**
 * Every language's phrases: an answer may be in any of the pack's languages.
 * A plain list (no language given) is compiled once per pack language.
 */
export function compilePhraseList(list: PhraseListValue, languages: readonly string[]): CompiledPhrase[] {
  const entries: [string, string, boolean][] = Array.isArray(list)
    ? languages.flatMap((language) => list.map((text): [string, string, boolean] => [language, text, true]))
    : Object.entries(list).flatMap(([language, texts]) => texts.map((text): [string, string, boolean] => [language, text, false]));
  return compileUnique(entries);
}

/** Compiled phrases without duplicates; phrases the validator or linter refused are left out. */
export function compileUnique(entries: Iterable<[language: string, text: string, strict: boolean]>, source?: (text: string) => string): CompiledPhrase[] {
  const seen = new Set<string>();
  const out: CompiledPhrase[] = [];
  for (const [language, text, strict] of entries) {
    const compiled = compilePhrase(text, language, source ? source(text) : text.trim(), strict);
    if (!compiled.ok) continue;
    const key = `${language}|${JSON.stringify(compiled.phrase.words)}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(compiled.phrase);
    }
  }
  return out;
}
