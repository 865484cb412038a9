/**
 * Is an adviser's turn an open question ("What would help you most right
 * now?") or not ("Do you need help?")? Rule-based, from the form of each
 * sentence in English, Swedish and Norwegian Bokmål, so the same judgement
 * carries across the three languages and needs no training data per language.
 *
 * Each sentence gets a kind (see {@link SentenceKind}); a turn is judged by
 * the sentences that ask something, so "That sounds hard. What happened next?"
 * is judged by its question and "Tell me about the course. Did you enjoy it?"
 * by both (see {@link questionForm}).
 *
 * The kinds follow the motivational-interviewing coding manuals (MISC, MITI),
 * where a closed question asks for a yes or no, one specific fact or a number,
 * and an open one leaves room for the client's account. Measured on AnnoMI
 * counsellor questions and on our own Swedish and Norwegian adviser questions
 * with `npm run eval:questions` (README, "Open or closed").
 *
 * Word lists are lower case without apostrophes ("whats", "youre"), as
 * {@link judgeSentences} tokenizes.
 */

export type QuestionForm = 'open' | 'closed';

/**
 * What one sentence of a turn does:
 * - `open-question`: a question word asking for an account ("How…", "Vad…", "Hvorfor…"), also framed ("I wonder how…",
 *   "I'm not sure how you see it", "Jeg vet ikke hva du tenker om det"), or a
 *   wish to hear about a topic ("I'd like to hear about your week", "Jag är nyfiken på dina planer"). A kind asked with the
 *   client's wish or supposition ("What kind of job could you imagine, if you could choose?", "Hva slags jobb kunne du tenke
 *   deg?") and the people in the client's life ("Which people are around you day to day?", "Vilka människor finns runt dig?")
 *   ask for an account; a kind or a person named ("What kind of dog do you have?", "Who lives with you?") is one fact.
 * - `invitation`: asks the client to tell, with or without "?" ("Tell me about…", "Kan du berätta…", "Kan du säga något om…"),
 *   also as a polite request ("Would you mind filling me in…", "Har du noe imot å fortelle…") or to be taken through something
 *   ("Walk me through…", "Kan du ta mig igenom…", "Kan du med egne ord gjenfortelle…").
 * - `topic-opener`: yes/no in form but opens a topic ("Is there anything about the job that worries you?", "Any idea why…?").
 * - `fact-question`: a question word asking for one fact ("Where…", "Hur länge…", "Hvor mange…", "What's your phone number?"),
 *   an invitation to give one ("Can you tell me your postcode?", "Kan du berätta ditt personnummer?"), or a choice between
 *   named alternatives ("Which language would you rather speak, Swedish or Arabic?", "Hva vil du helst, leie eller eie?").
 * - `scale-question`: asks for a number on a scale.
 * - `yes-no`: verb first ("Do you…", "Bor du…"), a proposal to agree to ("How about we meet on Tuesday?"), or asking
 *   whether the client has questions ("Any other questions?", "Er det noe du lurer på?").
 * - `reflection`: a statement with a question mark ("So you live alone?", "…, or?").
 * - `tag`: a statement with a confirming tag ("…, right?", "…, eller hur?", "…, ikke sant?"). A view tag after a
 *   question-word question ("How are the kids coping, do you think?", "…, tror du?", "…, vil du si?") is no yes/no
 *   question of its own: the question it follows decides.
 * - `closed-invitation`: an invitation to say whether ("Tell me whether…", "Säg till om du…"), a wish to know whether
 *   ("I'd like to know whether…", "Jeg vil gjerne vite om…"), or wondering whether the client did or has something ("I was
 *   just wondering whether you've applied…", "Jag undrar om du har fått…", "Jeg lurer på om du har søkt…"): asked indirectly,
 *   answered yes or no. "I wonder if there's anything…", "I wonder if you feel…" still open a topic.
 * - `statement`: not a question; a question word inside it ("I know how hard it is.") does not make it one.
 */
export type SentenceKind =
  | 'open-question'
  | 'invitation'
  | 'topic-opener'
  | 'fact-question'
  | 'scale-question'
  | 'yes-no'
  | 'reflection'
  | 'tag'
  | 'closed-invitation'
  | 'statement';

const OPEN_KINDS: ReadonlySet<SentenceKind> = new Set(['open-question', 'invitation', 'topic-opener']);

export interface JudgedSentence {
  /** The sentence as written, trimmed. */
  text: string;
  kind: SentenceKind;
}

interface LanguageRules {
  /** Question words that ask for an account: what, how, why, hur, hva… */
  questionWords: Set<string>;
  /** Question-word starts that ask for one fact: where, when, who, how long, hur länge, hvor mange… */
  factStarts: string[][];
  /** Imperatives and phrases that invite telling: tell me, berätta, fortell… */
  invitations: string[][];
  /** "start by", "börja med att", "begynne med å": an invitation after one is addressed to the client wherever "you" stands. */
  invitationStarts: string[][];
  /** Forms of an invitation verb after an English start: "start by telling me…", "start off with sharing…". */
  invitationGerunds: Set<string>;
  /** Question phrases that invite telling wherever they stand: "what else", "in what way", "på vilket sätt". */
  invitingQuestions: string[][];
  /** "you": an invitation verb right after it ("can you tell me") is addressed to the client. */
  addressees: Set<string>;
  /** After an invitation, these words make it ask whether: "tell me whether/if". */
  whetherWords: Set<string>;
  /** Subjects that, after a whether-word that also means "about" (sv/nb "om"), make it "whether". */
  whetherSubjects: Set<string>;
  /** Invitations that always ask whether: "let me know if", "säg till om", "si fra om". */
  closedInvitations: string[][];
  /**
   * "say", "talk", "säga", "prata", "si", "snakke": an invitation when followed by "about" ("…a little about your
   * health") and asked as a request ("Could you…", "Kan du…", "Skulle du kunna…") or said as one ("Say a bit about…").
   */
  requestedTelling: Set<string>;
  /**
   * "can", "could", "kan", "skulle": before "you", they make a request ("Can you talk about…"); "do you talk about…" asks whether.
   * Sv "vill", nb "vil" first ask a request as "Vill du berätta…", "Vil du fortelle…" do ("Vil du si litt om uka di?").
   */
  requestModals: Set<string>;
  /**
   * "would you mind", "har du något emot att", "har du noe imot å": a polite request for what follows, so "Would you mind
   * telling me about…?" is read as {@link requestForm} ("can you tell me about…?"); "Would you mind if we stopped?" still asks
   * leave. Unlike "Do you want to tell me…?", which asks a wish, yes or no.
   */
  politeRequests: string[][];
  /** The request a polite request stands for: "can you", "kan du". */
  requestForm: string[];
  /** Phrases that make a yes/no question open a topic: "is there anything", "any thoughts", "finns det något". */
  topicOpeners: string[][];
  /** "Any (other) questions?": asks whether the client has questions, answered yes or no, whatever topic opener frames it. */
  questionsAsked: string[][];
  /** "Have you thought about" + a question word ("…how you'd manage?") opens a topic; + a plan ("…calling them?") suggests one. */
  thinkingAbout: string[][];
  /**
   * Verbs of the client's thoughts and feelings ("think", "feel", "tänker", "känner", "tenker", "føler"): after "I wonder if
   * you…" they offer a topic ("…if you feel ready for it"), where another verb asks a yes or no ("…if you've applied").
   */
  thoughtVerbs: Set<string>;
  /** "open to", "villig att", "åpen for": after "I wonder if…" they ask the client to agree ("…you'd be open to trying it"). */
  willingness: string[][];
  /** Words a yes/no question starts with (auxiliaries and common verbs). */
  yesNoVerbs: Set<string>;
  /** Subject pronouns: a word followed by one of these at the start is a verb-first question (sv/nb "Bor du…"). */
  subjects: Set<string>;
  /** Last clause of a tag question: "right", "eller hur", "ikke sant". */
  tags: string[][];
  /**
   * "do you think", "would you say", "tror du", "skulle du säga", "vil du si": a last clause of these after a question-word
   * question asks the client's view of that question ("How are the kids coping, do you think?"), so the question decides;
   * after a yes/no question or a statement they change nothing.
   */
  viewTags: string[][];
  /** Words that give alternatives as examples, not as a choice: "like", "such as", "till exempel", "for eksempel". */
  exampleMarkers: string[][];
  /** Prefixes that negate a word ("unpaid", "obetald", "ubetalt"): a word and its negation as alternatives span every case. */
  negatingPrefixes: string[];
  /** Other pairs of alternatives that span every case: "with or without", "med eller utan". */
  complementaryPairs: [string, string][];
  /** Prepositions: alternatives starting with one ("at work or at home") narrow a question, unless it is answered by such a phrase. */
  prepositions: Set<string>;
  /** Question words answered by a phrase of manner, place or time ("how", "hur", "hvor"), which alternatives with a preposition can name. */
  answeredByPhrase: Set<string>;
  /** "not", "inte", "ikke": allowed in a tag ("har du inte?"). */
  negations: Set<string>;
  /** A trailing "or" that offers no alternative ("…, or?"); the rest of the sentence is judged. */
  trailingOr: Set<string>;
  /** Phrases that frame an indirect question: "I wonder", "jag undrar", "jeg lurer på". */
  indirectFrames: string[][];
  /**
   * Frames stating the adviser's wish to hear or know: "I'd like to hear", "jag skulle vilja veta", "jeg vil gjerne
   * høre", "I'm interested in". After one, "whether…" asks whether (closed, like "tell me whether"), and a topic asks
   * about it ("…about your week", "…in your plans"), where "I wonder if…" offers a thought.
   */
  wishFrames: string[][];
  /**
   * The adviser not knowing, "I'm not sure", "jag vet inte", "jeg vet ikke": followed by a question word and "you" as its
   * subject ("…how you feel about it", "…hur du ser på det") it frames an indirect question like "I wonder"; "I don't know
   * when the office opens" is the adviser's own statement.
   */
  unknowingFrames: string[][];
  /**
   * Polite conditions said in passing, "if that's okay", "om det går bra", "hvis det er greit": as their own clause, or at the
   * end of one or before "about" or a question word ("I'd like to hear a bit if you would about how…"), they are left out and
   * the clauses around them read as one. "…if you would like to come" is no polite condition, and right after a frame one is
   * what the frame asks ("I wonder if that's okay").
   */
  politeConditions: string[][];
  /** Possessives that may follow a datum noun (nb "telefonnummeret ditt", sv "adressen din"). */
  possessives: Set<string>;
  /** Softeners allowed inside and right after a frame: "I'm just kind of wondering", "jeg lurer bare på", "jag undrar lite grann". */
  hedges: Set<string>;
  /** "what" in "what is your name?": with a copula and a {@link datumNouns} word right after, it asks one fact. */
  whatWords: Set<string>;
  /** "is", "är", "er": the verb of "what is your name?"; "whats" carries its own. */
  copulas: Set<string>;
  /**
   * "called", sv "heter", nb "heter": ending what a what-word asks ("What is your caseworker called?", "Kan du berätta vad
   * din handläggare heter?"), the question asks a name, one fact.
   */
  namingVerbs: Set<string>;
  /**
   * Nouns naming a datum (name, number, address, age, a sum of money: rent, income); sv/nb match by ending, for compounds
   * and definite forms ("telefonnumret", "navnet", "husleia"). "Cost" and "price" are left out: "the cost of drinking" is an account.
   */
  datumNouns: string[];
  /**
   * Superlatives of an amount, a length or a time ("longest", "most", "längsta", "meste"): "What's the longest you've gone
   * without…?" asks one figure. Not judgements ("best", "hardest": "What was the hardest you found?" asks an account).
   */
  amountSuperlatives: Set<string>;
  /** "how much", "hur mycket", "hvor mye": an amount, unless {@link feelingDegrees} says it is how much something weighs with the client. */
  howMuch: string[];
  /**
   * Verbs and nouns of weight or feeling: after "how much" ("How much does the debt worry you?", "Hur mycket påverkar det dig?",
   * "Hvor mye betyr det for deg?") they ask a degree, answered with an account like "How worried are you?"; "How much do you
   * drink?" asks an amount.
   */
  feelingDegrees: Set<string>;
  /** "How about…", "vad sägs om…", "hva med…": followed by a proposer ("…we meet on Tuesday") it proposes something to agree to. */
  proposalStarts: string[][];
  /**
   * "What do you think about…", "vad tycker du om…": asks the client's view, but followed by a
   * {@link viewProposals} phrase or by "we"/"I" ("…about us meeting again") it puts a plan to agree to (so the AnnoMI
   * labels). Nb "Hvordan hadde det vært om vi…" is "how would it be if we…", a proposal like sv "Hur vore det om…"; "…for
   * deg om…" asks what it would be like for the client. Feelings are not listed: "How would you feel about coming back next
   * week?", "Hur känns det om vi…", "Hvordan føles det om…" ask the client's feelings, open, whatever they are about.
   */
  viewProposalStarts: string[][];
  /** After a view-proposal start: an arrangement offered ("coming back", "a plan", "att vi ses", "å møtes"). */
  viewProposals: string[][];
  /** "för" in sv "Vad blev det för beslut?", nb "for" in "Hva ble det for vedtak?": "what kind of", a pick unless an account noun follows. */
  whatKindLinks: Set<string>;
  /** Which-words ("which", "vilken", "hvilke") that ask for an account when one of {@link accountNouns} follows. */
  whichWords: Set<string>;
  /** Nouns after a which-word that ask for an account, not a pick: "vilken roll", "hvilke tanker", "vilka slags" ("what kinds of"). */
  accountNouns: Set<string>;
  /** Question words for a place, person or time, which ask for the client's view when a view cue follows. */
  viewWords: Set<string>;
  /** "who", "vem", "vilka", "hvem": asking for people, which with a {@link circleCues} phrase asks about the client's circle. */
  personWords: Set<string>;
  /** After a which-word, people: "which people", "vilka personer", "hvilke folk". */
  peopleNouns: Set<string>;
  /** The client's circle: "around you", "in your life", "you can lean on", "runt dig", "i livet ditt", "du kan stole på". */
  circleCues: string[][];
  /** "would", "could", "skulle", "kunne" + "you" after a kind ("What kind of job would you like?"): the client's wish, not a kind to name. */
  wishModals: Set<string>;
  /** "where", "var", "hvor": a place word, which asks where the client stands when a {@link stanceCues} phrase follows. */
  placeWords: Set<string>;
  /**
   * After a place word, where the client stands on something or what part a thing plays, not a place: "where are you with all
   * this", "where does she fit in", "var står du", "var kommer hon in i bilden", "hvor står du i dette".
   */
  stanceCues: string[][];
  /** A place word and only these words ("…wondering where you are.", "Where are you at?") asks where the client stands. */
  stanceEnds: string[][];
  /** "do you think", "would you like", "tror du": the client's view or wish, not a fact; sv/nb also in the order after an invitation ("berätta var du vill…"). */
  viewCues: string[][];
  /** After "I wonder if": a subject and modal that make it a proposal ("…if we could", "…om vi kan"). */
  proposers: Set<string>;
  proposalVerbs: Set<string>;
  /** Phrases of a rating-scale question ("on a scale of 1 to 10"). */
  scaleCues: string[][];
  /** Verbs that ask for a rating whatever is rated, next to "you" or after "to": "How would you rate…", "Hur skattar du…". */
  ratingVerbs: Set<string>;
  /** Verbs that ask for a rating when a prospect is judged: "Hur bedömer du dina möjligheter…", "Hvordan vurderer du sjansene…". */
  judgingVerbs: Set<string>;
  /** What a judging verb rates: chances, possibilities, likelihood, möjligheter, sjanser… */
  prospects: Set<string>;
  /** The ends of a scale said as a range ("from 1 to 5", "från ett till fem", "fra en til fem"): "from", low end, "to", high end. */
  scaleRange: { from: string; low: Set<string>; to: string; high: Set<string> };
  /** After a range, a unit makes it an amount, not a scale: "one to five years", "ett till fem år". */
  rangeUnits: Set<string>;
  /** Subjects that are not pronouns: sv/nb "Har något hänt?", "Har noen skadet deg?" put the verb first like "Har du…". */
  indefiniteSubjects: Set<string>;
  /** A clause that only asks the client to tell, before the question it leads into: "Tell me, do you…?", "Berätta, känner du…?". */
  leadIns: string[][];
  /** Words skipped at the start of a clause: so, and, well, så, och… */
  fillers: Set<string>;
  /** Phrases skipped like fillers: "you know", "i mean". */
  fillerPhrases: string[][];
  /** Words that start a subordinate clause: if, because, om, hvis… */
  subordinators: Set<string>;
  /** Question words that also start a time clause, unless a verb follows: "when you…, …" but "when did you…". */
  timeWords: Set<string>;
  /** "and", "och", "og": a question word after one, in question order, starts a question joined onto a statement. */
  coordinators: Set<string>;
  /** "which", "vilket", "hvilket" after a comma, in statement order: a relative clause ("…, which is a big step"). */
  relatives: Set<string>;
  /** A question word that is also a verb when a subject follows (sv "var": where / was). */
  verbBeforeSubject?: string;
}

const words = (text: string) => new Set(text.split(/\s+/));
const phrases = (...list: string[]) => list.map((p) => p.split(' '));

const ENGLISH: LanguageRules = {
  questionWords: words('what whats whatd whatre whatll how hows howd howre howll why whys whyd where wheres when which who whos whod whom whose'),
  factStarts: phrases(
    'where', 'wheres', 'when', 'who', 'whos', 'whod', 'whom', 'whose', 'which',
    'how many', 'how much', 'how long', 'how often', 'how old', 'how far', 'how soon', 'how big', 'how large', 'how expensive', 'how early', 'how late',
    'what time', 'what day', 'what date', 'what year', 'what age', 'what number', 'what do you do for a living', 'what do you do for work',
  ),
  invitations: phrases(
    'tell me', 'tell us', 'describe', 'explain', 'talk me through', 'walk me through', 'say more', 'talk more about',
    'share more', 'say something more', 'elaborate', 'help me understand', 'fill me in', 'give me an example',
    'give me an idea', 'share with me',
    // Asked to go through something step by step, or to say it back in their own words ("…how you'll take the tablets").
    'take me through', 'run me through', 'repeat back', 'say back', 'explain back',
  ),
  invitingQuestions: phrases('what else', 'in what way', 'in what ways', 'to what extent'),
  invitationStarts: phrases('start by', 'start with', 'start off by', 'start off with', 'begin by', 'begin with'),
  invitationGerunds: words('telling sharing describing explaining talking walking'),
  addressees: words('you'),
  whetherWords: words('whether if'),
  whetherSubjects: new Set(),
  closedInvitations: phrases('let me know if', 'let me know whether'),
  requestedTelling: words('say talk'),
  requestModals: words('can could would will'),
  politeRequests: phrases('would you mind', 'do you mind', 'would you be so kind as to'),
  requestForm: ['can', 'you'],
  topicOpeners: phrases(
    'is there anything', 'is there something', 'are there any', 'are there other', 'anything else', 'something else',
    'any other', 'any thoughts', 'any ideas', 'any concerns',
  ),
  questionsAsked: phrases('any questions', 'anything you want to ask', 'anything you would like to ask', 'anything youd like to ask'),
  thinkingAbout: phrases('thought about', 'thought at all about', 'thought of', 'given any thought to', 'thinking about', 'an idea of', 'any idea', 'a sense of', 'any sense of'),
  thoughtVerbs: words('think thinking thought feel feeling felt see seeing sense imagine wonder wondering worry worrying worried find reckon'),
  willingness: phrases('open to', 'willing to', 'up for'),
  yesNoVerbs: words(
    'do does did is are was were have has had can could would will should shall may might must am ' +
      'dont doesnt didnt isnt arent wasnt werent havent hasnt cant couldnt wouldnt wont shouldnt',
  ),
  subjects: words('i you he she it we they there that this im youre youve youd youll hes shes its weve theyre theyve theres thats'),
  tags: phrases(
    'right', 'correct', 'is that right', 'is that correct', 'isnt it', 'arent you', 'dont you', 'didnt you', 'wasnt it',
    'isnt that right', 'yeah', 'no', 'okay', 'true',
  ),
  viewTags: phrases(
    'do you think', 'you think', 'would you think', 'would you say', 'do you reckon', 'you reckon', 'would you reckon', 'do you suppose', 'would you guess',
  ),
  exampleMarkers: phrases('like', 'such as', 'for example', 'for instance', 'eg', 'say', 'and so on', 'etc', 'etcetera'),
  negatingPrefixes: ['un', 'non', 'in', 'dis'],
  complementaryPairs: [['with', 'without']],
  prepositions: words('at in on from by with for during about to via'),
  answeredByPhrase: words('how hows where wheres when'),
  negations: words('not'),
  trailingOr: words('or'),
  indirectFrames: phrases(
    'i wonder', 'im wondering', 'i am wondering', 'i was wondering', 'i just wonder', 'im just wondering', 'i was just wondering', 'wondering', 'im curious', 'i am curious',
  ),
  wishFrames: phrases(
    'id like to know', 'id like to hear', 'id like to find out', 'id love to hear', 'id love to know', 'i would like to know', 'i would like to hear',
    'i would love to hear', 'i want to hear', 'i want to know', 'i wanna hear', 'id be interested to hear', 'im interested in', 'interested in',
  ),
  unknowingFrames: phrases('i dont know', 'i do not know', 'im not sure', 'i am not sure', 'not sure'),
  politeConditions: phrases(
    'if you would', 'if you dont mind', 'if you do not mind', 'if thats okay', 'if thats ok', 'if thats all right', 'if thats alright', 'if its okay',
    'if its ok', 'if its all right', 'if you like', 'if youre happy to', 'if you are happy to', 'if youre okay with that', 'if you want to', 'if you want',
  ),
  possessives: words('your my his her their our'),
  hedges: words('just kind sort of kinda sorta also really actually still'),
  whatWords: words('what whats'),
  namingVerbs: words('called'),
  copulas: words('is was are were'),
  datumNouns: ['name', 'names', 'address', 'number', 'age', 'birthday', 'date', 'email', 'postcode', 'amount', 'quantity', 'rent', 'income', 'salary', 'wage', 'wages'],
  amountSuperlatives: words('longest shortest most least furthest farthest highest lowest earliest latest fewest'),
  howMuch: ['how', 'much'],
  feelingDegrees: words(
    'worry worries worried bother bothers bothered matter matters mattered affect affects affected mean means meant concern concerns concerned ' +
      'issue problem impact influence care miss trust',
  ),
  proposalStarts: phrases('how about', 'what about'),
  viewProposalStarts: phrases('what do you think about', 'what would you think about', 'what do you think of', 'what would you think of'),
  viewProposals: phrases(
    'coming back', 'coming in', 'meeting again', 'meeting up', 'getting together', 'getting back together', 'booking', 'setting up', 'a plan', 'an idea', 'a idea', 'the idea',
    'a plan like that', 'an arrangement',
  ),
  whatKindLinks: new Set(),
  whichWords: words('which'),
  accountNouns: words('kind kinds sort type thoughts feelings ideas hopes worries concerns things role part difference changes challenges strengths experiences options possibilities'),
  viewWords: words('where wheres who whos whod when which'),
  placeWords: words('where wheres'),
  personWords: words('who whos whom'),
  peopleNouns: words('people persons friends relatives family adults folks'),
  circleCues: phrases('around you', 'in your life', 'close to you', 'you can lean on', 'you can turn to', 'you can rely on', 'you can count on', 'on your side'),
  wishModals: words('would could'),
  stanceCues: phrases(
    'are you with', 'you are with', 'youre with', 'are you in all', 'you are in all', 'youre in all', 'are you in this', 'you are in this',
    'fit in', 'fits in', 'fit into', 'fits into', 'come in', 'comes in', 'came in', 'come into', 'comes into',
  ),
  stanceEnds: phrases('you are', 'are you at', 'you are at', 'youre at'),
  viewCues: phrases(
    'see yourself', 'do you think', 'would you like', 'would you want', 'you reckon', 'could help', 'can help', 'might help', 'are you thinking', 'you wanna',
    'you would like', 'youd like',
    // Where the client stands, or where things go next: "where are you at with…", "where does that leave you", "where do we go from here".
    'at with', 'stand on', 'stand with', 'leave you', 'leaves you', 'from here',
  ),
  proposers: words('we us you i'),
  proposalVerbs: words('could can would might should may'),
  scaleCues: phrases('on a scale', 'scale of', 'scale from', 'that scale', 'what number', 'pick a number', 'zero being', '0 being', 'zero is like', 'zero means', '0 means'),
  ratingVerbs: words('rate score grade'),
  judgingVerbs: words('assess estimate judge gauge'),
  prospects: words('chance chances possibility possibilities likelihood prospects odds'),
  scaleRange: { from: 'from', low: words('0 1 zero one'), to: 'to', high: words('2 3 4 5 6 7 8 9 10 two three four five six seven eight nine ten') },
  rangeUnits: words('year years month months week weeks day days hour hours minute minutes time times oclock am pm kid kids child children people drink drinks'),
  indefiniteSubjects: new Set(),
  leadIns: phrases('tell me', 'tell us', 'tell me then', 'say'),
  fillers: words(
    'so and but or then now well okay ok alright right yeah yes um uh hmm mm mhm hm oh ah great good sure ' +
      'also just like actually really huh mmh mmm wow cool fine hi hey',
  ),
  fillerPhrases: phrases('you know', 'i mean', 'i guess', 'let me ask you this', 'let me ask you', 'all right', 'uh huh', 'mm hmm'),
  subordinators: words('if because since although though while once unless given'),
  timeWords: words('when whenever'),
  coordinators: words('and but so'),
  relatives: words('which'),
};

const SWEDISH: LanguageRules = {
  questionWords: words('vad hur varför vilken vilket vilka när vem vems var vart varifrån hurdan hurdant hurdana'),
  factStarts: phrases(
    'var', 'vart', 'varifrån', 'när', 'vem', 'vems', 'vilken', 'vilket', 'vilka', 'vad heter', 'vad jobbar', 'vad arbetar',
    'hur många', 'hur mycket', 'hur länge', 'hur ofta', 'hur gammal', 'hur gamla', 'hur lång', 'hur långa', 'hur långt', 'hur snart', 'hur dags',
    'hur stor', 'hur stort', 'hur stora', 'hur dyr', 'hur dyrt', 'hur tidigt', 'hur sent',
  ),
  invitations: phrases(
    'berätta', 'berättat', 'beskriv', 'beskriva', 'beskrivit', 'förklara', 'förklarat', 'säg mer', 'säga mer', 'ge exempel', 'ge ett exempel',
    'ta mig igenom', 'gå igenom med mig', 'återberätta', 'återberättat', 'hjälp mig att förstå', 'hjälp mig förstå',
  ),
  invitingQuestions: phrases('på vilket sätt', 'i vilken mån', 'vad mer'),
  invitationStarts: phrases('börja med att', 'starta med att'),
  invitationGerunds: new Set(),
  addressees: words('du ni'),
  whetherWords: words('huruvida om'),
  whetherSubjects: words('du ni han hon de vi jag man någon'),
  closedInvitations: phrases('säg till om', 'hör av dig om', 'meddela om'),
  requestedTelling: words('säga säg prata'),
  requestModals: words('kan kunde skulle vill'),
  politeRequests: phrases('har du något emot att', 'skulle du ha något emot att'),
  requestForm: ['kan', 'du'],
  topicOpeners: phrases('finns det något', 'är det något', 'något mer', 'något annat', 'några tankar', 'några funderingar'),
  questionsAsked: phrases('några frågor', 'något du vill fråga', 'något du undrar över'),
  thinkingAbout: phrases('funderat på', 'funderat över', 'tänkt på', 'tänkt över', 'någon idé om', 'en bild av', 'någon känsla för', 'en känsla för', 'en känsla av'),
  thoughtVerbs: words('tänker tänkt tycker tyckt känner känt ser sett funderar funderat tror trott undrar oroar oroat upplever upplevt'),
  willingness: phrases('villig att', 'öppen för', 'beredd att', 'med på'),
  yesNoVerbs: words('är har kan ska skulle vill får går finns blir var stämmer behöver brukar tycker tror känner vet'),
  subjects: words('du ni han hon de den det man jag vi detta'),
  tags: phrases('eller hur', 'va', 'visst', 'inte sant', 'stämmer det', 'eller', 'eller inte'),
  viewTags: phrases('tror du', 'tycker du', 'skulle du säga', 'skulle du tro', 'menar du', 'tänker du'),
  exampleMarkers: phrases('till exempel', 't ex', 'tex', 'exempelvis', 'som', 'typ', 'och så vidare', 'osv'),
  negatingPrefixes: ['o'],
  complementaryPairs: [['med', 'utan']],
  prepositions: words('på i från med av för under vid via till om hos'),
  answeredByPhrase: words('hur var vart när'),
  negations: words('inte'),
  trailingOr: words('eller'),
  indirectFrames: phrases('jag undrar'),
  wishFrames: phrases('jag är nyfiken på', 'jag skulle vilja veta', 'jag skulle vilja höra', 'jag vill veta', 'jag vill höra'),
  unknowingFrames: phrases('jag vet inte', 'jag är inte säker på', 'jag är osäker på'),
  politeConditions: phrases('om det går bra', 'om det är okej', 'om det är ok', 'om det känns okej', 'om du vill', 'om du orkar', 'om du inte har något emot det'),
  possessives: words('din ditt dina er ert era'),
  hedges: words('bara lite grann också liksom verkligen egentligen gärna väldigt riktigt'),
  whatWords: words('vad'),
  namingVerbs: words('heter hette kallas kallades'),
  copulas: words('är var'),
  datumNouns: [
    'namn', 'namnet', 'nummer', 'numret', 'adress', 'adressen', 'ålder', 'datum', 'datumet', 'summa', 'summan', 'belopp', 'beloppet',
    'hyra', 'hyran', 'inkomst', 'inkomsten', 'lön', 'lönen',
  ],
  amountSuperlatives: words('längsta kortaste mesta minsta högsta lägsta tidigaste senaste flesta'),
  howMuch: ['hur', 'mycket'],
  feelingDegrees: words('oroar oroade stör störde bekymrar bekymrade påverkar påverkade betyder betydde problem bryr saknar litar'),
  proposalStarts: phrases('vad sägs om', 'vad säger du om', 'hur vore det om'),
  viewProposalStarts: phrases('vad tycker du om', 'vad tror du om', 'vad skulle du tycka om'),
  viewProposals: phrases('att komma tillbaka', 'att ses', 'att träffas', 'att boka', 'en plan', 'idén', 'förslaget'),
  whatKindLinks: words('för'),
  whichWords: words('vilken vilket vilka'),
  accountNouns: words(
    'slags sorts typ typer tankar funderingar känslor förhoppningar farhågor oro roll betydelse skillnad förändringar utmaningar styrkor svårigheter ' +
      'erfarenheter möjligheter hinder behov stöd hjälp kontakt sätt planer mål önskemål förväntningar ' +
      'tanke känsla bild upplevelse relation relationer förhållande',
  ),
  viewWords: words('var vart vem vilka vilken vilket när'),
  placeWords: words('var vart'),
  personWords: words('vem vilka'),
  peopleNouns: words('människor personer vänner släktingar'),
  circleCues: phrases('runt dig', 'omkring dig', 'i ditt liv', 'i livet', 'nära dig', 'i din närhet', 'du kan luta dig mot', 'du kan vända dig till', 'du kan lita på'),
  wishModals: words('skulle kunde'),
  stanceCues: phrases(
    'står du nu', 'du står nu', 'står du i allt', 'du står i allt', 'befinner du dig i', 'du befinner dig i', 'är du i det', 'du är i det', 'är du i allt',
    'du är i allt', 'är du i detta', 'du är i detta', 'in i bilden', 'kommer in',
  ),
  stanceEnds: phrases('står du', 'du står'),
  viewCues: phrases(
    'dig själv', 'tror du', 'tycker du', 'skulle du vilja', 'vill du', 'skulle kunna hjälpa', 'kan hjälpa', 'du tror', 'du tycker', 'du skulle vilja', 'du vill',
    'står du i det', 'står du i detta', 'står du i frågan', 'härifrån',
  ),
  proposers: words('vi du ni jag'),
  proposalVerbs: words('kan kunde skulle vill ska får'),
  scaleCues: phrases('på en skala', 'vilken siffra', 'skala från'),
  ratingVerbs: words('skattar skatta betygsätter betygsätta graderar gradera'),
  judgingVerbs: words('bedömer bedöma uppskattar uppskatta'),
  prospects: words('möjlighet möjligheter möjligheten möjligheterna chans chanser chansen chanserna sannolikhet sannolikheten utsikter utsikterna'),
  scaleRange: { from: 'från', low: words('0 1 noll ett en'), to: 'till', high: words('2 3 4 5 6 7 8 9 10 två tre fyra fem sex sju åtta nio tio') },
  rangeUnits: words('år månad månader vecka veckor dag dagar timme timmar minut minuter gång gånger barn personer glas'),
  indefiniteSubjects: words('något någon någonting några ingen inget ingenting alla allt allting'),
  leadIns: phrases('berätta', 'berätta för mig', 'säg', 'säg mig'),
  fillers: words('så och men eller nu då okej ok bra ja jaha mm'),
  fillerPhrases: phrases('du vet', 'jag menar'),
  subordinators: words('om ifall eftersom medan fast'),
  timeWords: words('när'),
  coordinators: words('och men så'),
  relatives: words('vilket'),
  verbBeforeSubject: 'var',
};

const NORWEGIAN: LanguageRules = {
  questionWords: words('hva hvordan hvorfor hvor hvem hvilke hvilken hvilket når'),
  factStarts: phrases(
    'hvor', 'når', 'hvem', 'hvilke', 'hvilken', 'hvilket', 'hva heter', 'hva jobber', 'hva arbeider',
    // Listed although "hvor" covers them, so that "fortell om hvor mye…" asks an amount as sv "berätta om hur mycket…" does.
    'hvor mange', 'hvor mye', 'hvor lenge', 'hvor ofte', 'hvor gammel', 'hvor gamle', 'hvor lang', 'hvor lange', 'hvor langt', 'hvor snart', 'hvor stor', 'hvor stort',
    'hvor store', 'hvor dyr', 'hvor dyrt', 'hvor tidlig', 'hvor sent',
  ),
  invitations: phrases(
    'fortell', 'fortelle', 'fortalt', 'beskriv', 'beskrive', 'beskrevet', 'forklar', 'forklare', 'forklart', 'si mer', 'gi et eksempel',
    'ta meg gjennom', 'gå gjennom med meg', 'gjenfortell', 'gjenfortelle', 'gjenfortalt', 'hjelp meg å forstå', 'hjelp meg å skjønne',
    'hjelp meg med å forstå',
  ),
  invitingQuestions: phrases('på hvilken måte', 'i hvilken grad', 'hva mer'),
  invitationStarts: phrases('begynne med å', 'begynn med å', 'starte med å', 'start med å'),
  invitationGerunds: new Set(),
  addressees: words('du dere'),
  whetherWords: words('hvorvidt om'),
  whetherSubjects: words('du dere han hun de vi jeg man noen'),
  closedInvitations: phrases('si fra om', 'si ifra om', 'gi beskjed om', 'gi meg beskjed om'),
  requestedTelling: words('si snakke snakk'),
  requestModals: words('kan kunne skulle vil'),
  politeRequests: phrases('har du noe imot å', 'hadde du hatt noe imot å', 'ville du hatt noe imot å'),
  requestForm: ['kan', 'du'],
  topicOpeners: phrases('finnes det noe', 'fins det noe', 'er det noe', 'noe mer', 'noe annet', 'noen tanker'),
  questionsAsked: phrases('noen spørsmål', 'noe du vil spørre om', 'noe du lurer på'),
  thinkingAbout: phrases('tenkt på', 'tenkt over', 'tenkt gjennom', 'noen formening om', 'et bilde av', 'en følelse av', 'noen følelse av', 'en formening om'),
  thoughtVerbs: words('tenker tenkt synes syntes føler følt ser sett grubler grublet tror trodd lurer bekymrer bekymret opplever opplevd'),
  willingness: phrases('villig til', 'åpen for', 'klar for', 'med på'),
  yesNoVerbs: words('er har kan skal skulle vil får går finnes fins blir var stemmer trenger pleier synes tror føler vet'),
  subjects: words('du dere han hun de den det man jeg vi dette'),
  tags: phrases('ikke sant', 'sant', 'eller hva', 'eller', 'ikke', 'vel', 'stemmer det', 'eller ikke'),
  viewTags: phrases('tror du', 'synes du', 'tenker du', 'vil du si', 'ville du si', 'mener du'),
  exampleMarkers: phrases('for eksempel', 'f eks', 'feks', 'som', 'typ', 'og så videre', 'osv'),
  negatingPrefixes: ['u'],
  complementaryPairs: [['med', 'uten']],
  prepositions: words('på i fra med av for under ved via til om hos'),
  answeredByPhrase: words('hvordan hvor når'),
  negations: words('ikke'),
  trailingOr: words('eller'),
  indirectFrames: phrases('jeg lurer på'),
  wishFrames: phrases('jeg er nysgjerrig på', 'jeg vil vite', 'jeg vil høre'),
  unknowingFrames: phrases('jeg vet ikke', 'jeg er ikke sikker på', 'jeg er usikker på'),
  politeConditions: phrases(
    'hvis det er greit', 'om det er greit', 'hvis det går bra', 'om det går bra', 'hvis det er ok', 'hvis du vil', 'om du vil', 'hvis du orker', 'om du orker', 'hvis du ikke har noe imot det',
  ),
  possessives: words('din ditt dine di deres'),
  hedges: words('bare litt grann også liksom virkelig egentlig gjerne veldig helt'),
  whatWords: words('hva'),
  namingVerbs: words('heter het kalles'),
  copulas: words('er var'),
  datumNouns: [
    'navn', 'navnet', 'nummer', 'nummeret', 'adresse', 'adressen', 'alder', 'dato', 'datoen', 'beløp', 'beløpet', 'summen',
    'leie', 'leia', 'leien', 'inntekt', 'inntekta', 'inntekten', 'lønn', 'lønna', 'lønnen',
  ],
  amountSuperlatives: words('lengste korteste meste minste høyeste laveste tidligste seneste fleste'),
  howMuch: ['hvor', 'mye'],
  feelingDegrees: words('bekymrer bekymret plager plaget påvirker påvirket betyr betydde problem bryr savner stoler'),
  proposalStarts: phrases('hva med', 'hva om', 'hva sier du til'),
  viewProposalStarts: phrases('hva synes du om', 'hva tenker du om', 'hva ville du synes om', 'hvordan hadde det vært om'),
  viewProposals: phrases('å komme tilbake', 'å møtes', 'å treffes', 'å avtale', 'en plan', 'ideen', 'forslaget'),
  whatKindLinks: words('for'),
  whichWords: words('hvilken hvilket hvilke'),
  accountNouns: words(
    'type typer slags sorts tanker følelser håp bekymringer rolle betydning forskjell endringer utfordringer styrker vansker erfaringer muligheter ' +
      'hindringer behov støtte hjelp kontakt måter planer mål ønsker forventninger ' +
      'tanke følelse bilde opplevelse relasjon forhold',
  ),
  viewWords: words('hvor hvem hvilke hvilken hvilket når'),
  placeWords: words('hvor'),
  personWords: words('hvem'),
  peopleNouns: words('folk mennesker personer venner slektninger'),
  circleCues: phrases('rundt deg', 'omkring deg', 'i livet ditt', 'i livet', 'nær deg', 'du kan lene deg på', 'du kan støtte deg til', 'du kan stole på'),
  wishModals: words('ville kunne skulle'),
  stanceCues: phrases(
    'står du nå', 'du står nå', 'står du i alt', 'du står i alt', 'er du i det', 'du er i det', 'er du i alt', 'du er i alt', 'inn i bildet', 'kommer inn',
  ),
  stanceEnds: phrases('står du', 'du står'),
  viewCues: phrases(
    'deg selv', 'tror du', 'synes du', 'tenker du', 'vil du', 'kunne hjulpet', 'kan hjelpe', 'du tror', 'du synes', 'du tenker', 'du vil',
    'står du i dette', 'står du i det', 'står du i saken', 'herfra',
  ),
  proposers: words('vi du dere jeg'),
  proposalVerbs: words('kan kunne skulle vil skal får'),
  scaleCues: phrases('på en skala', 'hvilket tall', 'skala fra'),
  ratingVerbs: words('rangerer rangere graderer gradere'),
  judgingVerbs: words('vurderer vurdere anslår anslå'),
  prospects: words('mulighet muligheter muligheten mulighetene sjanse sjanser sjansen sjansene sannsynlighet sannsynligheten utsikter utsiktene'),
  scaleRange: { from: 'fra', low: words('0 1 null en ett'), to: 'til', high: words('2 3 4 5 6 7 8 9 10 to tre fire fem seks sju syv åtte ni ti') },
  rangeUnits: words('år måned måneder uke uker dag dager time timer minutt minutter gang ganger barn personer glass'),
  indefiniteSubjects: words('noe noen noenting ingen ingenting alle alt alting'),
  leadIns: phrases('fortell', 'fortell meg', 'si', 'si meg'),
  fillers: words('så og men eller nå da ok okei bra ja mm'),
  fillerPhrases: phrases('du vet', 'jeg mener'),
  subordinators: words('om hvis fordi siden mens selv'),
  timeWords: words('når'),
  coordinators: words('og men så'),
  relatives: words('hvilket'),
};

// Norwegian "hvor" is "where" and also "how" before an adjective: "hvor lenge" asks for a fact,
// "hvor viktig" for a degree, which is answered with an account like "how important".
const NORWEGIAN_DEGREE_NOT_FACT = words('viktig viktige trygg trygt sikker sikkert motivert klar klart fornøyd vanskelig vanskelige lett');

function rulesFor(language: string): LanguageRules {
  const base = language.toLowerCase().split('-')[0];
  if (base === 'sv') return SWEDISH;
  if (base === 'nb' || base === 'no' || base === 'nn') return NORWEGIAN;
  return ENGLISH;
}

/**
 * "open" or "closed" for a whole turn. The client answers the last question asked, so the last
 * sentence that asks something decides ("What happened? Were you angry?" is closed); an invitation
 * without a question mark stays on the table whatever follows ("Tell me about the course. Did you
 * enjoy it?" is open). A turn that asks nothing is "closed": it is not an open question.
 */
export function questionForm(text: string, language: string): QuestionForm {
  return judgeTurn(text, language).form;
}

export interface TurnJudgement {
  form: QuestionForm;
  /** Every sentence of the turn with its kind, in order. */
  sentences: JudgedSentence[];
  /** The sentence that decided the form; undefined when the turn asks nothing. */
  decidedBy?: JudgedSentence;
}

/** {@link questionForm} with its reasons: the kind of each sentence and which one decided. */
export function judgeTurn(text: string, language: string): TurnJudgement {
  const sentences = judgeSentences(text, language);
  const invitation = sentences.find((sentence) => sentence.kind === 'invitation' && !sentence.text.includes('?'));
  const decidedBy = invitation ?? sentences.filter((sentence) => sentence.kind !== 'statement').at(-1);
  const form = decidedBy !== undefined && OPEN_KINDS.has(decidedBy.kind) ? 'open' : 'closed';
  return decidedBy ? { form, sentences, decidedBy } : { form, sentences };
}

/** Shorthand for `questionForm(text, language) === 'closed'`. */
export function isClosedQuestion(text: string, language: string): boolean {
  return questionForm(text, language) === 'closed';
}

/** The kind of each sentence of a turn, in order; `language` is a BCP 47 tag (sv, nb, sv-SE; others use English rules). */
export function judgeSentences(text: string, language: string): JudgedSentence[] {
  const rules = rulesFor(language);
  return splitSentences(text).map((sentence) => ({ text: sentence.text, kind: sentenceKind(sentence, rules) }));
}

interface Sentence {
  text: string;
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
  // Sentences are found and read in the text without quoted speech; each keeps its words as written for display.
  const read = withoutQuotedSpeech(text);
  for (const match of read.matchAll(/[^.!?…]+[.!?…]*/g)) {
    const raw = match[0];
    const clauses = raw
      .split(/[,;:()"“”«»—–]|\s-+\s|--/)
      .map(tokenize)
      .filter((clause) => clause.length > 0);
    if (clauses.length > 0) out.push({ text: text.slice(match.index, match.index + raw.length).trim(), clauses, question: raw.includes('?') });
  }
  return out;
}

/**
 * The text with quoted speech blanked out (same length): 'Part of you asks, "Why bother?"', 'En del av dig säger ”Varför
 * bry sig?”', 'En del av deg sier «Hvorfor bry seg?»' voice the client's own words (a reflection), and a question
 * there is not asked of the client. Quotes pair as “…”, «…», "…" and the Swedish ”…”; an unclosed quote runs to the
 * end. A turn that is all quotation (a wording written in quotes) is read as it is.
 */
function withoutQuotedSpeech(text: string): string {
  let out = '';
  let close: string | undefined;
  let quoted = '';
  for (const char of text) {
    if (close === undefined) {
      const opens = QUOTE_PAIRS[char];
      if (opens !== undefined) [close, quoted] = [opens, ''];
      out += opens === undefined ? char : ' ';
    } else if (char === close || (close === '”' && char === '"') || (close === '"' && char === '”')) {
      close = undefined;
      // A quote that ends a sentence ('…asks, "Why bother?" What would help?') ends the sentence around it, without its "?".
      out += /[.!?…]\s*$/.test(quoted) ? '.' : ' ';
    } else {
      quoted += char;
      out += ' '.repeat(char.length);
    }
  }
  return /\p{L}/u.test(out) ? out : text;
}

// Opening quote → the quote that closes it.
const QUOTE_PAIRS: Readonly<Record<string, string>> = { '"': '"', '“': '”', '”': '”', '«': '»' };

function sentenceKind(sentence: Sentence, rules: LanguageRules): SentenceKind {
  // "Tell me, do you feel safe at home?": a yes or no is all that is asked for, whatever the lead-in. A question word after
  // it says what to tell ("Tell me, what happened next?", "So tell me, how often do you drink?", open in the AnnoMI labels),
  // and "Tell me, please." stays an invitation.
  const [first = [], ...rest] = sentence.clauses;
  if (rest.length > 0 && rules.leadIns.some((phrase) => sameWords(stripFillers(first, rules), phrase))) {
    const asked = sentenceKind({ ...sentence, clauses: rest }, rules);
    if (asked === 'yes-no' || asked === 'closed-invitation') return asked;
  }
  // "Let me know if that's okay" asks whether: the polite condition is what is asked.
  if (rules.closedInvitations.some((phrase) => indexOfPhrase(sentence.clauses.flat(), phrase) >= 0)) return 'closed-invitation';
  const said = withoutPoliteConditions(sentence.clauses, rules);
  const all = said.flat();
  const invitation = invitationKind(said, rules);
  if (invitation) return invitation;
  if (rules.scaleCues.some((phrase) => indexOfPhrase(all, phrase) >= 0) || asksRating(all, rules)) return 'scale-question';

  let clauses = said;
  if (sentence.question) {
    clauses = withViewTagJoined(clauses, rules);
    const last = clauses[clauses.length - 1] ?? [];
    // "…, right?", "…, eller hur?": a statement asking to be confirmed, unless the tag follows a real question.
    const isTag = rules.tags.some((tag) => sameWords(last, tag) || sameWords(stripFillers(last, rules), tag)) || isVerbTag(last, rules);
    // "Eller hur?", "Right?" on their own confirm what came before.
    if (isTag && clauses.length === 1 && rules.tags.some((tag) => tag.length > 1 && sameWords(last, tag))) return 'tag';
    const tagged = clauses.length > 1 && isTag;
    if (tagged) clauses = clauses.slice(0, -1);
    clauses = splitJoinedQuestion(clauses.map((clause) => withoutTrailingOr(clause, rules)).filter((clause) => clause.length > 0), rules);
    const kind = questionKind(clauses, rules, true);
    if (kind === 'open-question' && offersChoice(said, rules)) return 'fact-question';
    if (tagged && (kind === 'reflection' || kind === 'statement')) return 'tag';
    if (kind !== 'statement') return kind;
    // "Acting out would be what?": a statement ending on a question word still asks for an account.
    const lastWord = clauses.at(-1)?.at(-1) ?? '';
    return rules.questionWords.has(lastWord) && !rules.factStarts.some((fact) => sameWords(fact, [lastWord])) ? 'open-question' : 'reflection';
  }
  // No question mark (speech transcribed without one): a question only if a clause leads with a
  // question word, a verb and its subject, or an "I wonder" frame; a question word inside a clause
  // belongs to a statement.
  return questionKind(clauses, rules, false);
}

/**
 * "Which language would you rather speak, Swedish or Arabic?", "What would you prefer, a phone call or a letter?", sv "…,
 * förmiddag eller eftermiddag?", nb "…, leie eller eie?": a last clause of named alternatives joined by "or" offers a closed
 * choice, answered by picking one, whatever question word came first. Alternatives given as examples of a wide question keep
 * its judgement: an example marker ("like", "such as", "till exempel", "for eksempel"), an open end ("…or…?", "or something",
 * "eller så", "og sånn"), or no "or" at all ("friends, family and so on"); so do complementary alternatives, which span every
 * case ("paid or unpaid", "betalda eller obetalda", "with or without"); and so do settings that narrow a question ("…, at
 * work or in an interview?", "…, från arbete eller från livet i övrigt?"), unless it asks how, where or when. An alternative
 * is a short phrase (up to four words) and no question of its own ("…, or is it something else?").
 */
function offersChoice(clauses: string[][], rules: LanguageRules): boolean {
  if (clauses.length < 2) return false;
  const last = stripFillers(clauses.at(-1) ?? [], rules);
  if (last.length === 0 || rules.trailingOr.has(last.at(-1) ?? '')) return false;
  // "…, such as health, money or housing?": a marker may stand before the last comma.
  const after = clauses.slice(1).flat();
  if (rules.exampleMarkers.some((marker) => indexOfPhrase(after, marker) >= 0)) return false;
  const alternatives = namedAlternatives(last, rules);
  if (alternatives === undefined) return offersChoiceFirst(clauses, rules);
  // "What would make you surer, at work or in an interview?", "Vad är du bra på, från arbete eller från livet i övrigt?": a
  // setting or source narrows the question; only how, where and when are answered by one ("How do you get here, by bus or by car?").
  const asked = clauses.slice(0, -1).flat().find((word) => rules.questionWords.has(word)) ?? '';
  const narrowed = !rules.answeredByPhrase.has(asked) && alternatives.some((words) => rules.prepositions.has(words[0] ?? ''));
  return !narrowed && !complementary(alternatives, rules);
}

/**
 * "Phone or letter, what suits you best?", sv "Telefon eller brev, vad passar dig bäst?", nb "Telefon eller brev, hva passer
 * best for deg?": the alternatives named first, in a clause of their own, and the question after them picks one. A setting
 * ("At work or at home, what is hardest?") or alternatives that span every case ("Work or not, …") leave it its judgement.
 */
function offersChoiceFirst(clauses: string[][], rules: LanguageRules): boolean {
  // "So, Tuesday or Thursday, …": a clause of fillers before them says nothing.
  const said = clauses.map((clause) => stripFillers(clause, rules)).filter((clause) => clause.length > 0);
  const alternatives = namedAlternatives(said[0] ?? [], rules);
  if (alternatives === undefined || alternatives.some((words) => rules.prepositions.has(words[0] ?? '') || words.some((word) => NEGATIONS.has(word)))) return false;
  // "Mornings or evenings, what feels hardest and why?": a why asks for an account whatever was offered.
  const question = said.slice(1).flat();
  return !complementary(alternatives, rules) && rules.questionWords.has(question[0] ?? '') && !question.some((word) => WHY_WORDS.has(word));
}

const WHY_WORDS = words('why varför hvorfor');

// An alternative that is a bare negation spans every case with the other: "work or not", sv "jobb eller inte", nb "jobb eller ikke".
const NEGATIONS = words('not no inte ej ikke ikkje');

/**
 * The alternatives of a clause joined by "or" ("a phone call or a letter"), each a short phrase (up to four words) with no
 * question of its own, no question word and no open end; undefined when the clause names no such alternatives.
 */
function namedAlternatives(clause: string[], rules: LanguageRules): string[][] | undefined {
  const alternatives: string[][] = [[]];
  for (const word of clause) {
    if (rules.trailingOr.has(word)) alternatives.push([]);
    else alternatives.at(-1)?.push(word);
  }
  if (alternatives.length < 2) return undefined;
  const named = alternatives.every(
    (words) => words.length > 0 && words.length <= 4 && !asksItself(words, rules) && !words.some((word) => rules.questionWords.has(word) || OPEN_ENDS.has(word)),
  );
  return named ? alternatives : undefined;
}

/** "is it something else", "är det något annat": a verb and then its subject make a question of their own, not a named alternative ("a man" is one). */
function asksItself(words: string[], rules: LanguageRules): boolean {
  return rules.yesNoVerbs.has(words[0] ?? '') && words.slice(1).some((word) => rules.subjects.has(word));
}

// Open ends of a list of examples: "or something", "or whatever", "eller så", "eller något sånt", "eller noe".
const OPEN_ENDS = words('something anything whatever else so sånt sånn så något någonting annat noe noenting annet');

/**
 * "paid or unpaid", "betalda eller obetalda", "with or without a certificate", "med eller utan intyg": two alternatives that
 * cover every case, a word and its negation (by prefix or as a pair) with the same words after them, or after one only.
 */
function complementary(alternatives: string[][], rules: LanguageRules): boolean {
  if (alternatives.length !== 2) return false;
  const [[x = '', ...xRest] = [], [y = '', ...yRest] = []] = alternatives;
  const sameRest = xRest.length === 0 || yRest.length === 0 || sameWords(xRest, yRest);
  const negated = rules.negatingPrefixes.some((prefix) => y === prefix + x || x === prefix + y);
  return sameRest && (negated || rules.complementaryPairs.some(([p, q]) => (x === p && y === q) || (x === q && y === p)));
}

/**
 * "How are the kids coping, do you think?", "Vad skulle göra det lättare, skulle du säga?", "Hva ville hjulpet, vil du si?":
 * a view tag ({@link LanguageRules.viewTags}) ending a question-word question is joined onto that question's clause, so the
 * question decides and the tag still counts as its view cue ("Where would you be, do you reckon?" asks a view like "Where do
 * you think you'd be?"). After a yes/no question ("Is it helping, do you think?") or a statement the clauses stay as they are.
 */
function withViewTagJoined(clauses: string[][], rules: LanguageRules): string[][] {
  const tag = stripFillers(clauses.at(-1) ?? [], rules);
  if (clauses.length < 2 || !rules.viewTags.some((phrase) => sameWords(tag, phrase))) return clauses;
  const asked = clauses.slice(0, -1);
  const kind = questionKind(asked, rules, true);
  if (kind !== 'open-question' && kind !== 'fact-question') return clauses;
  return [...asked.slice(0, -1), [...(asked.at(-1) ?? []), ...tag]];
}

/**
 * A rating asked without the word "scale": a rating verb next to "you" or after "to" ("How do you rate your possibilities
 * to…?", "I'd like you to rate…", sv "Hur skattar du…", nb "Hvordan graderer du…"); a judging verb of a prospect ("Hur bedömer
 * du dina möjligheter att bli självförsörjande…?", "Hvordan vurderer du sjansene dine…?", "How do you assess your chances…?"),
 * the form's own scale questions; or the ends of a scale from 0 or 1 ("…from 1 to 5?", "…från ett till fem?", "…fra en til
 * fem?") that no unit follows ("from one to five years" is an amount). Judging something else stays a view: "Jeg lurer på hvordan du selv
 * vurderer arbeidsevnen din" is open.
 */
function asksRating(all: string[], rules: LanguageRules): boolean {
  const you = rules.addressees;
  const rates = all.some(
    (word, i) => rules.ratingVerbs.has(word) && (you.has(all[i - 1] ?? '') || you.has(all[i + 1] ?? '') || all[i - 1] === 'to' || all[i - 1] === 'att' || all[i - 1] === 'å'),
  );
  if (rates) return true;
  const judges = all.findIndex((word) => rules.judgingVerbs.has(word));
  if (judges >= 0 && all.slice(judges + 1).some((word) => rules.prospects.has(word))) return true;
  const { from, low, to, high } = rules.scaleRange;
  return all.some((word, i) => word === from && low.has(all[i + 1] ?? '') && all[i + 2] === to && high.has(all[i + 3] ?? '') && !rules.rangeUnits.has(all[i + 4] ?? ''));
}

/**
 * The clauses without polite conditions said in passing ({@link LanguageRules.politeConditions}): "I'd like to find out a bit,
 * if that's okay, about how it went" reads as "I'd like to find out a bit about how it went". A clause that is only a condition
 * goes, and the clauses either side of it join; a condition ending a clause, or before "about" or a question word, goes from it.
 * The clauses as they are when nothing else would be left.
 */
function withoutPoliteConditions(clauses: string[][], rules: LanguageRules): string[][] {
  const out: string[][] = [];
  let join = false;
  for (const clause of clauses) {
    const words = withoutPoliteCondition(clause, rules);
    if (words.length === 0) {
      join = out.length > 0;
      continue;
    }
    if (join) out.push([...(out.pop() ?? []), ...words]);
    else out.push(words);
    join = false;
  }
  return out.length > 0 ? out : clauses;
}

function withoutPoliteCondition(clause: string[], rules: LanguageRules): string[] {
  const words = stripFillers(clause, rules);
  for (const phrase of rules.politeConditions) {
    const at = indexOfPhrase(words, phrase);
    if (at < 0) continue;
    const next = words[at + phrase.length];
    // Right after a frame it is what the frame asks: "I wonder if that's okay", "Jag undrar om det går bra".
    const asked = frameEnd(words.slice(0, at), rules) === at;
    if (!asked && (next === undefined || ABOUT.has(next) || rules.questionWords.has(next))) return [...words.slice(0, at), ...words.slice(at + phrase.length)];
  }
  return clause;
}

/**
 * "You started in March and how is that going?", "Du sökte i maj men varför fick du avslag?": the "?" belongs to a
 * question joined onto a statement by a coordinator, so the last clause is split there and the question judged as
 * its own clause. Only a question word in question order starts one ("…and what you want now is quiet?" is a statement).
 */
function splitJoinedQuestion(clauses: string[][], rules: LanguageRules): string[][] {
  const last = clauses.at(-1) ?? [];
  for (let i = 1; i < last.length - 1; i++) {
    if (!rules.coordinators.has(last[i] ?? '')) continue;
    // False starts and fillers after the coordinator: "and how's-how's that going", "and, um, why…".
    const joined = stripFillers(last.slice(i + 1), rules);
    if (rules.questionWords.has(joined[0] ?? '') && inQuestionOrder(joined, rules)) return [...clauses.slice(0, -1), last.slice(0, i), joined];
  }
  return clauses;
}

/**
 * A question word (or a fact phrase, "how long") followed by question order: English an auxiliary ("how is…", "why did…")
 * or, after a contraction, its subject ("how's that…"); Swedish and Norwegian any verb and then its subject ("hur går det").
 */
function inQuestionOrder(words: string[], rules: LanguageRules): boolean {
  const phrase = rules.factStarts.find((start) => start.length > 1 && startsWithPhrase(words, 0, start));
  const [next = '', after = ''] = words.slice(phrase?.length ?? 1);
  if (rules === ENGLISH) return CONTRACTED_QUESTION_WORDS.has(words[0] ?? '') ? rules.subjects.has(next) : rules.yesNoVerbs.has(next);
  return next !== '' && !rules.subjects.has(next) && rules.subjects.has(after);
}

// English question words that carry their verb ("how's", "what're"): the subject comes right after them in a question.
const CONTRACTED_QUESTION_WORDS = words('whats whatd whatre whatll hows howd howre howll whys whyd wheres whos whod');

/**
 * A question word in statement order: its subject right after it ("how you feel", "hur du mår"), or after its fact
 * phrase ("how much you spend"); in English, whose questions need an auxiliary, also after one word ("how bad it is").
 * Contractions carry their verb ("how's it going" asks).
 */
function inStatementOrder(words: string[], rules: LanguageRules): boolean {
  const [head = '', second = '', third = ''] = words;
  if (CONTRACTED_QUESTION_WORDS.has(head)) return false;
  if (rules.subjects.has(second)) return true;
  const phrase = rules.factStarts.find((start) => start.length > 1 && startsWithPhrase(words, 0, start));
  if (phrase && rules.subjects.has(words[phrase.length] ?? '')) return true;
  return rules === ENGLISH && !rules.yesNoVerbs.has(second) && rules.subjects.has(third);
}

/**
 * "…, which is kind of a big step?", "…, vilket du tror har hjälpt?": a relative word after the first clause, followed by
 * its subject, or by a verb not followed by one ("which is…", "which means…"), adds to the statement; "…, which do you
 * prefer?" asks.
 */
function isRelativeClause(words: string[], rules: LanguageRules): boolean {
  if (!rules.relatives.has(words[0] ?? '')) return false;
  const [verb = '', next = ''] = skipWords(words.slice(1), rules.hedges);
  if (rules.subjects.has(verb)) return true;
  if (rules.yesNoVerbs.has(verb)) return !rules.subjects.has(next);
  // English third person "which means…", "which makes…", but not a plural noun before its question ("which ones do you…").
  return rules === ENGLISH && /[^su]s$/.test(verb) && !rules.yesNoVerbs.has(next);
}

/** "…, haven't you?", "…, har du inte?", "…, var det ikke?": a verb and its subject, perhaps negated, asking to confirm. */
function isVerbTag(clause: string[], rules: LanguageRules): boolean {
  const words = clause.filter((word) => !rules.negations.has(word));
  return words.length === 2 && clause.length <= 3 && rules.yesNoVerbs.has(words[0] ?? '') && rules.subjects.has(words[1] ?? '');
}

/** Invitations ("tell me about…") are open, unless they ask whether or for a single fact. */
function invitationKind(clauses: string[][], rules: LanguageRules): SentenceKind | undefined {
  for (const [index, clause] of clauses.map((c) => asRequest(stripFillers(c, rules), rules)).entries()) {
    const started = startedInvitation(clause, rules);
    if (started) return asksWhether(skipWords(started, INVITATION_FILLERS), rules) ? 'closed-invitation' : 'invitation';
    for (const [phrase, anywhere] of [...rules.invitations.map((p) => [p, false] as const), ...rules.invitingQuestions.map((p) => [p, true] as const)]) {
      // "Say a bit more", "säga lite mer", "si litt mer": softeners may stand inside the phrase.
      const [at, end] = spanOfPhrase(clause, phrase, INVITATION_FILLERS);
      // "Tell me…", "Can you tell me…": addressed to the client. "We could talk about…" invites nobody.
      if (at < 0 || !(anywhere || at === 0 || addressedToClient(clause.slice(0, at), rules))) continue;
      const rest = skipWords(clause.slice(end), INVITATION_FILLERS);
      if (asksWhether(rest, rules, !anywhere)) return 'closed-invitation';
      const about = ABOUT.has(rest[0] ?? '');
      const topic = about ? rest.slice(1) : rest;
      return asksFactAbout(topic, about, rules) || (!about && tellsDatum(topic, rules)) ? 'fact-question' : 'invitation';
    }
    const telling = requestedTelling(clause, index === 0, rules);
    if (telling) return telling;
  }
  return undefined;
}

/**
 * A clause that starts with a polite request ("Would you mind filling me in…", "Har du något emot att berätta…", "Har du noe
 * imot å fortelle…") as the request it stands for ("can you fill me in…"), English gerunds of invitation verbs as the verb;
 * any other clause as it is. Only for finding invitations: "Would you mind signing here?" finds none and stays yes/no.
 */
function asRequest(clause: string[], rules: LanguageRules): string[] {
  const end = phraseEndOfAny(clause, rules.politeRequests, rules);
  if (end < 0) return clause;
  const [first = '', ...rest] = skipWords(clause.slice(end), rules.hedges);
  return [...rules.requestForm, rules === ENGLISH ? (invitationVerbOf(first, rules) ?? first) : first, ...rest];
}

/** The invitation verb an English gerund is a form of ("filling" → "fill", "taking" → "take", "running" → "run"); undefined for others. */
function invitationVerbOf(gerund: string, rules: LanguageRules): string | undefined {
  if (!gerund.endsWith('ing')) return undefined;
  const verbs = [...rules.invitations.map((phrase) => phrase[0] ?? ''), ...rules.requestedTelling];
  return verbs.find((verb) => gerundOf(verb) === gerund);
}

/** English spelling of the -ing form: "take" → "taking", "run" → "running", "tell" → "telling". */
function gerundOf(verb: string): string {
  if (verb.endsWith('e') && !verb.endsWith('ee')) return `${verb.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)) return `${verb}${verb.at(-1)}ing`;
  return `${verb}ing`;
}

/**
 * "Could you say a little about what happened?", "Kan du prata lite om din hälsa?", "Si noe om helsa di": asked to say or
 * talk about something, as a request or an imperative (`leading`: the sentence's first clause), the client is invited; "Do you talk about it with her?" and "Can you
 * talk to your landlord about it?" ask whether. "Kan du säga om du har fått brevet?" asks whether (closed-invitation).
 */
function requestedTelling(clause: string[], leading: boolean, rules: LanguageRules): SentenceKind | undefined {
  const at = clause.findIndex((word) => rules.requestedTelling.has(word));
  if (at < 0) return undefined;
  // Said as an imperative only at the start of a sentence: "…if we could continue, and talk about the steps" goes on the clause before.
  // "Can you", "Skulle du kunna", "Kunne du": a modal, the client, and perhaps its verb or a softener.
  const [modal = '', addressee = '', ...links] = clause.slice(0, at);
  const requested = (at === 0 && leading) || (rules.requestModals.has(modal) && rules.addressees.has(addressee) && links.every((word) => REQUEST_LINKS.has(word) || rules.hedges.has(word)));
  if (!requested) return undefined;
  const rest = skipWords(clause.slice(at + 1), INVITATION_FILLERS);
  if (asksWhether(rest, rules)) return 'closed-invitation';
  if (!ABOUT.has(rest[0] ?? '')) return undefined;
  return asksFactAbout(rest.slice(1), true, rules) ? 'fact-question' : 'invitation';
}

/**
 * Whether the words before an invitation verb end on the client: "(can) you", or "you" and a modal, softener or "to"
 * ("you could tell me", "you just tell me", "I'd like you to tell me", "du kan berätta", "skulle du kunna beskriva").
 * A wish in between is asked, not requested: "Do you wanna tell me…?" is "Do you want to tell me…?", yes or no.
 */
function addressedToClient(before: string[], rules: LanguageRules): boolean {
  const [previous = '', last = ''] = before.slice(-2);
  if (rules.addressees.has(last)) return true;
  if (saysHow(before, rules)) return true;
  return rules.addressees.has(previous) && (REQUEST_LINKS.has(last) || rules.hedges.has(last) || rules.proposalVerbs.has(last) || INFINITIVE_MARKERS.has(last));
}

const INFINITIVE_MARKERS = words('to att å');

/**
 * "Kan du med egna ord berätta…", "Kan du med egne ord gjenfortelle…", "Can you in a few words describe…": the client and
 * then a short phrase of manner (a preposition, up to four words, no verb or subject in it) before the invitation verb.
 */
function saysHow(before: string[], rules: LanguageRules): boolean {
  const client = before.findLastIndex((word) => rules.addressees.has(word));
  const manner = before.slice(client + 1);
  return (
    client >= 0 && manner.length <= 4 && MANNER_PREPOSITIONS.has(manner[0] ?? '') &&
    manner.every((word) => !rules.subjects.has(word) && !rules.yesNoVerbs.has(word))
  );
}

const MANNER_PREPOSITIONS = words('in with med i');

// Between "you" and a requested verb: "could you possibly say…", sv "skulle du kunna prata…", nb "kunne du kanskje si…".
const REQUEST_LINKS = words('possibly perhaps maybe please kunna kanske kanskje');

/**
 * "Can you tell me your postcode?", "…what your email address is", "…your national insurance number", "…ditt
 * personnummer för mig", "…telefonnummeret ditt": an invitation's topic that is one datum (a datum noun within its first
 * four words, after an optional "what", followed by nothing or by its copula, a possessive, "of", "to me", or another
 * datum), asking one fact. "Your number one worry" is no datum.
 */
function tellsDatum(topic: string[], rules: LanguageRules): boolean {
  if (asksName(topic, rules)) return true;
  const words = rules.whatWords.has(topic[0] ?? '') ? topic.slice(1) : topic;
  const at = words.slice(0, 4).findIndex((word) => isDatumNoun(word, rules));
  if (at < 0 || words.slice(0, at).some((word) => rules.questionWords.has(word) || rules.subjects.has(word) || rules.yesNoVerbs.has(word))) return false;
  const next = words[at + 1];
  return next === undefined || rules.copulas.has(next) || rules.possessives.has(next) || DATUM_LINKS.has(next) || isDatumNoun(next, rules);
}

// After a datum noun: "date of birth", "name and address", "please", "to me", sv "för mig", nb "til meg".
const DATUM_LINKS = words('of and or please to for och eller för og til');

/** A noun naming a datum ({@link LanguageRules.datumNouns}); sv/nb by ending, for compounds and definite forms. */
function isDatumNoun(word: string, rules: LanguageRules): boolean {
  return rules === ENGLISH ? rules.datumNouns.includes(word) : rules.datumNouns.some((noun) => word.endsWith(noun));
}

/**
 * "Maybe start by telling me…", "Du kan börja med att berätta…", "Du kan begynne med å fortelle…": a start phrase
 * followed by an invitation (English: its gerund) asks the client to tell; "We could start by looking at the forms" does not.
 * Returns the words after the invitation verb, or undefined when the clause has no such start.
 */
function startedInvitation(clause: string[], rules: LanguageRules): string[] | undefined {
  for (const start of rules.invitationStarts) {
    const [at, end] = spanOfPhrase(clause, start, rules.hedges);
    if (at < 0) continue;
    const rest = skipWords(clause.slice(end), rules.hedges);
    if (rules.invitationGerunds.has(rest[0] ?? '')) return rest.slice(1);
    const phrase = rules.invitations.find((invitation) => startsWithPhrase(rest, 0, invitation));
    if (phrase) return rest.slice(phrase.length);
  }
  return undefined;
}

// Words between an invitation and what it is about: "tell me a little bit more about…", "berätta gärna lite mer om…",
// "berätta för mig om…".
const INVITATION_FILLERS = words('me us a bit little some something more meg mig lite litt något noe gärna gjerne mer för for');
const ABOUT = words('about om');

/**
 * "whether…", "if…", and sv/nb "om" followed by a subject and its verb ("om du har…", "om det finns…", "om dottern
 * har…", "om din dotter är…"), not "om" meaning "about" ("om din dotter", "om jobbet du har", "om allt som hänt").
 * `nounSubjects: false` after a question phrase that has its own verb ("Vad mer om din hälsa är bra att veta?"): only
 * a pronoun subject then makes "om" "whether".
 */
function asksWhether(rest: string[], rules: LanguageRules, nounSubjects = true): boolean {
  if (!rules.whetherWords.has(rest[0] ?? '')) return false;
  if (rules.whetherSubjects.size === 0) return true;
  const subject = rest[1] ?? '';
  // "om hur kursen går", "om hvordan det gikk": "about how…", a question word is no subject.
  if (rules.questionWords.has(subject)) return false;
  if (rules.whetherSubjects.has(subject) || (subject === 'det' && rules.yesNoVerbs.has(rest[2] ?? ''))) return true;
  if (!nounSubjects) return false;
  // A noun subject of one or two words, then its verb; a pronoun or "som" before the verb makes it part of the topic.
  const verbAt = [2, 3].find((i) => rules.yesNoVerbs.has(rest[i] ?? ''));
  return verbAt !== undefined && !rest.slice(1, verbAt).some((word) => rules.subjects.has(word) || RELATIVE_SOM.has(word));
}

const RELATIVE_SOM = words('som');

/**
 * "I'd like to hear about how the move went", "Jag är nyfiken på dina planer", "Jeg vil gjerne høre mer om datteren
 * din": a frame followed by a topic ("about" or sv/nb "om" meaning "about", or right after a frame ending in its
 * preposition: "interested in", "nyfiken på") asks about it, as an indirect question: open, or a fact question when
 * the topic asks one ("…about how much it cost"). `frameLast`: the frame's last word. Undefined when no topic follows
 * (a question word, "whether" or a subject after "in"/"på" is judged as the framed question it starts).
 */
function framedTopicKind(afterFrame: string[], frameLast: string, rules: LanguageRules): SentenceKind | undefined {
  const rest = skipWords(afterFrame, new Set([...rules.hedges, ...INVITATION_FILLERS]));
  if (asksWhether(rest, rules)) return undefined;
  const about = ABOUT.has(rest[0] ?? '');
  if (!about && !FRAME_PREPOSITIONS.has(frameLast)) return undefined;
  const topic = about ? rest.slice(1) : rest;
  const first = topic[0];
  // After "in"/"på", and after sv/nb "om" (which is also "whether"), a subject starts a clause, not a topic: "om det vore…".
  const clauseStarts = !about || rules.whetherWords.has(rest[0] ?? '');
  if (first === undefined || (clauseStarts && (rules.subjects.has(first) || (!about && (rules.questionWords.has(first) || rules.whetherWords.has(first)))))) return undefined;
  return asksFactAbout(topic, about, rules) ? 'fact-question' : 'open-question';
}

const FRAME_PREPOSITIONS = words('in på');

/**
 * Whether the topic of an invitation or a wish to hear asks one fact: "tell me when you moved", "tell me about how much
 * you drank" (after "about" only a fact phrase counts: "tell me about when you moved" asks for the story).
 */
function asksFactAbout(topic: string[], about: boolean, rules: LanguageRules): boolean {
  const fact = rules.factStarts.some((start) => (!about || start.length > 1) && startsWithPhrase(topic, 0, start));
  return fact && !isDegreeQuestion(topic, 0, rules) && !asksView(topic, rules);
}

/**
 * The kind of a question from its clauses: like a turn, the last clause that asks something decides
 * ("Who do you look after, and how does that affect your week?" is open; "What about your father,
 * is he any help?" is closed), except that a fact asked alongside an account leaves it open ("How
 * would you like us to keep in touch, and when suits you?"). `asked`: the sentence has a "?".
 */
function questionKind(clauses: string[][], rules: LanguageRules, asked: boolean): SentenceKind {
  // Clauses that are only fillers ("So,", "Um, you know,") do not count: the next one leads.
  const content = clauses.map((clause) => stripFillers(clause, rules)).filter((clause) => clause.length > 0);
  let decided: SentenceKind | undefined;
  let open = false;
  // "I'm wondering, given what you said, how…": a clause that is only a frame frames the clauses after it.
  let framed = false;
  for (const [index, clause] of content.entries()) {
    const kind = clauseKind(clause, rules, { leading: index === 0, last: index === content.length - 1, asked, framed });
    if (kind === 'open-question') open = true;
    if (kind) decided = kind;
    const end = frameEnd(clause, rules);
    if (end >= 0 && skipWords(clause.slice(end), rules.hedges).length === 0) framed = true;
    else if (kind) framed = false;
  }
  return open && decided === 'fact-question' ? 'open-question' : decided ?? 'statement';
}

function clauseKind(
  clause: string[],
  rules: LanguageRules,
  at: { leading: boolean; last: boolean; asked: boolean; framed: boolean },
): SentenceKind | undefined {
  const end = frameEnd(clause, rules);
  const frame = end >= 0 || at.framed;
  const words = end >= 0 ? stripFillers(skipWords(clause.slice(end), rules.hedges), rules) : at.framed ? skipWords(clause, rules.hedges) : clause;
  const [head, second = ''] = words;
  if (head === undefined) return undefined;
  // "How about we meet on Tuesday?", "Vad sägs om att vi ses på tisdag?": a proposal to agree to.
  const proposal = rules.proposalStarts.find((phrase) => startsWithPhrase(words, 0, phrase));
  if (proposal && rules.proposers.has(skipWords(words.slice(proposal.length), PROPOSAL_LINKS)[0] ?? '')) return 'yes-no';
  // "What do you think about coming back next week?", "Vad tycker du om att vi ses igen?": a view asked of a plan to agree to.
  if (proposesInViewQuestion(words, rules)) return 'yes-no';
  if (end >= 0) {
    const topic = framedTopicKind(clause.slice(end), clause[end - 1] ?? '', rules);
    if (topic) return topic;
    // "I'd like to know whether you have paid", "Jag vill veta om du har betalat": a yes or no wished for.
    if (phraseEndOfAny(clause, rules.wishFrames, rules) >= 0 && asksWhether(words, rules)) return 'closed-invitation';
  }
  if (frame && rules.whetherWords.has(head)) {
    // "I wonder if we could meet again" proposes something to agree to, and "I wonder if you'd be open to trying it"
    // asks for agreement; "I wonder if that makes the pain worse" opens the client's own view.
    const proposal = rules.proposers.has(second) && rules.proposalVerbs.has(words[2] ?? '');
    const agreement = rules.willingness.some((phrase) => indexOfPhrase(words, phrase) >= 0);
    if (proposal || agreement) return 'yes-no';
    return asksClientWhether(words, rules) ? 'closed-invitation' : 'topic-opener';
  }
  // "If you think about it, …", "När du är på jobbet, …": a subordinate clause asks nothing itself.
  if (rules.subordinators.has(head) || (rules.timeWords.has(head) && !at.last && !rules.yesNoVerbs.has(second))) return undefined;
  // Sv "Var du…" asks "Were you…", but after a frame in the same clause ("Jag undrar var du bor") it is "where".
  if (rules.verbBeforeSubject === head && rules.subjects.has(second) && end < 0) return yesNoKind(words, rules);
  if (!at.leading && isRelativeClause(words, rules)) return undefined;
  if (rules.questionWords.has(head)) {
    // Without "?", "what you said…", "how hard it is…" is part of a statement, not a question; with "?", only the last
    // clause carries it ("You're not sure, how bad it is, and want to find out?" reflects).
    if (!frame && (!at.asked || !at.last) && inStatementOrder(words, rules)) return undefined;
    const fact =
      (rules.factStarts.some((phrase) => startsWithPhrase(words, 0, phrase)) && !isDegreeQuestion(words, 0, rules)) || asksDatum(words, rules) || asksExtreme(words, rules);
    // "Where do you think we should go from here?", "Vem skulle kunna hjälpa dig?": asks for the client's view, not a fact.
    const view = asksView(words, rules) || asksAboutCircle(words, rules);
    // "Vilken roll spelar…", "Hvilke tanker har du…": which-word + a noun for an account is "what", not "which one".
    const account = rules.whichWords.has(head) && whichAsksAccount(words, rules);
    return (fact && !view && !account) || picksKind(words, rules) ? 'fact-question' : 'open-question';
  }
  // "Any idea why…?", "Någon idé om varför…?": a thinking phrase without its verb ("Do you have…").
  const thinking = thinkingKind(words, rules, true);
  if (thinking) return thinking;
  // "Anything else?", "Any thoughts about…?", "Något mer?": a topic opened without a verb; "Any other questions?" is answered yes or no.
  if (rules.topicOpeners.some((phrase) => startsWithPhrase(words, 0, phrase)) || asksForQuestions(words, rules)) {
    return asksForQuestions(words, rules) ? 'yes-no' : 'topic-opener';
  }
  // Swedish and Norwegian put any verb first ("Bor du…", "Trives du…"): a leading clause counts with any
  // word before the subject; a later clause only with a listed verb, since "…, som du…" is not a question.
  const verbFirst = rules.yesNoVerbs.has(head) || (rules !== ENGLISH && at.leading && !rules.subjects.has(head) && !rules.questionWords.has(head));
  if (verbFirst && (rules.subjects.has(second) || (at.leading && rules === ENGLISH))) return yesNoKind(words, rules);
  // "Har något hänt?", "Har noen skadet deg?", "Skjedde det noe?": a verb, then "something"/"someone" as its subject; the
  // head must look like a verb ("Kanske något har hänt?" is a statement with "?").
  if (verbFirst && rules.indefiniteSubjects.has(second) && (rules.yesNoVerbs.has(head) || looksFinite(head))) return yesNoKind(words, rules);
  return undefined;
}

/** A Swedish or Norwegian finite verb by its ending: present "-r" ("hänger", "trives"), past "-de", "-te", "-et" ("hände", "skjedde", "endret"). */
function looksFinite(word: string): boolean {
  return /(?:[^aeiouyåäöæø]er|ar|rer|ir|de|te|et|des|tes|s)$/.test(word) && word.length > 3;
}

/**
 * After a frame, "if/whether" + the client as subject + what they did or have ("I was just wondering whether you've applied
 * for housing benefit yet", "Jag undrar om du har fått något beslut", "Jeg lurer på om du har søkt bostøtte") is a yes/no
 * question said indirectly, answered yes or no. The client's thoughts or feelings after it ("…if you feel ready", "…om du
 * tänker på…", a thinking phrase "…if you've given any thought to…") or a topic opened ("…if you have any thoughts", "…om
 * det finns något…") still offer a topic; another subject ("I wonder if that makes the pain worse") offers a thought.
 * `words`: from the whether-word on.
 */
function asksClientWhether(words: string[], rules: LanguageRules): boolean {
  const [, subject = '', ...rest] = words;
  if (!rules.addressees.has(subject) && !(rules === ENGLISH && YOU_CONTRACTIONS.has(subject))) return false;
  if (rules.topicOpeners.some((phrase) => indexOfPhrase(words, phrase) >= 0) || rules.thinkingAbout.some((phrase) => indexOfPhrase(words, phrase) >= 0)) return false;
  // The verb, perhaps after auxiliaries and softeners: "you've been thinking", "du har funderat", "du känner".
  const auxiliaries = new Set([...rules.yesNoVerbs, ...rules.hedges, ...rules.negations, ...AUXILIARY_FORMS]);
  for (const word of rest) {
    if (rules.thoughtVerbs.has(word)) return false;
    if (!auxiliaries.has(word)) break;
  }
  return true;
}

// English "you" with its verb: "you've", "you're", "you'd", "you'll".
const YOU_CONTRACTIONS = words('youve youre youd youll');
// Participles of "be" and "have" that stand between "you" and the verb: "you have been thinking", "du har haft".
const AUXILIARY_FORMS = words('been being had having varit haft vært hatt');

/** After a view-proposal start, "we"/"I" ("…about us meeting", "…om att vi ses") or an arrangement ("…about coming back"). */
function proposesInViewQuestion(words: string[], rules: LanguageRules): boolean {
  const start = rules.viewProposalStarts.find((phrase) => startsWithPhrase(words, 0, phrase));
  if (!start) return false;
  const rest = words.slice(start.length);
  const proposer = skipWords(rest, PROPOSAL_LINKS)[0] ?? '';
  return (rules.proposers.has(proposer) && !rules.addressees.has(proposer)) || rules.viewProposals.some((phrase) => startsWithPhrase(rest, 0, phrase));
}

/**
 * "Vilken roll spelar…", "Hvilke tanker har du…", "Vilka slags saker…": a which-word and an account noun (a kind word among them)
 * within the next two words asks what, not which one; but a single kind ("vilken sorts bil", "hvilken type bolig", "which kind of
 * car") is picked as the thing is, so its noun decides.
 */
function whichAsksAccount(words: string[], rules: LanguageRules): boolean {
  if (!PLURAL_WHICH.has(words[0] ?? '') && KIND_NAMES.has(words[1] ?? '')) {
    const [noun = '', ...after] = skipWords(words.slice(2), KIND_LINKS);
    const account = rules.accountNouns.has(noun) || KINDS_DESCRIBED.has(noun) || (rules === ENGLISH && (ENGLISH_ACCOUNT_SINGULARS.has(noun) || /[^su]s$/.test(noun)));
    return account || !kindNamed(after, rules);
  }
  return words.slice(1, 3).some((word) => rules.accountNouns.has(word));
}

/**
 * Whether a kind after a kind word ("kind of", "slags", "typ av") is one to name, from the words after its noun: none ("What
 * kind of dog?") or the client's own verb and its subject ("…car do you drive?", "…bil kjører du?", "…leilighet er det?"). A
 * kind that is itself the subject ("What kind of job would suit you?", "Hva slags arbeidstid passer livet ditt?") asks what
 * would fit, an account.
 */
function kindNamed(afterNoun: string[], rules: LanguageRules): boolean {
  if (afterNoun.length === 0) return true;
  if (wishAsked(afterNoun, rules)) return false;
  const [verb = '', subject = ''] = afterNoun;
  const named = rules.subjects.has(subject) || rules.possessives.has(subject) || DETERMINERS.has(subject);
  return named && (rules !== ENGLISH || rules.yesNoVerbs.has(verb));
}

/**
 * "…could you imagine doing", "…skulle du kunna tänka dig", "…kunne du tenke deg", "…would you like": a kind followed by a
 * modal of wish or supposition and the client asks what the client would want, an account ("What kind of job could you
 * imagine, if you could choose?"), where "What kind of dog do you have?" and "Vilken sorts hund har du?" name one.
 */
function wishAsked(afterNoun: string[], rules: LanguageRules): boolean {
  return rules.wishModals.has(afterNoun[0] ?? '') && rules.addressees.has(afterNoun[1] ?? '');
}

// Plural which-words: "vilka slags" is "what kinds of", asking for an account like English "what kinds of things".
const PLURAL_WHICH = words('vilka hvilke');
// Between a kind word and its noun: "kind of", "typ av".
const KIND_LINKS = words('of av');

/**
 * sv "Vad blev det för beslut?", nb "Hva ble det for vedtak?", "Vad för jobb har du?": "what kind of" a thing,
 * asking to name one, unless an account noun follows ("Vad har du för tankar om det?" asks for thoughts).
 */
function picksKind(words: string[], rules: LanguageRules): boolean {
  if (!rules.whatWords.has(words[0] ?? '')) return false;
  if (rules === ENGLISH) return picksOneThing(words, rules);
  // nb "Hva slags bil kjører du?", sv "Vad slags…": a kind word right after "what" asks a kind as "vilken sorts" does.
  if (KIND_NAMES.has(words[1] ?? '')) {
    const [noun = '', ...after] = skipWords(words.slice(2), KIND_WORDS);
    return !rules.accountNouns.has(noun) && !KINDS_DESCRIBED.has(noun) && kindNamed(after, rules);
  }
  const link = rules.whatKindLinks.has(words[1] ?? '') ? 1 : rules.whatKindLinks.has(words[3] ?? '') && rules.subjects.has(words[2] ?? '') ? 3 : -1;
  if (link < 0) return false;
  const [noun, ...after] = skipWords(words.slice(link + 1), KIND_WORDS);
  const described = words.slice(link, link + 3).some((word) => KIND_NAMES.has(word)) && KINDS_DESCRIBED.has(noun ?? '');
  return noun !== undefined && !rules.accountNouns.has(noun) && !NOT_A_KIND.has(noun) && !rules.subjects.has(noun) && !described && !wishAsked(after, rules);
}

/**
 * "What bank are you with?", "What bus do you take?": English "what" + one thing + its question (an auxiliary and a
 * subject) asks to name it, like sv "vilken bank", nb "hvilken buss". A plural ("What worries do you have?") or an
 * account noun ("What difference would it make?", "What sense do you make of it?") asks for an account.
 */
function picksOneThing(words: string[], rules: LanguageRules): boolean {
  // "What kind of car do you drive?", "What sort of dog?": the kind of a thing is picked as the thing is, even said without a verb.
  const kindOf = KIND_NAMES.has(words[1] ?? '') && words[2] === 'of';
  const [noun = '', verb = '', subject = ''] = words.slice(kindOf ? 3 : 1);
  if (kindOf ? noun === '' || !kindNamed(words.slice(4), rules) : !rules.yesNoVerbs.has(verb) || !(rules.subjects.has(subject) || DETERMINERS.has(subject))) return false;
  const plural = /[^su]s$/.test(noun);
  return !plural && !noun.endsWith('ly') && !rules.accountNouns.has(noun) && !ENGLISH_ACCOUNT_SINGULARS.has(noun) && !(kindOf && KINDS_DESCRIBED.has(noun));
}

// "kind of", "sort of", "type of"; sv/nb "slags", "sorts", "typ av": the thing's kind, picked like the thing.
const KIND_NAMES = words('kind sort type slags sorts typ');
// "What kind of person is she?", "What kind of week has it been?", "Hva slags dag har du hatt?": a kind of person, life or
// stretch of time is described, an account ("Vilken dag passar?" without a kind word picks a day).
const KINDS_DESCRIBED = words(
  'person life future parent mother father mum mom dad partner friend day week weekend month year morning evening night mood ' +
    'liv framtid fremtid dag vecka uke helg månad måned år morgon morgen kväll kveld',
);

// "What school does your son go to?": the subject may be a noun after one of these.
const DETERMINERS = words('your his her their my our the');

// Singular nouns after "what" that ask for an account, and words there that are no noun ("what else", "what exactly").
const ENGLISH_ACCOUNT_SINGULARS = words(
  'thought feeling idea hope worry concern thing change challenge strength experience option possibility difference part role sense way ' +
    'reason plan goal step question advice help support contact relationship involvement understanding impact effect meaning choice benefit ' +
    'problem barrier stuff trouble else exactly then now',
);

// "Vad har du för slags jobb?": the kind word itself is skipped to reach the noun.
const KIND_WORDS = words('slags sorts typ typs sort en ett ei av');
// After sv "för", nb "for": "for å" (in order to), "för att", "for deg" (for you) are not "what kind of".
const NOT_A_KIND = words('att å at dig deg mig meg oss er dere honom henne ham dem något noe någon noen');

function yesNoKind(words: string[], rules: LanguageRules): SentenceKind {
  if (asksForQuestions(words, rules)) return 'yes-no';
  if (rules.topicOpeners.some((phrase) => indexOfPhrase(words, phrase) >= 0)) return 'topic-opener';
  return thinkingKind(words, rules, false) ?? 'yes-no';
}

/**
 * "…thought about how you'd manage", "Any idea why…?", "Någon idé om varför…", "Noen formening om hvorfor…": a thinking
 * phrase ({@link LanguageRules.thinkingAbout}) and a question word open a topic, unless they ask one fact ("…any idea how
 * much it costs", a fact phrase as after "tell me about"). `leading`: the phrase must start the words (a question without
 * its verb). Undefined when there is no thinking phrase with a question word after it.
 */
function thinkingKind(words: string[], rules: LanguageRules, leading: boolean): SentenceKind | undefined {
  for (const phrase of rules.thinkingAbout) {
    const at = leading ? (startsWithPhrase(words, 0, phrase) ? 0 : -1) : indexOfPhrase(words, phrase);
    if (at < 0) continue;
    // "a sense of-of what": a repeated word is a false start.
    const after = words[at + phrase.length] === phrase.at(-1) ? at + phrase.length + 1 : at + phrase.length;
    if (!rules.questionWords.has(words[after] ?? '')) continue;
    return asksFactAbout(words.slice(after), true, rules) ? 'yes-no' : 'topic-opener';
  }
  return undefined;
}

/**
 * "Where would you like to start?", "Vem tror du kan hjälpa?": a place, person or time word with a view cue asks for the
 * client's view. Nb "hvor" in an amount or a length ("Hvor mange timer vil du jobbe?", "Hvor lenge tror du…") is "how", and
 * asks the figure as English "How many hours…" and sv "Hur många timmar…" do.
 */
function asksView(words: string[], rules: LanguageRules): boolean {
  const amount = rules.factStarts.some((start) => start.length > 1 && startsWithPhrase(words, 0, start));
  return (rules.viewWords.has(words[0] ?? '') && !amount && rules.viewCues.some((phrase) => indexOfPhrase(words, phrase) >= 0)) || asksStance(words, rules);
}

/**
 * "Which people are around you day to day?", "Who do you have around you?", "Vilka människor finns runt dig?", "Hvilke folk
 * har du rundt deg?": who is in the client's life (a person word, or a which-word and a people noun, and a phrase of the
 * client's circle: "around you", "in your life", "you can lean on", "runt dig", "rundt deg") asks for an account of their
 * people and how they stand to them, open; "Who lives with you?" and "Which friends were you with?" ask one fact.
 */
function asksAboutCircle(words: string[], rules: LanguageRules): boolean {
  const [head = '', next = ''] = words;
  const people = rules.personWords.has(head) || (rules.whichWords.has(head) && rules.peopleNouns.has(next));
  return people && rules.circleCues.some((phrase) => indexOfPhrase(words, phrase) >= 0);
}

/** "Where are you with all of this?", "…wondering where you are.", "Var står du nu?", "Hvor kommer hun inn i bildet?": where the client stands, not a place. */
function asksStance(words: string[], rules: LanguageRules): boolean {
  if (!rules.placeWords.has(words[0] ?? '')) return false;
  const rest = words.slice(1);
  // A subject, a softener or "now" may stand inside a cue ("var kommer de in", "where are you now with"); "Where did you come
  // in from?", "Var kommer du in ifrån?" ask a place after all.
  const inside = new Set([...rules.subjects, ...rules.hedges, ...NOW]);
  for (const phrase of rules.stanceCues) {
    const [at, end] = spanOfPhrase(rest, phrase, inside);
    if (at >= 0 && !PLACE_LINKS.has(rest[end] ?? '')) return true;
  }
  return rules.stanceEnds.some((phrase) => sameWords(skipWords(rest, rules.hedges), phrase));
}

/** "Do you have any other questions?", "Har du några fler frågor?", "Er det noe du lurer på?". */
function asksForQuestions(words: string[], rules: LanguageRules): boolean {
  return rules.questionsAsked.some((phrase) => spanOfPhrase(words, phrase, MORE)[0] >= 0);
}

const MORE = words('other more further else andra fler flera annat mer andre flere');

const PLACE_LINKS = words('from to ifrån från till fra til');
const NOW = words('now nu nå');

/**
 * A degree, answered with an account, where a fact phrase would ask an amount or a place: "how much" + a word of weight or
 * feeling ({@link LanguageRules.feelingDegrees}), and Norwegian "hvor" + an adjective of degree ("hvor viktig").
 */
function isDegreeQuestion(words: string[], at: number, rules: LanguageRules): boolean {
  // "How much does it worry you?": how much a thing weighs with the client, not an amount.
  if (startsWithPhrase(words, at, rules.howMuch) && words.slice(at + 2).some((word) => rules.feelingDegrees.has(word))) return true;
  return rules === NORWEGIAN && words[at] === 'hvor' && NORWEGIAN_DEGREE_NOT_FACT.has(words[at + 1] ?? '');
}

// Words between a proposal start and its proposer: "how about if we…", "vad sägs om att vi…", "hva med at vi…".
const PROPOSAL_LINKS = words('if att at om');

/**
 * Where an indirect-question frame ends in a clause ("i m just kind of wondering" → 6), with the
 * language's hedges allowed between its words; -1 when the clause does not start with one.
 */
function frameEnd(clause: string[], rules: LanguageRules): number {
  return Math.max(phraseEndOfAny(clause, rules.indirectFrames, rules), phraseEndOfAny(clause, rules.wishFrames, rules), unknowingEnd(clause, rules));
}

/** Where a not-knowing frame ends when a question word and "you" follow it ("I'm not sure how you…"); -1 otherwise. */
function unknowingEnd(clause: string[], rules: LanguageRules): number {
  const end = phraseEndOfAny(clause, rules.unknowingFrames, rules);
  if (end < 0) return -1;
  const rest = skipWords(clause.slice(end), rules.hedges);
  // "…how much you spend": the subject after a fact phrase.
  const phrase = rules.factStarts.find((start) => start.length > 1 && startsWithPhrase(rest, 0, start));
  return rules.questionWords.has(rest[0] ?? '') && rules.addressees.has(rest[phrase?.length ?? 1] ?? '') ? end : -1;
}

/** Where the first of `frames` that starts `clause` ends (hedges allowed between its words); -1 when none does. */
function phraseEndOfAny(clause: string[], frames: string[][], rules: LanguageRules): number {
  for (const phrase of frames) {
    const end = phraseEnd(clause, 0, phrase, rules.hedges);
    if (end >= 0) return end;
  }
  return -1;
}

/**
 * "What's your name?", "Vad är ditt personnummer?", "Hva er telefonnummeret ditt?": a what-word, its copula and a
 * datum noun within the next three words ("what makes it that number" asks for reasons, not a number).
 */
function asksDatum(words: string[], rules: LanguageRules): boolean {
  if (!rules.whatWords.has(words[0] ?? '')) return false;
  if (asksName(words, rules)) return true;
  const after = rules.copulas.has(words[1] ?? '') ? 2 : words[0] === 'whats' ? 1 : -1;
  if (after < 0 || asksWhatLike(words)) return false;
  return words.slice(after, after + 3).some((word) => isDatumNoun(word, rules)) || endsInDatum(words.slice(after), rules);
}

/**
 * "What's your national insurance number?", "What is the housing benefit reference number?": a possessive or "the", then
 * nouns that end in a datum noun, the last word asked (or before "of", "please"…). A preposition or a verb among them
 * makes the datum part of something else ("What's the problem with the rent?", "What is your worry about the rent?").
 */
function endsInDatum(phrase: string[], rules: LanguageRules): boolean {
  if (!rules.possessives.has(phrase[0] ?? '') && phrase[0] !== 'the') return false;
  const end = phrase.findIndex((word, i) => i > 0 && DATUM_LINKS.has(word));
  const nouns = phrase.slice(1, end < 0 ? undefined : end);
  return (
    nouns.length >= 2 && nouns.length <= 5 && isDatumNoun(nouns.at(-1)!, rules) &&
    nouns.every((word) => !NOT_IN_A_NOUN_PHRASE.has(word) && !rules.subjects.has(word) && !rules.yesNoVerbs.has(word))
  );
}

// Words that make a datum noun the object of something else: "the problem with the rent", "your worry about the number".
const NOT_IN_A_NOUN_PHRASE = words('with about on in at for from to by like than that which who when if');

/**
 * "What is your caseworker called?", "…vad din handläggare heter", "…hva saksbehandleren din heter": a what-word whose
 * clause ends in a naming verb, or has one just before a clause saying which ("…vad företaget hette där du jobbade"),
 * asks a name, one fact ("What did they call you at school and how did it feel?" does not end so).
 */
function asksName(words: string[], rules: LanguageRules): boolean {
  if (!rules.whatWords.has(words[0] ?? '') || words.length < 3) return false;
  // English "called" is also a call ("What did he say when the police were called?"): only "what is X called",
  // "what your X is called".
  if (rules === ENGLISH && !rules.copulas.has(words[1]!) && !rules.possessives.has(words[1]!) && words[1] !== 'the' && words[0] !== 'whats') return false;
  const at = words.findIndex((word, i) => i >= 2 && rules.namingVerbs.has(word));
  return at >= 0 && (at === words.length - 1 || NAME_SAYS_WHICH.has(words[at + 1]!));
}

// After a name asked: the clause that says which one ("…hette där du jobbade", "…is called where you go").
const NAME_SAYS_WHICH = words('where that which när där som der hvor da');

/**
 * "What's the longest you've gone without a drink?", "Vad är det mesta du har spelat för?", "Hva er det lengste du har klart
 * deg uten?": a what-word, its copula, an article and an amount superlative standing for the figure, then the clause that
 * says what of (its subject, perhaps after "time": "the longest time you…"). "What's the most important thing?" asks an account.
 */
function asksExtreme(words: string[], rules: LanguageRules): boolean {
  if (!rules.whatWords.has(words[0] ?? '')) return false;
  const after = rules.copulas.has(words[1] ?? '') ? 2 : words[0] === 'whats' ? 1 : -1;
  if (after < 0) return false;
  const [article = '', superlative = '', ...rest] = words.slice(after);
  const subject = rest[0] === 'time' ? rest[1] : rest[0];
  return SUPERLATIVE_ARTICLES.has(article) && rules.amountSuperlatives.has(superlative) && rules.subjects.has(subject ?? '');
}

const SUPERLATIVE_ARTICLES = words('the det');

/** "What's the rent like?", "What was the date like for you?": English "like" (not "would like") asks for a description. */
function asksWhatLike(words: string[]): boolean {
  return words.some((word, i) => word === 'like' && !WOULD.has(words[i - 1] ?? ''));
}

const WOULD = words('would wouldnt id youd wed theyd hed shed to');

function stripFillers(clause: string[], rules: LanguageRules): string[] {
  let i = 0;
  for (;;) {
    // Fillers ("so", "well", "you know") and false starts ("wh- what", "ho- how").
    const phrase = rules.fillerPhrases.find((p) => startsWithPhrase(clause, i, p));
    if (phrase) i += phrase.length;
    else if (i < clause.length && (rules.fillers.has(clause[i] ?? '') || (i < clause.length - 1 && (clause[i + 1] ?? '').startsWith(clause[i] ?? '')))) i++;
    else return clause.slice(i);
  }
}

function withoutTrailingOr(clause: string[], rules: LanguageRules): string[] {
  return clause.length > 1 && rules.trailingOr.has(clause[clause.length - 1] ?? '') ? clause.slice(0, -1) : clause;
}

function skipWords(list: string[], skip: Set<string>): string[] {
  let i = 0;
  while (i < list.length && skip.has(list[i] ?? '')) i++;
  return list.slice(i);
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}

function startsWithPhrase(list: string[], at: number, phrase: string[]): boolean {
  return phrase.every((word, j) => list[at + j] === word);
}

/** [start, end) of the first occurrence of `phrase` in `list`, with words of `skip` allowed between its words; [-1, -1] when absent. */
function spanOfPhrase(list: string[], phrase: string[], skip: Set<string>): [number, number] {
  for (let start = 0; start < list.length; start++) {
    const end = phraseEnd(list, start, phrase, skip);
    if (end >= 0) return [start, end];
  }
  return [-1, -1];
}

/** Where `phrase` ends when it starts at `start` in `list`, with words of `skip` allowed between its words; -1 when it does not start there. */
function phraseEnd(list: string[], start: number, phrase: string[], skip: Set<string>): number {
  let i = start;
  for (const [j, word] of phrase.entries()) {
    if (j > 0) while (i < list.length && list[i] !== word && skip.has(list[i] ?? '')) i++;
    if (list[i] !== word) return -1;
    i++;
  }
  return i;
}

function indexOfPhrase(list: string[], phrase: string[]): number {
  for (let i = 0; i + phrase.length <= list.length; i++) if (startsWithPhrase(list, i, phrase)) return i;
  return -1;
}
