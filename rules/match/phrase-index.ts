/**
 * Finding a list of trigger phrases in an answer without looking at each
 * phrase: the phrases' first words go into hash maps (by stem, by written
 * form, by prefix, by compound part, by one-letter deletions for typos), and
 * each answer word looks itself up there. Work per answer word is bounded by
 * the word's length, never by the number of phrases, so a concept extended
 * with 1,000 words costs no more per keystroke than one with ten.
 * The index is built once per phrase list (a WeakMap keeps it with the
 * compiled pack) and holds no regular expression.
 */
import { PRONOUN_ROLE, PRONOUN_ROLES_ONLY, type CompiledPhrase, type CompiledWord } from '../compiled-pack';
import type { AnswerAnalysis } from './answer-analysis';
import { GAP_STRONG } from './answer-words';
import { compounds, MAX_WORD_CHARS } from './stem';
import { endingAllowed, isFiller, MAX_FILLERS, MIN_TYPO_CHARS, oneTypoApart } from './word-rules';

/** A phrase found in the answer: words `start`…`end` (inclusive). */
export interface PhraseMatch {
  phrase: CompiledPhrase;
  start: number;
  end: number;
}

/** Stems shorter than this ("son", "hit") match only in a language the answer may be in. */
const MIN_SURE_STEM = 5;
/** A compound part must be this long to be found inside a longer word ("våld" in "våldsam"). */
const MIN_COMPOUND_PART = 4;
/** A phrase's words take part in compounds only from this long: short words inside phrases stay themselves. */
const MIN_COMPOUND_IN_PHRASE = 6;
/** …and what it is joined to at least this long, so "rus" + "t" is no compound. */
const MIN_COMPOUND_REST = 3;

/** A hash map from key to phrases, remembering which key lengths occur so lookups skip the rest. */
class Bucket {
  readonly map = new Map<string, CompiledPhrase[]>();
  readonly lengths = new Set<number>();
  min = Infinity;
  max = 0;

  add(key: string, phrase: CompiledPhrase) {
    const list = this.map.get(key);
    if (list) {
      if (!list.includes(phrase)) list.push(phrase);
    } else this.map.set(key, [phrase]);
    this.lengths.add(key.length);
    this.min = Math.min(this.min, key.length);
    this.max = Math.max(this.max, key.length);
  }

  hasLength(length: number): boolean {
    return this.lengths.has(length);
  }

  get size() {
    return this.map.size;
  }
}

export class PhraseIndex {
  /** `language\0stem` of the first word. */
  private readonly stems = new Bucket();
  /** Written form of the first word, and multi-word phrases written as one ("killmyself"). */
  private readonly written = new Bucket();
  private readonly whole = new Map<string, CompiledPhrase[]>();
  /** `word*`: the prefix, per language. */
  private readonly prefixes = new Bucket();
  /** Stems that may start or end a compound (single-word phrases in sv/nb). */
  private readonly heads = new Bucket();
  private readonly tails = new Bucket();
  /** Written forms long enough for a typo, and each of them with one letter left out. */
  private readonly typos = new Bucket();
  /** Phrases that start with a pronoun. */
  private readonly byRole: CompiledPhrase[] = [];
  /**
   * First letters (`language\0` + 3 letters) of the stems in `stems`, `heads` and
   * `tails`: a cheap test that skips most lookups for words no phrase can start.
   */
  private readonly starts = new Set<string>();
  private readonly languages: string[];

  readonly isEmpty: boolean;
  /** Phrases indexed so far: building can be spread over idle time (`buildSome`). */
  private built = 0;

  /**
   * @param options.typos forgive one typo in long words (default); the word-class
   *   combinations turn it off, since two loosely matched classes together raise
   *   false alarms ("skadade knät" read as "skakade" + a person)
   */
  constructor(
    private readonly phrases: readonly CompiledPhrase[],
    private readonly options: { typos?: boolean } = {},
  ) {
    this.languages = [...new Set(phrases.map((phrase) => phrase.lang))];
    this.isEmpty = phrases.length === 0;
  }

  /** Index up to `count` more phrases; true when the whole list is indexed. */
  buildSome(count: number): boolean {
    const stop = Math.min(this.phrases.length, this.built + count);
    for (; this.built < stop; this.built++) this.add(this.phrases[this.built]!);
    return this.built >= this.phrases.length;
  }

  private add(phrase: CompiledPhrase) {
    const first = phrase.words[0];
    if (!first) return;
    const lang = phrase.lang;
    if (first.r) {
      this.byRole.push(phrase);
      return;
    }
    this.stems.add(`${lang}\u0000${first.s}`, phrase);
    this.starts.add(`${lang}\u0000${first.s.slice(0, 3)}`);
    if (first.p) {
      this.prefixes.add(`${lang}\u0000${first.w}`, phrase);
      if (compounds(lang) && first.p === 1 && first.s.length >= MIN_COMPOUND_PART) this.heads.add(`${lang}\u0000${first.s}`, phrase);
      return;
    }
    this.written.add(first.w, phrase);
    if (phrase.words.length === 1) {
      if (compounds(lang) && first.s.length >= MIN_COMPOUND_PART) {
        this.heads.add(`${lang}\u0000${first.s}`, phrase);
        this.tails.add(`${lang}\u0000${first.s}`, phrase);
        this.starts.add(`${lang}\u0000${first.w.slice(0, 3)}`);
      }
    } else if (phrase.words.length <= 3 && phrase.words.every((word) => !word.p)) {
      const joined = phrase.words.map((word) => word.w).join('');
      if (joined.length <= MAX_WORD_CHARS) {
        const list = this.whole.get(joined);
        if (list) list.push(phrase);
        else this.whole.set(joined, [phrase]);
      }
    }
    if (this.options.typos !== false && first.w.length >= MIN_TYPO_CHARS) {
      this.typos.add(first.w, phrase);
      for (let i = 1; i < first.w.length; i++) this.typos.add(first.w.slice(0, i) + first.w.slice(i + 1), phrase);
    }
  }

  /**
   * Every place a phrase of the list occurs in the answer.
   * @param work counts the phrases tried against answer words (tests show it does not grow with the list)
   */
  find(answer: AnswerAnalysis, work?: { tried: number }): PhraseMatch[] {
    this.buildSome(Infinity);
    const matches: PhraseMatch[] = [];
    const words = answer.words;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (word.key.length > MAX_WORD_CHARS) continue;
      const candidates = new Set<CompiledPhrase>();
      this.candidatesAt(answer, i, candidates);
      if (work) work.tried += candidates.size;
      for (const phrase of candidates) {
        const end = matchFrom(answer, phrase, i);
        if (end >= 0) matches.push({ phrase, start: i, end });
      }
      // A phrase typed as one word ("killmyself"), or one word typed as two ("self harmed", "själv skada").
      for (const phrase of this.whole.get(word.key) ?? []) matches.push({ phrase, start: i, end: i });
      const next = words[i + 1];
      if (next && next.gap !== GAP_STRONG && word.key.length > 1 && next.key.length > 1 && word.key.length + next.key.length <= MAX_WORD_CHARS) {
        for (const phrase of this.joinedCandidates(answer, word.lower + next.lower, word.key + next.key)) {
          matches.push({ phrase, start: i, end: i + 1 });
        }
      }
    }
    return matches;
  }

  private candidatesAt(answer: AnswerAnalysis, i: number, out: Set<CompiledPhrase>) {
    const word = answer.words[i]!;
    if (word.roles) for (const phrase of this.byRole) out.add(phrase);
    addAll(out, this.written.map.get(word.key));
    for (const lang of this.languages) {
      const stem = answer.stem(i, lang);
      addAll(out, this.stems.map.get(`${lang}\u0000${stem}`));
      this.prefixLookups(this.prefixes, lang, word.key, out);
      if (compounds(lang)) {
        if (this.starts.has(`${lang}\u0000${stem.slice(0, 3)}`)) this.prefixLookups(this.heads, lang, stem, out);
        // The last part of a compound, inflected or not: "alkoholmissbruket" holds "missbruk".
        if (this.tails.size > 0) {
          const base = lang.length + 1;
          for (let at = MIN_COMPOUND_REST; word.key.length - at >= MIN_COMPOUND_PART; at++) {
            if (!this.starts.has(`${lang}\u0000${word.key.slice(at, at + 3)}`)) continue;
            for (const length of this.tails.lengths) {
              if (at + length - base <= word.key.length) addAll(out, this.tails.map.get(`${lang}\u0000${word.key.slice(at, at + length - base)}`));
            }
          }
        }
      }
    }
    if (this.typos.size > 0 && word.key.length >= MIN_TYPO_CHARS - 1) {
      addAll(out, this.typos.map.get(word.key));
      // From the second letter: a typo never changes the first (oneTypoApart).
      for (let cut = 1; cut < word.key.length; cut++) {
        addAll(out, this.typos.map.get(word.key.slice(0, cut) + word.key.slice(cut + 1)));
      }
    }
  }

  private prefixLookups(bucket: Bucket, lang: string, key: string, out: Set<CompiledPhrase>) {
    if (bucket.size === 0) return;
    const base = lang.length + 1;
    const longest = Math.min(key.length, bucket.max - base);
    for (let length = Math.max(1, bucket.min - base); length <= longest; length++) {
      if (bucket.hasLength(length + base)) addAll(out, bucket.map.get(`${lang}\u0000${key.slice(0, length)}`));
    }
  }

  /** Single-word phrases matching two answer words read as one. */
  private joinedCandidates(answer: AnswerAnalysis, lower: string, key: string): CompiledPhrase[] {
    const found: CompiledPhrase[] = [];
    for (const phrase of this.written.map.get(key) ?? []) if (phrase.words.length === 1) found.push(phrase);
    for (const lang of this.languages) {
      if (!this.starts.has(`${lang}\u0000${key.slice(0, 3)}`)) continue;
      const stem = answer.stemOf(lower, lang);
      if (stem.length < MIN_SURE_STEM && !answer.mayBeIn(lang)) continue;
      for (const phrase of this.stems.map.get(`${lang}\u0000${stem}`) ?? []) {
        if (phrase.words.length === 1 && !found.includes(phrase)) found.push(phrase);
      }
    }
    return found;
  }
}

function addAll(out: Set<CompiledPhrase>, list: CompiledPhrase[] | undefined) {
  if (list) for (const phrase of list) out.add(phrase);
}

/**
 * Match `phrase` with its first word at answer word `start`; the index of its
 * last word, or -1. Fillers may sit between the phrase's words; a sentence
 * break may not.
 */
function matchFrom(answer: AnswerAnalysis, phrase: CompiledPhrase, start: number): number {
  return matchRest(answer, phrase, 0, start);
}

/** Words `j`… of the phrase from answer word `at`: the index of the last, or -1. Depth ≤ 8 words, ≤ 4 tries per gap. */
function matchRest(answer: AnswerAnalysis, phrase: CompiledPhrase, j: number, at: number): number {
  const words = answer.words;
  if (j === phrase.words.length) return at - 1;
  const wanted = phrase.words[j]!;
  if (wanted.g) {
    for (let skip = 0; skip <= wanted.g && at + skip < words.length; skip++) {
      if (words[at + skip]!.gap === GAP_STRONG) return -1; // a gap stays in its sentence
      const end = matchRest(answer, phrase, j + 1, at + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const single = phrase.words.length === 1;
  if (j > 0) {
    let skipped = 0;
    while (at < words.length && skipped < MAX_FILLERS && isFiller(words[at]!.lower) && !wordMatches(answer, at, wanted, phrase.lang, false)) {
      at++;
      skipped++;
    }
    if (at >= words.length || words[at]!.gap === GAP_STRONG) return -1;
  }
  if (!wordMatches(answer, at, wanted, phrase.lang, single)) return -1;
  return matchRest(answer, phrase, j + 1, at + 1);
}

/** Does answer word `i` stand for the phrase word `wanted` (read in `lang`)? */
export function wordMatches(answer: AnswerAnalysis, i: number, wanted: CompiledWord, lang: string, single: boolean): boolean {
  const word = answer.words[i];
  if (!word) return false;
  if (word.key === wanted.w) return true;
  if (wanted.r) {
    return (word.roles & wanted.r & PRONOUN_ROLES_ONLY) !== 0 && ((wanted.r & PRONOUN_ROLE.other) === 0 || (word.roles & PRONOUN_ROLE.firstOrSecond) === 0);
  }
  const stem = answer.stem(i, lang);
  if (stem === wanted.s) return wanted.s.length >= MIN_SURE_STEM || answer.mayBeIn(lang);
  if (wanted.p) {
    if (word.key.startsWith(wanted.w) && endingAllowed(word.key.slice(wanted.w.length), lang, wanted.p === 2)) return true;
    return wanted.p === 1 && compounds(lang) && wanted.s.length >= MIN_COMPOUND_PART && stem.startsWith(wanted.s);
  }
  // Compounds: a word alone from four letters ("våld" in "våldsam"), inside a phrase from six ("tabletter" in "sömntabletter").
  if (compounds(lang) && wanted.s.length >= (single ? MIN_COMPOUND_PART : MIN_COMPOUND_IN_PHRASE)) {
    if (stem.startsWith(wanted.s) && stem.length - wanted.s.length >= MIN_COMPOUND_REST) return true;
    const at = word.key.lastIndexOf(wanted.s);
    if (at >= MIN_COMPOUND_REST && endingAllowed(word.key.slice(at + wanted.s.length), lang, true)) return true;
  }
  return oneTypoApart(word.key, wanted.w);
}
