/**
 * Which updates from a subscription wait for the adviser's click, and which
 * apply on their own. Pure, so the rule is tested without a browser.
 *
 * The rule (README, "When a subscribed pack changes"):
 * - the organisation's packs (managed policy) always apply at once: the
 *   organisation decided, and every adviser stays current. What changed stays
 *   visible with the pack, with one-click roll back;
 * - a pack whose id the adviser has no pack of installs at once, even from
 *   the adviser's own subscription: it replaces nothing;
 * - every pack from the adviser's own subscription that would replace an
 *   installed one waits beside the pack in use ("Update ready") until the
 *   adviser applies it, the first one a new address brings included (it may
 *   replace a built-in pack or one imported from a file): nothing the
 *   adviser reads in an interview changes without them seeing what changes
 *   first. The popup says an update is ready, so an adviser who never opens
 *   the settings does not miss it. The reasons say, in plain words, what
 *   kind of change it is; the ones that touch a safety card come first.
 */
import type { PackDiff } from './pack-diff';
import { compareVersions } from './semver';

export type WaitReason =
  | 'follow-up-conditions'
  | 'safety-resources'
  | 'removed-questions'
  | 'older-version'
  | 'added-questions'
  | 'changed-wordings'
  /** Questions changed in another way: how they are found, whether they are required, their answer options. */
  | 'other-question-details'
  /** No question changed: the pack's title, where it applies, its practice scenarios. */
  | 'pack-details';

export interface UpdateContext {
  /** Who set the subscription up. */
  source: 'url' | 'policy';
  /** Between the pack in use and the update; undefined when no pack of this id is installed. */
  diff?: PackDiff;
}

/**
 * Why this update waits for the adviser, most safety-relevant first; empty
 * when it applies at once. Never empty for a pack from the adviser's own
 * subscription that replaces an installed one (`diff` given): every such
 * change has at least one reason, whether or not the address brought a pack before.
 */
export function reasonsToWait({ source, diff }: UpdateContext): WaitReason[] {
  if (source === 'policy' || !diff) return [];
  const reasons: WaitReason[] = [];
  if (diff.followUpConditionsChanged.length > 0) reasons.push('follow-up-conditions');
  if ((diff.followUpResourcesChanged ?? []).length > 0) reasons.push('safety-resources');
  if (diff.removed.length > 0) reasons.push('removed-questions');
  if (compareVersions(diff.toVersion, diff.fromVersion) < 0) reasons.push('older-version');
  if (diff.added.length > 0) reasons.push('added-questions');
  if (wordingsChanged(diff).length > 0) reasons.push('changed-wordings');
  if (otherQuestionDetailsChanged(diff).length > 0) reasons.push('other-question-details');
  if (reasons.length === 0) reasons.push('pack-details');
  return reasons;
}

/** Questions whose words changed; a diff stored before words were compared counts every changed question. */
export function wordingsChanged(diff: PackDiff): string[] {
  return diff.wordingsChanged ?? diff.changed;
}

/** Changed questions whose change is neither in their words nor in their follow-ups (locators, required, options…). */
export function otherQuestionDetailsChanged(diff: PackDiff): string[] {
  const explained = new Set([...wordingsChanged(diff), ...diff.followUpConditionsChanged, ...(diff.followUpResourcesChanged ?? [])]);
  return diff.changed.filter((id) => !explained.has(id));
}
