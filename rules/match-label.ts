/**
 * Matching a host page's question text to a pack item's label texts: exactly
 * (after `normalizeLabel`), else approximately.
 *
 * Approximate similarity is a weighted, recall-leaning F-score over word sets
 * (F2: the label's words found on the page count twice as much as the page's
 * words found in the label):
 *   shared = Σ weight(label words found on the page)
 *   score  = (1 + β²)·shared / (β²·Σ weight(label words) + Σ weight(page words)),  β = 2
 * A page label usually adds to the question (a unit, "(optional)", a hint, "at
 * the moment"); a different question swaps a word ("expenses" for "income"),
 * which leaves a label word missing: that costs more than an extra page word.
 * Words are weighted by how rare they are among the pack's labels (inverse
 * document frequency), so "do you have" counts for little and "debts" for a lot;
 * function words of English, Swedish and Norwegian count for almost nothing, and a
 * page word no label uses counts 1.5 times an average label word.
 * Two words are "shared" when equal, or, for 0.7 of a word, when one is a typo of
 * the other (one edit, both at least 4 letters) or an inflection (same stem of at
 * least 4 letters, at most 3 letters more: "bostad"/"bostaden", "child"/"children").
 * Numbers must be equal. Nordic letters are never folded (utils/normalize-text.ts),
 * so "får" ≠ "far".
 *
 * The threshold and these settings are measured, not guessed:
 * tests/e2e/detection-threshold.e2e.ts scores every field of every fixture
 * against every item, with each fixture's pack and with 300 more items, and
 * checks that APPROX_THRESHOLD lies between the weakest true match and the
 * strongest false one (it prints the figures, and the plain Dice coefficient's
 * for comparison, which cannot separate them).
 */
import { matchWords, SYNONYM_WORDS } from './label-synonyms';
import { stemKey } from './match/stem';
import { hashText, WORD_KEY_LETTERS, type LabelScreen } from './screen-label';

/** Approximate matches at or above this similarity count (see the measurement above). */
export const APPROX_THRESHOLD = 0.74;

/** Credit for a typo or inflection instead of the same word. */
let NEAR_WORD = 0.7;
/** Weight of a function word ("the", "och", "og"). */
const STOP_WEIGHT = 0.15;
/** A page word no label uses counts this multiple of an average label word against the match. */
let UNKNOWN_FRACTION = 1.5;
/** Recall (the label's words found on the page) counts β = 2 times as much as precision. */
let BETA2 = 4;
/** For measuring alternatives (tests/e2e/detection-threshold.e2e.ts); not used by the extension. */
export function tuneSimilarity(options: { beta?: number; unknownFraction?: number; nearWord?: number }): void {
  if (options.beta !== undefined) BETA2 = options.beta * options.beta;
  if (options.unknownFraction !== undefined) UNKNOWN_FRACTION = options.unknownFraction;
  if (options.nearWord !== undefined) NEAR_WORD = options.nearWord;
}

/** F-beta of the shared weight: (1 + β²)·shared / (β²·label + page); β = 1 is the Dice coefficient. */
function fScore(shared: number, labelTotal: number, pageTotal: number): number {
  return Math.min(1, ((1 + BETA2) * shared) / (BETA2 * labelTotal + pageTotal));
}

/**
 * A label of at most this many content words (not function words) that does not
 * open as a question does (with a function word: "do", "how", "har", "er") is a
 * topic ("Domestic violence", "Psykisk hälsa", "Alcohol"). A page text holding a
 * topic's words is often another question about that topic ("Have the children
 * witnessed domestic violence?", "Mental health treatment"), so against a topic a
 * page word that another item's labels use (evidence for that item) counts β² times,
 * as much as a missing word of the topic would; a page word no label uses ("Describe
 * your work experience") counts as usual. And a topic matches approximately only a
 * field whose answer form fits its item (`bestApproximate`'s `fits`).
 */
export const TOPIC_WORDS = 2;

function isTopic(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || STOP_WORDS.has(tokens[0] as string)) return false;
  let content = 0;
  for (const token of tokens) if (!STOP_WORDS.has(token)) content++;
  return content <= TOPIC_WORDS;
}
/**
 * Page texts longer than this many words are not looked at (a page of help
 * text). Screening instruments do ask long questions (a 60-word item with its
 * examples); a paragraph that merely contains a question's words scores low
 * anyway, because every extra page word counts against the match.
 */
const MAX_WORDS = 120;

const STOP_WORDS = new Set(
  (
    // English
    'a an the of to in on at for and or is are was were be been do does did you your have has had i me my we our it ' +
    'its this that with from by as how what when where which who whom why any there if not no yes can could would will ' +
    // Swedish
    'och att det som en ett är på för med har du dig din ditt dina de den av om till hur vad var när vilka vilken vilket ' +
    'kan jag vi ni eller inte ja nej har har ' +
    // Norwegian Bokmål
    'og å er et deg dine til hva hvor hvilke hvilken hvilket jeg dere ikke nei ' +
    // The verb of "do you feel safe", "känner du dig trygg", "føler du deg trygg": how the question
    // is put, not what it asks ("Are you safe at home?" asks the same).
    'feel känner føler'
  ).split(' '),
);

export interface LabelEntry {
  item: number;
  tokens: string[];
  weights: number[];
  total: number;
  /** A topic (`isTopic`): its page texts are scored with `otherItemsWeight`. */
  topic: boolean;
}

export interface LabelIndex {
  /** Normalised label → items with that label, in pack order. */
  exact: Map<string, number[]>;
  entries: LabelEntry[];
  /** First four letters of a word → entries using a word starting so. */
  byKey: Map<string, number[]>;
  weight: Map<string, number>;
  unknownWeight: number;
  /** Hashes of the labels and word keys, to pass over most page texts cheaply (screen-label.ts). */
  screen: LabelScreen;
  /** Scratch marks for candidate collection (one slot per entry). */
  seen: Uint32Array;
  pass: number;
  /** The pack's languages, whose stemmers tell inflections apart (see `sameStem`). */
  languages: readonly string[];
  /** Words' stems in those languages, as looked up (bounded). */
  stems: Map<string, string[]>;
  /** Per item, the content words of all its labels (for topics: `otherItemsWeight`). */
  itemWords: Map<number, Set<string>>;
}

export interface ApproximateMatch {
  item: number;
  score: number;
}

const HAS_DIGIT = /\d/;

const keyOf = (token: string) => (token.length > WORD_KEY_LETTERS ? token.slice(0, WORD_KEY_LETTERS) : token);

/**
 * A word's Snowball stems in `languages` ("dricker", ["en", "sv"] → ["dricker", "drick"]), for
 * inflections the shared-prefix rule of `nearWord` cannot see (`sameStem`). Class tokens
 * ("~home") and words under 4 letters have none.
 */
function stemsOf(word: string, languages: readonly string[]): string[] {
  if (word.length < 4 || word.charCodeAt(0) === 126 /* ~ */ || HAS_DIGIT.test(word)) return [];
  const out: string[] = [];
  for (const language of languages) {
    const stem = stemKey(word, language);
    if (stem.length >= 4 && !out.includes(stem)) out.push(stem);
  }
  return out;
}

/**
 * Index normalised label texts once per pack. `languages`: the pack's languages, whose
 * stemmers count two inflections of one word as near words (none: the prefix rule only).
 */
export function buildLabelIndex(labels: { item: number; text: string }[], languages: readonly string[] = []): LabelIndex {
  const exact = new Map<string, number[]>();
  const unique: { item: number; tokens: string[] }[] = [];
  const df = new Map<string, number>();
  for (const { item, text } of labels) {
    if (!text) continue;
    const items = exact.get(text);
    if (items?.includes(item)) continue;
    if (items) items.push(item);
    else exact.set(text, [item]);
    const tokens = [...new Set(matchWords(text))];
    unique.push({ item, tokens });
    for (const token of tokens) df.set(token, (df.get(token) ?? 0) + 1);
  }
  const n = unique.length;
  const weight = new Map<string, number>();
  let sum = 0;
  let count = 0;
  for (const [token, frequency] of df) {
    const w = STOP_WORDS.has(token) ? STOP_WEIGHT : Math.log((n + 1) / (frequency + 0.5));
    weight.set(token, Math.max(w, STOP_WEIGHT));
    if (!STOP_WORDS.has(token)) {
      sum += w;
      count++;
    }
  }
  const unknownWeight = UNKNOWN_FRACTION * (count > 0 ? sum / count : 1);
  const entries: LabelEntry[] = [];
  const byKey = new Map<string, number[]>();
  for (const { item, tokens } of unique) {
    const weights = tokens.map((t) => weight.get(t) ?? unknownWeight);
    const index = entries.length;
    const topic = isTopic(tokens);
    entries.push({ item, tokens, weights, total: weights.reduce((a, b) => a + b, 0), topic });
    for (const token of tokens) {
      if (STOP_WORDS.has(token)) continue;
      const key = keyOf(token);
      const list = byKey.get(key);
      if (!list) byKey.set(key, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  }
  // A page word of a synonym class may match a label that uses another word of its class.
  const wordKeys = new Set([...byKey.keys(), ...SYNONYM_WORDS.map(keyOf)].map(hashText));
  const screen: LabelScreen = { texts: new Set([...exact.keys()].map(hashText)), wordKeys };
  const itemWords = new Map<number, Set<string>>();
  for (const { item, tokens } of unique) {
    const words = itemWords.get(item) ?? new Set<string>();
    for (const token of tokens) if (!STOP_WORDS.has(token)) words.add(token);
    itemWords.set(item, words);
  }
  return { exact, entries, byKey, weight, unknownWeight, screen, seen: new Uint32Array(entries.length), pass: 0, languages, itemWords, stems: new Map() };
}

const candidates: number[] = [];

/**
 * The best label at or above `threshold` for a normalised page text, or null.
 * `fits(item)`: whether the field's answer form suits the item; a topic label is
 * passed over for an item that does not fit (a yes/no field labelled "Mental
 * health care" is not the free-text "How are you psychologically?"). Absent:
 * every item fits.
 */
export function bestApproximate(
  index: LabelIndex,
  normalized: string,
  threshold = APPROX_THRESHOLD,
  fits?: (item: number) => boolean,
): ApproximateMatch | null {
  if (index.entries.length === 0 || normalized === '') return null;
  const tokens = matchWords(normalized);
  if (tokens.length > MAX_WORDS) return null;
  // Labels sharing a word start with the text; most page texts share none and stop here.
  const pass = nextPass(index);
  candidates.length = 0;
  for (const token of tokens) {
    if (STOP_WORDS.has(token)) continue;
    const list = index.byKey.get(keyOf(token));
    if (!list) continue;
    for (const entryIndex of list) {
      if (index.seen[entryIndex] === pass) continue;
      index.seen[entryIndex] = pass;
      candidates.push(entryIndex);
    }
  }
  if (candidates.length === 0) return null;
  const words = dedupe(tokens);
  const page: PageWords = { tokens: words, index };
  let pageTotal = 0;
  for (const token of words) pageTotal += weightOf(index, token);
  let best: ApproximateMatch | null = null;
  for (const entryIndex of candidates) {
    const entry = index.entries[entryIndex] as LabelEntry;
    if (entry.topic && fits && !fits(entry.item)) continue;
    // Even sharing every word could not reach the threshold (or beat the best so far): skip.
    const bound = fScore(Math.min(entry.total, pageTotal), entry.total, pageTotal);
    if (bound < threshold || (best && bound <= best.score)) continue;
    const score = diceScore(entry, page, pageTotal, best ? Math.max(best.score, threshold) : threshold);
    if (score >= threshold && (!best || score > best.score)) best = { item: entry.item, score };
  }
  return best;
}

/**
 * Every label sharing a word start with the text, scored (no threshold, no
 * pruning): what approximate matching chooses from. For measurements.
 */
export function scoreCandidates(index: LabelIndex, normalized: string): ApproximateMatch[] {
  if (normalized === '') return [];
  const tokens = matchWords(normalized);
  if (tokens.length > MAX_WORDS) return [];
  const words = dedupe(tokens);
  let pageTotal = 0;
  for (const token of words) pageTotal += weightOf(index, token);
  const page: PageWords = { tokens: words, index };
  const pass = nextPass(index);
  const out: ApproximateMatch[] = [];
  for (const token of words) {
    if (STOP_WORDS.has(token)) continue;
    for (const entryIndex of index.byKey.get(keyOf(token)) ?? []) {
      if (index.seen[entryIndex] === pass) continue;
      index.seen[entryIndex] = pass;
      const entry = index.entries[entryIndex] as LabelEntry;
      out.push({ item: entry.item, score: diceScore(entry, page, pageTotal) });
    }
  }
  return out;
}

function dedupe(tokens: string[]): string[] {
  for (let i = 1; i < tokens.length; i++) {
    for (let j = 0; j < i; j++) {
      if (tokens[i] === tokens[j]) return [...new Set(tokens)];
    }
  }
  return tokens;
}

/** Similarity of two normalised texts under `index`'s weights, 0…1 (for measurements and tests). */
export function labelSimilarity(index: LabelIndex, label: string, page: string): number {
  const labelWords = uniqueTokens(label) ?? [];
  const pageWords = uniqueTokens(page);
  if (!pageWords || labelWords.length === 0) return 0;
  const weights = labelWords.map((t) => weightOf(index, t));
  const topic = isTopic(labelWords);
  const entry: LabelEntry = { item: -1, tokens: labelWords, weights, total: weights.reduce((a, b) => a + b, 0), topic };
  let pageTotal = 0;
  for (const token of pageWords) pageTotal += weightOf(index, token);
  return diceScore(entry, { tokens: pageWords, index }, pageTotal);
}

/** A page text's words, with the index whose weights and stems score them. */
interface PageWords {
  tokens: string[];
  index: LabelIndex;
}

/**
 * Weighted Dice of a label and a page text. Words shared exactly are counted
 * first (cheap); near words (typos, inflections) are looked for only when they
 * could still lift the score to `needed`.
 */
function diceScore(entry: LabelEntry, page: PageWords, pageTotal: number, needed = 0): number {
  const pageTokens = page.tokens;
  if (entry.topic) pageTotal += otherItemsWeight(entry, page);
  let shared = 0;
  let unmatched = 0;
  for (let i = 0; i < entry.tokens.length; i++) {
    if (pageTokens.includes(entry.tokens[i] as string)) shared += entry.weights[i] as number;
    else unmatched += entry.weights[i] as number;
  }
  if (unmatched === 0 || fScore(shared + NEAR_WORD * unmatched, entry.total, pageTotal) < needed) {
    return fScore(shared, entry.total, pageTotal);
  }
  for (let i = 0; i < entry.tokens.length; i++) {
    const word = entry.tokens[i] as string;
    if (word.length < 4 || pageTokens.includes(word)) continue;
    if (pageTokens.some((token) => nearWord(word, token) || sameStem(page.index, word, token))) {
      shared += NEAR_WORD * (entry.weights[i] as number);
    }
  }
  return fScore(shared, entry.total, pageTotal);
}

/** (β² − 1) × the weight of the page's words that other items' labels use and this topic's item's do not. */
function otherItemsWeight(entry: LabelEntry, page: PageWords): number {
  const own = page.index.itemWords.get(entry.item);
  let extra = 0;
  for (const token of page.tokens) {
    if (STOP_WORDS.has(token) || own?.has(token)) continue;
    const weight = page.index.weight.get(token);
    if (weight !== undefined) extra += weight;
  }
  return (BETA2 - 1) * extra;
}

const STEM_CACHE_LIMIT = 5000;

/**
 * Two inflections of one word: the same Snowball stem in a pack language ("dricka"/"dricker",
 * "threatened"/"threatening"). Only words sharing their first three letters are stemmed (an
 * inflection keeps them), so most pairs cost three character reads.
 */
function sameStem(index: LabelIndex, a: string, b: string): boolean {
  if (index.languages.length === 0 || a.length < 4 || b.length < 4) return false;
  if (a.charCodeAt(0) !== b.charCodeAt(0) || a.charCodeAt(1) !== b.charCodeAt(1) || a.charCodeAt(2) !== b.charCodeAt(2)) return false;
  const stemsA = cachedStems(index, a);
  if (stemsA.length === 0) return false;
  const stemsB = cachedStems(index, b);
  for (const stem of stemsA) if (stemsB.includes(stem)) return true;
  return false;
}

function cachedStems(index: LabelIndex, word: string): string[] {
  let stems = index.stems.get(word);
  if (stems === undefined) {
    if (index.stems.size >= STEM_CACHE_LIMIT) index.stems.clear();
    stems = stemsOf(word, index.languages);
    index.stems.set(word, stems);
  }
  return stems;
}

function weightOf(index: LabelIndex, token: string): number {
  return index.weight.get(token) ?? (STOP_WORDS.has(token) ? STOP_WEIGHT : index.unknownWeight);
}

function uniqueTokens(normalized: string): string[] | null {
  const tokens = matchWords(normalized);
  if (tokens.length > MAX_WORDS) return null;
  return dedupe(tokens);
}

function nextPass(index: LabelIndex): number {
  index.pass = (index.pass + 1) >>> 0;
  if (index.pass === 0) {
    index.seen.fill(0);
    index.pass = 1;
  }
  return index.pass;
}

/** A typo (one insertion, deletion, substitution or swap) or an inflection of the same stem. */
export function nearWord(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4) return false;
  if (a.charCodeAt(0) !== b.charCodeAt(0)) return false;
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  const extra = long.length - short.length;
  if (extra > 3) return false;
  // Numbers are exact: "1234" is not a typo of "12345", "2024" not of "2025".
  if (HAS_DIGIT.test(a) || HAS_DIGIT.test(b)) return false;
  if (extra <= 3 && long.startsWith(short)) return true; // bostad → bostaden, child → children
  if (extra > 1) return false;
  return withinOneEdit(short, long);
}

function withinOneEdit(short: string, long: string): boolean {
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  if (i === short.length) return true; // (equal, or one letter appended: covered above)
  if (short.length === long.length) {
    // substitution, or a swap of two neighbours
    if (short.slice(i + 1) === long.slice(i + 1)) return true;
    return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2);
  }
  return short.slice(i) === long.slice(i + 1); // one letter inserted
}
