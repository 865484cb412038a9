/**
 * A concept read as combinations of word classes rather than as fixed phrases:
 * "wish" words (want, wish, rather, ønsker) near "death" words (die, not wake
 * up, försvinna) say what "I'd rather just not be here" and "vill bara
 * försvinna" say, in words no phrase list foresaw. Each class is a list of
 * words and short phrases per language, written as lexicon entries are
 * (rules/compile-phrase.ts: stems, persons, compounds, typos and `...` gaps are
 * handled there), and a rule names the classes that must all occur in one
 * sentence (or a few, when the rule says so), within a few words of each other.
 */
export type CueWords = { en: string[]; sv: string[]; nb: string[] };

export interface CueRule {
  /** Classes that must all occur (one class alone: a cue strong enough by itself). */
  all: string[];
  /** Largest distance in words from the first to the last matched word; default DEFAULT_CUE_WINDOW. */
  within?: number;
  /**
   * How many sentences in a row the classes may be spread over (default 1: one sentence). For what clients say
   * in fragments ("I've written letters. To the kids. In case."); `within` still bounds the words.
   */
  sentences?: number;
  /**
   * The classes must occur in the order `all` names them (by where each starts): "he broke my arm and I said I
   * fell" tells of an injury and then of what was said of it; "she said she fell and broke her wrist" tells of a fall.
   */
  inOrder?: boolean;
}

export interface ConceptCues {
  /** The concept these cues add to (rules/lexicon/). */
  concept: string;
  /** Why these classes and rules: what kinds of writing they cover, and what they leave out on purpose. */
  note: string;
  /**
   * Word classes by name. A class named `onPurpose` ("on purpose", "med flit"; not a purpose such as "to die") is also read on its own:
   * in its sentence, accident idioms and innocent explanations no longer lower a combination
   * (rules/match/cue-combinations.ts).
   */
  classes: Record<string, CueWords>;
  rules: CueRule[];
  /**
   * Words that explain a combination innocently when they stand in its sentence (an accident, a sport,
   * a sales target, a joke): the combination then only brings a quiet check-in, never hides.
   */
  innocent?: CueWords;
  /**
   * The innocent words also lower the concept's one-word mentions of its lexicon ("bruises from football",
   * "blåmärken från fotbollen"); never for a concept where a lone word is itself the disclosure (suicide).
   */
  innocentCoversWords?: boolean;
  /**
   * Classes that say an explanation was told to others or made up (a cover story: "told the nurse I'd slipped", sv
   * "ljög om blåmärkena"): in a combination holding one, the fall or the accident is what was said, so the innocent
   * words it holds do not lower it.
   */
  toldStories?: string[];
  /**
   * The concept is about what the client does (a wish to die, self-harm, substance use, an offence): another
   * person's act told with the client's own denial after it ("My friends cut themselves, but I never have") is a
   * denial, the quiet check-in (rules/match/others-act.ts). Never for violence, where another person's act is itself
   * the disclosure ("He hits my sister, but never me", "He beats the kids, but never me").
   */
  aboutOwnActs?: boolean;
  /**
   * Subjects that deny what follows them in the sentence for this concept ("nobody has ever hit her"),
   * though not for every concept ("no one would miss me" is no denial of a wish to die).
   */
  deniers?: CueWords;
  /**
   * Classes that name who (a partner, a child, a person a thing is done to), never what happened: a negation
   * over one of them denies nothing ("he smashed my phone so I could not ring my sister").
   */
  who?: string[];
  /**
   * Classes that name whom the concept is about (for a child concept: a child, a child's school). A concept that
   * declares them is raised (by a mention of its lexicon, a combination or the learned second net) only where the
   * answer names one of them, not under a negation before it ("we have no kids"), or the item's own question does
   * ("Are any children exposed to violence?"): partner violence told with no child in it ("he hits me when he
   * drinks", "jag har upplevt våld") raises no child card. A negated mention (a quiet check-in) is not asked.
   */
  referents?: string[];
  /**
   * Harm a person does to themself ("I cut myself", "hon skär sig", "han skader seg selv", "slår huvudet i väggen"),
   * for a concept of harm done by another (violence): whom the harm is done by. Inside these phrases no class word
   * counts, as inside `masks` ("rev mig själv" holds "rev mig"); an injury word in their sentence is theirs ("nyper
   * mig tills det blir blåmärken"); and where the answer tells of one (not denied) the learned second net is not
   * asked about the concept, as it has no reading of who did what: harm by another keeps the concept only through
   * the rules' reading of it, which names the other or no one ("he hits me", "jag blir slagen").
   */
  selfInflicted?: CueWords;
  /**
   * The class a person named with the age of a minor counts in ("Jayden (7)", "Mia, 4 år,", "Noah på 6", "my
   * 7-year-old", "sjuåringen": rules/match/minor-age.ts), as if a word of it stood there; an adult's age ("my mum
   * (67)", "fyrtioåringen") is no word of it. Ages are numbers, so they are read, not listed.
   */
  ages?: string;
  /**
   * Words that by their meaning deny the concept ("teetotal", sv "nykterist", nb "avholdsmann", sv
   * "ostraffad"): a quiet check-in, as a negated mention, and no class word read inside them
   * ("nykterist" holds the strong word "nykter").
   */
  denials?: CueWords;
  /**
   * Words that say the concept is over, for a long time ("sober for six years", sv "nykter sedan 2016", nb "edru i
   * åtte år"): a denial of the present, as `denials` are, which also reaches back over the answer before them, so a
   * past told first ("I used to drink heavily, but…", "hade alkoholproblem för länge sedan men…") gives the quiet
   * check-in too. What is told after them ("…but relapsed last month") keeps the card.
   */
  ended?: CueWords;
  /**
   * Classes whose word, negated on its own, denies the concept in a field that asks about it ("no threats
   * or control", sv "barnen har aldrig varit rädda hemma"): a quiet check-in even with no combination.
   */
  deniedAlone?: string[];
  /**
   * Phrases inside which no shorter class word counts: a violent verb turned on its doer ("he wants to kill
   * himself", sv "han vill ta livet av sig", nb "han slo seg på kneet") tells of no violence to another.
   * A class word as long as the phrase ("threatens to kill himself if I leave" as a threat) still counts.
   */
  masks?: CueWords;
  /**
   * What an adviser or a service asked or looked into ("routine enquiry", sv "orosanmälan", "utredning", nb
   * "bekymringsmelding"): a mention of the concept in or next to these words names the enquiry, and is denied
   * when its sentence goes on to a finding of nothing (a denial word of the concept, or a denial verb).
   */
  inquiries?: CueWords;
}

/** Words from the first to the last cue of a rule: a clause or two of an adviser's note. */
export const DEFAULT_CUE_WINDOW = 12;
