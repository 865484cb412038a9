/**
 * A yes/no question answered with a lone on/off control (a switch, a single
 * checkbox, one toggle button): on is the item's declared "Yes" option, off its
 * "No", in every language the item gives ("Yes"/"Ja", "No"/"Nej"/"Nei"), as if
 * that option had been chosen from a list. Whether an untouched "off" is an answer
 * at all is the content script's call (it is not: entrypoints/content/hear-answers.ts). Pure.
 */
import { normalizeLabel } from '../utils/normalize-text';
import type { AnswerValue, CompiledItem } from './compiled-pack';

/** How a yes/no item's options are labelled in the pack languages (en, sv, nb). */
const YES_LABELS = ['yes', 'ja'];
const NO_LABELS = ['no', 'nej', 'nei'];

/**
 * `answer` as the option its on/off state stands for: `text` the option's first
 * label, `options` all its labels normalised (or the bare words when the item
 * declares no such option). Any other answer comes back as it is.
 */
export function onOffAnswer(item: Pick<CompiledItem, 'options'>, answer: AnswerValue): AnswerValue {
  if (answer.switchedOn === undefined) return answer;
  const words = answer.switchedOn ? YES_LABELS : NO_LABELS;
  const declared = item.options?.find((option) => Object.values(option).some((label) => words.includes(normalizeLabel(label))));
  const labels = declared ? Object.values(declared) : words;
  const options = [...new Set([...answer.options, ...labels.map(normalizeLabel), ...words])];
  return { ...answer, text: labels[0] ?? '', options };
}
