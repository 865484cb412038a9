/**
 * What an adviser's turn does besides asking, read sentence by sentence from
 * its words in English, Swedish and Norwegian Bokmål, for the practice page's
 * feedback. Each move is a behaviour, so each is read where that behaviour
 * happens in a sentence, not from a word anywhere in the turn:
 * - `why`: says why the question is asked. A reason about the asking counts
 *   anywhere ("I ask because…", "the reason I ask…", "so you can get the right
 *   support", "jag frågar för att…", "så att du…", "jeg spør fordi…", "slik at
 *   du…"); a bare "because", "eftersom", "fordi" counts in a statement or when
 *   it opens the question ("Because we plan…: how do you see…?"), not inside
 *   one ("Did you stop because of your back?") nor in a reflection ("So you
 *   stopped because it hurt."). Also the pack's own reason (its why or
 *   say-first text) in the adviser's words: three or more of its longer words.
 * - `acknowledgement`: takes in what the client said ("thank you for telling
 *   me", "det låter tungt", "takk for at du forteller").
 * - `reflection`: a statement that says back what the client said: opened as
 *   one ("So you…", "It sounds like…", "Du känner…", "Det høres ut som…"), or a
 *   statement with a question mark or a confirming tag (rules/question-form.ts
 *   kinds `reflection`, `tag`). A question is never one: "How do you feel
 *   about living on your own?" asks, it does not reflect.
 * - `invitation`: an explicit invitation in the sense of the work-focused
 *   interview studies (docs: ../shared/domain.md, "Invite explicitly"): to take
 *   up support ("Would you like me to book…", "Vill du ha hjälp med…", "Skal
 *   jeg sette opp et møte…": an offer naming help, a booking, a meeting, a
 *   course) or to raise something now or later ("Is there anything you'd like
 *   help with?", "If anything happens at home you can always tell me", "Du kan
 *   alltid ta upp det här med mig"). A request to answer ("Could you tell me
 *   about who lives at home?", "Would you like to tell me about…") is not one.
 * - `safeSetting`: leaves the question for a setting where it is safe to ask
 *   (the violence guidance: only with the client on their own, a professional
 *   interpreter if one is needed): asks to speak with the client alone, or
 *   puts it off to a later meeting or one with a professional interpreter
 *   ("Could I speak with Samira alone?", "Vi tar de frågorna när vi ses med
 *   tolk", "Det tar vi opp neste gang, når vi er alene"). The adviser must be
 *   the one arranging it (I, we, let's), so "Do you live alone?" is not one.
 * Rules of thumb from motivational-interviewing coding (MITI: affirmations,
 * reflections) and the work-focused interview studies (explicit invitations),
 * not a model: a trainer reads the adviser's own words beside each judgement.
 */
import { judgeSentences, type JudgedSentence, type SentenceKind } from './question-form';

export interface TurnMoves {
  why: boolean;
  acknowledgement: boolean;
  reflection: boolean;
  invitation: boolean;
  safeSetting: boolean;
}

/**
 * A word pattern: words separated by spaces; "a/b" either word, "ta+upp" two
 * words as one alternative ("hjälp/ta+upp"); "…" up to {@link GAP} words of
 * anything, "…3" up to three; "$" the end of the sentence. Patterns in a list are
 * separated by "|".
 */
type Pattern = readonly (readonly (readonly string[])[] | Gap | typeof END_MARK)[];
interface Gap {
  gap: number;
}
const END_MARK = '$';
const GAP = 8;

const patterns = (list: string): Pattern[] =>
  list
    .split('|')
    .map((phrase) =>
      phrase
        .trim()
        .split(/\s+/)
        .map((token) => (token === END_MARK ? token : token.startsWith('…') ? { gap: Number(token.slice(1) || GAP) } : token.split('/').map((alternative) => alternative.split('+')))),
    );

/** Where `pattern` matched from `start`: the index after its last word, or -1. */
function matchFrom(words: readonly string[], pattern: Pattern, start: number): number {
  const [head, ...rest] = pattern;
  if (head === undefined) return start;
  if (head === END_MARK) return start === words.length ? start : -1;
  if ('gap' in head) {
    for (let skip = 0; skip <= head.gap && start + skip <= words.length; skip++) {
      const end = matchFrom(words, rest, start + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  for (const alternative of head) {
    if (alternative.every((word, i) => words[start + i] === word)) {
      const end = matchFrom(words, rest, start + alternative.length);
      if (end >= 0) return end;
    }
  }
  return -1;
}

/** Start indices where `pattern` matches. */
function matchStarts(words: readonly string[], pattern: Pattern): number[] {
  const starts: number[] = [];
  for (let at = 0; at < words.length; at++) if (matchFrom(words, pattern, at) >= 0) starts.push(at);
  return starts;
}

const anyMatch = (words: readonly string[], list: readonly Pattern[]) => list.some((pattern) => matchStarts(words, pattern).length > 0);
const matchesAt = (words: readonly string[], list: readonly Pattern[], at: number) => list.some((pattern) => matchFrom(words, pattern, at) >= 0);
const matchesWhole = (words: readonly string[], list: readonly Pattern[], at: number) => list.some((pattern) => matchFrom(words, pattern, at) === words.length);

interface MoveRules {
  /** Words that may come before a sentence's real start: "Okay, so you…", "Ja, du känner…". */
  fillers: ReadonlySet<string>;
  /** A reason about asking: counts anywhere. */
  whyAnywhere: Pattern[];
  /** A reason or purpose connective ("because", "so that"): in a statement anywhere, in a question only as its opening. */
  whyConnective: Pattern[];
  /** A statement about the client opens with them: "you", "your", "du", "din", "deg"… */
  clientSubject: Pattern[];
  /** Purpose ("so you can…"): a reason when it follows a clause, a reflection when it opens the sentence ("So you can't work now."). */
  whyPurpose: Pattern[];
  acknowledgement: Pattern[];
  /** What opens a reflection: "so you…", "you feel…". */
  reflectionStart: Pattern[];
  /** Reflection frames anywhere in a statement: "it sounds like…", "if I understand you…". */
  reflectionFrame: Pattern[];
  /** Invitations to raise something, now or later. */
  openDoor: Pattern[];
  /** An offer's frame ("would you like…", "shall I…")… */
  offerFrame: Pattern[];
  /** …naming something to take up: help, a booking, a meeting, a course. */
  offered: Pattern[];
  /** The adviser arranging: I, we, let's. */
  actor: Pattern[];
  /** With the client on their own. */
  inPrivate: Pattern[];
  /** Living alone: about the client's home, not the meeting ("Can we talk about living alone?"). */
  livingAlone: Pattern[];
  /** A professional interpreter. */
  interpreter: Pattern[];
  /** Later, at another meeting, for now. */
  later: Pattern[];
  /** A whole sentence asking whether the arrangement suits: "Is that okay?", "Går det bra?". */
  consentCheck: Pattern[];
}

const RULES: Record<'en' | 'sv' | 'nb', MoveRules> = {
  en: {
    fillers: new Set('okay ok right alright and well mm hmm yes yeah so'.split(' ')),
    whyAnywhere: patterns(
      'i/we ask/asked … because/since|i/we ask/asked this/that/these … so|i/we am/are asking … because/so|reason i/we ask|reason for asking|reason we are asking|reason im asking|why i/we ask|why im asking|i/we ask everyone|i/we ask all|everyone is asked|everyone gets asked|we have to ask everyone|this helps/will help us/me|it helps us/me|that helps us/me|thats why i/we ask',
    ),
    whyConnective: patterns('because|the reason is|the reason being|so that|in order to'),
    clientSubject: patterns('you/youre/youve/youd/your'),
    whyPurpose: patterns('so you/we/i can/could/will/get/have/know/dont|so your'),
    acknowledgement: patterns(
      'thank/thanks you for|thanks for|sounds hard/difficult/tough/awful/painful/frightening/scary/exhausting|sounds really/very/so|sounds like a lot|that must|must be hard|must have been|im sorry|i am sorry|im glad you|i am glad you|i hear you|i can hear|i understand $|i understand how/why/that/what/it/this/completely|i can understand|i appreciate|that is hard|thats hard|that is a lot|thats a lot',
    ),
    reflectionStart: patterns(
      'so you/youre/your/its|you feel/felt/think/thought/want/wanted/wish/wished/worry/worried/mean/meant/said/say/sound/seem/seemed/hope/hoped/find/found/miss/missed/like/liked/care/cared|you dont/didnt/never/really/still/also/sometimes/just feel/think/want/like/know/see/recognise/recognize|you have/ve been/had|you are/re worried/afraid/scared/tired/unsure/not/still/really',
    ),
    reflectionFrame: patterns('it sounds like|it sounds as if|sounds like you|it seems like/that|what im hearing|what i hear|if i understand|if i have understood|youre saying|you are saying|in other words|you mean'),
    openDoor: patterns(
      'you can always|anything/something else/more $|anything/something else on your mind|you are/re always welcome|you are/re welcome to come/call/contact/get/ask/bring/talk|feel free to|dont/do not hesitate|my door is open|let me know if|just let me know|come back to me|get in touch|if … call/contact/ring/email me|if … come to me|anything/something else/more … help/support/talk/discuss/raise/bring/ask/add/mention|anything/something … you/youd/would/want/like … help/support/talk/discuss/raise/bring/ask/add/mention|anything … i should know|anything … i can do/help|anything … we can do/help',
    ),
    offerFrame: patterns(
      'would/do you like/want|would you be interested|are you interested|shall/should/can/could/may i|shall/can/could we|i/we can/could/will/also help/book/arrange/refer/offer/find/organise/organize/set+up/put+you|ill/well help/book/arrange/refer/offer/find/organise/organize/set+up/put+you|i would like to invite|id like to invite|i want to invite|how about|would/might it help|it might help|would you be open|i would be happy to|id be happy to|youre welcome to|you are welcome to',
    ),
    offered: patterns(
      'help|support|book|booking|refer|referral|arrange|set up|put you in touch|introduce you|appointment|meeting|meet|interpreter|counsellor|counselor|someone to talk to|talk to someone|course|training|programme|program|advice|join|sign up|come along|take part|try out|a time',
    ),
    actor: patterns('i|we|lets|let us|us|me|ill|well|id|wed|ive|weve|im|were'),
    inPrivate: patterns(
      'speak/talk/meet/see/chat …3 alone/privately/separately|speak/talk/meet/see/chat …3 on+your+own/on+her+own/on+his+own/on+their+own/on+our+own|when/while we are alone|when/while were alone|just the two of us|just you and me|in private|without him/her/them|without your|one to one|one on one',
    ),
    livingAlone: patterns('live/lives/living/lived alone|live/lives/living/lived on … own'),
    interpreter: patterns('professional interpreter|qualified interpreter|book/booking/booked/arrange/get an/a/the interpreter|with an/a/the interpreter|interpreter …3 booked'),
    later: patterns(
      'come/get back to this/that/these/it/them/the+questions/the+rest|return to this/that/these/it/them/the+questions|leave/save/keep/park …4 for+now/for+later/until/till/for+another/for+next/for+a+later|wait with/until/till|hold off|talk/ask/take/go/discuss/continue/cover/pick …4 later/another+time/next+time/another+day/next+week|next/another/separate/later/new meeting|meeting of your own',
    ),
    consentCheck: patterns(
      'is that ok/okay/alright/fine|is that all right|does that sound ok/okay/good/alright/right|does that work|would that be ok/okay/alright/fine|would that work|ok|okay|alright|all right|is it ok/okay|are you ok/okay with that',
    ),
  },
  sv: {
    fillers: new Set('okej ok och ja jaha mm men precis'.split(' ')),
    whyAnywhere: patterns(
      'jag/vi frågar … för+att/eftersom|jag/vi frågar … så att|anledningen till att jag/vi frågar|anledningen är|skälet till att jag/vi frågar|skälet är|varför jag/vi frågar|jag/vi frågar alla|alla får … frågan/frågor|frågar alla|vi måste fråga alla|det hjälper mig/oss|det gör att vi/jag kan|därför frågar jag/vi',
    ),
    whyConnective: patterns('eftersom|därför att|för att|så att'),
    clientSubject: patterns('du/din/ditt/dina'),
    whyPurpose: patterns('så du/vi/jag kan/får/ska/vet/slipper'),
    acknowledgement: patterns(
      'tack för|det låter tungt/jobbigt/svårt/tufft/hemskt/väldigt/verkligen/mycket/som mycket|vad jobbigt/tungt/svårt/tråkigt|så tråkigt|det måste vara/ha|jag förstår $|jag förstår att/hur/varför det|jag förstår hur/varför|jag förstår verkligen|jag hör vad|jag hör dig|jag är ledsen|bra att du|jag är glad att du',
    ),
    reflectionStart: patterns(
      'så du/det|du känner/kände/tycker/tyckte/tänker/tänkte/vill/ville/önskar/oroar/menar/säger/sa/verkar/låter/hoppas/saknar/upplever/upplevde|du har/hade inte/aldrig/varit/haft|du är orolig/rädd/trött/osäker/inte',
    ),
    reflectionFrame: patterns('det låter som|det verkar som|om jag förstår dig|om jag har förstått|det jag hör|med andra ord|du menar'),
    openDoor: patterns(
      'du kan alltid|kan du alltid|något/någonting mer/annat $|något/någonting annat du tänker på|du är alltid välkommen|du är välkommen att|tveka inte|hör av dig|säg till om du/ni behöver/vill|kom till mig|om … ring/kontakta mig|något/någonting annat … hjälp/stöd/prata/ta+upp/lyfta/fråga/lägga+till/diskutera/berätta|något/någonting … du vill/skulle … hjälp/stöd/prata/ta+upp/lyfta/fråga/diskutera|något … jag borde/behöver veta|något … jag/vi kan göra/hjälpa',
    ),
    offerFrame: patterns(
      'vill du|skulle du vilja|ska/kan/får jag|ska/kan vi|jag/vi kan/skulle/ska/också hjälpa/boka/ordna/remittera/erbjuda/hitta/sätta+upp|är du intresserad|skulle det hjälpa|du är välkommen att|jag vill bjuda in|jag vill gärna bjuda in|hur låter det om|vad sägs om',
    ),
    offered: patterns(
      'hjälp|hjälpa|stöd|boka|bokar|bokning|remiss|remittera|ordna|ordnar|en tid|möte|träff|träffa|tolk|kurs|kurator|samtalskontakt|någon att prata med|prata med någon|anmäla|gå med|delta|rådgivning|budgetrådgivning|kontakt med',
    ),
    actor: patterns('jag|vi|oss|mig|låt oss'),
    inPrivate: patterns(
      'prata/pratar/tala/talar/träffa/träffas/ses …3 enskilt/ensam/ensamma/ensamt/separat|fråga/frågar …3 enskilt|på tu man hand|mellan fyra ögon|bara du och jag|utan honom/henne/dem|utan din|utan er',
    ),
    livingAlone: patterns('bo/bor/bodde/boende … ensam/själv'),
    interpreter: patterns('professionell tolk|auktoriserad tolk|boka/bokar/bokat/ordna/ordnar/skaffa en tolk|med en tolk|med tolk|tolk …3 bokad'),
    later: patterns(
      'återkomma/återkommer|komma/kommer tillbaka till|vänta/väntar med|spara/sparar …4 till|ta/tar/prata/pratar/fråga/frågar/gå/går/fortsätta/fortsätter …4 senare/nästa+gång/en+annan+gång/en+annan+dag/nästa+vecka|nästa/annat/eget/nytt/senare/separat möte',
    ),
    consentCheck: patterns('går det bra|är det okej/ok/bra|låter det bra/okej|passar det|okej|ok|vad säger du om det'),
  },
  nb: {
    fillers: new Set('okei ok og ja jaha mm men akkurat'.split(' ')),
    whyAnywhere: patterns(
      'jeg/vi spør … fordi|jeg/vi spør … slik/sånn at|grunnen til at jeg/vi spør|grunnen er|hvorfor jeg/vi spør|jeg/vi spør alle|alle får … spørsmålet/spørsmål|spør alle|vi må spørre alle|det hjelper meg/oss|derfor spør jeg/vi',
    ),
    whyConnective: patterns('fordi|ettersom|siden|slik at|sånn at|for at'),
    clientSubject: patterns('du/din/ditt/dine/di'),
    whyPurpose: patterns('så du/vi/jeg kan/får/skal/vet/slipper'),
    acknowledgement: patterns(
      'takk for|det høres tungt/vanskelig/tøft/fælt/vondt/slitsomt ut|det høres veldig/virkelig/så … ut|det høres ut som mye|så tungt|så vanskelig|så leit|så trist|det må være/ha|jeg forstår $|jeg forstår at/hvor/hvorfor det|jeg forstår hvor/hvorfor|jeg forstår virkelig|jeg hører hva|jeg hører deg|jeg er lei meg|bra at du|jeg er glad for at du',
    ),
    reflectionStart: patterns(
      'så du/det|du føler/følte/synes/syntes/tenker/tenkte/vil/ville/ønsker/bekymrer/mener/sier/sa/virker/høres/håper/savner/opplever/opplevde|du har/hadde ikke/aldri/vært/hatt|du er bekymret/redd/sliten/usikker/ikke',
    ),
    reflectionFrame: patterns('det høres ut som|det virker som|hvis jeg forstår deg|hvis jeg har forstått|det jeg hører|med andre ord|du mener'),
    openDoor: patterns(
      'du kan alltid|kan du alltid|noe mer/annet $|noe annet du tenker på|du er alltid velkommen|du er velkommen til|ikke nøl|ta kontakt|si ifra/fra hvis/om|gi beskjed hvis/om|kom til meg|hvis/om … ring/kontakt meg|noe/noen annet/andre … hjelp/støtte/snakke/prate/ta+opp/spørre/legge+til/diskutere/fortelle|noe … du vil/ønsker/kunne … hjelp/støtte/snakke/prate/ta+opp/spørre/diskutere|noe … jeg bør/burde/trenger å vite|noe … jeg/vi kan gjøre/hjelpe',
    ),
    offerFrame: patterns(
      'vil du|har du lyst|ønsker du|kunne du tenke deg|skal/kan/får jeg|skal/kan vi|jeg/vi kan/kunne/skal/også hjelpe/booke/bestille/ordne/henvise/tilby/finne/sette+opp|er du interessert|ville det hjelpe|du er velkommen til|jeg vil gjerne invitere|hva med om|hva sier du til',
    ),
    offered: patterns(
      'hjelp|hjelpe|støtte|booke|bestille|henvise|henvisning|ordne|en time|møte|avtale|tolk|kurs|samtale|noen å snakke med|snakke med noen|melde på|delta|tiltak|veiledning|kontakt med|sette opp',
    ),
    actor: patterns('jeg|vi|oss|meg|la oss'),
    inPrivate: patterns(
      'snakke/snakker/prate/prater/møte/møtes/treffe/treffes …3 alene/enkeltvis/separat|spørre/spør …3 enkeltvis|på tomannshånd|på tu manns hånd|bare du og jeg|bare deg og meg|uten ham/han/henne/hun/dem|uten din',
    ),
    livingAlone: patterns('bo/bor/bodde … alene/selv'),
    interpreter: patterns('profesjonell tolk|kvalifisert tolk|bestille/bestiller/bestilt/booke/booker/ordne/skaffe en tolk|med en tolk|med tolk|tolk …3 bestilt'),
    later: patterns(
      'komme/kommer tilbake til|vente/venter med|spare/sparer …4 til|ta/tar/snakke/snakker/prate/prater/spørre/spør/gå/går/fortsette/fortsetter …4 senere/neste+gang/en+annen+gang/en+annen+dag/neste+uke|neste/annet/eget/nytt/senere/separat møte',
    ),
    consentCheck: patterns('går det bra|er det greit/ok/i orden|høres det greit/bra ut|passer det|greit|ok|hva sier du til det'),
  },
};

function rulesFor(language: string): MoveRules {
  const base = language.toLowerCase().split('-')[0];
  if (base === 'sv') return RULES.sv;
  if (base === 'nb' || base === 'no' || base === 'nn') return RULES.nb;
  return RULES.en;
}

/** Lower case, apostrophes dropped ("I'm" → "im"), split at anything not a letter or digit. */
export function turnWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

interface ReadSentence {
  kind: SentenceKind;
  words: string[];
  /** Where the sentence really starts, past fillers ("Okay, so you…" → at "so"). */
  start: number;
}

function readSentences(text: string, language: string, rules: MoveRules): ReadSentence[] {
  return judgeSentences(text, language).map(({ text: sentence, kind }: JudgedSentence) => {
    const words = turnWords(sentence);
    let start = 0;
    // "so" is a filler only before another opener ("Okay so, you feel…"); on its own it opens a reflection.
    while (start < words.length - 1 && rules.fillers.has(words[start]!) && !matchesAt(words, rules.reflectionStart, start)) start++;
    return { kind, words, start };
  });
}

function isReflection(sentence: ReadSentence, rules: MoveRules): boolean {
  if (sentence.kind === 'reflection' || sentence.kind === 'tag') return true;
  if (sentence.kind !== 'statement') return false;
  return matchesAt(sentence.words, rules.reflectionStart, sentence.start) || anyMatch(sentence.words, rules.reflectionFrame);
}

function givesReason(sentence: ReadSentence, reflection: boolean, rules: MoveRules): boolean {
  const { words, start } = sentence;
  if (anyMatch(words, rules.whyAnywhere)) return true;
  // In a question (or a statement with "?"), only a reason that opens it is the adviser's:
  // "Because we plan…, how do you see…?", not "Did you stop because of your back?".
  if (sentence.kind !== 'statement') return matchesAt(words, rules.whyConnective, start);
  // "You stopped because your back hurt.", "Du slutade för att…": the client's reasons, said back.
  if (reflection || matchesAt(words, rules.clientSubject, start)) return false;
  return anyMatch(words, rules.whyConnective) || rules.whyPurpose.some((pattern) => matchStarts(words, pattern).some((at) => at > start));
}

function invites(words: readonly string[], rules: MoveRules): boolean {
  if (anyMatch(words, rules.openDoor)) return true;
  // An offer: its frame, then what is offered later in the same sentence.
  return rules.offerFrame.some((frame) =>
    matchStarts(words, frame).some((at) => {
      const after = words.slice(matchFrom(words, frame, at));
      return anyMatch(after, rules.offered);
    }),
  );
}

function keepsSafeSetting(words: readonly string[], rules: MoveRules): boolean {
  const inPrivate = anyMatch(words, rules.inPrivate) && !anyMatch(words, rules.livingAlone);
  return anyMatch(words, rules.actor) && (inPrivate || anyMatch(words, rules.interpreter) || anyMatch(words, rules.later));
}

/** Words of five letters or more: enough of them shared with the pack's reason means it was said. */
const LONG_WORD = 5;
const REASON_WORDS_NEEDED = 3;

/**
 * What the turn does. `language`: a BCP 47 tag (sv, nb, sv-SE; others read as
 * English). `reasons`: the item's why and say-first texts in the turn's
 * language, so an adviser who says the pack's reason in their own words is
 * heard. `questions`: the item's question and rewordings; their words are the
 * question's own ("Are you registered with the Public Employment Service?"
 * shares three with its reason), so saying them gives no reason.
 */
export function readTurnMoves(text: string, language: string, reasons: readonly string[] = [], questions: readonly string[] = []): TurnMoves {
  const rules = rulesFor(language);
  const sentences = readSentences(text, language, rules);
  const reflections = sentences.map((sentence) => isReflection(sentence, rules));
  const questionWords = new Set(questions.flatMap(turnWords));
  const spoken = new Set(turnWords(text).filter((word) => word.length >= LONG_WORD && !questionWords.has(word)));
  const reasonWords = new Set(reasons.flatMap(turnWords).filter((word) => word.length >= LONG_WORD));
  const sharedReason = [...reasonWords].filter((word) => spoken.has(word)).length >= REASON_WORDS_NEEDED;
  return {
    why: sharedReason || sentences.some((sentence, i) => givesReason(sentence, reflections[i]!, rules)),
    acknowledgement: sentences.some((sentence) => anyMatch(sentence.words, rules.acknowledgement)),
    reflection: reflections.includes(true),
    invitation: sentences.some((sentence) => invites(sentence.words, rules)),
    safeSetting: sentences.some((sentence) => keepsSafeSetting(sentence.words, rules)),
  };
}

/**
 * Whether a turn puts the item's question to the client, so the client
 * answers it: it has a sentence that asks something (rules/question-form.ts:
 * any kind but a plain statement, a reflection with "?" included) that is not
 * about the setting. A turn that keeps the setting safe ("Could I speak with
 * Samira alone? Is that okay?") asks about the arrangement, not the item; one
 * that also asks the item ("…Has anyone at home hurt you?") asks it.
 */
export function asksTheItem(text: string, language: string): boolean {
  const rules = rulesFor(language);
  const sentences = readSentences(text, language, rules);
  const asking = sentences.filter((sentence) => sentence.kind !== 'statement');
  if (!sentences.some((sentence) => keepsSafeSetting(sentence.words, rules))) return asking.length > 0;
  return asking.some((sentence) => !keepsSafeSetting(sentence.words, rules) && !matchesWhole(sentence.words, rules.consentCheck, sentence.start));
}
