/**
 * The pack library as component state, kept in step with storage: the
 * background may install or update packs (defaults, subscriptions) and apply a
 * new managed policy while the page is open.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PackProvenance } from '../../rules/pack-provenance';
import { readDefaultPacksState, readDisabledPackIds, readPackLibrary, readPackProvenance, type PackLibrary } from '../../rules/pack-store';
import type { ManagedPolicy } from '../../utils/policy/managed-policy';
import { cachedManagedPolicy } from '../../utils/policy/policy-store';
import { readSubscriptions, type Subscription } from '../../utils/packs/subscriptions';
import { readAdviserKeys } from '../../utils/packs/trusted-keys';
import type { TrustedKey } from '../../rules/pack-signature';

export interface PackLibraryView extends PackLibrary {
  provenance: Record<string, PackProvenance>;
  disabled: string[];
  subscriptions: Subscription[];
  policy: ManagedPolicy;
  /** The adviser's own trusted keys (used when the policy sets none). */
  adviserKeys: TrustedKey[];
  /** Ids of the packs that come with the extension. */
  builtIn: string[];
}

async function readView(): Promise<PackLibraryView> {
  const [library, provenance, disabled, subscriptions, policy, defaults, adviserKeys] = await Promise.all([
    readPackLibrary(),
    readPackProvenance(),
    readDisabledPackIds(),
    readSubscriptions(),
    cachedManagedPolicy(),
    readDefaultPacksState(),
    readAdviserKeys(),
  ]);
  return { ...library, provenance, disabled, subscriptions, policy, builtIn: defaults?.offered ?? [], adviserKeys };
}

export function usePackLibrary(): PackLibraryView | undefined {
  const [view, setView] = useState<PackLibraryView>();
  useEffect(() => {
    const reload = () => void readView().then(setView);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((key) => key.startsWith('packs:') || key.startsWith('policy:'))) reload();
    };
    reload();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return view;
}
