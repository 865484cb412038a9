/**
 * The runtime form of a rule pack: what the compiler (rules/compile-pack.ts)
 * produces, what extension storage holds, and all the content script ever sees.
 * Plain JSON, no functions or RegExps, so it survives structured cloning and
 * `storage.local`. Everything the content script needs is precomputed here so the
 * hot path does no parsing or normalisation of pack text.
 */

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

/** Free-text trigger: one phrase as normalised tokens; a token ending in `*` is a prefix. */
export type CompiledPhrase = string[];

export type CompiledCondition =
  | { kind: 'any-answer' }
  | { kind: 'option-in'; values: string[] } // normalised option values or option labels
  | { kind: 'number-range'; min?: number; max?: number }
  | { kind: 'text-contains'; phrases: CompiledPhrase[] }
  | { kind: 'all'; of: CompiledCondition[] }
  | { kind: 'any'; of: CompiledCondition[] };

export interface SafetyResource {
  name: LocalizedText;
  phone?: string;
  url?: string;
  hours?: LocalizedText;
  /** Marked when the pack says an organisation must confirm it for its own area. */
  example?: boolean;
}

export interface CompiledFollowUp {
  id: string;
  when: CompiledCondition;
  severity: Severity;
  prompt: LocalizedText;
  resources: SafetyResource[];
  nextSteps: LocalizedText[];
}

export interface CompiledRewording {
  text: LocalizedText;
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
  worry?: LocalizedText;
  followUps: CompiledFollowUp[];
}

export interface CompiledSection {
  id: string;
  title: LocalizedText;
  itemIds: string[];
}

/** How a case system shows the case identifier, so notes can be filed under its HMAC. */
export interface CompiledCaseIdLocator {
  /** Read from a URL query parameter, e.g. `caseId`. */
  urlParam?: string;
  /** Read the text of the first element matching this selector. */
  selector?: string;
}

/** Where an installed pack came from: bundled with the extension, imported by the adviser, or set by organisation policy. */
export type PackSource = 'built-in' | 'import' | 'policy';

export interface CompiledPack {
  format: 1;
  id: string;
  version: string;
  /** Set when installed; a pack stored without it counts as an import. Decides between packs that fit a page equally well. */
  source?: PackSource;
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
}

/*
 * Contracts implemented elsewhere in rules/ (named here so every part agrees):
 * - rules/evaluate-follow-ups.ts: `matchingFollowUps(item: CompiledItem, answer: AnswerValue): CompiledFollowUp[]`
 *   and `answerIsEmpty(answer: AnswerValue): boolean`.
 * - rules/localized-text.ts: `pickText(text: LocalizedText | undefined, languages: string[]): string`
 *   (first of `languages` present, then English, then the first entry).
 */
