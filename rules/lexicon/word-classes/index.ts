/**
 * The built-in concepts' word classes and combinations (see concept-cues.ts),
 * by concept id. Concepts without an entry here are matched by their phrases
 * alone (rules/lexicon/). Build time only, like the lexicon.
 */
import { childExposedToViolenceCues } from './child-exposed-to-violence';
import type { ConceptCues } from './concept-cues';
import { criminalJusticeCues } from './criminal-justice';
import { domesticViolenceCues } from './domestic-violence';
import { selfHarmCues } from './self-harm';
import { substanceUseCues } from './substance-use';
import { suicideCues } from './suicide';

export type { ConceptCues, CueRule, CueWords } from './concept-cues';

export const CONCEPT_CUES: ReadonlyMap<string, ConceptCues> = new Map(
  [suicideCues, selfHarmCues, domesticViolenceCues, childExposedToViolenceCues, substanceUseCues, criminalJusticeCues].map((cues) => [cues.concept, cues]),
);
