/**
 * The popup's unmatched questions as plain text, for a supervisor to paste into a
 * pack change request: one line per field, "label — kind — option / option —
 * closest item id". Pure (the kind's name is given), so it is unit-tested directly.
 */
import type { QuestionKind, UnmatchedQuestion } from '../../rules/question-like';

/** Parts of a line are separated so; a label holding the separator stays readable all the same. */
const SEPARATOR = ' — ';

export function unmatchedAsText(questions: readonly UnmatchedQuestion[], kindName: (kind: QuestionKind) => string, nearestName: (itemId: string) => string): string {
  return questions
    .map((question) => {
      const parts = [question.label, kindName(question.kind)];
      if (question.options.length > 0) parts.push(question.options.join(' / '));
      if (question.nearest) parts.push(nearestName(question.nearest.itemId));
      return parts.join(SEPARATOR);
    })
    .join('\n');
}
