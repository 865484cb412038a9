/**
 * Snowball stemmers for the three pack languages (Orama's build of the
 * Snowball algorithms: about 4 kB each). Other languages fall back to the word
 * itself. Input: one lower-case word with its own letters (å/ä/ö kept);
 * output: the stem, folded by matchKey.
 */
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { matchKey } from './fold';

/** Longer "words" (a pasted URL, a hash) are not worth stemming and would cost time per keystroke. */
export const MAX_WORD_CHARS = 40;

const STEMMERS: Record<string, (word: string) => string> = {
  en: english,
  sv: swedish,
  nb: norwegian,
  no: norwegian,
  nn: norwegian,
};

/** The base language of a code: "en-GB" → "en". */
export function baseLanguage(language: string): string {
  const dash = language.indexOf('-');
  return (dash < 0 ? language : language.slice(0, dash)).toLowerCase();
}

export function hasStemmer(language: string): boolean {
  return baseLanguage(language) in STEMMERS;
}

/**
 * Strong verbs whose past forms a suffix stemmer cannot join to the present
 * ("took" ~ "take", sv "tog" ~ "ta", nb "slo" ~ "slå"): mapped to the
 * infinitive before stemming, for trigger words and answers alike.
 */
const IRREGULAR: Record<string, Record<string, string>> = {
  en: table('take:took,taken hang:hung throw:threw,thrown shoot:shot drink:drank drown:drowned beat:beaten ' +
    'fight:fought strike:struck hurt:hurts break:broke,broken give:gave,given swallow:swallowed starve:starved ' +
    'write:wrote,written buy:bought'),
  sv: table('ta:tar,tog,tagit,tagen slå:slår,slog,slagit,slagen,slagna dricka:dricker,drack,druckit ' +
    'skjuta:skjuter,sköt,skjutit skära:skär,skar,skurit tvinga:tvingade,tvingat hänga:hängde,hängt ' +
    'finnas:finns,fanns,funnits ge:ger,gav,gett,givit göra:gör,gjorde,gjort svälta:svälter,svalt,svultit ' +
    'skriva:skriver,skrev,skrivit sova:sover,sov,sovit dö:dör,dött försvinna:försvinner,försvann,försvunnit'),
  // with radical Bokmål's and dialects' -a participles ("drukka", "tvunga", "trua") beside the -et ones
  nb: table('ta:tar,tok,tatt slå:slår,slo,slått drikke:drikker,drakk,drukket,drukke,drukka skyte:skyter,skjøt,skutt ' +
    'skjære:skjærer,skar,skåret tvinge:tvinger,tvang,tvunget,tvunga henge:henger,hang,hengt true:truer,truet,trua,trudde ' +
    'finnes:fins,fans,fantes,funnes gi:gir,ga,gav,gitt gjøre:gjør,gjorde,gjort skrive:skriver,skrev,skrevet ' +
    'sove:sover,sov,sovet dø:dør,døde,dødd forsvinne:forsvinner,forsvant,forsvunnet,forsvunne,forsvunna'),
};

/**
 * Swedish verbs whose -s is their meaning, not a passive: "hoppas" (hope) is no "hoppa" (jump), nor
 * Norwegian "hoppa" (jumped). Kept whole instead of stemmed, so a wish and a jump stay two words.
 */
const SWEDISH_DEPONENTS = table('hoppas:hoppas,hoppades,hoppats');

/** Every form of the irregular table of `language` ("sv", "nb"), infinitives too. */
export function irregularForms(language: 'sv' | 'nb'): string[] {
  const forms = IRREGULAR[language] ?? {};
  return [...new Set([...Object.keys(forms), ...Object.values(forms)])];
}

function table(spec: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of spec.split(' ')) {
    const [base = '', forms = ''] = entry.split(':');
    for (const form of forms.split(',')) out[form] = base;
  }
  return out;
}

/** The folded stem of `lower` in `language` ("skadade", "sv" → "skad"; "tog", "sv" → "ta"). */
export function stemKey(lower: string, language: string): string {
  const base = baseLanguage(language);
  if (base === 'sv' && SWEDISH_DEPONENTS[lower]) return matchKey(SWEDISH_DEPONENTS[lower]);
  const word = IRREGULAR[base === 'no' || base === 'nn' ? 'nb' : base]?.[lower] ?? lower;
  const stem = STEMMERS[base];
  if (!stem || word.length > MAX_WORD_CHARS || word.length < 3) return matchKey(word);
  return matchKey(stem(word));
}

/** Languages whose words join into compounds ("självskadebeteende", "helseproblemer"). */
export function compounds(language: string): boolean {
  const base = baseLanguage(language);
  return base === 'sv' || base === 'nb' || base === 'no' || base === 'nn' || base === 'da';
}
