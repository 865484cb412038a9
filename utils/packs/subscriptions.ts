/**
 * Pack subscriptions: URLs the extension keeps a pack up to date from, the
 * adviser's own (options page) and the organisation's (managed policy, which
 * the adviser cannot remove). Each remembers what the last check found, for
 * the pack manager, and when the next check is due. storage.local; extension
 * contexts only.
 */
import { browser } from 'wxt/browser';
import type { CompiledPack } from '../../rules/compiled-pack';
import type { PackDiff } from '../../rules/pack-diff';
import type { SignatureState } from '../../rules/pack-provenance';
import type { PackRefusal } from '../../rules/pack-refusal';
import type { WaitReason } from '../../rules/update-approval';
import type { PolicySubscription } from '../policy/managed-policy';
import { defaultSignatureUrl } from '../policy/managed-policy';
import { isAllowedPackUrl } from './pack-url';

export const SUBSCRIPTIONS_KEY = 'packs:subscriptions';

export type CheckResult =
  | { outcome: 'installed'; version: string; diff?: PackDiff }
  /** Fetched and verified, kept beside the pack in use until the adviser applies it (rules/update-approval.ts). */
  | { outcome: 'staged'; version: string; diff: PackDiff; reasons: WaitReason[] }
  /** The adviser chose "Keep current" for this version; an automatic check does not offer it again. */
  | { outcome: 'declined'; version: string }
  | { outcome: 'unchanged'; version?: string }
  | { outcome: 'refused'; refusal: PackRefusal };

export interface Subscription {
  url: string;
  signatureUrl: string;
  /** `policy`: set by the organisation, removed only when the policy drops it. */
  source: 'url' | 'policy';
  /** The pack this URL serves, once it installed one: it must keep serving that pack. */
  packId?: string;
  etag?: string;
  lastModified?: string;
  /** Epoch ms. */
  lastCheckAt?: number;
  lastResult?: CheckResult;
  /** The most recent failed check, kept after later good ones so a supervisor asking "what went wrong on Tuesday" gets an answer. */
  lastError?: { at: number; refusal: PackRefusal };
  /** An update that waits for the adviser: verified, compiled, not in use. */
  staged?: StagedUpdate;
  /** What the last update installed from this address changed, shown with the pack while that version is in use. */
  lastUpdate?: { at: number; diff: PackDiff };
  /** The version the adviser chose not to apply ("Keep current"). */
  declinedVersion?: string;
  /** Failed checks in a row, for the back-off. */
  failures: number;
  /** Epoch ms; undefined: check as soon as possible. */
  nextCheckAt?: number;
}

export interface StagedUpdate {
  pack: CompiledPack;
  signature: SignatureState;
  diff: PackDiff;
  reasons: WaitReason[];
  /** Epoch ms. */
  fetchedAt: number;
  /** The response's validators, kept for the subscription once the update is applied (so the next check can be answered 304). */
  validators?: Pick<Subscription, 'etag' | 'lastModified'>;
}

/**
 * The installed pack a subscription is about: the one it keeps current, or,
 * before it brought one, the one its waiting first pack would replace. The
 * pack manager shows a waiting update, and removes a pack's subscriptions, by it.
 */
export function packIdOf(subscription: Pick<Subscription, 'packId' | 'staged'>): string | undefined {
  return subscription.packId ?? subscription.staged?.pack.id;
}

/**
 * Check outcomes that storage.local would not take (a full disk), by URL, in
 * storage.session: it lives in memory, so it takes them, until the browser closes.
 * `readSubscriptions` lays them over the stored list, so the options page still
 * says what went wrong when it is opened, the back-off counts the failure (no
 * refetch every minute), and the next write of the list that succeeds stores them.
 */
export const UNSTORED_CHECKS_KEY = 'packs:unstored-checks';

/** What a check records about a subscription, apart from what it fetched. */
export type CheckStatus = Pick<Subscription, 'lastCheckAt' | 'lastResult' | 'lastError' | 'failures' | 'nextCheckAt'>;

async function readUnstoredChecks(): Promise<Record<string, CheckStatus>> {
  return ((await browser.storage.session.get(UNSTORED_CHECKS_KEY))[UNSTORED_CHECKS_KEY] as Record<string, CheckStatus> | undefined) ?? {};
}

/** The subscriptions as stored, with any check outcome kept only in memory laid over them. */
export async function readSubscriptions(): Promise<Subscription[]> {
  const [stored, unstored] = await Promise.all([browser.storage.local.get(SUBSCRIPTIONS_KEY), readUnstoredChecks()]);
  const list = (stored[SUBSCRIPTIONS_KEY] as Subscription[] | undefined) ?? [];
  return list.map((s) => (unstored[s.url] ? { ...s, ...unstored[s.url] } : s));
}

/** Store the list (read through `readSubscriptions`, so it holds what was kept in memory, which is then dropped). Throws what storage throws. */
export async function writeSubscriptions(subscriptions: Subscription[]): Promise<void> {
  await browser.storage.local.set({ [SUBSCRIPTIONS_KEY]: subscriptions });
  await browser.storage.session.remove(UNSTORED_CHECKS_KEY);
}

/** Keep a check's outcome in memory when the list could not be written (see UNSTORED_CHECKS_KEY). */
export async function keepUnstoredCheck(url: string, status: CheckStatus): Promise<void> {
  await browser.storage.session.set({ [UNSTORED_CHECKS_KEY]: { ...(await readUnstoredChecks()), [url]: status } });
}

export type AddSubscriptionResult = { ok: true; subscription: Subscription } | { ok: false; problem: 'url' | 'signature-url' | 'exists' };

/** The adviser's subscription; checked at once by the caller. */
export function addSubscription(subscriptions: Subscription[], url: string, signatureUrl = defaultSignatureUrl(url)): { list: Subscription[]; result: AddSubscriptionResult } {
  const trimmed = url.trim();
  if (!isAllowedPackUrl(trimmed)) return { list: subscriptions, result: { ok: false, problem: 'url' } };
  const signature = signatureUrl.trim() || defaultSignatureUrl(trimmed);
  if (!isAllowedPackUrl(signature)) return { list: subscriptions, result: { ok: false, problem: 'signature-url' } };
  if (subscriptions.some((s) => s.url === trimmed)) return { list: subscriptions, result: { ok: false, problem: 'exists' } };
  const subscription: Subscription = { url: trimmed, signatureUrl: signature, source: 'url', failures: 0 };
  return { list: [...subscriptions, subscription], result: { ok: true, subscription } };
}

/** The adviser may remove only their own subscriptions; the pack it installed stays until removed. */
export function removeSubscription(subscriptions: Subscription[], url: string): Subscription[] {
  return subscriptions.filter((s) => s.url !== url || s.source === 'policy');
}

/**
 * Policy subscriptions follow the policy: new URLs are added (due at once),
 * dropped ones removed, a signature URL change taken over. An adviser's
 * subscription to a URL the policy now names becomes the policy's.
 */
export function syncPolicySubscriptions(subscriptions: Subscription[], policy: PolicySubscription[]): Subscription[] {
  const wanted = new Map(policy.map((p) => [p.url, p]));
  const kept = subscriptions
    .filter((s) => s.source !== 'policy' || wanted.has(s.url))
    .map((s) => {
      const set = wanted.get(s.url);
      return set ? { ...s, source: 'policy' as const, signatureUrl: set.signatureUrl } : s;
    });
  const added = policy.filter((p) => !kept.some((s) => s.url === p.url)).map((p): Subscription => ({ ...p, source: 'policy', failures: 0 }));
  return [...kept, ...added];
}

export const FIRST_RETRY_MINUTES = 5;

/**
 * When to check next: one interval after a good check; after failures, sooner
 * at first and then ever later (5, 10, 20, 40… minutes), never later than the
 * interval, so a server that was down briefly is caught up with soon and one
 * that stays down is not asked more than a few times an interval.
 */
export function nextCheckAt(now: number, failures: number, intervalMinutes: number): number {
  const minutes = failures === 0 ? intervalMinutes : Math.min(intervalMinutes, FIRST_RETRY_MINUTES * 2 ** (failures - 1));
  return now + minutes * 60_000;
}
