/**
 * The managed policy in force. The background reads `storage.managed` at start
 * and whenever the browser reports a change (area `managed`), and keeps the
 * parsed policy in storage.local; pages read that copy and follow its changes,
 * so a policy applies live, without a restart, and one place handles browsers
 * without managed storage.
 */
import { browser } from 'wxt/browser';
import { NO_POLICY, parseManagedPolicy, type ManagedPolicy } from './managed-policy';

const POLICY_CACHE_KEY = 'policy:managed';

/** Everything the organisation set; {} where there is no policy or no managed storage (Firefox without policies.json). */
export async function readManagedStorage(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get(null)) ?? {};
  } catch {
    return {};
  }
}

/** Background: read the policy and keep the parsed copy. Returns it. */
export async function refreshManagedPolicy(): Promise<ManagedPolicy> {
  const policy = parseManagedPolicy(await readManagedStorage());
  await browser.storage.local.set({ [POLICY_CACHE_KEY]: policy });
  return policy;
}

export async function cachedManagedPolicy(): Promise<ManagedPolicy> {
  return ((await browser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY] as ManagedPolicy | undefined) ?? NO_POLICY;
}

/** Pages: call `listener` with each new policy the background stores. Returns the unsubscribe. */
export function watchManagedPolicy(listener: (policy: ManagedPolicy) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[POLICY_CACHE_KEY];
    if (area === 'local' && change) listener((change.newValue as ManagedPolicy | undefined) ?? NO_POLICY);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
