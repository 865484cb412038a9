/**
 * A follow-up's `when` as the runtime condition tree: option values and labels
 * normalised like host labels, phrases as token lists. Build time only.
 */
import { normalizeLabel } from '../utils/normalize-text';
import type { CompiledCondition, CompiledPhrase } from './compiled-pack';
import { compilePhrase } from './compile-phrase';
import type { LocalizedString, PackCondition, PhraseListValue } from './pack-schema';

export function compileCondition(condition: PackCondition): CompiledCondition {
  if (condition.anyOf) return { kind: 'any', of: condition.anyOf.map(compileCondition) };
  if (condition.allOf) return { kind: 'all', of: condition.allOf.map(compileCondition) };
  if (condition.option !== undefined) return { kind: 'option-in', values: optionValues([condition.option]) };
  if (condition.optionIn) return { kind: 'option-in', values: optionValues(condition.optionIn) };
  if (condition.number) {
    const { min, max } = condition.number;
    return { kind: 'number-range', ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
  }
  if (condition.text !== undefined) return { kind: 'text-contains', phrases: phrases(condition.text) };
  return { kind: 'any-answer' };
}

function optionValues(options: LocalizedString[]): string[] {
  const values = new Set<string>();
  for (const option of options) {
    for (const text of typeof option === 'string' ? [option] : Object.values(option)) {
      const normalized = normalizeLabel(text);
      if (normalized !== '') values.add(normalized);
    }
  }
  return [...values];
}

/** Every language's phrases together: an answer may be in any of the pack's languages. */
function phrases(list: PhraseListValue): CompiledPhrase[] {
  const raw = Array.isArray(list) ? list : Object.values(list).flat();
  const seen = new Set<string>();
  const out: CompiledPhrase[] = [];
  for (const text of raw) {
    const compiled = compilePhrase(text);
    if (!compiled.ok) continue; // the validator has already refused packs with such phrases
    const key = compiled.phrase.join(' ');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(compiled.phrase);
    }
  }
  return out;
}
