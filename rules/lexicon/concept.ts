/**
 * A concept of the built-in lexicon: what a pack names in `mentions`, with its
 * words per language and a note on where they come from, for the methods group
 * that reviews them. Words are written the way the matcher reads them
 * (rules/compile-phrase.ts): stems, persons and typos are handled there, so one
 * entry "kill myself" also finds "killed herself" and "kill my self".
 */
export interface Concept {
  id: string;
  /** What the concept covers, in a line. */
  title: string;
  /** Where the entries come from and what was left out on purpose. */
  sources: string;
  words: { en: string[]; sv: string[]; nb: string[] };
}
