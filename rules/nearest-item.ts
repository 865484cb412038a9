/**
 * The pack item a question text came closest to without matching: for supervisors
 * deciding which item should get the host's wording as a label or synonym. The same
 * similarity as approximate matching (rules/match-label.ts), with a lower floor.
 */
import { normalizeLabel } from '../utils/normalize-text';
import { bestApproximate, type ApproximateMatch } from './match-label';
import { topicParts, type AnswerForm, type PackMatcher } from './match-controls';

/**
 * Similarity (0–1) an item must reach to be named as nearest. Well below the matching
 * threshold (0.74): a near miss is a hint for a person, not a match.
 */
export const NEAR_MISS_FLOOR = 0.3;

/**
 * The closest item to `text` at or above `floor` (null: none that close). `form`: how the
 * field takes its answer, so a topic label is only offered for a field it could fit.
 * Costs one approximate lookup per text (and per part of "Topic: question"), so it is
 * asked for the listed fields only, never during a scan.
 */
export function nearestItem(matcher: PackMatcher, text: string, form?: AnswerForm, floor = NEAR_MISS_FLOOR): ApproximateMatch | null {
  const normalized = normalizeLabel(text);
  if (!normalized) return null;
  const fits = form ? matcher.fits[form] : undefined;
  let best = bestApproximate(matcher.labels, normalized, floor, fits);
  for (const part of topicParts(text) ?? []) {
    const hit = bestApproximate(matcher.labels, part, floor, fits);
    if (hit && (!best || hit.score > best.score)) best = hit;
  }
  return best;
}
