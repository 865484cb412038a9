/**
 * What an adviser's turn does besides asking, read from its words in English,
 * Swedish and Norwegian Bokmål, for the practice page's feedback:
 * - `why`: says why the question is asked ("because…", "I ask everyone…",
 *   "eftersom…", "vi spør alle…"), or says the pack's own reason (its why or
 *   say-first text) in their own words (three or more of its longer words);
 * - `acknowledgement`: takes in what the client said ("thank you for telling
 *   me", "det låter tungt", "takk for at du forteller");
 * - `reflection`: says back what was heard ("so you…", "it sounds like…",
 *   "du känner…"), or a statement with a question mark or a confirming tag
 *   (rules/question-form.ts kinds `reflection`, `tag`);
 * - `invitation`: an explicit invitation, either to tell ("tell me more
 *   about…", the classifier's `invitation`) or to take something up ("would
 *   you like…", "ska jag boka…", "vil du at jeg…").
 * Rules of thumb from motivational-interviewing coding (MITI: affirmations,
 * reflections) and the work-focused interview studies (explicit invitations),
 * not a model: a trainer reads the adviser's own words beside each judgement.
 */
import { judgeSentences } from './question-form';

export interface TurnMoves {
  why: boolean;
  acknowledgement: boolean;
  reflection: boolean;
  invitation: boolean;
}

interface MoveWords {
  why: string[];
  acknowledgement: string[];
  reflection: string[];
  offers: string[];
}

const phrases = (list: string) => list.split('|').map((phrase) => phrase.trim().split(/\s+/));

const WORDS: Record<'en' | 'sv' | 'nb', Record<keyof MoveWords, string[][]>> = {
  en: {
    why: phrases('because|the reason|reason i ask|reason we ask|why i ask|why we ask|i ask everyone|we ask everyone|everyone is asked|we ask all|i ask all|so that|so we can|so i can|that way we|this helps|it helps us|it helps me|thats why'),
    acknowledgement: phrases('thank you for|thanks for|sounds hard|sounds really|sounds very|sounds like|that must|must be hard|must have been|im sorry|i am sorry|im glad you|i hear|i can hear|i understand|i appreciate|that is hard|thats hard|that is a lot|thats a lot'),
    reflection: phrases('so you|it sounds like|sounds like you|you feel|you felt|youre saying|you are saying|what im hearing|what i hear|if i understand|you mean'),
    offers: phrases('would you like|do you want me to|do you want to|shall i|shall we|can i book|may i book|could i book|id like to invite|i would like to invite|how about we|would it help if|would you be interested|are you interested in|you are welcome to|youre welcome to'),
  },
  sv: {
    why: phrases('eftersom|därför att|därför frågar|anledningen|skälet|jag frågar alla|vi frågar alla|alla får|frågar alla|så att|för att kunna|det hjälper|varför jag frågar|varför vi frågar'),
    acknowledgement: phrases('tack för att|tack för|det låter|vad jobbigt|vad tungt|vad svårt|så tråkigt|det måste|jag förstår|jag hör|jag är ledsen|bra att du'),
    reflection: phrases('så du|det låter som|du känner|du kände|du säger att|om jag förstår|du menar|det jag hör'),
    offers: phrases('vill du att jag|vill du|skulle du vilja|ska jag|ska vi|får jag boka|kan jag boka|jag vill bjuda in|skulle det hjälpa om|är du intresserad|du är välkommen'),
  },
  nb: {
    why: phrases('fordi|grunnen|derfor spør|jeg spør alle|vi spør alle|alle får|spør alle|slik at|så vi kan|så jeg kan|for å kunne|det hjelper|hvorfor jeg spør|hvorfor vi spør'),
    acknowledgement: phrases('takk for at|takk for|det høres|så tungt|så vanskelig|så leit|det må|jeg forstår|jeg hører|jeg er lei meg|bra at du'),
    reflection: phrases('så du|det høres ut som|du føler|du følte|du sier at|hvis jeg forstår|du mener|det jeg hører'),
    offers: phrases('vil du at jeg|vil du|har du lyst|skal jeg|skal vi|kan jeg booke|får jeg booke|jeg vil gjerne invitere|ville det hjelpe om|er du interessert|du er velkommen'),
  },
};

function wordsFor(language: string): Record<keyof MoveWords, string[][]> {
  const base = language.toLowerCase().split('-')[0];
  if (base === 'sv') return WORDS.sv;
  if (base === 'nb' || base === 'no' || base === 'nn') return WORDS.nb;
  return WORDS.en;
}

/** Lower case, apostrophes dropped ("I'm" → "im"), split at anything not a letter or digit. */
export function turnWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

function hasPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let at = 0; at + phrase.length <= words.length; at++) {
    if (phrase.every((word, i) => words[at + i] === word)) return true;
  }
  return false;
}

/** Words of five letters or more: enough of them shared with the pack's reason means it was said. */
const LONG_WORD = 5;
const REASON_WORDS_NEEDED = 3;

/**
 * What the turn does. `reasons`: the item's why and say-first texts in the turn's
 * language, so an adviser who says the pack's reason in their own words is heard.
 */
export function readTurnMoves(text: string, language: string, reasons: readonly string[] = []): TurnMoves {
  const words = turnWords(text);
  const rules = wordsFor(language);
  const says = (list: string[][]) => list.some((phrase) => hasPhrase(words, phrase));
  const spoken = new Set(words.filter((word) => word.length >= LONG_WORD));
  const reasonWords = new Set(reasons.flatMap(turnWords).filter((word) => word.length >= LONG_WORD));
  const sharedReason = [...reasonWords].filter((word) => spoken.has(word)).length >= REASON_WORDS_NEEDED;
  const kinds = judgeSentences(text, language).map((sentence) => sentence.kind);
  return {
    why: says(rules.why) || sharedReason,
    acknowledgement: says(rules.acknowledgement),
    reflection: says(rules.reflection) || kinds.includes('reflection') || kinds.includes('tag'),
    invitation: says(rules.offers) || kinds.includes('invitation'),
  };
}
