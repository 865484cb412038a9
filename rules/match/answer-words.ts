/**
 * A free-text answer as words, for matching: one linear pass, no regular
 * expression built from pack text. Each word keeps where it stands in the text
 * (to report which words matched), its match key, its pronoun roles, and what
 * separates it from the word before (a clause break ends a negation's scope).
 * English "n't" becomes its own "not" ("don't" → "do not", "cant" → "can not").
 */
import { foldDiacritics } from '../../utils/normalize-text';
import { bareKey, matchKey } from './fold';
import { readsAsEnglish, restoreNordicLetters } from './nordic-letters';
import { markReflexives, pronounRoles } from './pronouns';
import { readSpokenNorwegian } from './spoken-norwegian';
import { readSpokenSwedish } from './spoken-swedish';
import { misspeltReflexive, SPLIT_TEXT_SPEAK, textSpeak, textSpeakAt } from './text-speak';
import { irregularForms } from './stem';
import { negationSlip } from './typing-slips';

/** Longer answers are read up to here: enough for any interview note, bounded for a hostile page. */
export const MAX_ANSWER_CHARS = 20_000;

/** Nothing between two words but spaces (or a hyphen, an apostrophe). */
export const GAP_NONE = 0;
/** A comma, colon or dash: ends a negation's forward scope. */
export const GAP_WEAK = 1;
/** A full stop, ?, !, ; or a new line: ends a clause. */
export const GAP_STRONG = 2;

export interface AnswerWord {
  /** Lower case, accents folded except å/ä/ö/ø/æ. */
  lower: string;
  /** Fully folded key (rules/match/fold.ts). */
  key: string;
  /** Offsets in the answer text, for reporting the words that matched. */
  start: number;
  end: number;
  gap: 0 | 1 | 2;
  /** Pronoun role bits (rules/match/pronouns.ts). */
  roles: number;
  /**
   * A word of Swedish or Norwegian typed without å/ä/ö/ø/æ that the table of nordic-letters.ts did not read
   * back: its `key` and stems are bare keys (rules/match/fold.ts), compared with the pack's words' bare keys.
   */
  bare?: true;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const STRONG = new Set(['.', '!', '?', ';', '\n', '\r', '…']);
const WEAK = new Set([',', ':', '–', '—', '(', ')', '[', ']', '"', '“', '”', '«', '»', '/']);

/** "don" + "t" after an apostrophe; and the same written without one. */
const NOT_CONTRACTIONS: Record<string, string> = {
  don: 'do', doesn: 'does', didn: 'did', isn: 'is', wasn: 'was', aren: 'are', weren: 'were',
  haven: 'have', hasn: 'has', hadn: 'had', couldn: 'could', wouldn: 'would', shouldn: 'should',
  won: 'will', can: 'can', ain: 'am', mustn: 'must', needn: 'need', shan: 'shall',
};
const GLUED_NOT: Record<string, string> = {
  dont: 'do', doesnt: 'does', didnt: 'did', isnt: 'is', wasnt: 'was', arent: 'are', werent: 'were',
  havent: 'have', hasnt: 'has', hadnt: 'had', couldnt: 'could', wouldnt: 'would', shouldnt: 'should',
  wont: 'will', cant: 'can', cannot: 'can', aint: 'am', mustnt: 'must', shant: 'shall',
  // Scots
  cannae: 'can', canna: 'can', dinnae: 'do', didnae: 'did', wouldnae: 'would', couldnae: 'could', isnae: 'is',
  wasnae: 'was', willnae: 'will', widnae: 'would', disnae: 'does',
};

/**
 * Spoken and dialect forms written the way people speak, read as the standard word the lexicon is
 * written in: Norwegian dialect and Nynorsk "æ/eg" (I), "ikkje/itte" (not), "mæ/dæ/sæ", "berre",
 * "ho" (she); Swedish "int" (not), "nån/nåt" (some); Scots "maself", "wi". Only words that are no other word in the three languages.
 */
const SPOKEN_FORMS: Record<string, string> = {
  æ: 'jeg', eg: 'jeg', ikkje: 'ikke', ikkj: 'ikke', itte: 'ikke', ente: 'ikke', mæ: 'meg', dæ: 'deg', sæ: 'seg',
  berre: 'bare', ho: 'hun', kje: 'ikke', heilt: 'helt', nokon: 'noen', noko: 'noe', kva: 'hva', korleis: 'hvordan',
  maself: 'myself', masel: 'myself', meself: 'myself', mysel: 'myself', masell: 'myself', hissel: 'himself', hisself: 'himself',
  hersel: 'herself', slef: 'self', sefl: 'self', wi: 'with', int: 'inte', nån: 'någon', nåt: 'något', nåra: 'några', nånting: 'någonting',
  // Norwegian dialect and radical Bokmål: "itj" (Trøndelag), "inkje" (not), "sjøl" (self), "heime" (at home),
  // "dokker" (you, plural), "fleire" (more), "gonger" (times), "nokka" (something), "overhoda" (at all)
  itj: 'ikke', ittj: 'ikke', inkje: 'ikke', sjøl: 'selv', heime: 'hjemme', dokker: 'dere', fleire: 'flere',
  gonger: 'ganger', nokka: 'noe', nåkka: 'noe', overhoda: 'overhodet',
  // "the kids" as most say it, read as the word the lexicon's phrases are written with ("foran ungene" ~ "foran barna")
  ungen: 'barnet', ungene: 'barna', ungane: 'barna', ungan: 'barna', ongan: 'barna', ungær: 'barna', unger: 'barn',
  ungar: 'barn', ungarna: 'barnen',
  // Swedish texting shorthand
  ngn: 'någon', ngt: 'något', ngr: 'några', mkt: 'mycket', mycke: 'mycket', ggr: 'gånger',
  // Nynorsk forms of the words the lexicon is written with
  sjølv: 'selv', vere: 'være', teke: 'ta', tek: 'tar', døy: 'dø', døyr: 'dør', døydde: 'døde', meir: 'mer', mykje: 'mye',
  seier: 'sier', tenkjer: 'tenker', tenkje: 'tenke', eigen: 'egen', eige: 'egen', sidan: 'siden', veit: 'vet', kor: 'hvor', tablettar: 'tabletter', fortener: 'fortjener', fortene: 'fortjene', ynskjer: 'ønsker', ønskjer: 'ønsker', ynskje: 'ønske', gjere: 'gjøre', kvifor: 'hvorfor', daud: 'død',
};

/** Words read back with å/ä/ö/ø/æ in an answer typed without them, besides nordic-letters' own: spoken forms, irregular verbs. */
const NORDIC_EXTRA = {
  sv: [...Object.keys(SPOKEN_FORMS).filter((form) => !/[æø]/.test(form)), ...irregularForms('sv')],
  nb: [...Object.keys(SPOKEN_FORMS).filter((form) => !/[äö]/.test(form)), ...irregularForms('nb')],
};

/**
 * A note's abbreviations whose full stop ends no sentence when a small letter or a digit follows ("enl. rutin",
 * "ca. 10 dagar", "approx. 10 days", "neg. för suicidtankar", "Bru. sier"): the sentence, and what was asked
 * in it, goes on.
 */
const ABBREVIATIONS = new Set(
  ('approx appt re pt cl neg yrs mths wks hrs etc vs incl ' +
    'enl ca bl ex dvs osv pga ev kl ang mht jfr tel nr inkl resp tidl obs ' +
    'bru evt ifm iht mnd spm ift ref').split(' '),
);

/** English reflexives, for joining one typed as two words ("kill my self"). */
const SPLIT_REFLEXIVE = new Set('myself yourself himself herself itself oneself ourselves yourselves themselves'.split(' '));

/** A pack's words (or any text read as written), as words. */
export function answerWords(text: string): AnswerWord[] {
  return readWords(text, false);
}

/**
 * An answer, as words: in Swedish and Norwegian typed without å/ä/ö/ø/æ the words of the table of
 * rules/match/nordic-letters.ts are read back with them, and the others are marked `bare`, so they meet
 * the pack's words however they were typed.
 */
export function readAnswer(text: string): AnswerWord[] {
  return readWords(text, true);
}

function readWords(text: string, answer: boolean): AnswerWord[] {
  const clipped = text.length > MAX_ANSWER_CHARS ? text.slice(0, MAX_ANSWER_CHARS) : text;
  const words: AnswerWord[] = [];
  let gap: 0 | 1 | 2 = GAP_NONE;
  let start = -1;
  let apostrophe = false;
  const finish = (end: number) => {
    if (start < 0) return;
    push(words, clipped.slice(start, end).toLowerCase(), start, end, gap, apostrophe);
    start = -1;
    gap = GAP_NONE;
    apostrophe = false;
  };
  for (let i = 0; i < clipped.length; i++) {
    const ch = clipped[i]!;
    const code = ch.charCodeAt(0);
    const wordChar = code < 128 ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) : WORD_CHAR.test(ch);
    if (wordChar) {
      if (start < 0) start = i;
      continue;
    }
    const abbreviation = ch === '.' && start >= 0 && ABBREVIATIONS.has(clipped.slice(start, i).toLowerCase()) && continuesLower(clipped, i + 1);
    finish(i);
    if (STRONG.has(ch) && !abbreviation) gap = GAP_STRONG;
    else if (WEAK.has(ch) || (ch === '-' && (clipped[i - 1] === ' ' || clipped[i + 1] === ' '))) gap = Math.max(gap, GAP_WEAK) as 0 | 1 | 2;
    else if (ch === "'" || ch === '’') apostrophe = true;
  }
  finish(clipped.length);
  const restored = new Set<AnswerWord>();
  const withoutNordicLetters =
    answer &&
    restoreNordicLetters(clipped, words, NORDIC_EXTRA, (word, lower) => {
      const spoken = SPOKEN_FORMS[lower];
      replace(word, spoken ?? lower);
      if (spoken) word.roles |= pronounRoles(lower);
      restored.add(word);
    }, (word) => restored.add(word));
  if (answer) {
    readSpokenNorwegian(words, (word, lower) => replace(word, lower));
    readSpokenSwedish(words, (word, lower) => replace(word, lower));
    readTextSpeak(clipped, words);
  }
  if (withoutNordicLetters) {
    for (const word of words) {
      if (restored.has(word)) continue;
      word.key = bareKey(word.key);
      word.bare = true;
    }
  }
  markReflexives(words);
  return words;
}

function push(words: AnswerWord[], raw: string, start: number, end: number, gap: 0 | 1 | 2, afterApostrophe: boolean) {
  const folded = foldDiacritics(raw);
  const lower = SPOKEN_FORMS[folded] ?? misspeltReflexive(folded) ?? negationSlip(folded) ?? folded;
  const previous = words[words.length - 1];
  if (lower === 't' && afterApostrophe && previous && NOT_CONTRACTIONS[previous.lower]) {
    replace(previous, NOT_CONTRACTIONS[previous.lower]!);
    words.push(word('not', start, end, GAP_NONE));
    return;
  }
  // "I'm" reads as "I am", as the lexicon writes it ("where I'm going" ~ "where i am going").
  if (lower === 'm' && afterApostrophe && previous?.lower === 'i') {
    words.push(word('am', start, end, GAP_NONE));
    return;
  }
  // "my self", "her self": the reflexive written as two words, as it is often typed.
  if ((lower === 'self' || lower === 'selves') && gap === GAP_NONE && previous && SPLIT_REFLEXIVE.has(previous.lower + lower)) {
    replace(previous, previous.lower + lower);
    previous.end = end;
    return;
  }
  const split = SPLIT_TEXT_SPEAK[lower];
  if (split) {
    words.push(word(split[0], start, end, gap));
    words.push(word(split[1], start, end, GAP_NONE));
    return;
  }
  const glued = GLUED_NOT[lower];
  if (glued) {
    words.push(word(glued, start, end, gap));
    words.push(word('not', start, end, GAP_NONE));
    return;
  }
  const digits = leadingDigits(lower);
  if (digits > 0 && digits < lower.length) {
    // "6yo", "10åring", "3am": a number glued to its unit or noun reads as two words.
    words.push(word(lower.slice(0, digits), start, start + digits, gap));
    words.push(word(lower.slice(digits), start + digits, end, GAP_NONE));
    return;
  }
  const read = word(lower, start, end, gap);
  // A spoken form keeps its own roles too: Nynorsk "ho" is "hun" (she) and "henne" (her).
  if (lower !== folded) read.roles |= pronounRoles(folded);
  words.push(read);
}

/**
 * An English answer's text-speak read as written English (rules/match/text-speak.ts), and "w/o", "w/"
 * as "without", "with" in any answer: a short field's "charged w/ theft" has no little word to tell
 * its language by, and "w/" is no Swedish or Norwegian shorthand. In place; linear.
 */
function readTextSpeak(text: string, words: AnswerWord[]) {
  const english = readsAsEnglish(words);
  for (let k = 0; k < words.length; k++) {
    const current = words[k]!;
    if (current.lower === 'w' && text[current.end] === '/') {
      const next = words[k + 1];
      if (next?.lower === 'o' && next.start === current.end + 1) {
        replace(current, 'without');
        current.end = next.end;
        words.splice(k + 1, 1);
      } else {
        replace(current, 'with');
        // the slash of "w/" is part of the word, no break in the clause ("never in trouble w/ police")
        if (next && text.slice(current.end, next.start).trim() === '/') next.gap = GAP_NONE;
      }
      continue;
    }
    if (!english) continue;
    const written = textSpeak(current.lower) ?? textSpeakAt(words, k);
    if (written) replace(current, written);
  }
}

/** Does the text from `from` go on, after spaces, with a small letter or a digit? */
function continuesLower(text: string, from: number): boolean {
  let k = from;
  while (text[k] === ' ') k++;
  const ch = text[k];
  if (ch === undefined) return false;
  return ch !== ch.toUpperCase() || (ch >= '0' && ch <= '9');
}

/** How many digits start `lower`, when only letters follow them (not "b12", "mp3", "2024x9"). */
function leadingDigits(lower: string): number {
  let i = 0;
  while (i < lower.length && lower.charCodeAt(i) >= 48 && lower.charCodeAt(i) <= 57) i++;
  for (let k = i; k < lower.length; k++) {
    const code = lower.charCodeAt(k);
    if (code >= 48 && code <= 57) return 0;
  }
  return i;
}

function word(lower: string, start: number, end: number, gap: 0 | 1 | 2): AnswerWord {
  return { lower, key: matchKey(lower), start, end, gap, roles: pronounRoles(lower) };
}

function replace(target: AnswerWord, lower: string) {
  target.lower = lower;
  target.key = matchKey(lower);
  target.roles = pronounRoles(lower);
}
