/**
 * An option a case system words with a qualifier after the pack's own label: "Ja, nu", "Ja, det finns misstanke",
 * "Yes – witnessed it", "Nei, aldri" for an item that declares "Ja", "Yes", "Nei". The host's label
 * opens with the words of one declared label and goes on: the answer is also that option, so its option conditions
 * hold. Its further words are still read as words (rules/evaluate-follow-ups.ts): "Nei, aldri" says more than the
 * form's "Nei". Pure.
 */
import { labelTokens, normalizeLabel } from '../utils/normalize-text';
import type { AnswerValue, CompiledItem } from './compiled-pack';
import { labelsOf } from './declared-options';

/**
 * How a qualifier that declines a reply opens: "No answer", "Nej, inget svar", "Nej, vill inte svara", "Nei, vil ikke
 * svare", "No, prefer not to say" is no "No" but a reply declined. Only at its start: "Yes – reported, no response yet" is a yes.
 */
const DECLINES = [
  ['answer'], ['answers'], ['response'], ['reply'], ['comment'], ['svar'], ['kommentar'], ['no', 'answer'], ['no', 'comment'],
  ['no', 'response'], ['prefer', 'not'], ['rather', 'not'], ['inget', 'svar'], ['ingen', 'kommentar'], ['vill', 'inte'],
  ['ikke', 'svar'], ['ingen', 'svar'], ['vil', 'ikke'], ['uppgift', 'saknas'],
];

/**
 * `answer` with the declared label that each chosen option opens with added to its options (normalised), when no
 * chosen option is a declared label already. The longest declared label wins ("Ja, tidigare" over "Ja" when both
 * are declared); an option that opens with none, or with labels of two options of equal length, adds nothing. Other
 * answers come back as they are.
 */
export function qualifiedOptionAnswer(item: Pick<CompiledItem, 'options'>, answer: AnswerValue): AnswerValue {
  if (!item.options?.length || answer.options.length === 0) return answer;
  const declared = item.options.map((option) => labelsOf(option).map(normalizeLabel).filter((label) => label !== ''));
  const chosen = answer.options.map(normalizeLabel);
  if (chosen.some((label) => declared.some((labels) => labels.includes(label)))) return answer;
  const added = new Set<string>();
  for (const label of chosen) {
    const opened = openedLabel(labelTokens(label), declared);
    if (opened !== undefined) added.add(opened);
  }
  return added.size === 0 ? answer : { ...answer, options: [...answer.options, ...added] };
}

/** The declared label (normalised) whose words open `words` and are followed by more; undefined when none or a tie. */
function openedLabel(words: readonly string[], declared: readonly string[][]): string | undefined {
  let best: string | undefined;
  let bestLength = 0;
  let tie = false;
  for (const labels of declared) {
    for (const label of labels) {
      const own = labelTokens(label);
      if (own.length === 0 || own.length >= words.length || own.some((word, i) => words[i] !== word)) continue;
      const rest = words.slice(own.length);
      if (DECLINES.some((start) => start.every((word, i) => rest[i] === word))) continue;
      // "Ja/Nej", "Yes/No": another option's label right after it is a heading of both, not a qualified answer.
      if (declared.some((other) => other !== labels && other.some((label) => labelTokens(label)[0] === rest[0]))) continue;
      if (own.length > bestLength) [best, bestLength, tie] = [label, own.length, false];
      else if (own.length === bestLength && label !== best) tie = true;
    }
  }
  return tie ? undefined : best;
}
