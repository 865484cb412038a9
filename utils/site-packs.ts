/**
 * The rule pack an adviser chose for a case system that no installed pack's host
 * bindings name: by site (`https://host/*`, as the site's permission is asked for),
 * the pack's id. A pack that names a page always comes first (its supervisor wrote it
 * for that case system, an organisation's included); the choice fills the gap where
 * none does. Stored in `storage.local` (extension origin); written by the background only.
 */
import { browser } from 'wxt/browser';
import type { ManagedPolicy } from './policy/managed-policy';
import { cachedManagedPolicy } from './policy/policy-store';

export const SITE_PACKS_KEY = 'sites:packs';

/** Site pattern → id of the pack chosen for it. */
export type SitePacks = Record<string, string>;

/** The organisation's policy lets advisers choose a pack for a site (`allowAdviserSitePacks`, default yes). */
export const sitePacksAllowed = (policy: ManagedPolicy): boolean => policy.allowSitePacks !== false;

/** The choices stored, whether or not the policy lets them coach. */
async function storedSitePacks(): Promise<SitePacks> {
  return ((await browser.storage.local.get(SITE_PACKS_KEY))[SITE_PACKS_KEY] as SitePacks | undefined) ?? {};
}

/** The choices in force: none where the organisation's policy does not let advisers choose (kept, for when it does again). */
export async function readSitePacks(): Promise<SitePacks> {
  const [stored, policy] = await Promise.all([storedSitePacks(), cachedManagedPolicy()]);
  return sitePacksAllowed(policy) ? stored : {};
}

/**
 * Use pack `packId` on `pattern`'s pages that no pack names; null forgets the choice.
 * Throws what the storage throws (a full disk): the choice in force is then unchanged.
 */
export async function chooseSitePack(pattern: string, packId: string | null): Promise<void> {
  const { [pattern]: _old, ...others } = await storedSitePacks();
  await browser.storage.local.set({ [SITE_PACKS_KEY]: packId === null ? others : { ...others, [pattern]: packId } });
}

/** A site removed: its choice goes too, whether or not the policy lets it coach now (no write when there is none). */
export async function forgetSitePack(pattern: string): Promise<void> {
  if (pattern in (await storedSitePacks())) await chooseSitePack(pattern, null);
}
