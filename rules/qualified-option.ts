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
 * svare", "No, prefer not to say" is no "No" but a reply declined. Only at its start: "Yes – reported, no response yet" is
 * a yes. In option words (sv "vill" is read "vil", see OPTION_WORD_VARIANTS).
 */
const DECLINES = [
  ['answer'], ['answers'], ['response'], ['reply'], ['comment'], ['svar'], ['kommentar'], ['no', 'answer'], ['no', 'comment'],
  ['no', 'response'], ['prefer', 'not'], ['rather', 'not'], ['inget', 'svar'], ['ingen', 'kommentar'], ['vil', 'inte'],
  ['ikke', 'svar'], ['ingen', 'svar'], ['vil', 'ikke'], ['uppgift', 'saknas'],
];

/**
 * Words a form writes either way in an option ("Vet ej" for "Vet inte", sv "ej" being the form's "inte"; nb "Vill ikke
 * svare" for "Vil ikke svare", the common misspelling; Nynorsk "ikkje" for "ikke"), compared as the one word.
 */
const OPTION_WORD_VARIANTS: Readonly<Record<string, string>> = { ej: 'inte', vill: 'vil', ikkje: 'ikke' };
const optionWords = (label: string): string[] => labelTokens(label).map((word) => OPTION_WORD_VARIANTS[word] ?? word);

/**
 * `answer` with the declared label that each chosen option is, in other spellings of its words ("Vet ej" for "Vet inte"),
 * or opens with added to its options (normalised), when no
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
    const words = optionWords(label);
    const same = declared.flat().find((own) => sameWords(optionWords(own), words));
    const opened = same ?? openedLabel(words, declared);
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
      const own = optionWords(label);
      if (own.length === 0 || own.length >= words.length || own.some((word, i) => words[i] !== word)) continue;
      const rest = words.slice(own.length);
      if (DECLINES.some((start) => start.every((word, i) => rest[i] === word))) continue;
      // "Ja/Nej", "Yes/No": another option's label right after it is a heading of both, not a qualified answer.
      if (declared.some((other) => other !== labels && other.some((label) => optionWords(label)[0] === rest[0]))) continue;
      if (own.length > bestLength) [best, bestLength, tie] = [label, own.length, false];
      else if (own.length === bestLength && label !== best) tie = true;
    }
  }
  return tie ? undefined : best;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((word, i) => word === b[i]);
}
