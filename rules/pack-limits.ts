/**
 * Hard limits on a rule pack. A pack comes from a file a supervisor picked or a
 * URL an organisation configured, so it is untrusted input: these bounds keep
 * validation, storage and the content script's per-keystroke work small whatever
 * the file holds. Generous for real instruments (the largest known has ~100
 * questions), tight enough that a mistaken or hostile file is refused quickly.
 */
export const PACK_LIMITS = {
  /** Whole file, in UTF-8 bytes. */
  maxFileBytes: 1_000_000,
  /** Objects and lists nested inside each other, counted from the top. */
  maxNesting: 24,
  /** YAML aliases (`*name`): a few are handy, thousands are a "billion laughs" attack. */
  maxYamlAliases: 100,
  maxStringLength: 2_000,
  maxLanguages: 10,
  maxHostPatterns: 50,
  maxSections: 50,
  maxItems: 500,
  maxRewordingsPerItem: 10,
  maxFollowUpsPerItem: 20,
  maxLocatorsPerKind: 10,
  maxResources: 10,
  maxNextSteps: 10,
  maxChangelogEntries: 200,
  /** Conditions inside anyOf/allOf inside anyOf/allOf…: 1 is a plain condition. */
  maxConditionDepth: 4,
  maxConditionsPerGroup: 20,
  /** Words or phrases in one free-text condition, per language. */
  maxPhrases: 100,
  maxPhraseWords: 8,
  /**
   * Words or phrases in all the conditions of one follow-up, every language
   * together. Matching cost does not grow with them, nor with how many share a
   * first word (rules/match/phrase-index.ts is a trie of words), but indexing,
   * storage and what a supervisor can review do.
   */
  maxPhrasesPerFollowUp: 300,
  /** Words or phrases in the whole pack: every follow-up's conditions and the lexicon, every language. */
  maxPhrasesPerPack: 5_000,
  maxPhraseLength: 100,
  /** Letters before a trailing `*`: shorter prefixes match too many words. */
  minPrefixLetters: 3,
  /** Words or phrases a pack adds to one concept, per language (matching cost does not grow with them; storage does). */
  maxLexiconPhrases: 1_000,
  maxLexiconConcepts: 20,
  maxExamplesPerItem: 200,
  /** `{ position: N }` in an option condition. */
  maxOptionPosition: 100,
  /** Answer options an item lists for the practice page's simulated form. */
  maxOptions: 100,
  maxScenarios: 50,
  maxScenarioSteps: 500,
  /** Other answers of one step, by how the adviser asked. */
  maxScenarioVariants: 8,
  /** Problems reported for one file; past this the rest are summarised in one line. */
  maxIssues: 100,
} as const;
