/**
 * Which updates from a subscription wait for the adviser's click, and which
 * apply on their own. Pure, so the rule is tested without a browser.
 *
 * The rule (README, "When a subscribed pack changes"):
 * - the organisation's packs (managed policy) always apply at once: the
 *   organisation decided, and every adviser stays current. What changed stays
 *   visible with the pack, with one-click roll back;
 * - the first pack a new subscription brings applies at once: following the
 *   address was the adviser's choice;
 * - a later update to the adviser's own subscription applies at once when it
 *   only adds questions or rewords them, so an adviser who never opens the
 *   settings still gets the supervisor's new wordings;
 * - it waits beside the pack in use ("Update ready") when it changes what
 *   decides or carries a safety card — a follow-up condition or severity, a
 *   helpline's number or link — removes questions, or goes back to an older
 *   version. Those are the changes an adviser must know about before the
 *   next interview, not after.
 */
import type { PackDiff } from './pack-diff';
import { compareVersions } from './semver';

export type WaitReason = 'follow-up-conditions' | 'safety-resources' | 'removed-questions' | 'older-version';

export interface UpdateContext {
  /** Who set the subscription up. */
  source: 'url' | 'policy';
  /** The subscription has brought no pack yet (it was just added). */
  firstFromThisAddress: boolean;
  /** Between the pack in use and the update; undefined when no pack of this id is installed. */
  diff?: PackDiff;
}

/** Why this update waits for the adviser; empty when it applies at once. */
export function reasonsToWait({ source, firstFromThisAddress, diff }: UpdateContext): WaitReason[] {
  if (source === 'policy' || firstFromThisAddress || !diff) return [];
  const reasons: WaitReason[] = [];
  if (diff.followUpConditionsChanged.length > 0) reasons.push('follow-up-conditions');
  if ((diff.followUpResourcesChanged ?? []).length > 0) reasons.push('safety-resources');
  if (diff.removed.length > 0) reasons.push('removed-questions');
  if (compareVersions(diff.toVersion, diff.fromVersion) < 0) reasons.push('older-version');
  return reasons;
}
