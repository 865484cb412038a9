/**
 * One answer, read once per evaluation and shared by every condition of the
 * item: its words, their stems per language (computed on first use), and the
 * negation and idiom information the matcher asks about.
 */
import { answerWords, type AnswerWord } from './answer-words';
import { idiomMask } from './idioms';
import { negationScopes, type NegationScopes } from './negation';
import { stemKey } from './stem';

export class AnswerAnalysis {
  readonly words: AnswerWord[];
  private readonly stems = new Map<string, string>();
  private negation?: NegationScopes;
  private idioms?: Uint8Array;

  constructor(readonly text: string) {
    this.words = answerWords(text);
  }

  /** The folded stem of a lower-case word in `language`, memoised for this answer. */
  stemOf(lower: string, language: string): string {
    const key = `${language}\u0000${lower}`;
    let stem = this.stems.get(key);
    if (stem === undefined) {
      stem = stemKey(lower, language);
      this.stems.set(key, stem);
    }
    return stem;
  }

  stem(index: number, language: string): string {
    return this.stemOf(this.words[index]?.lower ?? '', language);
  }

  negationScopes(): NegationScopes {
    return (this.negation ??= negationScopes(this.words));
  }

  /** 1 for a word inside an idiom ("sick of waiting", "bored to death"), else 0. */
  idiomMask(): Uint8Array {
    return (this.idioms ??= idiomMask(this));
  }

  /** The answer's own words from word `start` to `end` (inclusive), as typed. */
  span(start: number, end: number): string {
    const first = this.words[start];
    const last = this.words[end];
    return first && last ? this.text.slice(first.start, last.end) : '';
  }
}
