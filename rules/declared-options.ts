/**
 * An item's declared answer options (`items[].options`, as the case system lists
 * them) and the option conditions that name them. A condition may name an option
 * by any one of its labels: `option: "Yes"` on an item declaring
 * `{ en: "Yes", sv: "Ja" }` names that option, so it holds for "Ja" too (README,
 * *Follow-up conditions*). Labels compare as host labels do (normalizeLabel). Pure.
 */
import { normalizeLabel } from '../utils/normalize-text';
import type { LocalizedString, OptionRef } from './pack-schema';

/** An option named by its label (plain, or per language); not by position. */
export type OptionLabelRef = Exclude<OptionRef, { position: number }>;

/** Every label of an option or option reference, in every language it gives. */
export const labelsOf = (option: LocalizedString): string[] => (typeof option === 'string' ? [option] : Object.values(option));

/** The declared option `ref` names by one of its labels; undefined when none (or none are declared). */
export function declaredOptionNamed(ref: OptionLabelRef, options: readonly LocalizedString[] | undefined): LocalizedString | undefined {
  const named = new Set(labelsOf(ref).map(normalizeLabel).filter((label) => label !== ''));
  return options?.find((option) => labelsOf(option).some((label) => named.has(normalizeLabel(label))));
}

/**
 * Whether an answer's chosen options (`AnswerValue.options`: values and labels,
 * normalised) name one of the item's declared options: the answer is that option,
 * words of the form and not the adviser's own.
 */
export function choosesDeclaredOption(options: readonly LocalizedString[] | undefined, chosen: readonly string[]): boolean {
  if (!options || chosen.length === 0) return false;
  const named = new Set(chosen.map(normalizeLabel));
  return options.some((option) => labelsOf(option).some((label) => named.has(normalizeLabel(label))));
}
