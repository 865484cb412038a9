/**
 * Finding a list of trigger phrases in an answer without looking at each
 * phrase: the phrases form a trie of words (phrases that start alike share
 * their first steps), and every step's following words sit in hash maps (by
 * stem, written form, prefix, compound part, one-letter deletions for typos).
 * An answer word looks itself up in those maps, so the work per answer word is
 * bounded by the words' length and the phrases that really match there, never
 * by the number of phrases: 5,000 phrases starting with "I" cost no more per
 * "I" in the answer than one does, unless the answer goes on as they do.
 * The index is built once per phrase list (a WeakMap keeps it with the
 * compiled pack) and holds no regular expression.
 */
import { GRAMMATICAL_ROLES, PRONOUN_ROLE, type CompiledPhrase, type CompiledWord } from '../compiled-pack';
import type { AnswerAnalysis } from './answer-analysis';
import { GAP_STRONG, type AnswerWord } from './answer-words';
import { bareKey, partKey } from './fold';
import { compounds, MAX_WORD_CHARS } from './stem';
import { endingAllowed, isFiller, MAX_FILLERS, MIN_TYPO_CHARS, oneSlipApart, oneTypoApart } from './word-rules';

/** Typo forgiveness: any one typo (true), only a slip of the fingers ('slips'), or none. */
export type Typos = boolean | 'slips';

/** Marks a bucket key as a phrase word's bare key (rules/match/fold.ts), looked up for answers typed without å/ä/ö/ø/æ. */
const BARE = '\u0001';

/** The key prefixes to look up for an answer word: `prefix`, and its bare one for a word typed without the letters. */
function lookups(word: Pick<AnswerWord, 'bare'>, prefix: string): string[] {
  return word.bare ? [prefix, prefix + BARE] : [prefix];
}

/** A phrase found in the answer: words `start`…`end` (inclusive). */
export interface PhraseMatch {
  phrase: CompiledPhrase;
  start: number;
  end: number;
}

/** Stems shorter than this ("son", "hit") match only in a language the answer may be in. */
const MIN_SURE_STEM = 5;
/**
 * A trigger word alone this short (an adviser's "SI", "OD", "DV") is found as written only in an answer that
 * may be in its language: nb "si" (say) is an everyday word. Three letters ("ket", "kms") are slang in any language.
 */
const MAX_SHORT_WORD = 2;
/** A compound part must be this long to be found inside a longer word ("våld" in "våldsam"). */
const MIN_COMPOUND_PART = 4;
/** A phrase's words take part in compounds only from this long: short words inside phrases stay themselves. */
const MIN_COMPOUND_IN_PHRASE = 6;
/** …and what it is joined to at least this long, so "rus" + "t" is no compound. */
const MIN_COMPOUND_REST = 3;

/**
 * One word of the trie: a phrase word read in `lang`, and what may follow it.
 * `single`: the word of a one-word phrase, which compounds find more loosely
 * (wordMatches), so it never shares a step with the first word of a longer phrase.
 */
interface Step {
  word: CompiledWord;
  lang: string;
  single: boolean;
  /** May the answer word be one typo away? Only a slip (oneSlipApart) or none for a first word when the index is built so. */
  typos: Typos;
  next: TrieNode;
}

/** Where a path of phrase words leads: the phrases that end there and the words that may come next. */
class TrieNode {
  readonly ends: CompiledPhrase[] = [];
  /** Created with the first longer phrase through here. */
  following?: NextWords;
}

/**
 * Steps found for one answer word, each with the number of the lookup that
 * found it first: matches are reported by that number, then in the list's
 * order, which is the order the first-word index reported them in before the
 * trie (the exact written form first, then stems, prefixes, compounds, typos).
 */
class Candidates {
  readonly steps = new Map<Step, number>();
  private lookups = 0;

  addList(list: readonly Step[] | undefined) {
    if (list) for (const step of list) if (!this.steps.has(step)) this.steps.set(step, this.lookups);
    this.lookups++;
  }
}

/** A hash map from key to steps, remembering which key lengths occur so lookups skip the rest. */
class Bucket {
  readonly map = new Map<string, Step[]>();
  readonly lengths = new Set<number>();
  min = Infinity;
  max = 0;

  add(key: string, step: Step) {
    const list = this.map.get(key);
    if (list) {
      if (!list.includes(step)) list.push(step);
    } else this.map.set(key, [step]);
    this.lengths.add(key.length);
    this.min = Math.min(this.min, key.length);
    this.max = Math.max(this.max, key.length);
  }

  /**
   * `key` and, when it differs, its bare key after BARE, which only an answer typed without å/ä/ö/ø/æ
   * looks up (so an answer with the letters finds exactly what it found before).
   */
  addWithBare(key: string, step: Step, prefix = '') {
    this.add(prefix + key, step);
    const bare = bareKey(key);
    if (bare !== key) this.add(prefix + BARE + bare, step);
  }

  /** `key` with its bare key (addWithBare), and as it stands inside a longer word's key (fold.ts partKey). */
  addPart(key: string, step: Step, prefix = '') {
    this.addWithBare(key, step, prefix);
    const part = partKey(key);
    if (part !== key) this.add(prefix + part, step);
  }

  hasLength(length: number): boolean {
    return this.lengths.has(length);
  }

  get size() {
    return this.map.size;
  }

  /** Every step under a key that is `prefix` + the first letters of `text` (one lookup per key length that occurs). */
  addPrefixesOf(text: string, prefix: string, out: Candidates) {
    if (this.size === 0) return;
    const base = prefix.length;
    const longest = Math.min(text.length, this.max - base);
    for (let length = Math.max(1, this.min - base); length <= longest; length++) {
      if (this.hasLength(length + base)) out.addList(this.map.get(prefix + text.slice(0, length)));
    }
  }

  /** Typo candidates of `key`: itself and each form with one letter (not the first) left out. */
  addTyposOf(key: string, out: Candidates) {
    if (this.size === 0 || key.length < MIN_TYPO_CHARS - 1) return;
    out.addList(this.map.get(key));
    // From the second letter: a typo never changes the first (oneTypoApart).
    for (let cut = 1; cut < key.length; cut++) out.addList(this.map.get(key.slice(0, cut) + key.slice(cut + 1)));
  }

  /** `word` and each form of it with one letter (not the first) left out. */
  addTypoForms(word: string, step: Step) {
    this.add(word, step);
    for (let i = 1; i < word.length; i++) this.add(word.slice(0, i) + word.slice(i + 1), step);
  }
}

/** The steps that may follow a trie node, found for an answer word by everything wordMatches accepts. */
class NextWords {
  private readonly steps = new Map<string, Step>();
  private readonly written = new Bucket();
  private readonly stems = new Bucket();
  /** `word*`: the written prefix. */
  private readonly prefixes = new Bucket();
  /** Stems a compound may start with, and stems it may end with. */
  private readonly heads = new Bucket();
  private readonly tails = new Bucket();
  private readonly typos = new Bucket();
  /** Pronouns (one step per set of roles) and gaps (`...`): few, tried every time. */
  readonly roles: Step[] = [];
  readonly gaps: Step[] = [];

  constructor(private readonly lang: string) {}

  /** The step for `word` after this node, made on first use. */
  stepFor(word: CompiledWord): Step {
    const key = stepKey(word);
    let step = this.steps.get(key);
    if (step) return step;
    step = { word, lang: this.lang, single: false, typos: true, next: new TrieNode() };
    this.steps.set(key, step);
    if (word.g) {
      this.gaps.push(step);
      return step;
    }
    this.written.addWithBare(word.w, step);
    if (word.r) {
      this.roles.push(step);
      return step;
    }
    this.stems.addWithBare(word.s, step);
    const compound = compounds(this.lang);
    if (word.p) {
      this.prefixes.addPart(word.w, step);
      if (compound && word.p === 1 && word.s.length >= MIN_COMPOUND_PART) this.heads.addPart(word.s, step);
      return step;
    }
    if (compound && word.s.length >= MIN_COMPOUND_IN_PHRASE) {
      this.heads.addPart(word.s, step);
      this.tails.addPart(word.s, step);
    }
    if (word.w.length >= MIN_TYPO_CHARS - 1) this.typos.addTypoForms(word.w, step);
    return step;
  }

  /** Steps that may match answer word `i` (a superset of those wordMatches accepts; gaps not included). */
  candidatesAt(answer: AnswerAnalysis, i: number, out: Candidates) {
    const word = answer.words[i]!;
    out.addList(this.roles);
    const stem = answer.stem(i, this.lang);
    for (const prefix of lookups(word, '')) {
      out.addList(this.written.map.get(prefix + word.key));
      out.addList(this.stems.map.get(prefix + stem));
      this.prefixes.addPrefixesOf(word.key, prefix, out);
      this.heads.addPrefixesOf(stem, prefix, out);
      if (this.tails.size > 0) {
        for (let at = MIN_COMPOUND_REST; at < word.key.length; at++) {
          for (const length of this.tails.lengths) {
            if (at + length - prefix.length <= word.key.length) out.addList(this.tails.map.get(prefix + word.key.slice(at, at + length - prefix.length)));
          }
        }
      }
    }
    this.typos.addTyposOf(word.key, out);
  }
}

/** Steps are equal when their words are: same written form, stem, prefix kind, roles and gap. */
function stepKey(word: CompiledWord): string {
  return `${word.w}\u0000${word.s}\u0000${word.p ?? 0}\u0000${word.r ?? 0}\u0000${word.g ?? 0}`;
}

export class PhraseIndex {
  /** First words: one step per language, word and one-word-or-longer. */
  private readonly firstSteps = new Map<string, Step>();
  /** `language\0stem` of the first word. */
  private readonly stems = new Bucket();
  /** Written form of the first word. */
  private readonly written = new Bucket();
  /** Multi-word phrases written as one ("killmyself"). */
  private readonly whole = new Map<string, CompiledPhrase[]>();
  /** `word*`: the prefix, per language. */
  private readonly prefixes = new Bucket();
  /** Stems that may start or end a compound (single-word phrases in sv/nb). */
  private readonly heads = new Bucket();
  private readonly tails = new Bucket();
  /** Written forms long enough for a typo, and each of them with one letter left out. */
  private readonly typos = new Bucket();
  /** First words that are pronouns. */
  private readonly byRole: Step[] = [];
  /**
   * First letters (`language\0` + 3 letters) of the stems in `stems`, `heads` and
   * `tails`: a cheap test that skips most lookups for words no phrase can start.
   */
  private readonly starts = new Set<string>();
  private readonly languages: string[];
  /** Each phrase's place in the list: matches at one answer word found by the same lookup are reported in the list's order. */
  private readonly order = new Map<CompiledPhrase, number>();
  /** Each phrase's first step. */
  private readonly firstOf = new Map<CompiledPhrase, Step>();

  readonly isEmpty: boolean;
  /** Phrases indexed so far: building can be spread over idle time (`buildSome`). */
  private built = 0;

  /**
   * @param options.typos forgive one typo in a long first word (default); the
   *   word-class combinations forgive only a slip of the fingers ('slips': two
   *   letters swapped, one doubled or undoubled), since two loosely matched
   *   classes together raise false alarms on any one-letter change ("skadade
   *   knät" read as "skakade" + a person)
   */
  constructor(
    private readonly phrases: readonly CompiledPhrase[],
    private readonly options: { typos?: Typos } = {},
  ) {
    this.languages = [...new Set(phrases.map((phrase) => phrase.lang))];
    this.isEmpty = phrases.length === 0;
  }

  /** Index up to `count` more phrases; true when the whole list is indexed. */
  buildSome(count: number): boolean {
    const stop = Math.min(this.phrases.length, this.built + count);
    for (; this.built < stop; this.built++) this.add(this.phrases[this.built]!, this.built);
    return this.built >= this.phrases.length;
  }

  private add(phrase: CompiledPhrase, place: number) {
    const first = phrase.words[0];
    if (!first) return;
    if (!this.order.has(phrase)) this.order.set(phrase, place);
    const step = this.firstStep(phrase);
    if (!this.firstOf.has(phrase)) this.firstOf.set(phrase, step);
    let node = step.next;
    if (!first.r && !first.p && phrase.words.length > 1 && phrase.words.length <= 3 && phrase.words.every((word) => !word.p)) {
      const joined = phrase.words.map((word) => word.w).join('');
      if (joined.length <= MAX_WORD_CHARS) {
        const list = this.whole.get(joined);
        if (list) list.push(phrase);
        else this.whole.set(joined, [phrase]);
      }
    }
    for (const word of phrase.words.slice(1)) node = (node.following ??= new NextWords(phrase.lang)).stepFor(word).next;
    if (!node.ends.includes(phrase)) node.ends.push(phrase);
  }

  /** The first word's step, made and indexed on first use. */
  private firstStep(phrase: CompiledPhrase): Step {
    const first = phrase.words[0]!;
    const lang = phrase.lang;
    const single = phrase.words.length === 1;
    const key = `${lang}\u0000${single ? 1 : 0}\u0000${stepKey(first)}`;
    let step = this.firstSteps.get(key);
    if (step) return step;
    step = { word: first, lang, single, typos: this.options.typos ?? true, next: new TrieNode() };
    this.firstSteps.set(key, step);
    if (first.r) {
      this.byRole.push(step);
      return step;
    }
    const prefix = `${lang}\u0000`;
    this.stems.addWithBare(first.s, step, prefix);
    this.addStarts(prefix, first.s);
    if (first.p) {
      this.prefixes.addPart(first.w, step, prefix);
      if (compounds(lang) && first.p === 1 && first.s.length >= MIN_COMPOUND_PART) this.heads.addPart(first.s, step, prefix);
      return step;
    }
    this.written.addWithBare(first.w, step);
    if (single) {
      if (compounds(lang) && first.s.length >= MIN_COMPOUND_PART) {
        this.heads.addPart(first.s, step, prefix);
        this.tails.addPart(first.s, step, prefix);
        this.addStarts(prefix, first.w);
      }
    }
    if (this.options.typos !== false && first.w.length >= MIN_TYPO_CHARS) this.typos.addTypoForms(first.w, step);
    return step;
  }

  /** The first three letters of `key`, and of its bare key (after BARE), as starts of the language `prefix`. */
  private addStarts(prefix: string, key: string) {
    this.starts.add(prefix + key.slice(0, 3));
    this.starts.add(prefix + partKey(key).slice(0, 3));
    const bare = bareKey(key);
    if (bare !== key) this.starts.add(prefix + BARE + bare.slice(0, 3));
  }

  /**
   * Every place a phrase of the list occurs in the answer; at one answer word,
   * in the order of Candidates (the same order as before the trie, so the phrase
   * reported for a stretch of the answer is the same).
   * @param work counts the trie steps tried against answer words (tests show it does not grow with the list)
   */
  find(answer: AnswerAnalysis, work?: { tried: number }): PhraseMatch[] {
    this.buildSome(Infinity);
    const matches: PhraseMatch[] = [];
    const words = answer.words;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (word.key.length > MAX_WORD_CHARS) continue;
      const candidates = new Candidates();
      this.candidatesAt(answer, i, candidates);
      if (work) work.tried += candidates.steps.size;
      const found = new Map<CompiledPhrase, number>();
      for (const step of candidates.steps.keys()) {
        if (wordMatches(answer, i, step.word, step.lang, step.single, step.typos)) follow(answer, step.next, i + 1, found, work);
      }
      for (const [phrase, end] of this.inOrder(found, candidates)) matches.push({ phrase, start: i, end });
      // A phrase typed as one word ("killmyself"), or one word typed as two ("self harmed", "själv skada").
      for (const phrase of this.whole.get(word.key) ?? []) matches.push({ phrase, start: i, end: i });
      const next = words[i + 1];
      if (next && next.gap !== GAP_STRONG && word.key.length > 1 && next.key.length > 1 && word.key.length + next.key.length <= MAX_WORD_CHARS) {
        for (const phrase of this.joinedCandidates(answer, { lower: word.lower + next.lower, key: word.key + next.key, bare: word.bare ?? next.bare })) {
          matches.push({ phrase, start: i, end: i + 1 });
        }
      }
    }
    return matches;
  }

  /** Found phrases by the lookup that found their first word, then in the list's order (Candidates). */
  private inOrder(found: Map<CompiledPhrase, number>, candidates: Candidates): [CompiledPhrase, number][] {
    const list = [...found];
    const lookup = (phrase: CompiledPhrase) => candidates.steps.get(this.firstOf.get(phrase)!) ?? 0;
    if (list.length > 1) list.sort((a, b) => lookup(a[0]) - lookup(b[0]) || this.order.get(a[0])! - this.order.get(b[0])!);
    return list;
  }

  private candidatesAt(answer: AnswerAnalysis, i: number, out: Candidates) {
    const word = answer.words[i]!;
    if (word.roles) out.addList(this.byRole);
    for (const prefix of lookups(word, '')) out.addList(this.written.map.get(prefix + word.key));
    for (const lang of this.languages) for (const prefix of lookups(word, `${lang}\u0000`)) this.languageCandidatesAt(answer, i, lang, prefix, out);
    this.typos.addTyposOf(word.key, out);
  }

  /** Candidates of answer word `i` read in `lang`, under the key prefix `prefix` (the language's, or its bare one). */
  private languageCandidatesAt(answer: AnswerAnalysis, i: number, lang: string, prefix: string, out: Candidates) {
    const word = answer.words[i]!;
    const stem = answer.stem(i, lang);
    out.addList(this.stems.map.get(prefix + stem));
    this.prefixes.addPrefixesOf(word.key, prefix, out);
    if (!compounds(lang)) return;
    if (this.starts.has(prefix + stem.slice(0, 3))) this.heads.addPrefixesOf(stem, prefix, out);
    // The last part of a compound, inflected or not: "alkoholmissbruket" holds "missbruk".
    if (this.tails.size === 0) return;
    const base = prefix.length;
    for (let at = MIN_COMPOUND_REST; word.key.length - at >= MIN_COMPOUND_PART; at++) {
      if (!this.starts.has(prefix + word.key.slice(at, at + 3))) continue;
      for (const length of this.tails.lengths) {
        if (at + length - base <= word.key.length) out.addList(this.tails.map.get(prefix + word.key.slice(at, at + length - base)));
      }
    }
  }


  /** Single-word phrases matching two answer words read as one: the written form's first, then the stems'. */
  private joinedCandidates(answer: AnswerAnalysis, word: Pick<AnswerWord, 'lower' | 'key' | 'bare'>): CompiledPhrase[] {
    const { lower, key } = word;
    const candidates = new Candidates();
    for (const prefix of lookups(word, '')) candidates.addList(this.written.map.get(prefix + key));
    for (const lang of this.languages) {
      for (const prefix of lookups(word, `${lang}\u0000`)) {
        if (!this.starts.has(prefix + key.slice(0, 3))) continue;
        const stem = word.bare ? bareKey(answer.stemOf(lower, lang)) : answer.stemOf(lower, lang);
        if (stem.length < MIN_SURE_STEM && !answer.mayBeIn(lang)) continue;
        candidates.addList(this.stems.map.get(prefix + stem));
      }
    }
    const found = new Map<CompiledPhrase, number>();
    for (const step of candidates.steps.keys()) if (step.single) for (const phrase of step.next.ends) found.set(phrase, 0);
    return this.inOrder(found, candidates).map(([phrase]) => phrase);
  }
}


/**
 * The rest of the phrases from `node`, the next phrase word at answer word `at`:
 * records in `found` each phrase that ends on the way (with its last answer
 * word; the first way found wins, shortest gaps first). Fillers may sit between
 * the phrase's words; a sentence break may not. Depth ≤ 8 words, ≤ 4 tries per gap.
 */
function follow(answer: AnswerAnalysis, node: TrieNode, at: number, found: Map<CompiledPhrase, number>, work?: { tried: number }) {
  for (const phrase of node.ends) if (!found.has(phrase)) found.set(phrase, at - 1);
  const next = node.following;
  if (!next) return;
  const words = answer.words;
  for (const step of next.gaps) {
    for (let skip = 0; skip <= step.word.g! && at + skip < words.length; skip++) {
      if (words[at + skip]!.gap === GAP_STRONG) break; // a gap stays in its sentence
      follow(answer, step.next, at + skip, found, work);
    }
  }
  // Each next word is read at the first answer word it matches, past at most MAX_FILLERS fillers.
  const placed = new Set<Step>();
  for (let p = at; p < words.length && p <= at + MAX_FILLERS; p++) {
    if (p > at && !isFiller(words[p - 1]!.lower)) break;
    const candidates = new Candidates();
    next.candidatesAt(answer, p, candidates);
    if (work) work.tried += candidates.steps.size;
    for (const step of candidates.steps.keys()) {
      if (placed.has(step) || !wordMatches(answer, p, step.word, step.lang, false)) continue;
      placed.add(step);
      if (words[p]!.gap !== GAP_STRONG) follow(answer, step.next, p + 1, found, work);
    }
  }
}

/**
 * Does answer word `i` stand for the phrase word `wanted` (read in `lang`)?
 * @param typos may it be one typo away (oneTypoApart), or only one slip of the fingers ('slips', oneSlipApart)
 */
export function wordMatches(answer: AnswerAnalysis, i: number, wanted: CompiledWord, lang: string, single: boolean, typos: Typos = true): boolean {
  const word = answer.words[i];
  if (!word) return false;
  // "skjutsade mig hit" (here), "planer med barna" (with): another language's everyday word is no one-word trigger
  if (single && !wanted.r && answer.foreignWord(i, lang)) return false;
  // A word typed without å/ä/ö/ø/æ has bare keys and stems: the phrase word is compared bare too, but not a
  // short word alone, where a bare key is another word ("lang" long, "läng(tar)" long for).
  if (word.bare && (!single || wanted.s.length >= MIN_SURE_STEM)) wanted = bareWord(wanted);
  if (word.key === wanted.w) return !single || wanted.w.length > MAX_SHORT_WORD || answer.mayBeIn(lang);
  if (wanted.r) {
    // A reflexive ("drepe seg") is found only in a reflexive word: "jeg vil drepe meg", not "han skal drepe meg".
    if ((wanted.r & PRONOUN_ROLE.reflexive) !== 0 && (word.roles & PRONOUN_ROLE.reflexive) === 0) return false;
    return (word.roles & wanted.r & GRAMMATICAL_ROLES) !== 0 && ((wanted.r & PRONOUN_ROLE.other) === 0 || (word.roles & PRONOUN_ROLE.firstOrSecond) === 0);
  }
  const stem = answer.stem(i, lang);
  if (stem === wanted.s) return wanted.s.length >= MIN_SURE_STEM || answer.mayBeIn(lang);
  // A last part or a prefix with å/ä/ö/ø/æ is looked for in the word as typed, letters and all, since a longer
  // word's key has them folded: "våld" in "familjevåld", "dømt" in "straffedømt", not "skär" in "glasskår".
  if (wanted.p) {
    const [text, written] = partText(word, wanted.w);
    if (text.startsWith(written) && endingAllowed(text.slice(written.length), lang, wanted.p === 2)) return true;
    if (wanted.p !== 1 || !compounds(lang) || wanted.s.length < MIN_COMPOUND_PART) return false;
    return stem.startsWith(wanted.s);
  }
  // Compounds: a word alone from four letters ("våld" in "våldsam"), inside a phrase from six ("tabletter" in "sömntabletter");
  // never inside a name ("Grünerløkka" holds no "løkke", noose).
  if (compounds(lang) && wanted.s.length >= (single ? MIN_COMPOUND_PART : MIN_COMPOUND_IN_PHRASE) && !isNameInSentence(answer, i)) {
    // (A first part keeps comparing folded keys: "skär" would begin "skärgården".)
    if (stem.startsWith(wanted.s) && stem.length - wanted.s.length >= MIN_COMPOUND_REST) return true;
    const [text, tail] = partText(word, wanted.s);
    const at = text.lastIndexOf(tail);
    // The last part stays inside the word's own stem: in "lyssnar" (listens) the "-ar" that would end "snar" (of "snara",
    // a noose) is the verb's ending, while "sömntablett" and "hopprepet" keep theirs (a letter may go: sv stems undouble "bidragsbrott").
    if (at >= MIN_COMPOUND_REST && endingAllowed(text.slice(at + tail.length), lang, true) && stem.length + 1 >= at + tail.length) return true;
  }
  if (typos === 'slips') return oneSlipApart(word.key, wanted.w) && answer.mayBeIn(lang);
  return typos && oneTypoApart(word.key, wanted.w);
}

/** Where a place is told: "på Grünerløkka", "från Knivsta", "in Killingworth", "utenfor Tønsberg". */
const PLACE_PREPOSITIONS = new Set(
  ('in at from to near off outside i på pa från fran fra till til vid ved utanför utenfor nära nær mot bort hos').split(' '),
);

/**
 * How the name of a place that is itself a means ends: a bridge, a cliff, a tower, a platform, a quay, a track
 * ("räcket på Västerbron", "ved Sotrabrua", "på Preikestolen" is no such ending and is read as a name).
 */
const MEANS_PLACES = ['bron', 'broen', 'brua', 'brygga', 'bryggen', 'bridge', 'stupet', 'klippan', 'klippen', 'tornet', 'tårnet',
  'spåret', 'sporet', 'perrongen', 'plattformen', 'viadukten', 'kajen', 'kaien', 'tower', 'cliff', 'cliffs', 'viaduct', 'quay', 'pier'];

/**
 * Is answer word `i` the name of a place: written with a capital and then small letters, right after a preposition of
 * place ("på Grünerløkka", "pendlar från Knivsta")? Its parts are no words of a concept ("løkke", noose; "kniv").
 * A capitalised word elsewhere ("utsatts för Familjevåld" in a note that capitalises its terms) is read as any other.
 */
export function isNameInSentence(answer: AnswerAnalysis, i: number): boolean {
  const word = answer.words[i]!;
  if (i === 0 || word.gap !== 0 || !PLACE_PREPOSITIONS.has(answer.words[i - 1]!.lower)) return false;
  if (MEANS_PLACES.some((place) => word.lower.endsWith(place))) return false;
  const first = answer.text[word.start] ?? '';
  const second = answer.text[word.start + 1] ?? '';
  return first !== first.toLowerCase() && second !== '' && second === second.toLowerCase();
}

/**
 * What the last part of a word, or a `word*` prefix, is compared with, and the part: the answer word as typed
 * (å/ä/ö/ø/æ kept) when the part has those letters and the word's key is long enough to have them folded;
 * else the key and the part as they are.
 */
function partText(word: AnswerWord, part: string): [string, string] {
  if (word.bare || partKey(part) === part || word.key === word.lower || word.key.length < MIN_FOLDED_PART) return [word.key, part];
  return [word.lower, part];
}
/** fold.ts folds å/ä/ö/ø/æ in keys from this length. */
const MIN_FOLDED_PART = 5;

const bareWords = new WeakMap<CompiledWord, CompiledWord>();

/** The phrase word with bare keys (rules/match/fold.ts), made once per word; the word itself when they are the same. */
function bareWord(word: CompiledWord): CompiledWord {
  let bare = bareWords.get(word);
  if (!bare) {
    const w = bareKey(word.w);
    const s = bareKey(word.s);
    bare = w === word.w && s === word.s ? word : { ...word, w, s };
    bareWords.set(word, bare);
  }
  return bare;
}
