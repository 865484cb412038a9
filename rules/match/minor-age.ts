/**
 * A person named with the age of a minor, as notes and clients write it: "Jayden (7)", "Mia, 4 år,", "Noah på 6",
 * "my 7-year-old", "the 8 yo", "aged 6", "sjuåringen", "hennes treåring", "vår 5-åring", "Ella är 3 år gammal",
 * "the baby (8 months)". An age of 18 or more names an adult ("my mum (67)", "sambon, 34", "fyrtioåringen"), and a
 * number that is no age (a duration "i 5 år", "for 6 years", a count "3 gånger", a time "at 3") names nobody.
 * Pure and linear in the answer: each word is looked at a bounded number of times, no regular expression.
 */
import type { AnswerAnalysis } from './answer-analysis';
import { GAP_STRONG, type AnswerWord } from './answer-words';

/** Ages below this are a minor's (the age of majority in the UK, Sweden and Norway). */
const ADULT_AGE = 18;

/** Number words one to seventeen in en, sv and nb (the compound "sjuåring" is read with these too). */
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12, tretton: 13,
  fjorton: 14, femton: 15, sexton: 16, sjutton: 17,
  to: 2, fire: 4, seks: 6, syv: 7, åtte: 8, ni: 9, ti: 10, elleve: 11, tretten: 13, fjorten: 14, femten: 15,
  seksten: 16, sytten: 17,
};
/**
 * Number words that are also everyday words ("to", "fire", "sex", "ni", "ett"): read as a number only where an age
 * follows ("two-year-old", "femåring"), never alone after "på" or in brackets.
 */
const AMBIGUOUS_NUMBERS = new Set(['to', 'fire', 'sex', 'ni', 'ett', 'one']);
/** Tens and a hundred, so "fyrtioåring", "førtiåringen", "sixty-year-old" read as adults (and never as a child's age). */
const ADULT_NUMBER_WORDS = new Set(
  ('eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred arton nitton tjugo trettio fyrtio ' +
    'femtio sextio sjuttio åttio nittio hundra atten nitten tjue tretti førti femti seksti sytti åtti nitti').split(' '),
);

/** A year of age said after the number ("7 years old", "7 år gammal", "7 yo"). */
const YEAR_WORDS = new Set(['year', 'years', 'yr', 'yrs', 'år']);
const OLD_WORDS = new Set(['old', 'gammal', 'gammalt', 'gamla', 'gammel', 'gammelt', 'gamle']);
/** A baby's age: months and weeks are never an adult's. */
const BABY_UNITS = new Set(['month', 'months', 'mth', 'mths', 'mo', 'mos', 'week', 'weeks', 'wks', 'mån', 'månad', 'månader', 'mnd', 'måned', 'måneder', 'veckor', 'vecka', 'veckors', 'uke', 'uker']);
/** "-åring" and "-årig" endings after a numeral, in one word or after a hyphen ("sjuåringen", "7-åriga"). */
const AGE_NOUN_ENDINGS = new Set(['åring', 'åringen', 'åringar', 'åringarna', 'åringer', 'åringene', 'åringens', 'årig', 'åriga', 'årige', 'årigt']);
/** Time units: "på 6 måneder", "i 5 år" are durations, not ages. */
const TIME_AFTER = new Set(['times', 'time', 'gånger', 'gången', 'ganger', 'gangen', 'dagar', 'dager', 'days', 'timmar', 'timer', 'hours', 'minuter', 'minutter', 'minutes', 'sekunder', 'seconds']);
/** Words that, just before a name-like word, show it is a person spoken of ("my brother (15)", "jenta vår, 6 år"). */
const PERSON_MARKERS = new Set(
  ('my our his her their the a an min mitt mina vår vårt våra hans hennes deras den det mi mine våre dere sin sitt sine').split(' '),
);
/** Capitalised words that open a sentence without naming anyone: "He (2)", "Han, 34" are no name. */
const NOT_NAMES = new Set(
  ('i he she it we they you him her them me us han hon hun den det vi de ni jag jeg du ham henne oss dem meg mig dig deg ' +
    'and but or so then och men eller sen og så twice once').split(' '),
);

/** Words `start`…`end` of the answer name a minor by age. */
export interface AgeSpan {
  start: number;
  end: number;
}

/** The value of a number word or digits, or undefined. `alone`: said without an age word after it. */
function numberOf(word: AnswerWord | undefined, alone: boolean): number | undefined {
  if (!word) return undefined;
  const lower = word.lower;
  if (lower.length > 0 && lower.length <= 3 && [...lower].every((ch) => ch >= '0' && ch <= '9')) return Number(lower);
  if (alone && AMBIGUOUS_NUMBERS.has(lower)) return undefined;
  return NUMBER_WORDS[lower] ?? (ADULT_NUMBER_WORDS.has(lower) ? ADULT_AGE : undefined);
}

/** "sjuåringen", "treåring", "fyrtioåring": the number word before an "-åring" ending in one word (a bare "-aring" too). */
function ageInCompound(lower: string): number | undefined {
  for (const [ending, typed] of [['åring', 'åring'], ['årig', 'årig'], ['aring', 'åring'], ['arig', 'årig']] as const) {
    const at = lower.indexOf(ending);
    if (at <= 0) continue;
    if (!AGE_NOUN_ENDINGS.has(typed + lower.slice(at + ending.length))) continue;
    const head = lower.slice(0, at).replace(/-$/, '');
    const value = NUMBER_WORDS[head] ?? NUMBER_WORDS[head.replace(/a/g, 'å')] ?? (ADULT_NUMBER_WORDS.has(head) ? ADULT_AGE : undefined);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The text between word `i - 1` and word `i` (what separates them), or before the first word. */
function before(answer: AnswerAnalysis, i: number): string {
  const word = answer.words[i];
  if (!word) return '';
  return answer.text.slice(answer.words[i - 1]?.end ?? 0, word.start);
}

/** The text after word `i` up to the next word (or the end of the answer). */
function after(answer: AnswerAnalysis, i: number): string {
  const word = answer.words[i];
  if (!word) return '';
  return answer.text.slice(word.end, answer.words[i + 1]?.start ?? answer.text.length);
}

/**
 * Is word `i` a person a note names: a name (capitalised in the text, not a pronoun or a linking word), or any word
 * right after a possessive or an article ("my brother", "the twins"), or a possessive after its noun ("jenta vår")?
 */
function namesPerson(answer: AnswerAnalysis, i: number): boolean {
  const word = answer.words[i];
  if (!word) return false;
  const first = answer.text[word.start] ?? '';
  if (first !== first.toLowerCase() && !NOT_NAMES.has(word.lower) && numberOf(word, false) === undefined) return true;
  const previous = answer.words[i - 1];
  return (PERSON_MARKERS.has(word.lower) && i > 0) || (previous !== undefined && word.gap !== GAP_STRONG && PERSON_MARKERS.has(previous.lower));
}

/** A closing mark after word `i`: a comma, a bracket, the end of a sentence or of the answer. */
function closes(answer: AnswerAnalysis, i: number): boolean {
  const next = answer.words[i + 1];
  if (!next) return true;
  const between = after(answer, i);
  return next.gap === GAP_STRONG || between.includes(',') || between.includes(')');
}

/**
 * Where the answer names a minor by age (see the file's comment). Spans are in answer order and do not overlap;
 * an adult's age gives none.
 */
export function minorAgeSpans(answer: AnswerAnalysis): AgeSpan[] {
  const words = answer.words;
  const spans: AgeSpan[] = [];
  const add = (start: number, end: number, age: number | undefined) => {
    if (age === undefined || age >= ADULT_AGE) return;
    const last = spans[spans.length - 1];
    if (last && last.end >= start) last.end = Math.max(last.end, end);
    else spans.push({ start, end });
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // "sjuåringen", "hennes treåring", "fyrtioåringen" (an adult)
    const compound = ageInCompound(word.lower);
    if (compound !== undefined) {
      add(i, i, compound);
      continue;
    }
    const next = words[i + 1];
    const joined = next !== undefined && next.gap !== GAP_STRONG;
    // "7-åringen", "7-åriga"
    if (joined && AGE_NOUN_ENDINGS.has(next.lower)) {
      add(i, i + 1, numberOf(word, false));
      continue;
    }
    // "7-year-old", "seven years old", "7 yr old", "7 yo", "7 y/o", "3 år gammal"
    if (joined && YEAR_WORDS.has(next.lower) && OLD_WORDS.has(words[i + 2]?.lower ?? '') && words[i + 2]!.gap !== GAP_STRONG) {
      add(i, i + 2, numberOf(word, false));
      continue;
    }
    if (joined && (next.lower === 'yo' || (next.lower === 'y' && words[i + 2]?.lower === 'o'))) {
      add(i, next.lower === 'yo' ? i + 1 : i + 2, numberOf(word, false));
      continue;
    }
    // "the baby (8 months)", "Vera (7 mån)", "4 months old": a baby's age whatever stands around it
    if (joined && BABY_UNITS.has(next.lower) && (OLD_WORDS.has(words[i + 2]?.lower ?? '') || (/[(,]/.test(before(answer, i)) && closes(answer, i + 1)))) {
      const months = numberOf(word, false);
      add(i, i + 1, months === undefined ? undefined : 0);
      continue;
    }
    // "aged 6", "age 6"
    if ((word.lower === 'aged' || word.lower === 'age') && next !== undefined && next.gap !== GAP_STRONG) {
      add(i, i + 1, numberOf(next, true));
      continue;
    }
    // "Noah på 6", "Alva på 10 år", "sønnen på fem"; not "ham på 6 år" (a duration after a pronoun) nor "på 6 måneder"
    if (word.lower === 'på' && i > 0 && joined && namesPerson(answer, i - 1)) {
      const hasYear = words[i + 2]?.lower === 'år' && words[i + 2]!.gap !== GAP_STRONG;
      const following = words[i + (hasYear ? 3 : 2)];
      if (!following || following.gap === GAP_STRONG || !TIME_AFTER.has(following.lower)) add(i - 1, i + (hasYear ? 2 : 1), numberOf(next, true));
      continue;
    }
    // "Jayden (7)", "Mia, 4 år,", "Tyler, 9, watched", "the twins (3)", "Noor, 7."; not "him, 4 years" nor "me, 3 gånger"
    const opening = before(answer, i);
    if (i > 0 && (opening.includes('(') || opening.includes(',')) && namesPerson(answer, i - 1)) {
      const age = numberOf(word, true);
      if (age === undefined) continue;
      const withYear = joined && (YEAR_WORDS.has(next.lower) || next.lower === 'y' || next.lower === 'yo');
      const end = withYear ? i + 1 : i;
      // A bare number in brackets or between commas is an age only where the bracket or apposition ends with it.
      if (closes(answer, end) && (opening.includes('(') ? after(answer, end).includes(')') || !words[end + 1] : true)) add(i - 1, end, age);
    }
  }
  return spans;
}
