/**
 * English as it is texted and typed in a hurry: text-speak ("wanna", "gonna", "u", "wud", "thru", "cuz"; not
 * "tho": a "though" at the end of a note would turn a denial round),
 * the dropped g ("takin", "sayin", "nothin"), "w/o" and "w/", and a reflexive with a typo in its "self"
 * ("myslef", "mysefl", "herslef", "themselfs"). Read as the words the lexicon is written in.
 */

/** One word written for two, in no Swedish or Norwegian word either: read as the two. */
export const SPLIT_TEXT_SPEAK: Record<string, [string, string]> = {
  wanna: ['want', 'to'], gonna: ['going', 'to'], gotta: ['got', 'to'], hafta: ['have', 'to'], tryna: ['trying', 'to'],
  im: ['i', 'am'], ive: ['i', 'have'], hes: ['he', 'is'], shes: ['she', 'is'], theyre: ['they', 'are'], youre: ['you', 'are'],
  thats: ['that', 'is'],
};

/** Text-speak read as one English word, in an answer that reads as English only ("u", "r" are letters elsewhere). */
const TEXT_SPEAK: Record<string, string> = {
  u: 'you', r: 'are', ya: 'you', wud: 'would', wld: 'would', cud: 'could', cld: 'could', shud: 'should', shld: 'should',
  thru: 'through', cuz: 'because', coz: 'because', cos: 'because', bc: 'because', bcos: 'because', becuz: 'because',
  ppl: 'people', nothin: 'nothing', nuthin: 'nothing', sumthin: 'something', smth: 'something', sth: 'something',
  sum1: 'someone', any1: 'anyone', every1: 'everyone', evry1: 'everyone', no1: 'nobody', b4: 'before', txt: 'text', txts: 'texts',
  msg: 'message', msgs: 'messages', pls: 'please', plz: 'please', rly: 'really', srsly: 'seriously', evry: 'every', bf: 'boyfriend',
  gf: 'girlfriend', luv: 'love', wiv: 'with', wen: 'when', wat: 'what',
};

/** Words that take "to" after them ("want 2 die", "scared 2 go home", "the will 2 live", "nothing left 2 live 4"). */
const BEFORE_TO = new Set(
  ('want wants wanted ready scared afraid going need needs needed tried try trying able left used like ' +
    'love hate wish plan plans planning planned meant supposed decided started start begin began threatened threatens ' +
    'threaten told tell asked ask way reason will due how what where nothing something anything time hard easy better ' +
    'best back go went come came talk talked talking written wrote sent send letters letter notes note message messages').split(' '),
);
/** Verbs whose base form follows "to" ("2 be", "2 go on"): a numeral comes before a noun instead ("2 kids"). */
const AFTER_TO = new Set(
  ('be go live give die do get kill end hurt report take see stay leave come talk tell say stop keep make carry cope wake ' +
    'feel sleep eat harm cut jump hang overdose escape disappear exist run call ring help hit move let hide').split(' '),
);
/** Words that follow "to" or "for" and never a numeral ("2 my kids", "4 the kids", "4 him"). */
const PERSON_AFTER = new Set('the my his her their our your ur me him them us you u it everyone anyone everybody both each'.split(' '));
/** What a number counts after such a verb ("waited 4 hours"): there "4" is the number. */
const TIME_UNITS = new Set('minutes mins hours hrs days weeks wks months years yrs times'.split(' '));
/** Verbs after which "4" is "for" ("nothing 2 live 4", "what am i waiting 4", "live 4 since she left"). */
const BEFORE_CLOSING_FOR = new Set('live living wait waiting fight fighting care hope ask asking look looking'.split(' '));

interface Word {
  lower: string;
  gap: number;
}

/**
 * "2", "4" and "w" as texted for "to", "for" and "with", in an English answer: read so where the words
 * around them say so ("want 2 die", "letters 2 the kids", "nothing 2 live 4", "done w life"), left as
 * numbers before what they count ("2 kids", "4 weeks ago"). Undefined for any other word or place.
 */
export function textSpeakAt(words: readonly Word[], k: number): string | undefined {
  const word = words[k]!;
  if (word.lower !== '2' && word.lower !== '4' && word.lower !== 'w') return undefined;
  const previous = words[k - 1];
  const next = words[k + 1];
  const nextInClause = next !== undefined && next.gap === 0 ? next.lower : undefined;
  if (word.lower === 'w') return nextInClause !== undefined && /^[a-z]/.test(nextInClause) ? 'with' : undefined;
  if (nextInClause !== undefined && PERSON_AFTER.has(nextInClause)) return word.lower === '2' ? 'to' : 'for';
  const after = previous !== undefined && word.gap === 0 ? previous.lower : undefined;
  if (word.lower !== '2') return closingFor(after, nextInClause);
  if (nextInClause === undefined) return undefined;
  // after a word that takes "to", what follows is no counted plural ("wants 2 be", not "asked 2 questions")
  return AFTER_TO.has(nextInClause) || (after !== undefined && BEFORE_TO.has(after) && !/^\d|s$/.test(nextInClause)) ? 'to' : undefined;
}

/** A "4" after a verb that takes "for", unless a count follows ("waited 4 hours"). */
function closingFor(after: string | undefined, nextInClause: string | undefined): string | undefined {
  if (after === undefined || !BEFORE_CLOSING_FOR.has(after)) return undefined;
  return nextInClause === undefined || (!/^\d/.test(nextInClause) && !TIME_UNITS.has(nextInClause)) ? 'for' : undefined;
}

/** English words ending in "in" that are no dropped g ("within", "insulin", "cousin"), besides those in -ain, -oin, -ein, -uin. */
const IN_WORDS = new Set(
  ('within begin cousin origin margin basin cabin robin raisin satin latin toxin insulin aspirin vitamin violin admin ' +
    'muffin coffin dolphin napkin pumpkin bulletin martin kevin justin austin dustin benjamin goblin javelin zeppelin ' +
    'kremlin gremlin penicillin medicin cocain morphin codein nicotin tramadin virgin').split(' '),
);

const REFLEXIVE_HEADS = ['my', 'your', 'him', 'her', 'them', 'our', 'it', 'ur'];

/**
 * A reflexive typed with one slip in its "self" or "selves" ("myslef", "mysef", "herselfe", "themselfs",
 * "urself"): the reflexive; undefined for any other word.
 */
export function misspeltReflexive(lower: string): string | undefined {
  for (const head of REFLEXIVE_HEADS) {
    if (!lower.startsWith(head)) continue;
    const rest = lower.slice(head.length);
    const plural = head === 'them' || head === 'our';
    const wanted = plural ? 'selves' : 'self';
    const reflexive = (head === 'ur' ? 'your' : head) + wanted;
    if (rest === wanted) return head === 'ur' ? reflexive : undefined;
    if (rest.length >= 3 && (oneSlip(rest, wanted) || (plural && oneSlip(rest, 'self')) || (plural && rest === 'selfs'))) return reflexive;
  }
  return undefined;
}

/** One letter more, less, changed, or two neighbours swapped. */
function oneSlip(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A texted word of an English answer read as written English ("u" → "you", "takin" → "taking"); undefined otherwise. */
export function textSpeak(lower: string): string | undefined {
  const word = TEXT_SPEAK[lower];
  if (word !== undefined) return word;
  if (lower.length >= 5 && lower.endsWith('in') && !/[aoeu]in$/.test(lower) && !IN_WORDS.has(lower) && /^[a-z]+$/.test(lower)) return `${lower}g`;
  return undefined;
}
