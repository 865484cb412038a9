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
