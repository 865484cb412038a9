/**
 * A choice on a numbered scale (an item whose declared options are 1…N in order:
 * "1".."5", or "1 Very poor", "2", … "5 Very good") drawn by the host with its own
 * words: a star rating's "2 of 5 stars" / "2 av 5 stjärnor" / "2 stjerner", a
 * slider's "4/5". Its leading number is the option at that place on the scale.
 * Only for such items: on a list of words ("2–4 times a month", "2–3 times a
 * week") a number names no option. Pure.
 */
import { normalizeLabel } from '../utils/normalize-text';
import type { AnswerValue, CompiledItem } from './compiled-pack';

const LEADING_NUMBER = /^\s*(\d{1,2})(?![\d.,–-]\d)/;

/** Whether option i (from 0) of the item is labelled i+1 in every language, alone or before its words. */
function isNumberedScale(options: CompiledItem['options']): options is NonNullable<CompiledItem['options']> {
  if (!options || options.length < 2) return false;
  return options.every((option, index) =>
    Object.values(option).every((label) => LEADING_NUMBER.exec(label)?.[1] === String(index + 1)));
}

/**
 * `answer` with the labels of the scale option its leading number names added to
 * `options`, when the item is a numbered scale and the answer names none of its
 * options already. Any other answer comes back as it is.
 */
export function scaleAnswer(item: Pick<CompiledItem, 'options'>, answer: AnswerValue): AnswerValue {
  const { options } = item;
  if (!isNumberedScale(options) || answer.options.length === 0) return answer;
  const chosen = new Set(answer.options.map(normalizeLabel));
  if (options.some((option) => Object.values(option).some((label) => chosen.has(normalizeLabel(label))))) return answer;
  const place = Number(LEADING_NUMBER.exec(answer.text)?.[1] ?? NaN);
  const option = options[place - 1];
  if (!option) return answer;
  return { ...answer, options: [...new Set([...answer.options, ...Object.values(option).map(normalizeLabel)])] };
}
