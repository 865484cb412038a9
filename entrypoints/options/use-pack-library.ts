/**
 * The pack library as component state, kept in step with storage: the
 * background may install or update packs (defaults, subscriptions, imports) and
 * apply a new managed policy while the page is open. Packs are listed from their
 * summaries (rules/pack-store.ts): this page never reads a pack's body to list
 * it, and a change re-reads only the part of the view whose storage key changed
 * (a switch turned off reads the switched-off ids, an import the list of
 * references), never every pack.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CompiledPack } from '../../rules/compiled-pack';
import type { PackProvenance } from '../../rules/pack-provenance';
import {
  DEFAULTS_KEY,
  DISABLED_KEY,
  PACK_LIBRARY_KEYS,
  PROVENANCE_KEY,
  RECOMPILE_PROBLEMS_KEY,
  readDefaultPacksState,
  readDisabledPackIds,
  readInstalledPack,
  readPackLibrarySummary,
  readPackProvenance,
  readRecompileProblems,
  type PackLibrarySummary,
  type PackSummary,
  type RecompileProblem,
} from '../../rules/pack-store';
import type { ManagedPolicy } from '../../utils/policy/managed-policy';
import { cachedManagedPolicy, MANAGED_POLICY_KEY } from '../../utils/policy/policy-store';
import { readSubscriptions, SUBSCRIPTIONS_KEY, UNSTORED_CHECKS_KEY, type Subscription } from '../../utils/packs/subscriptions';
import { readAdviserKeys, TRUSTED_KEYS_KEY } from '../../utils/packs/trusted-keys';
import type { TrustedKey } from '../../rules/pack-signature';

export interface PackLibraryView extends PackLibrarySummary {
  provenance: Record<string, PackProvenance>;
  disabled: string[];
  subscriptions: Subscription[];
  policy: ManagedPolicy;
  /** The adviser's own trusted keys (used when the policy sets none). */
  adviserKeys: TrustedKey[];
  /** Ids of the packs that come with the extension. */
  builtIn: string[];
  /** Stale packs this version could not compile again, by `id@version` (rules/recompile-stored-packs.ts). */
  recompileProblems: Record<string, RecompileProblem>;
}

/** Each part of the view, the storage keys it is read from, and how it is read. */
const PARTS: { keys: readonly string[]; read(): Promise<Partial<PackLibraryView>> }[] = [
  { keys: PACK_LIBRARY_KEYS, read: readPackLibrarySummary },
  { keys: [PROVENANCE_KEY], read: async () => ({ provenance: await readPackProvenance() }) },
  { keys: [DISABLED_KEY], read: async () => ({ disabled: await readDisabledPackIds() }) },
  // A check whose outcome storage would not take is kept in storage.session (utils/packs/subscriptions.ts).
  { keys: [SUBSCRIPTIONS_KEY, UNSTORED_CHECKS_KEY], read: async () => ({ subscriptions: await readSubscriptions() }) },
  { keys: [MANAGED_POLICY_KEY], read: async () => ({ policy: await cachedManagedPolicy() }) },
  { keys: [DEFAULTS_KEY], read: async () => ({ builtIn: (await readDefaultPacksState())?.offered ?? [] }) },
  { keys: [TRUSTED_KEYS_KEY], read: async () => ({ adviserKeys: await readAdviserKeys() }) },
  { keys: [RECOMPILE_PROBLEMS_KEY], read: async () => ({ recompileProblems: await readRecompileProblems() }) },
];

/**
 * The same summary object for a pack version already shown (a version's content
 * never changes but for being compiled again by a newer extension), so a change
 * to one pack leaves the others' props as they were.
 */
function keepShown(before: PackLibraryView | undefined, next: Partial<PackLibraryView>): Partial<PackLibraryView> {
  if (!before || !next.installed || !next.previous) return next;
  const shownAs = (pack: PackSummary) => `${pack.id}@${pack.version}@${pack.compiler ?? ''}@${pack.hasDocument ?? false}`;
  const shown = new Map([...before.installed, ...Object.values(before.previous)].map((pack) => [shownAs(pack), pack]));
  const same = (pack: PackSummary) => shown.get(shownAs(pack)) ?? pack;
  return { ...next, installed: next.installed.map(same), previous: Object.fromEntries(Object.entries(next.previous).map(([id, pack]) => [id, same(pack)])) };
}

export function usePackLibrary(): PackLibraryView | undefined {
  const [view, setView] = useState<PackLibraryView>();
  useEffect(() => {
    let open = true;
    void Promise.all(PARTS.map((part) => part.read())).then((parts) => {
      if (open) setView(Object.assign({}, ...parts) as PackLibraryView);
    });
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' && area !== 'session') return;
      const changed = PARTS.filter((part) => part.keys.some((key) => key in changes));
      for (const part of changed) {
        void part.read().then((next) => {
          if (open) setView((before) => before && { ...before, ...keepShown(before, next) });
        });
      }
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      open = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return view;
}

/**
 * The compiled pack `summary` names, read alone (its body only) when the installed
 * version changes; undefined while it is read, or when there is none.
 */
export function useInstalledPack(summary: Pick<PackSummary, 'id' | 'version'> | undefined): CompiledPack | undefined {
  const [pack, setPack] = useState<CompiledPack>();
  const wanted = summary && `${summary.id}@${summary.version}`;
  useEffect(() => {
    if (!summary) return;
    let current = true;
    void readInstalledPack(summary.id).then((read) => {
      if (current) setPack(read);
    });
    return () => {
      current = false;
    };
  }, [wanted]);
  return pack && `${pack.id}@${pack.version}` === wanted ? pack : undefined;
}
