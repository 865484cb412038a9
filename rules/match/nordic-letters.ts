/**
 * Swedish and Norwegian typed without å/ä/ö/ø/æ: on a borrowed or foreign keyboard, a phone set to
 * English, or by habit, "jag vill do", "han slar mig", "jeg far ikke ga ut", "paa", "naar", "kjaereste".
 * Match keys fold these letters in words of five letters and more (rules/match/fold.ts), but short words
 * keep them, since there they tell words apart ("får" gets, "far" father), and the engine's own word lists
 * (negation, pronouns, fillers, irregular verbs) compare the written word. So in an answer that has none
 * of these letters anywhere and reads as Swedish or Norwegian, the words below are read back with their
 * letters; the written form alone decides, except for the few that are also everyday words without them
 * ("far", nb "ma", nb "a"), which the words around them decide. An answer with one å/ä/ö/ø/æ anywhere is
 * taken as written: its writer has the letters.
 */

/** Words that are written with the letters and, without them, are no common word of the language. */
const SWEDISH =
  'å på när är dö dör död döda dött gå går gått få fått slå slår där gör göra två våld äta sår lön öl ' +
  'nål stå små ärr kör hör än mår själv själva också någon något några nån nåt nåra nånting nånsin längre ' +
  'förnekar förnekade förnekat förnekas försökt försökte försök försöket förut förra för frågade fråga ' +
  'frågan säger även ihjäl hänga hängde hängt tänker tänkt tänkte känner kände känns ångest söp ' +
  'mördar mörda blöder skär skära skuren ärren såren vågar våga står stått köra körde kört värt ' +
  // the engine's own words for negation, asking and replies (rules/match/negation.ts, cue-combinations.ts)
  'använde använder avkräftade avkräftar avkräftas berättar berättade bestämt därifrån ifrån efterfrågad efterfrågat ' +
  'frågat frågor frågorna förutom gång gånger känd kända känt långt nära någonsin rädda röker rökte säker ' +
  'sådan sådant behöver blåmärken brände från lämna önskar försvinna försvinner';
const NORWEGIAN =
  'å på når dø dør død døde dødd gå går gått få fått slå slår slått gjør gjøre være vært tør sår blør ' +
  'blødd øl sjøl også nå føler følte forsøk forsøkt forsøkte prøvd prøvde prøver spørsmål ønsker ' +
  'ønske løs små stå kjære kjæreste kjæresten skjære skjærer skåret døy døyr døydde ' +
  'ødelagt hører høre tåler knær står stått kjøre kjørte ' +
  // the engine's own words for negation, asking and replies (rules/match/negation.ts, cue-combinations.ts)
  'forsøket ifrå spørsmålet rutinespørsmål røyker røykte gråte våkne';
/** Their letters written as two (Norwegian "aa" is old spelling, still typed). */
const DIGRAPHS: Record<string, string> = { å: 'aa', ä: 'ae', ö: 'oe', ø: 'oe', æ: 'ae' };
const STRIPPED: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', ø: 'o', æ: 'a' };

type Language = 'sv' | 'nb';

function spellings(words: string, extra: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const word of [...words.split(' '), ...extra]) {
    if (!/[åäöøæ]/.test(word)) continue;
    let stripped = '';
    let digraph = '';
    for (const ch of word) {
      stripped += STRIPPED[ch] ?? ch;
      digraph += DIGRAPHS[ch] ?? ch;
    }
    if (!out.has(stripped)) out.set(stripped, word);
    if (!out.has(digraph)) out.set(digraph, word);
  }
  return out;
}

const TABLES: Record<Language, { words: string; built?: Map<string, string> }> = {
  sv: { words: SWEDISH },
  nb: { words: NORWEGIAN },
};

/**
 * Words that look like one of the above without its letters but are words in their own right:
 * never read back ("har" have, not "hår"; "sa" said, not "så"; "man" one; "sant" true; nb "for", "da", "bade"),
 * per language (Swedish "for" is "för").
 */
const KEEP: Record<Language, Set<string>> = {
  sv: new Set('har sa man sant sann lat at vag'.split(' ')),
  nb: new Set('har sa man sant sann for da bade tale at'.split(' ')),
};
/** Written forms the words around them decide ("jag far inte" gets, "min far" father; nb "jeg ma" must, "av ma" me). */
const BY_CONTEXT = new Set(['far', 'ma', 'a', 'ar', 'ga', 'na']);
/** Words after which Swedish "na" is the reply "nä" (no: "na absolut inte", "na aldrig"); elsewhere it may be "nå" (well). */
const AFTER_NO = new Set('inte aldrig absolut nej verkligen'.split(' '));
/** Words after which Norwegian "ga" is "gå" (go: "a ga", "vil ga"); elsewhere it is "ga" (gave: "hun ga bort"). */
const BEFORE_INFINITIVE = new Set('å a vil ville skal skulle kan kunne må ma får far tør bør la'.split(' '));
/** Words of a count, after which Swedish "ar" is "år" (years: "för tva ar sedan"), elsewhere "är". */
const COUNTS = new Set('ett en tva två tre fyra fem sex sju atta åtta nio tio par nagra några flera manga många'.split(' '));

/** Little words that show the answer is Swedish, Norwegian or English when written without the letters. */
const SIGNS: Record<Language | 'en', Set<string>> = {
  sv: new Set('jag och inte att mig dig sig mej dej sej vill ska skulle hon bara ocksa nagot nagon nat nan fran ej till efter hade blev ar när också själv'.split(' ')),
  nb: new Set('jeg og ikke ikkje itte meg deg seg vil skal hun ho hu bare noe noen fra ogsa eg er til etter hadde ble hvis når også sjøl sjæl å'.split(' ')),
  // Not "me", "i": they are Norwegian and Swedish too ("kutta me", "i fjor").
  en: new Set('the and to is not my you it of he she was have want wants with that this be are am has his'.split(' ')),
};
/** Little words of both Swedish and Norwegian: they tell the answer is one of them, not which. */
const NORDIC_SIGNS = new Set('det han har som med blir pa nar av om'.split(' '));

const NEGATIONS = new Set('inte ej ikke ikkje aldrig aldri'.split(' '));

interface Word {
  lower: string;
  gap: number;
  roles: number;
}

/**
 * Reads back, in place, the words of an answer typed without å/ä/ö/ø/æ: `lower` of each word that is one of
 * the table's words stripped of its letters (or with them written "aa", "ae", "oe") becomes the word itself.
 * @param text the answer (any å/ä/ö/ø/æ in it, either case, and nothing is changed)
 * @param words its words in order, `lower` already folded of other accents, `roles` from pronounRoles
 * @param extra further Swedish and Norwegian words to read back (spoken forms, irregular verbs), per language
 * @param reread called for each word changed, with the new lower-case word, to update what depends on it
 * @param keep called for each word that is a word in its own right as written (`KEEP`: "har", not "hår"), which
 *   must then not be compared by its bare key either (nb "kutter meg ikke, har aldri" is no "kutter ... hår")
 * @returns whether the answer reads as Swedish or Norwegian typed without the letters
 * Linear in the number of words; the tables are built once.
 */
export function restoreNordicLetters<W extends Word>(
  text: string,
  words: W[],
  extra: Record<Language, Iterable<string>>,
  reread: (word: W, lower: string) => void,
  keep?: (word: W) => void,
): boolean {
  if (/[åäöøæÅÄÖØÆ]/.test(text)) return false;
  const language = nordicLanguage(words, extra);
  if (!language) return false;
  const spelling = language === 'either' ? agreed(extra) : table(language, extra);
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (language === 'either') {
      if (KEEP.sv.has(word.lower) && KEEP.nb.has(word.lower)) {
        keep?.(word);
        continue;
      }
      const restored = spelling.get(word.lower);
      if (restored) reread(word, restored);
      continue;
    }
    if (KEEP[language].has(word.lower)) {
      keep?.(word);
      continue;
    }
    const restored = BY_CONTEXT.has(word.lower) ? byContext(words, k, language) : spelling.get(word.lower) ?? digraphs(word.lower, language);
    if (restored && restored !== word.lower) reread(word, restored);
  }
  return true;
}

/**
 * Swedish or Norwegian when its little words, and its table words of four letters or more, outnumber
 * English ones; which of them by their own little words and table words, 'either' when they do not tell.
 * Undefined for English.
 */
function nordicLanguage(words: readonly Word[], extra?: Record<Language, Iterable<string>>): Language | 'either' | undefined {
  const count = { sv: 0, nb: 0, en: 0, both: 0 };
  for (const word of words) {
    for (const language of ['sv', 'nb', 'en'] as const) if (SIGNS[language].has(word.lower)) count[language]++;
    if (NORDIC_SIGNS.has(word.lower)) count.both++;
    if (word.lower.length < 4 || !extra) continue;
    for (const language of ['sv', 'nb'] as const) if (table(language, extra).has(word.lower)) count[language]++;
  }
  const best: Language = count.sv >= count.nb ? 'sv' : 'nb';
  if (count[best] + count.both <= count.en || count[best] + count.both === 0) return undefined;
  return count.sv === count.nb ? 'either' : best;
}

/** Does an answer read as English by its little words: more English ones than Swedish, Norwegian and Nordic ones together? */
export function readsAsEnglish(words: readonly Word[]): boolean {
  const count = { sv: 0, nb: 0, en: 0, both: 0 };
  for (const word of words) {
    for (const language of ['sv', 'nb', 'en'] as const) if (SIGNS[language].has(word.lower)) count[language]++;
    if (NORDIC_SIGNS.has(word.lower)) count.both++;
  }
  return count.en > count.sv + count.nb + count.both;
}

/** May an answer be Norwegian by its little words: more Norwegian or Nordic ones than English, and no fewer than Swedish ones? */
export function mayReadAsNorwegian(words: readonly Word[]): boolean {
  const language = nordicLanguage(words);
  return language === 'nb' || language === 'either';
}

/** Does an answer read as Swedish by its little words: more Swedish or Nordic ones than English, and more Swedish ones than Norwegian? */
export function readsAsSwedish(words: readonly Word[]): boolean {
  return nordicLanguage(words) === 'sv';
}

let bothTables: Map<string, string> | undefined;
/** The words read back alike in Swedish and Norwegian ("pa" på, "ga" not: Norwegian "ga" is "gave"), for an answer that could be either. */
function agreed(extra: Record<Language, Iterable<string>>): Map<string, string> {
  if (bothTables) return bothTables;
  bothTables = new Map();
  const nb = table('nb', extra);
  for (const [written, word] of table('sv', extra)) {
    if (nb.get(written) === word && !KEEP.sv.has(written) && !KEEP.nb.has(written) && !BY_CONTEXT.has(written)) bothTables.set(written, word);
  }
  return bothTables;
}

function table(language: Language, extra: Record<Language, Iterable<string>>): Map<string, string> {
  return (TABLES[language].built ??= spellings(TABLES[language].words, extra[language]));
}

/**
 * "far" after a subject or before a negation is "får" ("jag far inte", "hon far"); "ar" after a count is
 * "år" ("83 ar", "tva ar sedan"), elsewhere "är" (nb "år" too); nb "ma" after a subject or before a negation is "må",
 * elsewhere the spoken "mæ" (me: "ta livet av ma"); nb "a" is "å" (to) unless it opens a sentence or a
 * clause, where it is the spoken "æ" (I: "a orke ikkje"); nb "ga" after "å" or a modal verb is "gå", elsewhere
 * "ga" (gave); Swedish "na" before a negation or alone is the reply "nä" (no), nb "na" is "nå" (now).
 */
function byContext(words: readonly Word[], k: number, language: Language): string | undefined {
  const word = words[k]!;
  const previous = words[k - 1];
  const next = words[k + 1];
  const verbPlace = (previous !== undefined && word.gap === 0 && (previous.roles & SUBJECT) !== 0) ||
    (next !== undefined && next.gap === 0 && NEGATIONS.has(next.lower));
  if (word.lower === 'far') return verbPlace ? 'får' : undefined;
  if (word.lower === 'na') {
    if (language === 'nb') return 'nå';
    return (next && next.gap !== 2 && AFTER_NO.has(next.lower)) || !next || next.gap === 2 ? 'nä' : undefined;
  }
  if (word.lower === 'ar') return language === 'nb' || (previous && (COUNTS.has(previous.lower) || /^\d+$/.test(previous.lower))) ? 'år' : 'är';
  if (word.lower === 'ga') return language === 'sv' || (previous && word.gap === 0 && BEFORE_INFINITIVE.has(previous.lower)) ? 'gå' : undefined;
  if (language !== 'nb') return word.lower === 'ma' && verbPlace ? 'må' : undefined;
  if (word.lower === 'ma') return verbPlace ? 'må' : 'mæ';
  return k === 0 || word.gap !== 0 ? 'æ' : 'å';
}
/** PRONOUN_ROLE.subj, kept here so this table depends on nothing. */
const SUBJECT = 8;

/**
 * A longer word with "aa", "ae" or "oe" for å, ä/æ, ö/ø ("kjaereste", "sjaelvmord", "doedsfall"): read with
 * the letter. Not "oe" before "n", which is a word's own ("boende", "poeng", "skoene").
 */
function digraphs(lower: string, language: Language): string | undefined {
  if (lower.length < 5 || !/aa|ae|oe/.test(lower)) return undefined;
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const pair = lower.slice(i, i + 2);
    if (pair === 'aa') out += 'å';
    else if (pair === 'ae') out += language === 'sv' ? 'ä' : 'æ';
    // "-oen" is a definite ending ("skoen"), "-boer" a dweller ("samboer", "beboer"): an o, then an e that opens the ending.
    else if (pair === 'oe' && lower[i + 2] !== 'n' && !(lower[i - 1] === 'b' && lower[i + 2] === 'r')) out += language === 'sv' ? 'ö' : 'ø';
    else {
      out += lower[i];
      continue;
    }
    i++;
  }
  return out;
}
