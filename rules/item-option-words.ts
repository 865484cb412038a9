/**
 * Whether a row of words on the page can be an item's answer options: some of
 * them are the item's declared options or options its follow-ups name (in any
 * pack language), or all of them are numbers and the item takes a number. What
 * tells "Yes" "No" "Sometimes" under *Has anyone at home hurt you?* from a
 * "Save" "Print" "Next" toolbar under it (utils/dom/choice-chips.ts). Pure.
 */
import { normalizeLabel } from '../utils/normalize-text';
import { numberInField } from './answer-number';
import type { CompiledCondition, CompiledItem } from './compiled-pack';

interface OptionWords {
  /** Normalised labels and values of the item's options, every language. */
  words: Set<string>;
  /** The item has a condition on a number, or options that are all numbers (a 1–5 scale). */
  numeric: boolean;
}

const byItem = new WeakMap<CompiledItem, OptionWords>();

function collect(condition: CompiledCondition, into: OptionWords): void {
  switch (condition.kind) {
    case 'option-in':
      for (const value of condition.values) into.words.add(value);
      return;
    case 'number-range':
      into.numeric = true;
      return;
    case 'all':
    case 'any':
      for (const part of condition.of) collect(part, into);
  }
}

function optionWordsOf(item: CompiledItem): OptionWords {
  let known = byItem.get(item);
  if (known) return known;
  known = { words: new Set(), numeric: false };
  for (const option of item.options ?? []) {
    for (const label of Object.values(option)) {
      const word = normalizeLabel(label ?? '');
      if (word) known.words.add(word);
    }
  }
  for (const followUp of item.followUps) collect(followUp.when, known);
  byItem.set(item, known);
  return known;
}

/**
 * @param texts the words each option on the page shows, as shown
 * @returns true when at least one is an option of `item` (compared as labels are,
 *   normalizeLabel), or every one is a number and `item` takes a number
 */
export function readsAsItemOptions(item: CompiledItem, texts: readonly string[]): boolean {
  return readsAs(optionWordsOf(item), texts);
}

function readsAs({ words, numeric }: OptionWords, texts: readonly string[]): boolean {
  if (texts.some((text) => words.has(normalizeLabel(text)))) return true;
  return numeric && texts.length > 0 && texts.every((text) => numberInField(text.trim()) !== undefined);
}

/** Every item's option words together, per item list (a compiled pack's, kept while the pack is). */
const byItemList = new WeakMap<readonly CompiledItem[], OptionWords>();

function optionWordsOfAll(items: readonly CompiledItem[]): OptionWords {
  let known = byItemList.get(items);
  if (known) return known;
  known = { words: new Set(), numeric: false };
  for (const item of items) {
    const own = optionWordsOf(item);
    for (const word of own.words) known.words.add(word);
    known.numeric ||= own.numeric;
  }
  byItemList.set(items, known);
  return known;
}

/**
 * Whether a row of words on the page can be the options of any of `items`
 * (`readsAsItemOptions` for some item): when not, no item can take the row, so
 * there is no need to read the question around it. The items' words are gathered
 * once per list.
 * @param texts the words each option on the page shows, as shown
 */
export function readsAsSomeItemOptions(items: readonly CompiledItem[], texts: readonly string[]): boolean {
  return readsAs(optionWordsOfAll(items), texts);
}
