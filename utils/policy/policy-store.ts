/**
 * The managed policy in force. The background reads `storage.managed` at start
 * and whenever the browser reports a change (area `managed`), and keeps the
 * parsed policy in storage.local; pages read that copy and follow its changes,
 * so a policy applies live, without a restart, and one place handles browsers
 * without managed storage.
 */
import { browser } from 'wxt/browser';
import { NO_POLICY, parseManagedPolicy, type ManagedPolicy } from './managed-policy';

/** Where the background keeps the parsed policy (storage.local), for pages to read and watch. */
export const MANAGED_POLICY_KEY = 'policy:managed';

/** Everything the organisation set; {} where there is no policy or no managed storage (Firefox without policies.json). */
export async function readManagedStorage(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get(null)) ?? {};
  } catch {
    return {};
  }
}

/**
 * Background: read the policy and keep the parsed copy. Returns it, also when the
 * copy cannot be written (a full disk): the background then applies the policy in
 * force all the same, and pages keep the copy they had until there is room.
 */
export async function refreshManagedPolicy(): Promise<ManagedPolicy> {
  const policy = parseManagedPolicy(await readManagedStorage());
  try {
    await browser.storage.local.set({ [MANAGED_POLICY_KEY]: policy });
  } catch (error) {
    console.error('Adviser Coach: the managed policy could not be kept for the pages', error);
  }
  return policy;
}

export async function cachedManagedPolicy(): Promise<ManagedPolicy> {
  return ((await browser.storage.local.get(MANAGED_POLICY_KEY))[MANAGED_POLICY_KEY] as ManagedPolicy | undefined) ?? NO_POLICY;
}

/** Pages: call `listener` with each new policy the background stores. Returns the unsubscribe. */
export function watchManagedPolicy(listener: (policy: ManagedPolicy) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[MANAGED_POLICY_KEY];
    if (area === 'local' && change) listener((change.newValue as ManagedPolicy | undefined) ?? NO_POLICY);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
