/**
 * The built-in lexicon: the sensitive topics of the domain that a pack names
 * in `when: { mentions: … }`, with words in English, Swedish and Norwegian
 * Bokmål. Used at compile time only (background, CLI): the content script gets
 * the compiled words of the concepts its pack uses, never this module.
 */
import { childExposedToViolence } from './child-exposed-to-violence';
import type { Concept } from './concept';
import { criminalJustice } from './criminal-justice';
import { domesticViolence } from './domestic-violence';
import { selfHarm } from './self-harm';
import { substanceUse } from './substance-use';
import { suicide } from './suicide';

export type { Concept } from './concept';

export const BUILT_IN_CONCEPTS: ReadonlyMap<string, Concept> = new Map(
  [suicide, selfHarm, domesticViolence, childExposedToViolence, substanceUse, criminalJustice].map((c) => [c.id, c]),
);

/** The languages the built-in lexicon is written in. */
export const LEXICON_LANGUAGES = ['en', 'sv', 'nb'] as const;
