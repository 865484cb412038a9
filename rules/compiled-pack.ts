/**
 * The runtime form of a rule pack: what the compiler (rules/compile-pack.ts)
 * produces, what extension storage holds, and all the content script ever sees.
 * Plain JSON, no functions or RegExps, so it survives structured cloning and
 * `storage.local`. Everything the content script needs is precomputed here so the
 * hot path does no parsing or normalisation of pack text.
 */
import type { SecondNet } from './match/second-net';

export type LanguageCode = string;

/** A resolved, per-language text. Key `''` is never used; lookups fall back via `pickText`. */
export type LocalizedText = Record<LanguageCode, string>;

export type Sensitivity = 'none' | 'personal' | 'sensitive' | 'safety-critical';
export type Severity = 'info' | 'warning' | 'critical';
export type MatchRule = 'selector' | 'name' | 'label-exact' | 'label-approximate';

/**
 * A name/id pattern without regular expressions: literal parts that must occur in
 * order, `*` between them. Matching is linear in the attribute length.
 * Example: `ctl00$Main$*$txtIncome` becomes parts ['ctl00$main$', '$txtincome'],
 * anchoredStart and anchoredEnd true. Compared case-insensitively.
 */
export interface CompiledNamePattern {
  parts: string[];
  anchoredStart: boolean;
  anchoredEnd: boolean;
}

export interface CompiledLocators {
  /** Host-binding CSS selectors, tried first, in order. */
  selectors: string[];
  /** Tried against a control's `name` and `id`. */
  namePatterns: CompiledNamePattern[];
  /** Label texts in every language, already passed through `normalizeLabel` (utils/normalize-text.ts). */
  labels: string[];
}

/**
 * Pronoun roles a phrase word may stand for, as bits, so "kill myself" also
 * finds "kill himself" and sv "ta mitt liv" also "ta sitt liv" (rules/match/pronouns.ts).
 */
export const PRONOUN_ROLE = {
  self: 1, poss: 2, obj: 4, subj: 8, firstOrSecond: 16, other: 32, reflexive: 64,
  /** In an answer only: reflexive because its clause's own subject pronoun is of its person ("jag har tänkt på att ta livet av mig"), not because the clause left its subject out. */
  subjectNamed: 128,
} as const;
/** The grammatical roles among PRONOUN_ROLE's bits (self, poss, obj, subj): a phrase's pronoun matches a word with one of them. */
export const GRAMMATICAL_ROLES = 15;
/**
 * The bits a phrase's pronoun keeps: the grammatical roles and `reflexive`. `firstOrSecond` marks an answer
 * word of the first or second person ("I", "jag", "meg", "you", sv "er"); `other` marks a slot for someone
 * else ("he" in a cue class of who does a thing to the client), which such a word never fills: "I slap the
 * dough" tells of no violence, and nb "Mobilen er knust" has no sv "er" (you) in it who broke anything.
 * `reflexive` marks a word that points back to the subject of its clause: always "himself", sv "sig", nb
 * "seg", sv/nb "sitt"; nb "meg", sv "mig" only after "jeg"/"jag" (rules/match/pronouns.ts). A phrase's
 * reflexive ("drepe seg", "ta livet av sig", "kill himself") is found only in a reflexive answer word, so
 * "han skal drepe meg" (a threat) is not "drepe seg" while "jeg vil drepe meg" is.
 */
export const PRONOUN_ROLES_ONLY = GRAMMATICAL_ROLES | PRONOUN_ROLE.reflexive;

/**
 * One word of a trigger phrase, prepared at compile time (rules/match/compile-words.ts).
 * Keys are "folded": lower case, accents and å/ä/ö/ø/æ folded to a/a/o/o/ae, so
 * "sjalvmord" finds "självmord".
 */
export interface CompiledWord {
  /** The word as written, folded. */
  w: string;
  /** Its Snowball stem in the phrase's language, folded. */
  s: string;
  /**
   * Written with a trailing `*`: `w` is a prefix. 1: any ending its language
   * allows (sv/nb: compounds too); 2: only inflection endings (a phrase given
   * without a language, so "pain*" never finds "painting").
   */
  p?: 1 | 2;
  /**
   * A pronoun: matches any answer word with one of these grammatical roles (bits of PRONOUN_ROLE; with `other`,
   * no first- or second-person word; with `reflexive`, only a reflexive one).
   */
  r?: number;
  /** A gap written `...`: up to this many answer words of any kind ("threw ... at me"); `w`, `s` empty. */
  g?: number;
}

/**
 * A free-text trigger: the words in order, the language whose stemmer and word
 * rules apply, and what to report when it matches (the phrase as the author
 * wrote it, or the lexicon entry).
 */
export interface CompiledPhrase {
  words: CompiledWord[];
  lang: LanguageCode;
  source: string;
}

export type CompiledCondition =
  | { kind: 'any-answer' }
  /** Normalised option values and labels (every language), and/or 1-based positions. */
  | { kind: 'option-in'; values: string[]; positions?: number[] }
  | { kind: 'number-range'; min?: number; max?: number }
  | { kind: 'text-contains'; phrases: CompiledPhrase[] }
  /** Concept ids, looked up in `CompiledPack.concepts`. */
  | { kind: 'mentions'; concepts: string[] }
  | { kind: 'all'; of: CompiledCondition[] }
  | { kind: 'any'; of: CompiledCondition[] };

export interface SafetyResource {
  name: LocalizedText;
  phone?: string;
  url?: string;
  hours?: LocalizedText;
  /** Marked when the pack says an organisation must confirm it for its own area. */
  example?: boolean;
  /** Shown only when the card is in one of these languages (a country's own services). Absent: always. */
  languages?: LanguageCode[];
}

export interface CompiledFollowUp {
  id: string;
  when: CompiledCondition;
  severity: Severity;
  /** One line (≤ 140 characters) shown above the prompt. */
  summary?: LocalizedText;
  prompt: LocalizedText;
  resources: SafetyResource[];
  /** A checklist: the adviser may tick several; which ones is kept in the interview session. */
  nextSteps: LocalizedText[];
}

/** `direct`: a safety question asked plainly on purpose; `fact`: a number or a date. Absent: open. */
export type RewordingKind = 'open' | 'direct' | 'fact';

export interface CompiledRewording {
  text: LocalizedText;
  /** Omitted when open, the default. */
  kind?: Exclude<RewordingKind, 'open'>;
  whenToUse?: LocalizedText;
}

export interface CompiledWhy {
  purpose: LocalizedText;
  basis?: LocalizedText;
  whoSees?: LocalizedText;
  whatNext?: LocalizedText;
}

export interface CompiledItem {
  id: string;
  code?: { system: string; code: string };
  sectionId: string;
  question: LocalizedText;
  required: boolean;
  sensitivity: Sensitivity;
  locators: CompiledLocators;
  rewordings: CompiledRewording[];
  why?: CompiledWhy;
  /** Said before the question: everyone is asked it; when an answer must be passed on. */
  sayFirst?: LocalizedText;
  worry?: LocalizedText;
  followUps: CompiledFollowUp[];
  /** The answer options in the case system's order (the practice page's simulated form); absent: free text. */
  options?: LocalizedText[];
}

/** How the adviser asked, for a variant of the simulated client's answer (rules/practice-script.ts). */
export interface CompiledAskedHow {
  asked?: 'open' | 'closed';
  why?: 'explained' | 'not-explained';
}

/** The trainer's goals at a step (rules/pack-schema.ts PRACTICE_GOALS). */
export type PracticeGoalId = 'ask-open' | 'explain-why-first' | 'acknowledge' | 'explicit-invitation' | 'reflect-before-next' | 'safe-setting-first';

/** One step of a practice scenario: what the simulated client answers at one item. */
export interface CompiledScenarioStep {
  itemId: string;
  says: LocalizedText;
  /** What the adviser enters in the form (an option's label or value, or text). */
  value?: LocalizedText;
  disclosure: boolean;
  variants: { when: CompiledAskedHow; says: LocalizedText; value?: LocalizedText }[];
  goals: PracticeGoalId[];
  debrief?: LocalizedText;
}

/** A practice scenario (pack-schema.ts `scenarios`), texts resolved per language. */
export interface CompiledScenario {
  id: string;
  title: LocalizedText;
  persona: {
    name: string;
    situation: LocalizedText;
    language: LanguageCode;
    wants: LocalizedText;
    interpreter: 'none' | 'professional' | 'family-member';
  };
  steps: CompiledScenarioStep[];
  debrief?: LocalizedText;
}

export interface CompiledSection {
  id: string;
  title: LocalizedText;
  itemIds: string[];
  /** Things to check before the section's questions (the client is alone, the interpreter is a professional). */
  precheck?: LocalizedText[];
}

/** How a case system shows the case identifier, so notes can be filed under its HMAC. */
export interface CompiledCaseIdLocator {
  /** Read from a URL query parameter, e.g. `caseId`. */
  urlParam?: string;
  /** Read the text of the first element matching this selector. */
  selector?: string;
}

export interface CompiledPack {
  format: 1;
  /**
   * The stamp of the compiler that made this pack (rules/compiler-stamp.ts). Absent in a pack stored
   * by a version before packs were stamped. Another stamp than this build's: compiled by another
   * version, with its word lists and rules (rules/recompile-pack.ts).
   */
  compiler?: string;
  id: string;
  version: string;
  title: LocalizedText;
  /** Who maintains the pack (shown in the pack manager). */
  organisation?: LocalizedText;
  /** Declared languages; the first is the pack's default. */
  languages: LanguageCode[];
  /** Match patterns (`https://cases.example.org/*`) where the pack applies. */
  hostPatterns: string[];
  caseId?: CompiledCaseIdLocator;
  sections: CompiledSection[];
  items: CompiledItem[];
  /**
   * The concepts this pack's `mentions` conditions name: the built-in lexicon
   * (rules/lexicon/) plus the pack's own words, compiled. Absent when none is used.
   */
  concepts?: Record<string, CompiledPhrase[]>;
  /** Word classes and their combinations for the same concepts (rules/compile-cues.ts), where the lexicon has them. */
  cues?: Record<string, CompiledCues>;
  /**
   * The second net's models (rules/match/second-net.ts) for the same concepts, where the training has one, and
   * the stamp of that training (rules/pack-second-net.ts): they travel with the pack so the content script carries
   * none. Absent when no concept has a model, and in a pack stored by a version before they travelled; a pack
   * with none or another stamp is given this version's before a page reads answers with it (`withCurrentSecondNet`).
   */
  secondNet?: SecondNet;
  /** Practice scenarios the pack carries (the practice page plays them; the coach ignores them). */
  scenarios?: CompiledScenario[];
}

/**
 * A concept as combinations of word classes (rules/lexicon/word-classes/):
 * `phrases[i]` belongs to class `classOf[i]` (an index into `classes`); a rule
 * holds when all its classes occur in one sentence within `within` words.
 */
export interface CompiledCues {
  classes: string[];
  phrases: CompiledPhrase[];
  classOf: number[];
  /** `sentences`: how many sentences in a row one combination may span (absent: one). */
  /** `inOrder`: the classes occur in the order `all` names them (ConceptCues rules' `inOrder`). */
  rules: { all: number[]; within: number; sentences?: number; inOrder?: boolean }[];
  /** The class (index into `classes`) whose words in a combination's sentence lower it to a check-in. */
  innocent?: number;
  /** True when the innocent class also lowers the concept's one-word mentions ("bruises from football"). */
  innocentCoversWords?: boolean;
  /** Classes of a story told to others, which innocent words do not lower (ConceptCues.toldStories). */
  toldStories?: number[];
  /** Another person's act with the client's own denial after it is a denial (ConceptCues.aboutOwnActs). */
  aboutOwnActs?: boolean;
  /** The class whose words, before a combination in its sentence, deny it ("nobody … hit her"). */
  denier?: number;
  /** Classes that name who, never what happened: never read as negated (ConceptCues.who). */
  who?: number[];
  /** Classes of which one must be named for a mention or the second net to raise the concept (ConceptCues.referents). */
  referents?: number[];
  /** The class of words that deny the concept by their meaning (ConceptCues.denials). */
  denial?: number;
  /** Classes whose word, negated on its own, denies the concept (ConceptCues.deniedAlone). */
  deniedAlone?: number[];
  /** The class of words that say the concept ended long ago and deny what stands before them (ConceptCues.ended). */
  ended?: number;
  /** The class of phrases inside which no shorter class word counts (ConceptCues.masks). */
  mask?: number;
  /** The class of words naming an enquiry (ConceptCues.inquiries). */
  inquiry?: number;
  /** The class of phrases of harm a person does to themself (ConceptCues.selfInflicted): a mask, and a gate on the second net. */
  selfInflicted?: number;
  /** The class a person named with a minor's age counts in (ConceptCues.ages; rules/match/minor-age.ts). */
  ages?: number;
}

/**
 * An answer as read from the host form, in memory only (never stored or sent).
 * `options` holds the chosen options' values and visible labels, normalised;
 * `number` is set when the text parses as a number.
 */
export interface AnswerValue {
  text: string;
  options: string[];
  number?: number;
  /** 1-based positions of the chosen options among the field's options, when known. */
  positions?: number[];
  /**
   * A lone on/off control (a switch, a single checkbox, one toggle button): whether it
   * is on. Its label is the question, so `text` and `options` stay empty; the item's
   * declared Yes or No option is the answer (rules/on-off-answer.ts).
   */
  switchedOn?: boolean;
}

/**
 * How strongly a follow-up fires: its declared severity, or `check-in` when the
 * only mentions were negated ("I'm not suicidal"): shown quietly, "you heard a
 * 'no' — if it fits, ask gently once more".
 */
export type EffectiveSeverity = Severity | 'check-in';

/** Why a follow-up fired: one matched condition. */
export interface FollowUpReason {
  /** `learned`: the second net (rules/match/second-net.ts) found the answer like reviewed disclosures where the rules read nothing. */
  kind: 'concept' | 'phrase' | 'option' | 'number' | 'answered' | 'learned';
  /** The concept id (kind concept) or the phrase as the pack wrote it (kind phrase). */
  source?: string;
  /** For a concept: the lexicon entry that matched. */
  phrase?: string;
  /** The answer's own words that matched (in memory only; never stored). */
  words?: string;
  /** The mention was inside a negation ("not", "inte", "ikke"…). */
  negated: boolean;
}

/** A follow-up that fires for an answer: the result of rules/evaluate-follow-ups.ts. */
export interface FollowUpHit {
  followUp: CompiledFollowUp;
  severity: EffectiveSeverity;
  reasons: FollowUpReason[];
}

/*
 * Contracts implemented elsewhere in rules/ (named here so every part agrees):
 * - rules/evaluate-follow-ups.ts: `evaluateFollowUps(pack: CompiledPack, item: CompiledItem, answer: AnswerValue, net = pack.secondNet): FollowUpHit[]`
 *   and `answerIsEmpty(answer: AnswerValue): boolean`.
 * - rules/localized-text.ts: `pickText(text: LocalizedText | undefined, languages: string[]): string`
 *   (first of `languages` present, then English, then the first entry).
 */
