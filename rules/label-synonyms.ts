/**
 * Words and phrases that case systems use interchangeably when they word the
 * same standardized question, per meaning ("class"), in English, Swedish and
 * Norwegian Bokmål. Label matching (match-label.ts) reads a label and a page
 * text as words with each phrase of a class replaced by the class's one token,
 * so "your partner or someone you live with" and "a partner or anyone in your
 * household" share every content word, and "feel safe where you live" is "feel
 * safe at home".
 *
 * Only the words these questions are built from belong here: who (partner,
 * household), where (home), how the person is (psychological), the harm
 * (violence, hurt, threat, control, being exposed to it), safety and children. A class
 * must not join words that tell two items of one pack apart (the default packs
 * keep "alcohol" and "drugs" apart, and "physical" from "psychological").
 * Phrases are normalised text (normalizeLabel: lower case, punctuation gone);
 * the longest phrase starting at a word wins.
 */

/** Class token (never a word of any language: it starts with "~") → its words and phrases. */
const CLASSES: Record<string, string> = {
  // someone the person lives with: the household as the question means it
  '~household':
    'household|household member|household members|member of your household|members of your household|family member|family members|' +
    'someone you live with|anyone you live with|somebody you live with|anybody you live with|the person you live with|people you live with|' +
    'someone in your household|anyone in your household|someone in your home|anyone in your home|anyone at home|someone at home|' +
    'anyone in your family|someone in your family|' +
    'hushåll|hushållet|någon du bor med|någon du bor tillsammans med|någon du lever med|någon i ditt hushåll|någon i hushållet|' +
    'någon i hemmet|någon i familjen|någon i din familj|familjemedlem|' +
    'husstand|husstanden|noen du bor med|noen du bor sammen med|noen du lever med|noen i husstanden|noen i hjemmet|noen i familien|familiemedlem',
  '~partner':
    'partner|partners|spouse|husband|wife|boyfriend|girlfriend|ex partner|former partner|current or former partner|' +
    'make|maka|sambo|pojkvän|flickvän|före detta partner|tidigare partner|' +
    'partneren|ektefelle|ektemann|kone|samboer|kjæreste|tidligere partner',
  '~home':
    'home|at home|in your home|in the home|where you live|where you are living|where you live now|domestic|' +
    'hem|hemma|i hemmet|i ditt hem|där du bor|i din bostad|' +
    'hjem|hjemme|i hjemmet|i ditt hjem|der du bor',
  '~psych':
    'psychological|psychologically|mental|mentally|psykisk|psykiskt|psykiska|psykologisk|mentalt|psykiske',
  '~violence': 'violence|violent|abuse|abused|våld|misshandel|vold|mishandling',
  '~hurt': 'hurt|hurting|harm|harmed|injured|skadat|skadar|skadade|skada|skader|skadet|skade',
  '~threat':
    'threat|threats|threaten|threatened|threatening|hot|hotat|hotar|hotade|hota|truer|truet|trusler|trussel',
  '~control': 'control|controlled|controlling|kontrollerat|kontrollerar|kontrollera|kontrollerer|kontrollert|kontrollere',
  '~safe': 'safe|secure|safety|trygg|tryggt|trygghet|säker|säkert|säkerhet|sikker|sikkert|trygt|sikkerhet',
  '~child': 'child|children|kids|barn|barnen|barna',
  // what happens to a child who lives with violence: exposed to it, or witnessing it
  '~exposed':
    'exposed|exposed to|exposure|exposure to|witness|witnessed|witnessing|see or hear|affected by|' +
    'utsätts|utsätts för|utsatt|utsatt för|utsatta för|bevittnar|bevittnat|upplever|' +
    'utsettes for|utsatt for|vitne til|opplever',
};

/** First word → the phrases starting with it (as word lists), longest first, each with its class token. */
const PHRASES = new Map<string, { words: string[]; token: string }[]>();
/** Every single word a class uses (for screening: a page text with one of these may match). */
export const SYNONYM_WORDS: string[] = [];

for (const [token, spec] of Object.entries(CLASSES)) {
  for (const phrase of spec.split('|')) {
    const words = phrase.split(' ');
    const first = words[0] as string;
    const list = PHRASES.get(first) ?? [];
    list.push({ words, token });
    PHRASES.set(first, list);
    if (words.length === 1) SYNONYM_WORDS.push(first);
  }
}
for (const list of PHRASES.values()) list.sort((a, b) => b.words.length - a.words.length);

/**
 * The words of a normalised text as label matching compares them: each phrase
 * of a synonym class replaced by its class token ("~household"), other words as
 * they are. Input: `normalizeLabel` output ('' gives []).
 */
export function matchWords(normalized: string): string[] {
  if (normalized === '') return [];
  const words = normalized.split(' ');
  let out: string[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const phrases = PHRASES.get(words[i] as string);
    let replaced = false;
    if (phrases) {
      for (const { words: phrase, token } of phrases) {
        if (!startsAt(words, i, phrase)) continue;
        out ??= words.slice(0, i);
        out.push(token);
        i += phrase.length - 1;
        replaced = true;
        break;
      }
    }
    if (!replaced && out) out.push(words[i] as string);
  }
  return out ?? words;
}

function startsAt(words: string[], at: number, phrase: string[]): boolean {
  if (at + phrase.length > words.length) return false;
  for (let j = 1; j < phrase.length; j++) if (words[at + j] !== phrase[j]) return false;
  return true;
}
