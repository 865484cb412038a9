/**
 * Keeping subscribed packs current, in the background: check a subscription
 * (fetch, then the same gate as a file import, rules/accept-pack.ts), record
 * the result, and wake with `alarms` when the next check is due. A check that
 * fails in any way changes nothing but the subscription's status: the pack in
 * force stays in force.
 */
import { browser } from 'wxt/browser';
import { acceptPack } from '../../rules/accept-pack';
import { diffPacks } from '../../rules/pack-diff';
import { addPack } from '../../rules/pack-library';
import { notStoredRefusal, refusal, type PackRefusal } from '../../rules/pack-refusal';
import type { CompiledPack } from '../../rules/compiled-pack';
import { provenanceKey } from '../../rules/pack-provenance';
import { editPackLibrary, readPackLibrary, readPackProvenance, readProtectedPackIds, writePackLibraryWithProvenance } from '../../rules/pack-store';
import { reasonsToWait } from '../../rules/update-approval';
import { DEFAULT_UPDATE_INTERVAL_MINUTES, type ManagedPolicy } from '../policy/managed-policy';
import { cachedManagedPolicy } from '../policy/policy-store';
import { FETCH_TIMEOUT_MS, fetchPack, type PackRequest } from './fetch-pack';
import { currentTrustedKeys } from './trusted-keys';
import {
  keepUnstoredCheck,
  nextCheckAt,
  readSubscriptions,
  syncPolicySubscriptions,
  writeSubscriptions,
  type CheckResult,
  type CheckStatus,
  type StagedUpdate,
  type Subscription,
} from './subscriptions';

export const UPDATE_ALARM = 'packs:check';

export interface CheckOptions {
  now?: number;
  /** Passed to the fetch (tests use short ones). */
  timeoutMs?: number;
  /** The adviser asked ("Check now"): a version they declined earlier is offered again. */
  manual?: boolean;
}

let queue: Promise<unknown> = Promise.resolve();

/** One check or sync at a time: each reads and writes the whole library and subscription list. */
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

/** Change the subscription list in turn with the checks, so neither overwrites the other. */
export function editSubscriptions<T>(edit: (subscriptions: Subscription[]) => { list: Subscription[]; result: T }): Promise<T> {
  return serially(async () => {
    const { list, result } = edit(await readSubscriptions());
    await writeSubscriptions(list);
    return result;
  });
}

export const updateIntervalMinutes = (policy: ManagedPolicy) => policy.updateIntervalMinutes ?? DEFAULT_UPDATE_INTERVAL_MINUTES;

/** A check asked for and not yet finished: later askers for the same address join it. */
interface PendingCheck {
  result: Promise<CheckResult | undefined>;
  options: CheckOptions;
  started: boolean;
}
const pendingChecks = new Map<string, PendingCheck>();

/**
 * Check one subscription now ("Check now", a new subscription, the policy, a due
 * alarm). Undefined when there is no such subscription. One request per address
 * at a time, whoever asks: a check asked for while one of the same address waits
 * or runs gets that one's result. A "Check now" joining an automatic check that has
 * not started makes it a manual one; joining one that is out, it asks again only if
 * that one found a version the adviser declined (which "Check now" offers again).
 * When storage takes nothing of the check (a full disk), the pack in use and any update already waiting stay as they were,
 * an update fetched but not kept is a failure, and the outcome is kept in memory (subscriptions.ts `keepUnstoredCheck`)
 * so the options page shows it when opened and the next check waits its back-off.
 */
export function checkSubscription(url: string, options: CheckOptions = {}): Promise<CheckResult | undefined> {
  const pending = pendingChecks.get(url);
  if (pending && (!options.manual || pending.options.manual)) return pending.result;
  if (pending && !pending.started) {
    pending.options = { ...pending.options, manual: true };
    return pending.result;
  }
  if (pending) return pending.result.then((result) => (result?.outcome === 'declined' ? checkSubscription(url, options) : result));
  const check: PendingCheck = { options, started: false, result: Promise.resolve(undefined) };
  check.result = serially(() => {
    check.started = true;
    return runSubscriptionCheck(url, check.options);
  }).finally(() => {
    if (pendingChecks.get(url) === check) pendingChecks.delete(url);
  });
  pendingChecks.set(url, check);
  return check.result;
}

async function runSubscriptionCheck(url: string, options: CheckOptions): Promise<CheckResult | undefined> {
  const subscription = (await readSubscriptions()).find((s) => s.url === url);
  if (!subscription) return undefined;
  const now = options.now ?? Date.now();
  const policy = await cachedManagedPolicy();
  const { result, validators, staged } = await runCheck(subscription, policy, options);
  // Re-read: the policy may have dropped it while the request was out.
  const current = await readSubscriptions();
  try {
    await writeSubscriptions(
      current.map((s) => (s.url === url ? { ...s, ...validators, ...stagedAfter(s, result, staged, now), ...checkStatus(s, result, now, policy) } : s)),
    );
  } catch (error) {
    const unstored: CheckResult = result.outcome === 'staged' ? { outcome: 'refused', refusal: notStoredRefusal(error) } : result;
    await keepUnstoredCheck(url, checkStatus(current.find((s) => s.url === url) ?? subscription, unstored, now, policy));
    await scheduleNextCheck();
    return unstored;
  }
  await scheduleNextCheck();
  return result;
}

/** What a check with `result` records about `subscription`: when, what came of it, the failures in a row, the next check. */
function checkStatus(subscription: Subscription, result: CheckResult, now: number, policy: ManagedPolicy): CheckStatus {
  const failures = result.outcome === 'refused' ? subscription.failures + 1 : 0;
  return {
    lastCheckAt: now,
    lastResult: result,
    ...(result.outcome === 'refused' && { lastError: { at: now, refusal: result.refusal } }),
    failures,
    nextCheckAt: nextCheckAt(now, failures, updateIntervalMinutes(policy)),
  };
}

/**
 * What a check leaves waiting: a new staged update, the one already waiting
 * (a failed check does not take it away), or nothing (the update was applied,
 * declined, or the server went back to the version in use).
 */
function stagedAfter(subscription: Subscription, result: CheckResult, staged: StagedUpdate | undefined, now: number): Pick<Subscription, 'staged' | 'declinedVersion'> {
  const declined = subscription.declinedVersion !== undefined ? { declinedVersion: subscription.declinedVersion } : {};
  if (result.outcome === 'staged' && staged) return { ...declined, staged };
  if (result.outcome === 'refused') return { ...declined, ...(subscription.staged && { staged: subscription.staged }) };
  if (result.outcome === 'installed') return { staged: undefined, declinedVersion: undefined, ...lastUpdateOf(result, now) };
  return { ...declined, staged: undefined };
}

async function runCheck(
  subscription: Subscription,
  policy: ManagedPolicy,
  options: CheckOptions,
): Promise<{ result: CheckResult; validators: Partial<Pick<Subscription, 'etag' | 'lastModified' | 'packId'>>; staged?: StagedUpdate }> {
  const library = await readPackLibrary();
  const held = await heldFrom(subscription, library.installed);
  const request: PackRequest = {
    url: subscription.url,
    signatureUrl: subscription.signatureUrl,
    // Validators only while the pack they describe is still installed; otherwise fetch it whole.
    ...(held && { ...held.validators, held: { id: held.pack.id, version: held.pack.version } }),
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
  };
  const started = Date.now();
  let response = await fetchPack(request);
  if (response.kind === 'failed') return { result: { outcome: 'refused', refusal: response.refusal }, validators: {} };
  if (response.kind === 'not-modified') {
    // A followed-again address answered 304 for the pack it installed before: it keeps that pack current again.
    const kept = held && !subscription.packId ? { ...held.validators, packId: held.pack.id } : {};
    return { result: { outcome: 'unchanged', ...(held && { version: held.pack.version }) }, validators: kept };
  }

  const rules = {
    trustedKeys: await currentTrustedKeys(policy),
    requireSignature: true,
    allowDowngrade: policy.allowDowngrades ?? false,
    extensionVersion: browser.runtime.getManifest().version,
    ...(subscription.packId && { expectedId: subscription.packId }),
    protectedIds: await readProtectedPackIds(),
  };
  const accept = (fetched: typeof response & { kind: 'fetched' }) =>
    acceptPack({ bytes: fetched.bytes, fileName: fetched.fileName, ...(fetched.signature !== undefined && { signature: fetched.signature }), source: subscription.source }, library, rules);
  let acceptance = await accept(response);
  // The pack and its signature are two requests: a supervisor who published a new version between
  // them gave this check one version's file and the other's signature. Fetched once more, whole,
  // the pair matches; a pair that is simply bad comes back the same and is refused as before.
  if (acceptance.kind === 'refused' && acceptance.refusal.code === 'signature-bad') {
    // Within the one check's time (FETCH_TIMEOUT_MS): Firefox stops an idle background at 30 s.
    const timeoutMs = Math.max(1000, (request.timeoutMs ?? FETCH_TIMEOUT_MS) - (Date.now() - started));
    const again = await fetchPack({ url: request.url, signatureUrl: request.signatureUrl, timeoutMs });
    if (again.kind === 'fetched' && (again.signature !== response.signature || !sameBytes(again.bytes, response.bytes))) {
      response = again;
      acceptance = await accept(again);
    }
  }
  const validators = { etag: response.etag, lastModified: response.lastModified };
  if (acceptance.kind === 'refused') return { result: { outcome: 'refused', refusal: acceptance.refusal }, validators: {} };
  if (acceptance.kind === 'unchanged') return { result: { outcome: 'unchanged', version: acceptance.pack.version }, validators: { ...validators, packId: acceptance.pack.id } };
  const reasons = reasonsToWait({ source: subscription.source, ...(acceptance.diff && { diff: acceptance.diff }) });
  if (reasons.length > 0 && acceptance.diff) {
    const version = acceptance.pack.version;
    if (!options.manual && subscription.declinedVersion === version) return { result: { outcome: 'declined', version }, validators: {} };
    // The subscription keeps its validators while the update waits: the next check fetches again, so a waiting
    // update always reflects what the server now serves. They go with the update, for when it is applied.
    const staged: StagedUpdate = { pack: acceptance.pack, signature: acceptance.signature, diff: acceptance.diff, reasons, fetchedAt: options.now ?? Date.now(), validators };
    return { result: { outcome: 'staged', version, diff: acceptance.diff, reasons }, validators: {}, staged };
  }
  // Into the library as it is now (the adviser may have removed another pack while the request was out),
  // by the same rule as on acceptance, should this pack's installed version have changed meanwhile.
  let refused: PackRefusal | undefined;
  try {
    refused = await editPackLibrary(async (current) => {
      const decision = addPack(current, acceptance.pack, undefined, undefined, { allowDowngrade: policy.allowDowngrades ?? false });
      if (!decision.ok) {
        const now = current.installed.find((p) => p.id === acceptance.pack.id);
        return refusal(now?.version === acceptance.pack.version ? 'same-version' : 'older', decision.message);
      }
      await writePackLibraryWithProvenance(decision.library, acceptance.pack, {
        source: subscription.source,
        url: subscription.url,
        signature: acceptance.signature,
        installedAt: options.now ?? Date.now(),
        validators: definedValidators(validators),
      });
      return undefined;
    });
  } catch (error) {
    // One write of the library, all or nothing: the pack in use stays in use.
    return { result: { outcome: 'refused', refusal: notStoredRefusal(error) }, validators: {} };
  }
  if (refused) return { result: { outcome: 'refused', refusal: refused }, validators: {} };
  return {
    result: { outcome: 'installed', version: acceptance.pack.version, ...(acceptance.diff && { diff: acceptance.diff }) },
    validators: { ...validators, packId: acceptance.pack.id },
  };
}

/**
 * The adviser applies the update waiting for a subscription ("Apply version …").
 * Checked against the library as it is now (the pack in use may have changed
 * since the update was fetched). Undefined when nothing waits.
 */
export function applyStagedUpdate(url: string, now = Date.now()): Promise<CheckResult | undefined> {
  return serially(async () => {
    const subscription = (await readSubscriptions()).find((s) => s.url === url);
    const staged = subscription?.staged;
    if (!subscription || !staged) return undefined;
    const policy = await cachedManagedPolicy();
    let result: CheckResult;
    try {
      result = await editPackLibrary(async (library): Promise<CheckResult> => {
        const current = library.installed.find((p) => p.id === staged.pack.id);
        const decision = addPack(library, staged.pack, undefined, undefined, { allowDowngrade: staged.reasons.includes('older-version') && (policy.allowDowngrades ?? false) });
        if (!decision.ok) return { outcome: 'refused', refusal: refusal(current?.version === staged.pack.version ? 'same-version' : 'older', decision.message) };
        await writePackLibraryWithProvenance(decision.library, staged.pack, {
          source: subscription.source,
          url,
          signature: staged.signature,
          installedAt: now,
          validators: definedValidators(staged.validators ?? {}),
        });
        return { outcome: 'installed', version: staged.pack.version, ...(current && { diff: diffPacks(current, staged.pack) }) };
      });
    } catch (error) {
      // Nothing was installed (one write, all or nothing) and the update still waits, to be applied once there is room.
      return { outcome: 'refused', refusal: notStoredRefusal(error) };
    }
    const held = result.outcome === 'installed' ? { ...staged.validators, packId: staged.pack.id } : {};
    try {
      await updateSubscription(url, (s) => ({ ...s, ...held, staged: undefined, declinedVersion: undefined, lastResult: result, ...lastUpdateOf(result, now) }));
    } catch (error) {
      // The pack is installed; only the address's record is behind (the next check brings it up to date). Not a failure to report.
      console.warn('Adviser Coach: the subscription could not be updated after applying its update', error);
    }
    return result;
  });
}

/** The adviser keeps the pack in use ("Keep current"): the waiting update is dropped, and automatic checks do not offer that version again. */
export function declineStagedUpdate(url: string): Promise<CheckResult | undefined> {
  return serially(async () => {
    const staged = (await readSubscriptions()).find((s) => s.url === url)?.staged;
    if (!staged) return undefined;
    const result: CheckResult = { outcome: 'declined', version: staged.pack.version };
    await updateSubscription(url, (s) => ({ ...s, staged: undefined, declinedVersion: staged.pack.version, lastResult: result }));
    return result;
  });
}

/**
 * The installed pack this address keeps current, with the validators to ask for it
 * conditionally: the subscription's own, or, for an address followed again (its
 * subscription is new), those its pack was installed with from the same address.
 */
async function heldFrom(
  subscription: Subscription,
  installed: CompiledPack[],
): Promise<{ pack: CompiledPack; validators: Pick<Subscription, 'etag' | 'lastModified'> } | undefined> {
  if (subscription.packId) {
    const pack = installed.find((p) => p.id === subscription.packId);
    return pack && { pack, validators: definedValidators(subscription) };
  }
  const provenance = await readPackProvenance();
  const pack = installed.find((p) => provenance[provenanceKey(p.id, p.version)]?.url === subscription.url);
  const validators = pack && provenance[provenanceKey(pack.id, pack.version)]?.validators;
  return pack && validators && { pack, validators: definedValidators(validators) };
}

function definedValidators({ etag, lastModified }: { etag?: string | undefined; lastModified?: string | undefined }): Pick<Subscription, 'etag' | 'lastModified'> {
  return { ...(etag && { etag }), ...(lastModified && { lastModified }) };
}

function lastUpdateOf(result: CheckResult, at: number): Pick<Subscription, 'lastUpdate'> {
  return result.outcome === 'installed' && result.diff ? { lastUpdate: { at, diff: result.diff } } : {};
}

async function updateSubscription(url: string, change: (subscription: Subscription) => Subscription): Promise<void> {
  await writeSubscriptions((await readSubscriptions()).map((s) => (s.url === url ? change(s) : s)));
}

/**
 * Check every subscription that is due (the alarm, the start, a policy change).
 * Which are due is read in turn with the checks, so a check that ran meanwhile
 * (another trigger's) has moved its address's next check on and is not repeated;
 * one still waiting or running is joined (checkSubscription).
 */
export async function checkDueSubscriptions(options: CheckOptions = {}): Promise<void> {
  const now = options.now ?? Date.now();
  const due = await serially(async () => (await readSubscriptions()).filter((s) => (s.nextCheckAt ?? 0) <= now).map((s) => s.url));
  await Promise.all(due.map((url) => checkSubscription(url, { ...options, now })));
  await scheduleNextCheck();
}

/** One alarm at the earliest due check; none when there are no subscriptions. */
export async function scheduleNextCheck(): Promise<void> {
  const due = (await readSubscriptions()).map((s) => s.nextCheckAt ?? 0);
  if (due.length === 0) {
    await browser.alarms.clear(UPDATE_ALARM);
    return;
  }
  // Chrome fires alarms no sooner than 30 s from now; a due check is simply run at the next wake.
  await browser.alarms.create(UPDATE_ALARM, { when: Math.max(Math.min(...due), Date.now() + 1000) });
}

/**
 * The policy changed (or the background started): follow its pack URLs, and
 * move the next checks to its interval. New policy URLs are checked at once.
 */
export function applyPolicyToSubscriptions(policy: ManagedPolicy, now = Date.now()): Promise<string[]> {
  return serially(async () => {
    const before = await readSubscriptions();
    const synced = syncPolicySubscriptions(before, policy.packSubscriptions).map((s) =>
      s.nextCheckAt === undefined ? s : { ...s, nextCheckAt: Math.min(s.nextCheckAt, (s.lastCheckAt ?? now) + updateIntervalMinutes(policy) * 60_000) },
    );
    await writeSubscriptions(synced);
    return synced.filter((s) => !before.some((b) => b.url === s.url)).map((s) => s.url);
  });
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
