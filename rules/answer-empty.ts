/**
 * Whether a field holds no answer at all. Kept apart from the follow-up matcher
 * (rules/evaluate-follow-ups.ts) because the content script counts answered
 * questions from the first scan, before the matcher has been delivered to it.
 */
import type { AnswerValue } from './compiled-pack';

/** True when nothing is switched on, chosen, numbered or typed (whitespace is no answer). */
export function answerIsEmpty(answer: AnswerValue): boolean {
  return answer.switchedOn === undefined && answer.options.length === 0 && answer.number === undefined && !answer.positions?.length && answer.text.trim() === '';
}
