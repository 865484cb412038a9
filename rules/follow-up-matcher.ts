/**
 * The follow-up matcher's shape as a value (types only: importing this module bundles none of the
 * matcher). The content script is built without the matcher and receives it in its frame when a pack
 * applies there (entrypoints/follow-up-matcher.ts, utils/follow-up-matcher-slot.ts); the extension's
 * own pages use the bundled `followUpMatcher` of rules/evaluate-follow-ups.ts.
 */
import type { evaluateFollowUps, indexingWork } from './evaluate-follow-ups';

export interface FollowUpMatcher {
  /** Which follow-ups an answer brings up (rules/evaluate-follow-ups.ts). */
  evaluateFollowUps: typeof evaluateFollowUps;
  /** A pack's phrase indexes built a little at a time, in idle time (rules/evaluate-follow-ups.ts). */
  indexingWork: typeof indexingWork;
}
