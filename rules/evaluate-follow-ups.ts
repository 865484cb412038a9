/**
 * Which follow-ups an answer brings up. Runs in the content script on every
 * keystroke pause, so: linear in the answer's length, no regular expression
 * built from pack text, the answer tokenised once per call and only when a
 * free-text condition asks for it. Answers stay in memory here; nothing is kept.
 */
import { normalizeLabel } from '../utils/normalize-text';
import type { AnswerValue, CompiledCondition, CompiledFollowUp, CompiledItem } from './compiled-pack';
import { textTokens } from './text-tokens';

export function answerIsEmpty(answer: AnswerValue): boolean {
  return answer.options.length === 0 && answer.number === undefined && answer.text.trim() === '';
}

/** The item's follow-ups whose condition holds for this answer, in pack order. */
export function matchingFollowUps(item: CompiledItem, answer: AnswerValue): CompiledFollowUp[] {
  if (item.followUps.length === 0 || answerIsEmpty(answer)) return [];
  const context = new AnswerContext(answer);
  return item.followUps.filter((followUp) => context.holds(followUp.when));
}

/** The answer, prepared lazily for the kinds of condition actually asked about. */
class AnswerContext {
  private optionSet?: Set<string>;
  private tokens?: string[];
  /** token → positions where it occurs; built once, then each phrase costs its own occurrences. */
  private positions?: Map<string, number[]>;

  constructor(private readonly answer: AnswerValue) {}

  holds(condition: CompiledCondition): boolean {
    switch (condition.kind) {
      case 'any-answer':
        return true; // matchingFollowUps has already ruled out an empty answer
      case 'option-in':
        return condition.values.some((value) => this.options().has(value));
      case 'number-range': {
        const value = this.number();
        return (
          value !== undefined &&
          (condition.min === undefined || value >= condition.min) &&
          (condition.max === undefined || value <= condition.max)
        );
      }
      case 'text-contains':
        return condition.phrases.some((phrase) => this.contains(phrase.words.map((w) => (w.p ? `${w.w}*` : w.w))));
      case 'mentions':
        return false; // interim: the concept matcher replaces this whole evaluator in the next commit
      case 'all':
        return condition.of.every((inner) => this.holds(inner));
      case 'any':
        return condition.of.some((inner) => this.holds(inner));
    }
  }

  /** Given values and labels, plus their normalised forms in case a caller passed them raw. */
  private options(): Set<string> {
    if (!this.optionSet) {
      this.optionSet = new Set(this.answer.options);
      for (const option of this.answer.options) this.optionSet.add(normalizeLabel(option));
    }
    return this.optionSet;
  }

  /** `answer.number`, or the text when it is a plain number ("3", "2,5"). */
  private number(): number | undefined {
    if (this.answer.number !== undefined) return this.answer.number;
    const text = this.answer.text.trim();
    if (!/^-?\d{1,15}(?:[.,]\d{1,15})?$/.test(text)) return undefined;
    return Number(text.replace(',', '.'));
  }

  private contains(phrase: string[]): boolean {
    const [first, ...rest] = phrase;
    if (first === undefined) return false;
    const tokens = (this.tokens ??= textTokens(this.answer.text));
    for (const start of this.startsOf(first)) {
      if (start + rest.length >= tokens.length) continue;
      if (rest.every((word, i) => tokenMatches(tokens[start + 1 + i] ?? '', word))) return true;
    }
    return false;
  }

  private startsOf(word: string): number[] {
    if (!this.positions) {
      this.positions = new Map();
      const tokens = (this.tokens ??= textTokens(this.answer.text));
      tokens.forEach((token, i) => {
        const list = this.positions!.get(token);
        if (list) list.push(i);
        else this.positions!.set(token, [i]);
      });
    }
    if (!word.endsWith('*')) return this.positions.get(word) ?? [];
    const prefix = word.slice(0, -1);
    const starts: number[] = [];
    for (const [token, at] of this.positions) if (token.startsWith(prefix)) starts.push(...at);
    return starts;
  }
}

function tokenMatches(token: string, word: string): boolean {
  return word.endsWith('*') ? token.startsWith(word.slice(0, -1)) : token === word;
}
