/**
 * Is a mention negated? A NegEx-style reading (a fixed list of negation words,
 * a window of words after them that ends at a clause break or a conjunction),
 * for English, Swedish and Norwegian together, since one note may mix them.
 * Safety favours recall: anything that looks like a history after a "but"
 * ("not now, but she tried last year") undoes the negation, and a negation
 * only ever lowers a card to a check-in, never hides it.
 */
import { PRONOUN_ROLE } from '../compiled-pack';
import { GAP_NONE, GAP_STRONG, GAP_WEAK, type AnswerWord } from './answer-words';

/** Words after which a mention is negated ("no" only where it is no Nynorsk "now": see `NORDIC_CLAUSE_WORDS`). */
const TRIGGERS = new Set(
  ('not no never none nothing without neither nor negative nil neg ' +
    'inte ej icke aldrig ingen inga inget nej utan varken negativ ' +
    'ikke ikkje aldri ingenting intet nei uten verken').split(' '),
);
/** Replies that say "no" by themselves only ("Nope.", "Nä.", "Nah, not really"): no forward scope of their own. */
const REPLY_NO = new Set('nope nah naw nä nää nej næ nææ nix'.split(' '));

/**
 * Reporting verbs of a denial ("denies", "förnekar", "avkrefter"): they negate too, and what they deny
 * may be a whole that-clause ("denies that the children have seen any violence").
 */
const DENIAL_VERBS = new Set(
  ('denies denied deny denying denys ' +
    'förnekar förnekade förnekat nekar nekade nekat avkräftar avkräftade ' +
    'benekter benektet benekta nekter nektet avkrefter avkreftet avkrefta ' +
    // rejecting what is suspected or put to one ("avviser det", "tillbakavisar")
    'avviser avviste tilbakeviser tilbakeviste avvisar avvisade tillbakavisar tillbakavisade rejects rejected').split(' '),
);
/** The same denials in an adviser's passive note ("Våld förnekas", "Selvskading avkreftes"). */
const PASSIVE_DENIALS = 'förnekas nekas avkräftas benektes avkreftes nektes'.split(' ');
for (const verb of PASSIVE_DENIALS) DENIAL_VERBS.add(verb);
const PASSIVE = new Set(PASSIVE_DENIALS);
/** "that" words a denial verb's scope reads on through. */
const THAT = new Set('that att at'.split(' '));
for (const verb of DENIAL_VERBS) TRIGGERS.add(verb);
/** The "and" of a denied list: a denial verb's scope runs on through it ("denies self-harm and suicidal thoughts"). */
const LIST_AND = new Set('and och og'.split(' '));
/** Words after "and" that start a clause of their own, not a further denied item ("denies drinking and says…"). */
const NEW_CLAUSE_AFTER_AND = new Set(
  ('is are was were has have had reports reported says said states stated tells told wants feels then ' +
    'är var har hade säger sa uppger berättar vill känner sedan ' +
    'er var har hadde sier sa opplyser forteller vil føler så').split(' '),
);

/**
 * Nynorsk and dialect "no" is "now" ("eg har det tungt no", "no vil eg berre døy"): a "no" is read as a
 * negation only in a sentence with none of these Swedish or Norwegian words, or as a reply opening it.
 * Only words that are no English word (not "er", "men", "at"), so "Er, no" and "no men" stay English.
 */
const NORDIC_CLAUSE_WORDS = new Set(
  ('jeg jag hun hon han vi dei det är har hadde hade vil ville skal ska kan må blir blev ble vart ' +
    'ikke inte bare och og så å seg sig meg mig deg dig noe något veldig').split(' '),
);

/**
 * A denied list runs on past its commas ("denies drugs, alcohol or gambling", sv "förnekar alkohol,
 * narkotika och spel") when what follows each comma is a short item, the list closes with "and" or "or"
 * and one or two more words that end the sentence, and nothing in it starts a clause of its own: a
 * subject ("denies it, he hits her"), a verb of its own ("denies SI, drinks and smokes daily"), an
 * object or reflexive pronoun ("kutter meg") or a turn ("but").
 */
const LIST_ITEM_WORDS = 2;
/** Little words that do not count in a list item's words ("violence at home", "våld i hemmet"). */
const LIST_LIGHT = new Set('at in on with for i med för'.split(' '));
/** Verbs that open a clause of their own after a comma in a note ("drinks", "dricker", "bruker"). */
const CLAUSE_VERBS = new Set(
  ('drinks drank smokes smoked uses used takes took injects injected hits hit beats threatens threatened ' +
    'lives works goes went got gets says said reports reported admits admitted ' +
    'dricker drack röker rökte använder använde tar tog slår slog hotar hotade bor jobbar ' +
    'drikker drakk røyker røykte bruker brukte tok slo truer truet jobber').split(' '),
);

/**
 * Does word `k` open a clause of its own after a comma ("denies it, he hits her", "Denies SI, drinks
 * daily")? A subject pronoun, a verb that opens a note's clause, or a word that opens one after "and".
 */
export function opensClause(words: readonly AnswerWord[], k: number): boolean {
  const word = words[k];
  return word !== undefined && word.gap === GAP_WEAK && startsClause(word);
}

function startsClause(word: AnswerWord): boolean {
  return (word.roles & PRONOUN_ROLE.subj) !== 0 || CLAUSE_VERBS.has(word.lower) || NEW_CLAUSE_AFTER_AND.has(word.lower);
}

/**
 * A trigger followed by one of these is no negation ("not only", "no doubt", sv "ingen vet"); "did not stop
 * kicking", "slutade inte", "ikke sluttet å slå" tell that it went on.
 */
const PSEUDO: Record<string, Set<string>> = {
  // "won't say more", sv "vill inte säga mer", nb "vil ikke fortelle mer": a refusal to tell, which denies nothing told (nb "si" stays:
  // a denied "si" must not become the clinical "SI")
  not: new Set(['only', 'just', 'sure', 'necessarily', 'certain', 'quite', 'matter', 'care', 'say', 'tell', 'elaborate', 'stop', 'stopping', 'stopped']),
  // "no other way out than…", nb "ingen annen utvei enn…": what follows is the one way left, not denied; "no idea" is no denial.
  no: new Set(['doubt', 'one', 'matter', 'other', 'idea']),
  without: new Set(['doubt']),
  inte: new Set(['bara', 'säker', 'minst', 'säga', 'berätta', 'utveckla', 'sluta', 'slutade', 'slutar', 'slutat']),
  ingen: new Set(['vet', 'annan', 'annen', 'som', 'tvekan', 'tvil', 'andre', 'roll', 'rolle']),
  utan: new Set(['tvekan', 'tvivel']),
  ikke: new Set(['bare', 'sikker', 'minst', 'fortelle', 'utdype', 'slutte', 'sluttet', 'slutter', 'slutta', 'stoppe', 'stoppet']),
  never: new Set(['mind', 'stops', 'stopped']),
  aldrig: new Set(['slutar', 'slutade']),
  aldri: new Set(['slutter', 'sluttet']),
  uten: new Set(['tvil']),
};


/** Verbs of knowing or noticing: "nobody knows (that) her partner hits her" denies the knowing, not the act. */
const KNOWING = new Set(
  ('knows knew know noticed notices notice sees saw seen suspects suspected ' +
    'vet visste vetat märker märkte märkt ser såg sett anar anade ' +
    'visst merker merket merka så aner ante').split(' '),
);
const KNOWING_AUXILIARIES = new Set('has had does did har hade hadde'.split(' '));
/** Words between "no"/"nobody" and its verb ("no one", "nobody else", sv "ingen annan", "nobody ever"). */
const BEFORE_KNOWING = new Set('one else annan annen ever'.split(' '));

/**
 * Does the denying subject at word `k` deny only a knowing ("nobody knows he hits her", "ingen har märkt", "ingen vet
 * att…")? Then what follows is told, not denied.
 */
export function knowingOnly(words: readonly AnswerWord[], k: number): boolean {
  let m = k + 1;
  for (let skip = 0; skip < 3 && m < words.length && !KNOWING.has(words[m]!.lower); skip++) {
    const word = words[m]!.lower;
    if (!KNOWING_AUXILIARIES.has(word) && !BEFORE_KNOWING.has(word)) break;
    m++;
  }
  return KNOWING.has(words[m]?.lower ?? '') && words[m]!.gap === GAP_NONE;
}

/** Words of a condition: a denial verb after one is a refusal made the condition of a threat ("if she refuses"). */
const CONDITIONS = new Set('if unless hvis dersom om ifall'.split(' '));

/**
 * Is word `k` a denial verb that only states a condition ("…threatens to throw her out if she refuses", sv "om
 * hon vägrar", nb "hvis hun nekter")? Then it denies nothing the note tells.
 */
export function conditionalDenial(words: readonly AnswerWord[], k: number): boolean {
  if (!DENIAL_VERBS.has(words[k]?.lower ?? '')) return false;
  for (let m = k - 1; m >= 0 && m >= k - 2; m--) {
    if (CONDITIONS.has(words[m]!.lower)) return true;
    if (words[m + 1]!.gap !== GAP_NONE) break;
  }
  return false;
}

/** End a negation's forward scope: a new clause or a turn in the sentence. */
const TERMINATORS = new Set(
  ('but however although though yet except and that because since when who which while if whether unless ' +
    'men fast dock utom och som eftersom när då medan ifall ' +
    'og fordi når da unntatt mens hvis').split(' '),
);

/** Norwegian "at" (that) opens a clause only before its subject: English "not at all" goes on. */
const BEFORE_SUBJECT = new Set(['at']);

/** A list of what is denied goes on: "no thoughts of self-harm or of ending his life". */
const LIST_GOES_ON = new Set('or nor eller'.split(' '));

/** Turns that may introduce what happened after all ("…, but she tried last year"). */
const CONTRASTS = new Set('but however although though yet except men fast dock utom unntatt'.split(' '));

/** Words of a past event, an attempt or a repetition: after a contrast they undo the negation. */
const HISTORY = new Set(
  ('tried attempted attempt attempts before previously used last ago past once twice times earlier recently ' +
    'försökt försökte försök tidigare förut förra sedan gång gånger brukade nyligen ' +
    'prøvd prøvde forsøk forsøkt tidligere før fjor siden gang ganger pleide nylig').split(' '),
);

/**
 * A bare attempt told after a denied present ("Denies current SI, previous attempt 2020", "Inga tankar nu,
 * tidigare försök 2019", "No SI now, attempted in 2019"): the attempt's object is the topic denied, so the
 * denial is of the present only and the card stays. A noun after a word of the past or a count, or a verb
 * with no object of its own ("tried CBT" and "tried to find work" have one).
 */
const ATTEMPT_NOUNS = new Set('attempt attempts försök försöket forsøk forsøket'.split(' '));
const BEFORE_ATTEMPT = new Set('previous prior earlier past one two several tidigare förra ett två flera tidligere forrige et to flere'.split(' '));
const ATTEMPT_VERBS = new Set('tried attempted försökte försökt prøvde prøvd forsøkte forsøkt'.split(' '));
/** Words that may follow a bare attempt verb: when it was ("attempted in 2019", "försökte i fjol", "tried twice"). */
const WHEN_WORDS = new Set('in last once twice ago years year i förra för sedan år fjol fjor siden sist for'.split(' '));
/** How far after a denied mention a bare attempt is read. */
const ATTEMPT_REACH = 12;

/** Answer words of their own that deny what went before ("Suicidal thoughts: none."). */
const CLOSING_DENIALS = new Set('no none not denied denies negative nil neg negativ nej inga ingen nei ingenting'.split(' '));
for (const verb of DENIAL_VERBS) CLOSING_DENIALS.add(verb);
/** What may stand between a mention and its closing denial in an adviser's note ("…suicide – she said no"). */
const REPORTING = new Set(
  ('and said says answered answers replied she he they client och sa sade säger svarade svarar hon han de klienten ' +
    'og sier svarte svarer hun ' +
    // a short field's "asked, no" ("Suicide – asked, no", sv "tillfrågad, nej", nb "spurt, nei")
    'asked frågad tillfrågad frågat spurt ' +
    // how firmly a note says it was denied ("client clearly denies")
    'clearly firmly flatly strongly tydligt bestämt klart tydelig bestemt').split(' '),
);
/** How far after a mention a closing denial may stand. */
const CLOSING_WINDOW = 5;
/** Negation words that follow the mention in the same clause (sv/nb word order: "Självmord har hon aldrig försökt"). */
const AFTER = new Set('not never inte aldrig ikke aldri'.split(' '));

/** How many words after a negation word it still reaches (little words such as "to", "of", "å" not counted). */
export const NEGATION_WINDOW = 6;

/** Little words that do not use up a negation's reach (its scope in words). */
const LIGHT = new Set('a an the to of any had have has been att på om av å en ett et har hatt haft noen några'.split(' '));
/** How many words after a mention a trailing negation may stand. */
export const AFTER_WINDOW = 3;

/** Words that may stand before a reply's "no" ("God no", "Absolutely not", "Overhodet ikke"). */
const REPLY_INTENSIFIERS = new Set(
  ('god oh ha haha absolutely definitely certainly honestly nope nah well ' +
    'absolut verkligen nä nää helt gud ' +
    'overhodet absolutt slett nææ næ').split(' '),
);
/**
 * Words that may follow a denial that is a reply by itself ("not at all", "never ever", sv "aldrig i livet",
 * "inte alls"): hedges ("not really", "inte direkt", "ikke egentlig", "not any more", "not at the moment"),
 * what a note says is not known ("no known history", "ingen kjent", "none reported", "not that I know of"), and a
 * short field's "no problems", "no concerns", sv "inga problem", nb "ingen problemer".
 */
const REPLY_TAILS = new Set(
  ('at all ever whatsoever really way chance just love mate exactly particularly any anymore longer recently lately now currently ' +
    'known reported disclosed noted history hx that problems problem issues concerns ' +
    'i alls någonsin nånsin någon sin direkt riktigt egentligen precis längre nyligen nu känd känt kända rapporterat vad ' +
    'bekymmer noensinne overhodet da direkte egentlig akkurat lenger lengre nylig nå kjent kjente opplyst rapportert historikk som hva ' +
    'problemer bekymringer ' +
    // who gave the reply ("svar nej från båda vårdnadshavarna", "no from either parent")
    'from från fra').split(' '),
);
/** What a denial verb may deny as a reply by itself: "Denies.", "Denies all", sv "Förnekar det", nb "Nekter for (det)". */
const DENIED_OBJECT = new Set('all everything it this that any for för det detta allt alt dette'.split(' '));
/**
 * A reply that denies and then tells of an event after all: "No, well, once", "Nej, förutom en gång",
 * "Nei, bare en gang", "No – tried once years ago". Words of a single event, read when no negation covers them.
 */
const EVENT_ONCE = new Set('once twice tried attempted ago försökte försökt prøvde prøvd forsøkte forsøkt fjor'.split(' '));
/** "a few times", "ett par gånger", "noen ganger": a count of times is an event too, after a count word. */
const TIMES = new Set('times time gång gånger gang ganger'.split(' '));
const COUNT_WORDS = new Set('a one two three few couple several many en ett två tre par några flera et to noen flere'.split(' '));
/** Two-word replies that deny ("far from it", sv "långt därifrån", nb "langt ifra"). */
const FAR_FROM: Record<string, Set<string>> = {
  far: new Set(['from']),
  långt: new Set(['därifrån', 'ifrån']),
  langt: new Set(['ifra', 'ifrå', 'derifra']),
};

/** Words of an adviser asking about a topic ("asked whether", sv "frågade om", "på fråga om", nb "spurt om", "spm om"). */
const ASKING = new Set(
  ('asked asking asks ask raised screened enquired inquired whether question questions ' +
    'frågade frågat frågar frågan efterfrågat efterfrågad fråga frågor frågorna tillfrågad tillfrågat tillfrågades tillfrågats ' +
    'spurt spurte spurde spurd spør spørsmål spørsmålet spm forespurt').split(' '),
);
/** The same as the end of a compound ("rutinespørsmål", "kontrollfrågan"). */
const ASKING_ENDS = ['spørsmål', 'spørsmålet', 'fråga', 'frågan', 'frågor', 'frågorna'];
/** A reply's own denial in the clause after what was asked ("cl says no", "svarar nej", nb "ingen kjent"). */
const REPLY_DENIALS = new Set('no nope nah none nil negative neg nothing nej nä inga ingen inget ingenting nei'.split(' '));
/** Verbs that ask when "up" follows ("tog upp", nb "tok opp"). */
const RAISING = new Set('tog tagit tok tatt'.split(' '));
/** A reply that denies what was asked: "never", or a denial verb, anywhere in its clause. */
const REPLY_NEVER = new Set('never aldrig aldri'.split(' '));
/** How far after a turn its own "never" may stand ("but he has never": 3). */
const NEVER_IN_TURN_REACH = 4;
/** Verbs after a turn's "never" that tell rather than deny: never told, dared, stopped, said, admitted. */
const NEVER_GOES_ON = new Set(
  ('told tell dared dare stopped stop quit said admitted reported mentioned been ' +
    'berättat berätta berättade vågat våga vågade slutat sluta slutade sagt säga erkänt anmält nämnt ' +
    'fortalt fortelle fortalte turt tørt tort sluttet slutte slutta sagt si innrømmet meldt nevnt').split(' '),
);
/** A bare "no" of a reply. */
const NO_WORDS = new Set('no nej nei nope nah nä nää næ'.split(' '));
/** What a reply's "not" is about: the topic asked ("det har ho ikkje", "that's not something…"). */
const ASKED_THING = new Set('that it this det that så sånt sådant slikt noe något'.split(' '));

/** Words of a degree whose "that" clause a negation before them denies ("never so low that…", "aldrig så illa att…"). */
const DEGREE = new Set('so such så sån sådan sånn slik'.split(' '));
/** How many words before its "that" a degree word stands ("so far gone that": 2). */
const DEGREE_REACH = 3;

/**
 * Word parts of an assessment or a mapping ("risk assessment", "screened", sv "riskbedömning", "kartläggning", nb
 * "risikovurdering", "kartlagt"), read inside a word so a compound counts ("selvmordsrisikovurdering").
 */
const ASSESSMENT_PARTS = ['assess', 'screen', 'evaluat', 'bedömning', 'bedömd', 'bedömt', 'kartlägg', 'kartlagd', 'kartlagt', 'kartlegg', 'vurdering', 'vurdert', 'utredning', 'utredet', 'utredd'];
/** What an assessment found none of ("uten funn", "utan förhöjd risk", "no concerns", "ingen tegn"). */
const FINDINGS = new Set(
  ('findings finding concerns concern signs sign indication indications risk raised elevated increased ' +
    'fynd anmärkning anmärkningar oro tecken risk förhöjd förhöjning ' +
    'funn anmerkning anmerkninger bekymring bekymringer tegn risiko forhøyet økt').split(' '),
);
/** A low risk found ("low risk", sv "låg risk", nb "lav risiko"). */
const LOW = new Set('low minimal lav låg liten lite'.split(' '));
const RISK = new Set('risk risiko'.split(' '));
const AS = new Set('as som til till'.split(' '));
/** How many words after the mention its assessment may be named ("suicide risk assessment", "selvmordsrisiko vurdert"). */
const ASSESSMENT_AFTER = 3;
/** How far after the mention, in its sentence, an assessment's finding of nothing is read. */
const FINDING_REACH = 14;

/** Words that make what follows a mere way of speaking ("just a figure of speech", sv "bara ett uttryck", nb "bare et uttrykk"). */
const MERELY = new Set('just only merely bara bare'.split(' '));
const FIGURES = new Set('figure saying expression talesätt talesättet uttryck uttrycket uttrykk uttrykket talemåte talemåten'.split(' '));
/** How far after a mention its "just a figure of speech" is read. */
const FIGURE_REACH = 30;

/** The label of an answer in a note of questions and answers ("A: no", sv "S: nej", "Svar: nej"). */
const ANSWER_LABELS = new Set('a answer reply s svar sv'.split(' '));

/** How far into the sentence after an asked one its reply is read ("Asked about DV. Client states that nobody…"). */
const NEXT_REPLY_REACH = 14;
/** Subjects that deny in a reply ("nobody has hurt her", sv "ingen har slagit honom", nb "ingen har slått ham"). */
const NOBODY = new Set('nobody noone no-one ingen'.split(' '));

/** Words that stand for the topic asked in a denial ("nothing like that", sv "inget sånt", nb "ikke noe slikt"). */
const SUCH = new Set('sånt sådant slikt sånn sådan'.split(' '));

/**
 * Verbs of stopping: a negation ends at one ("he would not stop hitting her", sv "slutade inte slå",
 * nb "klarer ikke å slutte å drikke"): what is not stopped goes on, so the act after it is told, not denied.
 * A negation right after one ("slutade inte slå") denies the stopping too.
 */
/** "Without" words: after a negation in their clause they tell of a need ("can't cope without"), not a denial. */
const WITHOUT = new Set('without utan uten'.split(' '));

const STOP_VERBS = new Set(
  ('stop stops stopped stopping quit quits quitting ' +
    'sluta slutar slutade slutat ' +
    'slutte slutter sluttet slutta stoppe stopper stoppet').split(' '),
);
/** Words that open a condition ("if she refuses", "hvis hun ikke kommer", "om hon nekar"). */
const CONDITIONALS = new Set('if unless ifall om hvis dersom viss'.split(' '));
/** What opens the main clause after a condition ("…, så skal han hente henne", "…then he'll…"). */
const AFTER_CONDITION = new Set('then så då'.split(' '));
/**
 * Words of "nothing": as an object ("spiser nesten ingenting", "äter inget") they deny only what is eaten or done,
 * not the purpose told after them ("for å straffe seg selv", "för att straffa sig").
 */
const NOTHING = new Set('nothing ingenting inget ingen intet'.split(' '));
const PURPOSE = new Set('for för'.split(' '));
const PURPOSE_MARKERS = new Set('å att'.split(' '));

/** Does a purpose open at word `k` (sv "för att", nb "for å")? */
export function opensPurpose(words: readonly AnswerWord[], k: number): boolean {
  return PURPOSE.has(words[k]?.lower ?? '') && PURPOSE_MARKERS.has(words[k + 1]?.lower ?? '');
}
/** "never see … again", sv "aldrig se … igen", nb "aldri se … igjen": the content of a threat, not a denial. */
const SEE = new Set('see seeing se träffa träffar treffe treffer'.split(' '));
const AGAIN = new Set('again igen igjen'.split(' '));
/** "nothing since she was 16", sv "inget sedan dess", nb "ikke noe siden": a past that stopped. */
const SINCE = new Set('since sedan sen siden sidan'.split(' '));
/**
 * …but not a stop of days, weeks or months ("not since Tuesday", "nykter sedan i våras"): a recent event keeps its
 * card. Also read by the concepts' "ended long ago" words (rules/match/cue-combinations.ts).
 */
export const RECENT = new Set(
  ('yesterday week weeks days day monday tuesday wednesday thursday friday saturday sunday weekend month months ' +
    'spring summer autumn christmas january february march april may june july august september october november december ' +
    'igår vecka veckor veckan dagar dag måndags tisdags onsdags torsdags fredags lördags söndags helgen månad månader ' +
    'våras somras höstas vintras julas januari februari mars maj juni juli augusti oktober ' +
    'uke uker uka dager dag mandag tirsdag onsdag torsdag fredag lørdag søndag helga måned måneder vår sommer høst jul ' +
    'januar februar mai desember').split(' '),
);
/** How far a turn that undoes a denial is looked for ("…, but she cuts most weekends"): bounds the work per mention. */
const TURN_REACH = 20;
/** How far after a mention, in its sentence, a stop since the past may stand. */
const SINCE_REACH = 12;
/**
 * What may stand between a heading's colon and its denial ("Routine DV enquiry: client denies…", "…: kl. nekar",
 * "…: doesn't drink"): a note's reporting words and the auxiliary of an English "not".
 */
const HEADING_REPORTING = new Set(
  ('client cl pt patient she he they says said states reports does do did is has have hon han kl klienten säger uppger sökande ' +
    'hun bru bruker brukeren sier opplyser').split(' '),
);
/** How many words a heading may have after its mention before the colon ("Suicidriskbedömning gjord:", "DV enquiry:"). */
const HEADING_WORDS = 4;
/** Subject and auxiliary words of an elliptical denial ("I'm not", "det vil jeg ikke", "det har hon inte"). */
const ELLIPSIS = new Set(
  ('i am is was are were do does did have has had will would can could it that he she they really honestly d ll said says ' +
    'jag det är var har hade vill ville gör gjorde kan skulle hon han de jo ' +
    'jeg er vil ville gjør gjorde skulle hun dei egentlig').split(' '),
);

/** Verbs of a reply ("…and she said no", sv "och hon svarade att…", nb "og hun svarte nei"). */
const REPLYING = new Set(
  ('said says answered answers replied replies told answer reply ' +
    'sa sade säger svarade svarar berättade svar svaret ' +
    'sier svarte svarer fortalte').split(' '),
);
/** A head shaken as the reply ("shook her head", sv "skakade på huvudet", nb "ristet på hodet"). */
const SHAKES = new Set('shook shakes shaking skakade skakar ristet rista rister'.split(' '));
const HEAD = new Set('head huvudet hodet'.split(' '));
/**
 * What someone thought, feared or reported before it was looked into ("the teacher thought he had hurt
 * himself", sv "orosanmälan", nb "mistanke om", "bekymringsmelding"): when a turn then corrects it ("…but it was
 * a skateboard fall", "men fant ingen tegn til…"), the mention was a belief refuted, not a disclosure.
 */
const BELIEF = new Set(
  ('thought think thinks worried suspected suspicion suspicions assumed concern concerns referral ' +
    'trodde tror misstänkte misstanke misstankar oro orosanmälan orosanmälningar ' +
    'mistenkte mistanke mistanker bekymring bekymringsmelding bekymringsmeldinger').split(' '),
);
/**
 * "about", "of", sv/nb "på", "om" after a belief word: "thought about killing myself" is the client's own
 * considering (a disclosure), not someone's belief that a later turn can refute.
 */
const CONSIDERING = new Set('about of på om'.split(' '));
/** Verbs of considering an act: with CONSIDERING after them, or alone ("considered", sv "funderat", nb "vurdert"). */
const CONSIDER = new Set(
  ('thought think thinks thinking considered considering ' +
    'tänkt tänkte tänker tänkt funderat funderade funderar övervägt ' +
    'tenkt tenkte tenker tenkje tenkjer vurdert vurderte vurderer').split(' '),
);
/** The act itself, denied after a turn: "…but never did it", sv "men aldrig gjort det", nb "men aldri gjort det". */
const DONE = new Set('did done do acted gjort gjorde gör gjør gjer handlat handla'.split(' '));
/** What a denied act points back at ("did it", "gjort det"), not "done anything about it", "gjort noe med det". */
const DONE_IT = new Set('it that so det dette'.split(' '));
/** "…but haven't done it yet", nb "enda", "ennå", sv "ännu", "än": an act still ahead is no denial. */
const YET = new Set('yet enda ennå ennu ännu än'.split(' '));
/** A finding ("found no sign", sv "fann ingen", nb "fant ingen"). */
const FOUND = new Set('found find finds fann hittade hittat fant funnet'.split(' '));
/** The correction after the turn: "it was…", "det var…", a finding of none, or a denial verb. */
const IT_WAS = new Set('it det they de dei'.split(' '));
const WAS = new Set('was were is are var är er'.split(' '));
/** How far before a mention its belief word may stand, and after it its correction. */
const BELIEF_REACH = 8;
const CORRECTION_REACH = 12;
/** Counts of a long time ("in over ten years", "på flere år", "i många år"). */
const YEARS = new Set('years yrs år'.split(' '));
const MANY = new Set(
  ('many several ten twenty five six seven eight nine over eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen thirty forty fifty ' +
    'många flera tio tjugo fem sex sju åtta nio elva tolv tretton fjorton femton sexton sjutton arton nitton trettio ' +
    'fyrtio femtio ' +
    'mange flere ti tjue seks sju åtte ni elleve tolv tretten fjorten femten seksten sytten atten nitten tretti ' +
    'førti femti').split(' '),
);

/**
 * Is word `k` a denial verb of someone refusing in a condition ("…hvis hun nekter", "…om hon nekar", "if she
 * denies it")? Then it denies nothing the answer tells: the threat before it stands.
 */
export function isRefusal(words: readonly AnswerWord[], k: number): boolean {
  const subject = words[k - 1];
  const condition = words[k - 2];
  return (
    DENIAL_VERBS.has(words[k]?.lower ?? '') && subject !== undefined && condition !== undefined &&
    (subject.roles & PRONOUN_ROLE.subj) !== 0 && CONDITIONALS.has(condition.lower)
  );
}

/**
 * Is word `k` a denial verb turned on its subject ("denies herself food", nb "nekter seg selv mat", sv "nekar sig mat")?
 * Self-deprivation, not a denial; nb "nekter seg skyldig" (pleads not guilty) still denies.
 */
export function isSelfDenial(words: readonly AnswerWord[], k: number): boolean {
  const next = words[k + 1];
  return (
    DENIAL_VERBS.has(words[k]?.lower ?? '') && next !== undefined && next.gap === GAP_NONE &&
    (next.roles & (PRONOUN_ROLE.reflexive | PRONOUN_ROLE.self)) !== 0 && !GUILTY.has(words[k + 2]?.lower ?? '') &&
    !GUILTY.has(words[k + 3]?.lower ?? '')
  );
}
const GUILTY = new Set('guilty skyldig skyldiga skyldige'.split(' '));

export interface NegationScopes {
  /** For each word: index of the negation word whose scope covers it, or -1. */
  negatedBy: Int32Array;
  /** Is the mention at words `start`…`end` negated, given the whole answer? */
  isNegated(start: number, end: number): boolean;
  /**
   * Where the answer denies the topic it was asked without naming it ("No, never.", "Aldri i livet",
   * "never seen anything like that", "inget sånt", "Not really", "No known history"), as a word span,
   * or null. In a field about a topic such an answer is a denial of that topic; `admits`, when the
   * reply goes on to tell of an event after all ("No, well, once", "Nei, bare en gang"), the words
   * that tell it: then it is a disclosure.
   */
  topicDenial(): { start: number; end: number; admits?: { start: number; end: number } } | null;
  /**
   * Does a negation word stand inside the mention at words `start`…`end`, slipped in between a phrase's
   * own words ("my kids aren't scared" for "kids are scared")? Only for a phrase with no negation word of
   * its own; a history after it keeps the card, as for `isNegated`.
   */
  negatesInside(start: number, end: number): boolean;
}

/** Is `word` (lower case, folded) a negation word? For a phrase that holds one of its own ("not want to live"). */
export function isNegationWord(word: string): boolean {
  return TRIGGERS.has(word) || AFTER.has(word);
}

/**
 * `words` are the answer's words; `text`, when given, the answer they were read from (to tell a
 * question mark from a full stop: "Self-harm? No, never." denies what was asked).
 */
export function negationScopes(words: readonly AnswerWord[], text = ''): NegationScopes {
  const ends = (k: number) => {
    const word = words[k]!;
    return TERMINATORS.has(word.lower) || (BEFORE_SUBJECT.has(word.lower) && ((words[k + 1]?.roles ?? 0) & PRONOUN_ROLE.subj) !== 0);
  };
  /** Sentence number of each word, and which sentences hold a Swedish or Norwegian word (`NORDIC_CLAUSE_WORDS`). */
  const sentenceOf = new Uint32Array(words.length);
  const nordicSentences = new Set<number>();
  for (let k = 0, sentence = 0; k < words.length; k++) {
    if (words[k]!.gap === GAP_STRONG) sentence++;
    sentenceOf[k] = sentence;
    if (NORDIC_CLAUSE_WORDS.has(words[k]!.lower)) nordicSentences.add(sentence);
  }
  /**
   * Is word `k` Nynorsk "no" (now) rather than English "no"? In a sentence with a Swedish or Norwegian
   * word, unless it opens the sentence as a reply of its own ("No, jeg har aldri…").
   */
  const nordicNow = (k: number): boolean => {
    if (words[k]!.lower !== 'no' || !nordicSentences.has(sentenceOf[k]!)) return false;
    const opensSentence = k === 0 || words[k]!.gap === GAP_STRONG;
    return !(opensSentence && (k + 1 >= words.length || words[k + 1]!.gap !== GAP_NONE));
  };
  /** Is word `k` a negation word in its position? */
  const negates = (k: number): boolean => {
    const word = words[k];
    return (
      word !== undefined && TRIGGERS.has(word.lower) && !PSEUDO[word.lower]?.has(words[k + 1]?.lower ?? '') && !nordicNow(k) &&
      !conditionalDenial(words, k) && !isRefusal(words, k) && !isSelfDenial(words, k) && !neverAgain(k) && !(k > 0 && words[k]!.gap === GAP_NONE && STOP_VERBS.has(words[k - 1]!.lower))
    );
  };
  /** "he said I'd never see the kids again": a "never" with "see" and "again" after it in its clause. */
  function neverAgain(k: number): boolean {
    if (!REPLY_NEVER.has(words[k]!.lower)) return false;
    let see = false;
    for (let m = k + 1; m < words.length && m <= k + NEGATION_WINDOW + 2; m++) {
      if (words[m]!.gap !== GAP_NONE) return false;
      if (SEE.has(words[m]!.lower)) see = true;
      else if (see && AGAIN.has(words[m]!.lower)) return true;
    }
    return false;
  }
  /** Does a condition open the clause of word `k` before it ("if she…", "hvis hun ikke…")? */
  function inCondition(k: number): boolean {
    for (let m = k - 1; m >= 0 && m >= k - NEGATION_WINDOW; m--) {
      if (CONDITIONALS.has(words[m]!.lower)) return true;
      if (words[m + 1]!.gap !== GAP_NONE) return false;
    }
    return false;
  }
  /** Does a degree word ("so", "så", "such") stand between the trigger at `from` and the "that" at `k`, close before it? */
  function degreeBefore(from: number, k: number): boolean {
    for (let m = k - 1; m > from && m >= k - DEGREE_REACH; m--) {
      if (words[m + 1]!.gap !== GAP_NONE) return false;
      if (DEGREE.has(words[m]!.lower)) return true;
    }
    return false;
  }
  /** Does the denied list of the trigger at `from` go on past the comma before word `k`? (`LIST_ITEM_WORDS`) */
  const listGoesOnPastComma = (from: number, k: number): boolean => {
    if (words[k]!.gap !== GAP_WEAK || k - from < 2) return false; // "No, she hits me": the "no" is a reply of its own
    let items = 0;
    let closed = false;
    for (let m = k; m < words.length; m++) {
      const word = words[m]!;
      if (m > k && word.gap === GAP_STRONG) break;
      if (m > k && word.gap === GAP_WEAK) {
        // "…, kutter meg av og til, og …": the sentence goes on past the list; "…, sier han", "… – he says":
        // a reporting clause of its own closes it
        if (closed) return items > 0 && startsClause(word);
        items = 0;
      }
      if (startsClause(word) || (word.roles & (PRONOUN_ROLE.self | PRONOUN_ROLE.obj)) !== 0) return false;
      if (LIST_AND.has(word.lower) || LIST_GOES_ON.has(word.lower)) {
        if (closed) return false;
        closed = true;
        items = 0;
        continue;
      }
      if (TERMINATORS.has(word.lower)) return false;
      if (!LIGHT.has(word.lower) && !LIST_LIGHT.has(word.lower) && !TRIGGERS.has(word.lower) && ++items > LIST_ITEM_WORDS) return false;
    }
    return closed && items > 0;
  };
  const negatedBy = new Int32Array(words.length).fill(-1);
  let trigger = -1;
  /** The current trigger's list has gone on past a comma: its closing "and" goes on too. */
  let listed = false;
  let used = 0;
  const listGoesOnAfterDenial = (k: number) => {
    const next = words[k + 1];
    return (
      trigger >= 0 && DENIAL_VERBS.has(words[trigger]!.lower) && LIST_AND.has(words[k]!.lower) && next !== undefined &&
      (next.roles & PRONOUN_ROLE.subj) === 0 && !NEW_CLAUSE_AFTER_AND.has(next.lower)
    );
  };
  /**
   * Is word `k` joined to the word before by a bare slash ("no alcohol/drugs", "harming/killing self",
   * sv "ej våld/hot")? A short field's "or": the denied list goes on through it.
   */
  const slashed = (k: number): boolean => k > 0 && text.slice(words[k - 1]!.end, words[k]!.start) === '/';
  /** The current trigger stands in a condition: its scope ends where the main clause opens ("så", "then"). */
  let conditional = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (trigger >= 0 && conditional && AFTER_CONDITION.has(word.lower)) trigger = -1;
    // "spiser nesten ingenting for å straffe seg": the purpose after a "nothing" is told, not denied
    if (trigger >= 0 && NOTHING.has(words[trigger]!.lower) && opensPurpose(words, i)) trigger = -1;
    const deniedClause = trigger >= 0 && (DENIAL_VERBS.has(words[trigger]!.lower) || degreeBefore(trigger, i)) && THAT.has(word.lower);
    // "aldri så langt at jeg har tenkt på…", "never so bad that I…": the clause of a denied degree is denied, afresh
    if (deniedClause && !DENIAL_VERBS.has(words[trigger]!.lower)) used = 0;
    const listPastComma = trigger >= 0 && word.gap === GAP_WEAK && (listGoesOnPastComma(trigger, i) || slashed(i));
    if (listPastComma) listed = true;
    const listAnd = listed && LIST_AND.has(word.lower);
    if ((word.gap !== GAP_NONE && !listPastComma) || (ends(i) && !deniedClause && !listGoesOnAfterDenial(i) && !listAnd)) trigger = -1;
    if (trigger >= 0 && !LIGHT.has(word.lower) && ++used > NEGATION_WINDOW) trigger = -1;
    if (trigger >= 0) negatedBy[i] = trigger;
    // "would not stop hitting her": the stopping is denied, the act after it goes on
    if (trigger >= 0 && STOP_VERBS.has(word.lower)) trigger = -1;
    if (trigger >= 0 && (LIST_GOES_ON.has(word.lower) || LIST_AND.has(word.lower) || listPastComma)) used = 0; // the window starts again after "or" or a list's comma
    // "can't get through the evening without a drink", sv "klarar inte kvällen utan vin", nb "ingen dag uten en øl":
    // a "without" inside a negation's reach says what cannot be done without, a need: neither negation reaches past it,
    // and the "without" itself is told, not denied (rules/lexicon/word-classes/substance-use.ts reads it as a need)
    if (trigger >= 0 && WITHOUT.has(word.lower)) {
      negatedBy[i] = -1;
      trigger = -1;
      continue;
    }
    if (negates(i)) {
      trigger = i;
      conditional = inCondition(i);
      listed = false;
      used = 0;
    }
  }

  function negatedBefore(start: number): boolean {
    const by = negatedBy[start] ?? -1;
    return by >= 0 && by < start;
  }

  function negatedAfter(end: number): boolean {
    // "Suicidal thoughts: none." / "asked about self-harm – she said no": a denial ending the sentence;
    // before it, up to two more words of the mention's own phrase ("thoughts"), then after a
    // comma or colon only reporting words.
    let afterGap = false;
    for (let k = end + 1; k <= end + CLOSING_WINDOW && k < words.length; k++) {
      const word = words[k]!;
      if (word.gap === GAP_STRONG) break;
      if (word.gap !== GAP_NONE) afterGap = true;
      const last = k + 1 >= words.length || words[k + 1]!.gap === GAP_STRONG || ((DENIAL_VERBS.has(word.lower) || word.lower === 'negative') && words[k + 1]!.gap !== GAP_NONE);
      // "…whether I live or not" asks, it does not deny.
      if (CLOSING_DENIALS.has(word.lower) && last && !LIST_GOES_ON.has(words[k - 1]?.lower ?? '') && !nordicNow(k) && !isRefusal(words, k)) return true;
      const ownPhrase = !afterGap && k - end <= 2 && !ends(k) && !TRIGGERS.has(word.lower);
      if (!ownPhrase && !REPORTING.has(word.lower)) break;
    }
    // "Våld i nära relation efterfrågat, förnekas": a passive denial has the topic as its subject.
    for (let k = end + 1; k <= end + CLOSING_WINDOW && k < words.length; k++) {
      if (words[k]!.gap === GAP_STRONG) break;
      if (PASSIVE.has(words[k]!.lower)) return true;
    }
    // sv/nb word order: "Självmord har hon aldrig försökt", in the same clause.
    for (let k = end + 1; k <= end + AFTER_WINDOW && k < words.length; k++) {
      const word = words[k]!;
      if (word.gap !== GAP_NONE || ends(k)) return false;
      if (AFTER.has(word.lower) && !PSEUDO[word.lower]?.has(words[k + 1]?.lower ?? '') && !LIST_GOES_ON.has(words[k - 1]?.lower ?? '')) return true;
    }
    return false;
  }

  /** Does a reply that denies open at word `k` ("No, never", "Absolutely not", "Långt därifrån")? */
  function deniesAt(k: number): boolean {
    const first = words[k]?.lower ?? '';
    const second = words[k + 1];
    const opensWith = negates;
    if (opensWith(k) || REPLY_NO.has(first)) return true;
    if (!second || second.gap === GAP_STRONG) return false;
    return (REPLY_INTENSIFIERS.has(first) && opensWith(k + 1)) || (FAR_FROM[first]?.has(second.lower) ?? false);
  }

  /**
   * "Have you ever hurt yourself? – No, never.": the mention is in a question the next sentence
   * answers with a denial. Only a question mark tells a question from a statement.
   */
  function answeredNo(end: number): boolean {
    if (!text) return false;
    for (let k = end + 1; k < words.length; k++) {
      if (words[k]!.gap !== GAP_STRONG) continue;
      // "…hit you? She'd never.", "…? He would never, not him": a reply of subject, auxiliary and a negation only;
      // "Q: …? A: no.", sv "F: …? S: nej": after the reply's label
      const reply = ANSWER_LABELS.has(words[k]!.lower) && words[k + 1]?.gap === GAP_WEAK && text.slice(words[k]!.end, words[k + 1]!.start).includes(':') ? k + 1 : k;
      return text.slice(words[k - 1]!.end, words[k]!.start).includes('?') && (deniesAt(reply) || ellipticalDenial(reply));
    }
    return false;
  }

  /** Is the mention at `start` asked about in its sentence ("asked whether she…", "spurt om…", "tok opp…")? */
  function asked(start: number): number {
    for (let k = start; k >= 0; k--) {
      const word = words[k]!;
      if (ASKING.has(word.lower) || ASKING_ENDS.some((end) => word.lower.length > end.length + 2 && word.lower.endsWith(end))) return k;
      if (RAISING.has(word.lower) && (words[k + 1]?.lower === 'upp' || words[k + 1]?.lower === 'opp')) return k;
      if (word.gap !== GAP_NONE) break; // only what stands in the asking clause itself
    }
    return -1;
  }

  /**
   * "Asked about self-harm – she says she never has", "'God no' – when asked whether…": a topic an
   * adviser asked about, with the reply's denial in the next clause or opening the sentence.
   */
  function askedAndDenied(start: number, end: number): boolean {
    const ask = asked(start);
    if (ask < 0) return false;
    let opening = ask;
    while (opening > 0 && words[opening]!.gap !== GAP_STRONG) opening--;
    if (opening < ask && deniesAt(opening)) return true;
    // 'svarar "nej, inte så" på fråga om…', 'said no when asked about…': the reply stands before the question.
    for (let m = ask - 1; m >= opening && m >= ask - 12; m--) {
      if (CONTRASTS.has(words[m]!.lower)) break;
      if (NO_WORDS.has(words[m]!.lower) || DENIAL_VERBS.has(words[m]!.lower)) return true;
      // 'svarer "tror ikke det" på spm om…', "said she didn't think so when asked": a "not" pointing back at what was asked
      if (AFTER.has(words[m]!.lower) && ASKED_THING.has(words[m + 1]?.lower ?? '') && words[m + 1]!.gap === GAP_NONE) return true;
    }
    // "frågade om jag tänkt ta livet av mig och nej det har jag inte": the reply joined to the question by "and"
    for (let m = end + 1; m + 1 < words.length && m <= end + 8 && words[m]!.gap === GAP_NONE; m++) {
      if (!LIST_AND.has(words[m]!.lower) || !NO_WORDS.has(words[m + 1]!.lower) || words[m + 1]!.gap === GAP_STRONG) continue;
      const after = words[m + 2];
      if ((!after || after.gap !== GAP_NONE || ellipticalDenial(m + 2)) && noTurnAfter(m + 1)) return true;
    }
    // "asked whether she hurts herself and said no", "frågade om självmordstankar och hon svarade att hon aldrig…"
    if (repliedNo(end)) return true;
    let k = end + 1;
    while (k < words.length && words[k]!.gap === GAP_NONE) k++;
    if (k >= words.length) return false;
    // "Frågat om våld i nära relation. Kl. … förnekar hot eller våld.": a question noted as a sentence of its
    // own, answered in the next one by a denial verb.
    if (words[k]!.gap === GAP_STRONG) {
      for (let m = k; m < words.length && m < k + NEXT_REPLY_REACH; m++) {
        if (m > k && words[m]!.gap === GAP_STRONG) break;
        if (CONTRASTS.has(words[m]!.lower)) return false;
        if (DENIAL_VERBS.has(words[m]!.lower)) return noTurnAfter(m);
        // '… Hon skrattade och sa "nej för fan"', "He answered no.": a reply verb and a "no" right after it
        if (REPLYING.has(words[m]!.lower) && (NO_WORDS.has(words[m + 1]?.lower ?? '') || NO_WORDS.has(words[m + 2]?.lower ?? ''))) return noTurnAfter(m);
        // "…Hon uppger att ingen i familjen hotat henne", "Says nobody has hurt him": nobody as the reply's subject
        if (nobodyOpens(m)) return noTurnAfter(m);
      }
    }
    let pointsBack = false;
    let denied = false;
    for (let m = k; m < words.length && m < k + 12; m++) {
      const word = words[m]!;
      if (m > k && word.gap === GAP_STRONG) break;
      // a turn anywhere in the reply's sentence keeps the card ("Asked re self-harm – no plan, but cuts weekly"), unless
      // it only says never again ("nei, aldri, vi krangler, men han har aldri lagt hånd på meg")
      if (CONTRASTS.has(word.lower)) {
        if (denied && end < m && turnSaysNever(m)) break;
        return false;
      }
      // the reply is its first clause (a quote after "svarar", "says" goes on); after a denial, read on for a turn
      if (m > k && word.gap !== GAP_NONE && !denied && !REPORTING.has(words[m - 1]!.lower)) break;
      if (denied) continue;
      if (ASKED_THING.has(word.lower)) pointsBack = true;
      if (REPLY_NEVER.has(word.lower) || DENIAL_VERBS.has(word.lower)) denied = true;
      // a "no" that is a reply by itself ("she said no", "nej, inte så", "ingen kjent"), not "no plan"
      if (REPLY_DENIALS.has(word.lower) && replyByItself(m)) denied = true;
      if (pointsBack && TRIGGERS.has(word.lower)) denied = true;
    }
    return denied;
  }

  /**
   * "Selvmordsrisikovurdering gjort av fastlege, lav risiko", "Fastlegen har kartlagt selvmordsrisiko uten funn", "Suicide
   * risk assessed: low risk", "kartläggning av våld gjord, inga fynd": an assessment of the topic, in the mention's
   * sentence before it or in the mention's own word, that found nothing or a low risk, with no turn after.
   */
  function assessedClear(start: number, end: number): boolean {
    let assessed = false;
    // before the mention in its sentence, in it, or right after it ("Suicide risk assessment…", "Selvmordsrisiko vurdert…")
    let last = end;
    while (last + 1 < words.length && last < end + ASSESSMENT_AFTER && words[last + 1]!.gap !== GAP_STRONG) last++;
    for (let k = last; k >= 0 && !assessed; k--) {
      const word = words[k]!.lower;
      assessed = ASKING.has(word) || ASSESSMENT_PARTS.some((part) => word.includes(part));
      if (k <= start && words[k]!.gap === GAP_STRONG) break;
    }
    if (!assessed) return false;
    for (let k = end + 1; k < words.length && k <= end + FINDING_REACH; k++) {
      const word = words[k]!;
      if (word.gap === GAP_STRONG || CONTRASTS.has(word.lower)) return false;
      const next = words[k + 1];
      // "low risk", "lav risiko", and "assessed as low", sv "bedömd som låg", nb "vurdert som lav"
      const low = LOW.has(word.lower) && ((next !== undefined && next.gap === GAP_NONE && RISK.has(next.lower)) || (word.gap === GAP_NONE && AS.has(words[k - 1]!.lower)));
      const none = (negates(k) || word.lower === 'no') && [k + 1, k + 2].some((m) => words[m] !== undefined && words[m]!.gap === GAP_NONE && FINDINGS.has(words[m]!.lower));
      if (low || none || word.lower === 'negative' || word.lower === 'negativ') return noTurnAfter(k);
    }
    return false;
  }

  /**
   * 'His comment "I'd rather be dead than…" – says it's just a figure of speech', sv "…sa han, men det var bara ett
   * uttryck": the words are said to be only a way of speaking, later in the answer, with no turn after.
   */
  function saidAsFigure(end: number): boolean {
    for (let k = end + 1; k + 1 < words.length && k <= end + FIGURE_REACH; k++) {
      // "…not just a figure of speech" says it was meant
      if (!MERELY.has(words[k]!.lower) || isNegationWord(words[k - 1]!.lower)) continue;
      for (let m = k + 1; m < words.length && m <= k + 3 && words[m]!.gap === GAP_NONE; m++) {
        if (FIGURES.has(words[m]!.lower)) return noTurnAfter(m);
      }
    }
    return false;
  }

  /** Does a "nobody" open a clause at word `k` ("nobody has", "att ingen i familjen…", "that no one…")? */
  function nobodyOpens(k: number): boolean {
    const word = words[k]!.lower;
    const opens = k === 0 || words[k]!.gap !== GAP_NONE || THAT.has(words[k - 1]!.lower);
    return opens && (NOBODY.has(word) || (word === 'no' && words[k + 1]?.lower === 'one' && words[k + 1]!.gap === GAP_NONE)) && !knowingOnly(words, k);
  }

  /**
   * "Old scars – from her teens, nothing since she was 16", sv "inget sedan dess", nb "ikke noe siden": after the
   * mention, in its sentence, a negation with "since" right after it (or one word on) says the past stopped, so
   * the mention is of a past alone; a stop of days or weeks ("not since Tuesday") or a turn after it does not.
   */
  function stoppedSince(end: number): boolean {
    for (let k = end + 1; k < words.length && k <= end + SINCE_REACH; k++) {
      if (words[k]!.gap === GAP_STRONG) return false;
      if (!negates(k) && !AFTER.has(words[k]!.lower)) continue;
      const since = SINCE.has(words[k + 1]?.lower ?? '') ? k + 1 : SINCE.has(words[k + 2]?.lower ?? '') ? k + 2 : -1;
      // "…nothing since she was 16": a time after "since"; "and hasn't since." says no more than that it stopped
      if (since < 0 || words[since]!.gap === GAP_STRONG || words[k + 1]!.gap === GAP_STRONG || words[since + 1]?.gap !== GAP_NONE) continue;
      for (let m = since + 1; m < words.length && m <= since + TURN_REACH && words[m]!.gap !== GAP_STRONG; m++) {
        if (RECENT.has(words[m]!.lower) || CONTRASTS.has(words[m]!.lower)) return false;
      }
      return true;
    }
    return false;
  }

  /**
   * "Routine DV enquiry: client denies any abuse", "Suicidriskbedömning gjord: inga dödstankar", "Alcohol/drugs:
   * denies any use": the mention names a heading whose answer, after its colon, opens with a denial (after a
   * note's reporting words). A turn in that answer ("…: no plan, but…") keeps the card.
   */
  function headingDenied(end: number): boolean {
    if (!text) return false;
    for (let k = end + 1; k < words.length && k <= end + 1 + HEADING_WORDS; k++) {
      const word = words[k]!;
      if (word.gap === GAP_STRONG) return false;
      if (word.gap !== GAP_WEAK || !text.slice(words[k - 1]!.end, word.start).includes(':')) continue;
      let m = k;
      while (m < words.length && m < k + 3 && HEADING_REPORTING.has(words[m]!.lower) && words[m + 1]?.gap === GAP_NONE) m++;
      if (!negates(m) && !REPLY_NO.has(words[m]!.lower)) return false;
      for (let n = m + 1; n < words.length && n <= m + TURN_REACH && words[n]!.gap !== GAP_STRONG; n++) if (CONTRASTS.has(words[n]!.lower)) return false;
      return true;
    }
    return false;
  }

  /**
   * Does a denial that only points back ("I'm not", "det vil jeg ikke", "det har hon inte", "I don't") fill the
   * clause from word `k` to its end? Subject and auxiliary words and a negation word, nothing else.
   */
  function ellipticalDenial(k: number): boolean {
    let negation = false;
    let m = k;
    for (; m < words.length && m < k + 5; m++) {
      if (m > k && words[m]!.gap !== GAP_NONE) break;
      if (negates(m) || AFTER.has(words[m]!.lower)) negation = true;
      else if (!ELLIPSIS.has(words[m]!.lower)) return false;
    }
    return negation && (m >= words.length || words[m]!.gap !== GAP_NONE);
  }

  /** "…: inga dödstankar", "asked if I was suicidal. I'm not", "spurte om jeg ville dø, men det vil jeg ikke". */
  function askedAndDeniedElliptically(start: number, end: number): boolean {
    if (asked(start) < 0) return false;
    for (let k = end + 1; k < words.length && k <= end + 12; k++) {
      const word = words[k]!;
      if (word.gap === GAP_STRONG) return ellipticalDenial(k);
      if (CONTRASTS.has(word.lower)) return ellipticalDenial(k + 1);
    }
    return false;
  }

  /**
   * After an asked mention, in its sentence, a verb of reply ("said", "svarade", "svarte") or a head shaken, whose
   * reply is a "no" by itself or holds a negation ("…and said no", "…svarar hon att det aldrig förekommit"). A
   * turn first keeps the card.
   */
  function repliedNo(end: number): boolean {
    for (let k = end + 1; k < words.length && k <= end + CORRECTION_REACH; k++) {
      const word = words[k]!;
      if (word.gap === GAP_STRONG || CONTRASTS.has(word.lower)) return false;
      if (SHAKES.has(word.lower) && (HEAD.has(words[k + 1]?.lower ?? '') || HEAD.has(words[k + 2]?.lower ?? ''))) return noTurnAfter(k);
      if (!REPLYING.has(word.lower)) continue;
      for (let m = k + 1; m < words.length && m <= k + 6; m++) {
        if (words[m]!.gap === GAP_STRONG || CONTRASTS.has(words[m]!.lower)) return false;
        const next = words[m + 1];
        // a "no" by itself ("said no", "said no and…"), not "said no plan"
        const no = NO_WORDS.has(words[m]!.lower);
        if (no && (!next || next.gap !== GAP_NONE || LIST_AND.has(next.lower) || REPLY_TAILS.has(next.lower))) return noTurnAfter(m);
        if (!no && (negates(m) || AFTER.has(words[m]!.lower))) return noTurnAfter(m);
      }
      return false;
    }
    return false;
  }

  /**
   * Does the turn at `k` only say "never" again, within its subject and verb ("but he has never laid a hand on her", "men
   * han har aldri…")? Not a "never" of telling, daring or stopping ("but she has never told anyone he…", "never stopped
   * cutting"): that turn tells.
   */
  function turnSaysNever(k: number): boolean {
    for (let m = k + 1; m < words.length && m <= k + NEVER_IN_TURN_REACH && words[m]!.gap === GAP_NONE; m++) {
      if (!REPLY_NEVER.has(words[m]!.lower)) continue;
      for (let n = m + 1; n <= m + 2 && n < words.length && words[n]!.gap === GAP_NONE; n++) if (NEVER_GOES_ON.has(words[n]!.lower)) return false;
      return true;
    }
    return false;
  }

  /** No turn in the rest of word `k`'s sentence ("…says no plan, but she cuts most weekends" keeps the card). */
  function noTurnAfter(k: number): boolean {
    for (let m = k + 1; m < words.length && m <= k + TURN_REACH && words[m]!.gap !== GAP_STRONG; m++) if (CONTRASTS.has(words[m]!.lower)) return false;
    return true;
  }

  /**
   * "The teacher thought he had hurt himself, but it was a fall from his skateboard", "bekymringsmelding, men fant
   * ingen tegn til vold", "mistanke om selvskading, men klienten avviser det": a belief before the mention, refuted
   * after a turn.
   */
  function correctedBelief(start: number, end: number): boolean {
    let belief = false;
    // the mention itself may be the belief ("en bekymringsmelding, men…")
    for (let k = end; k >= 0 && k >= start - BELIEF_REACH && !belief; k--) {
      if (k < start && words[k + 1]!.gap === GAP_STRONG) break;
      const considering = CONSIDER.has(words[k]!.lower) && CONSIDERING.has(words[k + 1]?.lower ?? '') && words[k + 1]!.gap === GAP_NONE;
      belief = (BELIEF.has(words[k]!.lower) && !considering) ||
        (words[k]!.lower.length > 8 && (words[k]!.lower.endsWith('anmälan') || words[k]!.lower.endsWith('melding')));
    }
    if (!belief) return false;
    for (let k = end + 1; k < words.length && k <= end + CORRECTION_REACH; k++) {
      if (words[k]!.gap === GAP_STRONG) return false;
      // "…och fann ingen oro för våld", "found no sign of…": what was looked into was not found
      if (FOUND.has(words[k]!.lower) && (negates(k + 1) || negates(k + 2))) return true;
      if (!CONTRASTS.has(words[k]!.lower)) continue;
      for (let m = k + 1; m < words.length && m <= k + 4 && words[m]!.gap !== GAP_STRONG; m++) {
        const word = words[m]!.lower;
        if (IT_WAS.has(word) && WAS.has(words[m + 1]?.lower ?? '')) return true;
        if (DENIAL_VERBS.has(word) || (TRIGGERS.has(word) && negates(m))) return true;
      }
      return false;
    }
    return false;
  }

  /**
   * "Har tenkt på å kutte meg, men aldri gjort det", "thought about cutting, but never did it": an act considered
   * before the mention and, after a turn in its sentence, denied as done. Only the act's denial counts: "thought
   * about killing myself but I have no plan" stays a disclosure.
   */
  function consideredNotDone(start: number, end: number): boolean {
    let considered = false;
    for (let k = start - 1; k >= 0 && k >= start - BELIEF_REACH && !considered; k--) {
      if (words[k + 1]!.gap === GAP_STRONG) break;
      considered = CONSIDER.has(words[k]!.lower);
    }
    if (!considered) return false;
    for (let k = end + 1; k < words.length && k <= end + CORRECTION_REACH; k++) {
      if (words[k]!.gap === GAP_STRONG) return false;
      if (!CONTRASTS.has(words[k]!.lower)) continue;
      for (let m = k + 1; m < words.length && m <= k + 4 && words[m]!.gap !== GAP_STRONG; m++) {
        if (!negates(m)) continue;
        for (let n = m + 1; n < words.length && n <= m + 3 && words[n]!.gap === GAP_NONE; n++) {
          if (!DONE.has(words[n]!.lower)) continue;
          const next = words[n + 1];
          const pointsBack = !next || next.gap !== GAP_NONE || DONE_IT.has(next.lower);
          return pointsBack && !stillAhead(n + 1);
        }
      }
      return false;
    }
    return false;
  }

  /** Does a "yet" stand in the clause from word `k` ("…but I haven't done it yet", "…har ikke gjort det ennå")? */
  function stillAhead(k: number): boolean {
    for (let m = k; m < words.length && m <= k + 4; m++) {
      if (m > k && words[m]!.gap !== GAP_NONE) return false;
      if (YET.has(words[m]!.lower)) return true;
    }
    return false;
  }

  /**
   * "…men har ikke skadet seg på over ti år", "hasn't in many years": a negation with a count of years after it, in
   * its clause, after the mention: the past stopped long ago.
   */
  function notForYears(end: number): boolean {
    for (let k = end + 1; k < words.length && k <= end + SINCE_REACH; k++) {
      if (words[k]!.gap === GAP_STRONG) return false;
      if (!negates(k) && !AFTER.has(words[k]!.lower)) continue;
      for (let m = k + 1; m < words.length && m <= k + 7 && words[m]!.gap === GAP_NONE; m++) {
        if (YEARS.has(words[m]!.lower) && (MANY.has(words[m - 1]!.lower) || /^\d+$/.test(words[m - 1]!.lower))) return true;
      }
    }
    return false;
  }

  /** "…, but last year she tried": a contrast, then a clause with no negation that speaks of an event. */
  function historyAfter(end: number): boolean {
    for (let k = end + 1; k < words.length && k <= end + 12; k++) {
      if (!CONTRASTS.has(words[k]!.lower)) continue;
      for (let m = k + 1; m < words.length && m <= k + 10; m++) {
        const word = words[m]!;
        if (word.gap === GAP_STRONG) break;
        if (TRIGGERS.has(word.lower)) break;
        if (HISTORY.has(word.lower)) return true;
      }
    }
    return false;
  }

  /** "…, previous attempt 2020": a bare attempt, not negated, within reach after the mention (`ATTEMPT_NOUNS`). */
  function attemptAfter(end: number): boolean {
    for (let k = end + 1; k < words.length && k <= end + ATTEMPT_REACH; k++) {
      if (negatedBy[k] !== -1) continue;
      const word = words[k]!.lower;
      if (ATTEMPT_NOUNS.has(word) && BEFORE_ATTEMPT.has(words[k - 1]?.lower ?? '')) return true;
      if (!ATTEMPT_VERBS.has(word)) continue;
      const next = words[k + 1];
      if (!next || next.gap !== GAP_NONE || WHEN_WORDS.has(next.lower) || /^\d/.test(next.lower)) return true;
    }
    return false;
  }

  /** "like that", "of the sort", sv/nb "sånt", "slikt" at word `k`, within a negation's scope. */
  function such(k: number): boolean {
    const word = words[k]!.lower;
    if (negatedBy[k] === -1) return false;
    if (SUCH.has(word)) return true;
    return (word === 'like' && words[k + 1]?.lower === 'that') || (word === 'sort' && words[k - 1]?.lower === 'the');
  }

  /**
   * The opening denial is a reply by itself ("No.", "No, never", "Absolutely not", "Aldri i livet"):
   * its clause ends after it or goes on only with another denial. "Not good. …" or "Inget jobb"
   * opens with a negation but denies nothing that was asked.
   */
  function replyByItself(k: number): boolean {
    if (FAR_FROM[words[k]!.lower]?.has(words[k + 1]?.lower ?? '')) return true;
    const trigger = opensReply(k) ? k : k + 1;
    const next = words[trigger + 1];
    if (!next || next.gap !== GAP_NONE || TRIGGERS.has(next.lower) || REPLY_TAILS.has(next.lower)) return true;
    if (DENIAL_VERBS.has(words[trigger]!.lower) && DENIED_OBJECT.has(next.lower)) return true;
    // "nej ungarna har aldrig varit rädda hemma": a bare "no" whose sentence denies again.
    if (!NO_WORDS.has(words[trigger]!.lower)) return false;
    for (let m = trigger + 1; m < words.length && words[m]!.gap !== GAP_STRONG; m++) if (negates(m)) return true;
    return false;
  }

  /** Is word `k` a denial that may open a reply ("No", "Nope", "Aldri")? */
  function opensReply(k: number): boolean {
    return TRIGGERS.has(words[k]!.lower) || REPLY_NO.has(words[k]!.lower);
  }

  /**
   * After a reply's denial ending at `from`, the words of an event told after all ("No, well, once"), or null;
   * none when a later sentence denies again ("…once, on the bus, but at home? No, never.").
   */
  function eventAfter(from: number): { start: number; end: number } | null {
    for (let k = from + 1; k < words.length; k++) if (words[k]!.gap === GAP_STRONG && deniesAt(k) && replyByItself(k)) return null;
    return firstEventAfter(from);
  }

  function firstEventAfter(from: number): { start: number; end: number } | null {
    for (let k = from + 1; k < words.length; k++) {
      if (negatedBy[k] !== -1) continue;
      const word = words[k]!.lower;
      // "once I have a flat…" is a "when", not an event
      if (word === 'once' && (words[k + 1]?.roles ?? 0) & PRONOUN_ROLE.subj) continue;
      if (EVENT_ONCE.has(word)) return { start: k, end: k };
      if (!TIMES.has(word)) continue;
      const count = words[k - 1]?.lower === 'of' ? k - 2 : k - 1; // "a couple of times"
      if (COUNT_WORDS.has(words[count]?.lower ?? '') && negatedBy[count] === -1) return { start: count, end: k };
    }
    return historyAfter(from) ? { start: from, end: from } : null;
  }

  function topicDenial(): { start: number; end: number; admits?: { start: number; end: number } } | null {
    if (words.length === 0) return null;
    // The answer's first sentence, or one after a question ("Cutting? God no."), that denies by itself.
    for (let k = 0; k < words.length; k++) {
      if (k > 0 && !(words[k]!.gap === GAP_STRONG && text.slice(words[k - 1]!.end, words[k]!.start).includes('?'))) continue;
      if (!deniesAt(k) || !replyByItself(k)) continue;
      const end = opensReply(k) ? k : k + 1;
      const admits = eventAfter(end);
      return { start: k, end, ...(admits && { admits }) };
    }
    for (let k = 0; k < words.length; k++) if (such(k)) return { start: negatedBy[k]!, end: k };
    // "Asked directly – says no, plenty to live for", "Frågat – svarar nej": a note that the question was asked and
    // answered with a "no" by itself, in the sentence of the asking.
    for (let k = 0, asking = false; k + 1 < words.length; k++) {
      if (words[k]!.gap === GAP_STRONG) asking = false;
      if (ASKING.has(words[k]!.lower)) asking = true;
      if (!asking || !REPLYING.has(words[k]!.lower) || !NO_WORDS.has(words[k + 1]!.lower)) continue;
      const after = words[k + 2];
      if (after && after.gap === GAP_NONE && !REPLY_TAILS.has(after.lower)) continue;
      const admits = eventAfter(k + 1);
      return { start: k + 1, end: k + 1, ...(admits && { admits }) };
    }
    // "Routine DA screening: negative.", "Frågor enligt rutin – nekar.": a note's answer after a colon or dash.
    for (let k = 1; k < words.length; k++) {
      const last = k + 1 >= words.length || words[k + 1]!.gap === GAP_STRONG;
      if (last && words[k]!.gap === GAP_WEAK && CLOSING_DENIALS.has(words[k]!.lower) && !nordicNow(k)) return { start: k, end: k };
    }
    return null;
  }

  return {
    negatedBy,
    topicDenial,
    negatesInside(start, end) {
      let inside = false;
      for (let k = start + 1; k <= end && !inside; k++) inside = negates(k) || AFTER.has(words[k]!.lower);
      return inside && !historyAfter(end) && !attemptAfter(end);
    },
    isNegated(start, end) {
      if (
        !negatedBefore(start) && !negatedAfter(end) && !answeredNo(end) && !askedAndDenied(start, end) && !stoppedSince(end) &&
        !headingDenied(end) && !askedAndDeniedElliptically(start, end) && !correctedBelief(start, end) && !consideredNotDone(start, end) && !notForYears(end) &&
        !assessedClear(start, end) && !saidAsFigure(end)
      ) {
        return false;
      }
      return !historyAfter(end) && !attemptAfter(end);
    },
  };
}
