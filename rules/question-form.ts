/**
 * Is a question open ("What would help you most right now?") or closed ("Do you
 * need help?")? Rule-based, from the form of the question in each language:
 * English, Swedish and Norwegian Bokmål ask open questions with a question
 * word or an invitation ("How…", "Hur…", "Hvordan…", "Tell me…", "Berätta…",
 * "Fortell…"); yes/no questions start with the verb ("Do you…", "Är du…",
 * "Bor du…"), and a statement with a question mark ("So you live alone?") asks
 * for a yes or no too. So: open when a clause leads with a question word or the
 * question invites telling; closed otherwise.
 *
 * Kept on its own behind `questionForm` so a better classifier can replace it;
 * measured on AnnoMI counsellor questions (rules/question-form.annomi.test.ts).
 */

export type QuestionForm = 'open' | 'closed';

interface LanguageRules {
  /** Question words that open a question: what, how, hur, hva… */
  questionWords: Set<string>;
  /** Imperatives and phrases that invite telling: tell me, berätta, fortell… */
  invitations: string[][];
  /** Question-word starts that ask for one fact: how many, when, hur många, hvor mange… */
  factQuestions: string[][];
  /** Phrases of a rating-scale question ("on a scale of 1 to 10"). */
  scaleCues: string[][];
  /** Words skipped at the start of a question: so, and, well, så, och… */
  fillers: Set<string>;
  /** A question word that is also a verb when a pronoun follows (sv "var": where / was). */
  ambiguous?: { word: string; closedBefore: Set<string> };
}

const words = (text: string) => new Set(text.split(/\s+/));
const phrases = (...list: string[]) => list.map((p) => p.split(' '));

const ENGLISH: LanguageRules = {
  questionWords: words(
    'what whats whatd whatre whatll how hows howd howre howll why whys whyd where wheres whered when which who whos whod whom whose whatever',
  ),
  invitations: phrases(
    'tell me', 'tell us', 'describe', 'explain', 'talk about', 'talk me through', 'walk me through', 'say more',
    'share more', 'say something more', 'elaborate', 'help me understand', 'anything else', 'what else',
    'any thoughts', 'any ideas', 'in what way', 'to what extent', 'give me an example', 'give me an idea',
  ),
  scaleCues: phrases('on a scale', 'scale of', 'scale from', 'what number'),
  factQuestions: phrases('how many', 'how often', 'how far', 'how old', 'what time', 'when', 'which one'),
  fillers: words(
    'so and but or then now well okay ok alright right yeah yes um uh hmm mm mhm hm oh ah great good sure ' +
      'also just like actually really first let me ask you i wonder im wondering wondering curious was im i am ' +
      'if may could can might ask',
  ),
};

const SWEDISH: LanguageRules = {
  questionWords: words('vad hur varför vilken vilket vilka när vem vems var vart varifrån hurdan hurdant hurdana'),
  invitations: phrases('berätta', 'beskriv', 'beskriva', 'förklara', 'säg mer', 'ge exempel', 'ge ett exempel', 'på vilket sätt', 'i vilken mån'),
  scaleCues: phrases('på en skala', 'vilken siffra'),
  factQuestions: phrases('hur många', 'hur ofta', 'hur långt', 'hur gammal', 'när', 'vilken dag'),
  fillers: words('så och men eller nu då okej ok bra ja jag undrar skulle vilja fråga får kan'),
  ambiguous: { word: 'var', closedBefore: words('du ni det han hon de den man jag vi detta det') },
};

const NORWEGIAN: LanguageRules = {
  questionWords: words('hva hvordan hvorfor hvor hvem hvilke hvilken hvilket når'),
  invitations: phrases('fortell', 'fortelle', 'beskriv', 'beskrive', 'forklar', 'forklare', 'si mer', 'gi et eksempel', 'på hvilken måte', 'i hvilken grad'),
  scaleCues: phrases('på en skala', 'hvilket tall'),
  factQuestions: phrases('hvor mange', 'hvor ofte', 'hvor langt', 'hvor gammel', 'når', 'hvilken dag'),
  fillers: words('så og men eller nå da ok okei bra ja jeg lurer på skulle gjerne spørre får kan'),
};

function rulesFor(language: string): LanguageRules {
  const base = language.toLowerCase().split('-')[0];
  if (base === 'sv') return SWEDISH;
  if (base === 'nb' || base === 'no' || base === 'nn') return NORWEGIAN;
  return ENGLISH;
}

/** Open if any question in the text is open; a text with no question mark is judged by its last sentence. */
export function questionForm(text: string, language: string): QuestionForm {
  const rules = rulesFor(language);
  const sentences = splitSentences(text);
  const questions = sentences.filter((s) => s.question);
  const judged = questions.length > 0 ? questions : sentences.slice(-1);
  return judged.some((sentence) => sentenceIsOpen(sentence, rules)) ? 'open' : 'closed';
}

export function isClosedQuestion(text: string, language: string): boolean {
  return questionForm(text, language) === 'closed';
}

interface Sentence {
  /** Words of each clause (split at commas, dashes, colons, semicolons). */
  clauses: string[][];
  question: boolean;
}

function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const match of text.matchAll(/[^.!?…]+[.!?…]*/g)) {
    const raw = match[0];
    const clauses = raw
      .split(/[,;:()"“”—–]|\s-+\s|--/)
      .map(tokenize)
      .filter((clause) => clause.length > 0);
    if (clauses.length > 0) out.push({ clauses, question: raw.includes('?') });
  }
  return out;
}

function sentenceIsOpen(sentence: Sentence, rules: LanguageRules): boolean {
  const all = sentence.clauses.flat();
  // An invitation anywhere opens the question: "Can you tell me about…", "Kan du berätta…".
  if (rules.invitations.some((phrase) => containsPhrase(all, phrase))) return true;
  // A scale question asks for one number, however it is worded.
  if (rules.scaleCues.some((phrase) => containsPhrase(all, phrase))) return false;
  // A question word leading any clause: "If you think about it, what would help?"
  if (sentence.clauses.some((clause) => clauseIsOpen(clause, rules))) return true;
  // Not a question at all, but asks something open: "I wonder what would help."
  if (!sentence.question) return all.some((word) => rules.questionWords.has(word));
  // A statement with a question mark asks for confirmation, unless it ends on a question word ("…and then what?").
  return rules.questionWords.has(all[all.length - 1] ?? '');
}

function clauseIsOpen(clause: string[], rules: LanguageRules): boolean {
  let i = 0;
  // Skip fillers ("so", "well", "okay") and false starts ("wh- what", "ho- how").
  while (i < clause.length - 1 && (rules.fillers.has(clause[i] ?? '') || (clause[i + 1] ?? '').startsWith(clause[i] ?? ''))) i++;
  const first = clause[i];
  if (first === undefined) return false;
  if (rules.ambiguous && first === rules.ambiguous.word) return !rules.ambiguous.closedBefore.has(clause[i + 1] ?? '');
  if (!rules.questionWords.has(first)) return false;
  // "How many…", "How often…", "When did…": a question word asking for one fact is closed in form.
  return !rules.factQuestions.some((phrase) => startsWith(clause, i, phrase));
}

function startsWith(words: string[], at: number, phrase: string[]): boolean {
  return phrase.every((word, j) => words[at + j] === word);
}

function containsPhrase(sentenceWords: string[], phrase: string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= sentenceWords.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (sentenceWords[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
