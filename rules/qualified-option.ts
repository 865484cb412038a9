/**
 * An option a case system words with a qualifier after the pack's own label: "Ja, nu", "Ja, det finns misstanke",
 * "Yes – witnessed it", "Nei, aldri", "No one" for an item that declares "Ja", "Yes", "Nei", "No". The host's label
 * opens with the words of one declared label and goes on: the answer is also that option, so its option conditions
 * hold. Its further words are still read as words (rules/evaluate-follow-ups.ts): "Nei, aldri" says more than the
 * form's "Nei". Pure.
 */
import { labelTokens, normalizeLabel } from '../utils/normalize-text';
import type { AnswerValue, CompiledItem } from './compiled-pack';
import { labelsOf } from './declared-options';

/**
 * Words after a declared label that make the option something else than a qualified answer: "No answer", "Nej, inget
 * svar", "Nei, ingen kommentar" is no "No" but a reply declined.
 */
const NOT_AN_ANSWER = new Set(['answer', 'answers', 'response', 'reply', 'comment', 'svar', 'kommentar', 'uppgift', 'opplysning', 'opplysninger']);

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
      if (words.slice(own.length).some((word) => NOT_AN_ANSWER.has(word))) continue;
      if (own.length > bestLength) [best, bestLength, tie] = [label, own.length, false];
      else if (own.length === bestLength && label !== best) tie = true;
    }
  }
  return tie ? undefined : best;
}
