/**
 * One answer, read once per evaluation and shared by every condition of the
 * item: its words, their stems per language (computed on first use), and the
 * negation and idiom information the matcher asks about.
 */
import { readAnswer, type AnswerWord } from './answer-words';
import { idiomIndex, idiomSpans, type IdiomSpan } from './idioms';
import type { PhraseIndex } from './phrase-index';
import { negationScopes, type NegationScopes } from './negation';
import { bareKey } from './fold';
import { stemKey } from './stem';

/** Little words that show which language a note is in (a note may mix them). */
const FUNCTION_WORDS: Record<string, Set<string>> = {
  en: new Set('the and is to of my his her he she it was in not have has with that for are'.split(' ')),
  sv: new Set('och att det jag är inte har hon han på en ett som med för var min sin till av mig dig sig'.split(' ')),
  nb: new Set('og å det jeg er ikke har hun han på en et som med for var min sin til av meg deg seg'.split(' ')),
};
/**
 * Everyday words of a language that are written as another language's trigger: sv/nb "hit" (here) is no English
 * "hit" ("skjutsade mig hit", "kjørte meg hit").
 */
const FALSE_FRIENDS: Record<string, Set<string>> = { sv: new Set(['hit']), nb: new Set(['hit']) };

export class AnswerAnalysis {
  readonly words: AnswerWord[];
  private readonly stems = new Map<string, string>();
  private languages?: Set<string>;
  private negation?: NegationScopes;
  private idioms?: IdiomSpan[];

  constructor(readonly text: string) {
    this.words = readAnswer(text);
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

  /** The stem of word `index`: a bare key for a word typed without å/ä/ö/ø/æ (AnswerWord.bare). */
  stem(index: number, language: string): string {
    const word = this.words[index];
    const stem = this.stemOf(word?.lower ?? '', language);
    return word?.bare ? bareKey(stem) : stem;
  }

  /**
   * May the answer be in `language`? True when one of its little words occurs,
   * or when the answer has none of any language (a word or two). Short stems
   * ("son") only count in a language the answer may be in, so English "son"
   * is not Norwegian "sonet".
   */
  mayBeIn(language: string): boolean {
    if (!this.languages) {
      this.languages = new Set();
      for (const word of this.words) {
        for (const [lang, set] of Object.entries(FUNCTION_WORDS)) if (set.has(word.lower)) this.languages.add(lang);
      }
    }
    const base = language.slice(0, 2);
    return this.languages.size === 0 || this.languages.has(base) || !(base in FUNCTION_WORDS);
  }

  /**
   * Is word `index` an everyday word of another language than `language` (one of its little words, or a false friend:
   * sv/nb "med" (with) is no English "med(s)", "hit" (here) no English "hit"), in an answer that has that language's
   * little words and none that only `language` has? Then it is not read as a word of `language`.
   */
  foreignWord(index: number, language: string): boolean {
    const lower = this.words[index]?.lower ?? '';
    const own = FUNCTION_WORDS[language.slice(0, 2)];
    if (!own || own.has(lower)) return false;
    const others = Object.keys(FUNCTION_WORDS).filter((lang) => FUNCTION_WORDS[lang] !== own && (FUNCTION_WORDS[lang]!.has(lower) || FALSE_FRIENDS[lang]?.has(lower)));
    if (others.length === 0) return false;
    this.evidence ??= this.languageEvidence();
    return !this.evidence.has(language.slice(0, 2)) && others.some((lang) => this.evidence!.has(lang) || this.evidence!.has(`~${lang}`));
  }

  private evidence?: Set<string>;

  /**
   * Languages with a little word of their own only ("she", sv "jag", nb "jeg"), and, marked "~", those with any of
   * their little words.
   */
  private languageEvidence(): Set<string> {
    const out = new Set<string>();
    for (const word of this.words) {
      const langs = Object.keys(FUNCTION_WORDS).filter((lang) => FUNCTION_WORDS[lang]!.has(word.lower));
      for (const lang of langs) out.add(`~${lang}`);
      if (langs.length === 1) out.add(langs[0]!);
    }
    return out;
  }

  negationScopes(): NegationScopes {
    return (this.negation ??= negationScopes(this.words, this.text));
  }

  /** The built-in idioms' index (built on first use). */
  idiomIndex(): PhraseIndex {
    return idiomIndex();
  }

  /** Where idioms occur ("sick of waiting", "bored to death"), as word spans. */
  idiomSpans(): IdiomSpan[] {
    return (this.idioms ??= idiomSpans(this));
  }

  /** The answer's own words from word `start` to `end` (inclusive), as typed. */
  span(start: number, end: number): string {
    const first = this.words[start];
    const last = this.words[end];
    return first && last ? this.text.slice(first.start, last.end) : '';
  }
}
