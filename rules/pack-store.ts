/**
 * Installed, compiled packs in `storage.local`, and which one applies to a URL.
 * Runs in extension contexts only (background, options, popup).
 */
import { browser } from 'wxt/browser';
import type { CompiledPack } from './compiled-pack';
import { provenanceKey, type PackProvenance } from './pack-provenance';
import { urlMatchesPattern } from '../utils/match-pattern';

const INSTALLED_KEY = 'packs:installed';
/** The version each installed pack replaced, by pack id: one step of roll back. */
const PREVIOUS_KEY = 'packs:previous';

export async function readInstalledPacks(): Promise<CompiledPack[]> {
  const stored = await browser.storage.local.get(INSTALLED_KEY);
  return (stored[INSTALLED_KEY] as CompiledPack[] | undefined) ?? [];
}

export async function writeInstalledPacks(packs: CompiledPack[]): Promise<void> {
  await browser.storage.local.set({ [INSTALLED_KEY]: packs });
}

/** False until packs were first written: tells a first run from "the adviser removed every pack". */
export async function hasInstalledPacksRecord(): Promise<boolean> {
  const stored = await browser.storage.local.get(INSTALLED_KEY);
  return stored[INSTALLED_KEY] !== undefined;
}

/** Installed packs and the versions they replaced, read together. */
export interface PackLibrary {
  installed: CompiledPack[];
  previous: Record<string, CompiledPack>;
}

export async function readPackLibrary(): Promise<PackLibrary> {
  const stored = await browser.storage.local.get([INSTALLED_KEY, PREVIOUS_KEY]);
  return {
    installed: (stored[INSTALLED_KEY] as CompiledPack[] | undefined) ?? [],
    previous: (stored[PREVIOUS_KEY] as Record<string, CompiledPack> | undefined) ?? {},
  };
}

/** One write, so a reader never sees the new pack without its roll-back copy. */
export async function writePackLibrary(library: PackLibrary): Promise<void> {
  await browser.storage.local.set({ [INSTALLED_KEY]: library.installed, [PREVIOUS_KEY]: library.previous });
}

/**
 * The installed pack that applies to `url`. When several match, the most
 * specific pattern wins (`http://127.0.0.1/work-focused/*` over
 * `http://127.0.0.1/*`), then the pack installed first.
 */
export function packForUrl(packs: CompiledPack[], url: string): CompiledPack | null {
  let best: CompiledPack | null = null;
  let bestScore = -1;
  for (const pack of packs) {
    for (const pattern of pack.hostPatterns) {
      const score = pattern.replaceAll('*', '').length;
      if (score > bestScore && urlMatchesPattern(url, pattern)) {
        best = pack;
        bestScore = score;
      }
    }
  }
  return best;
}

const DEFAULTS_KEY = 'packs:defaults';

/** Which bundled default packs were offered, and by which extension version (so each start need not recompile them). */
export interface DefaultPacksState {
  extensionVersion: string;
  offered: string[];
}

export async function readDefaultPacksState(): Promise<DefaultPacksState | undefined> {
  return (await browser.storage.local.get(DEFAULTS_KEY))[DEFAULTS_KEY] as DefaultPacksState | undefined;
}

export async function writeDefaultPacksState(state: DefaultPacksState): Promise<void> {
  await browser.storage.local.set({ [DEFAULTS_KEY]: state });
}

const PROVENANCE_KEY = 'packs:provenance';
const DISABLED_KEY = 'packs:disabled';

/** Provenance by `id@version` (rules/pack-provenance.ts); versions with none are built-in or older file imports. */
export async function readPackProvenance(): Promise<Record<string, PackProvenance>> {
  return ((await browser.storage.local.get(PROVENANCE_KEY))[PROVENANCE_KEY] as Record<string, PackProvenance> | undefined) ?? {};
}

/**
 * Install a library and the provenance of the version it brings, in one write;
 * provenance of versions no longer installed or kept is dropped.
 */
export async function writePackLibraryWithProvenance(library: PackLibrary, pack: CompiledPack, provenance: PackProvenance): Promise<void> {
  const all = { ...(await readPackProvenance()), [provenanceKey(pack.id, pack.version)]: provenance };
  const live = new Set([...library.installed, ...Object.values(library.previous)].map((p) => provenanceKey(p.id, p.version)));
  const kept = Object.fromEntries(Object.entries(all).filter(([key]) => live.has(key)));
  await browser.storage.local.set({ [INSTALLED_KEY]: library.installed, [PREVIOUS_KEY]: library.previous, [PROVENANCE_KEY]: kept });
}

/** Ids of installed packs the adviser switched off: kept, shown, not used for coaching. */
export async function readDisabledPackIds(): Promise<string[]> {
  return ((await browser.storage.local.get(DISABLED_KEY))[DISABLED_KEY] as string[] | undefined) ?? [];
}

export async function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  const disabled = (await readDisabledPackIds()).filter((other) => other !== id);
  await browser.storage.local.set({ [DISABLED_KEY]: enabled ? disabled : [...disabled, id] });
}

/** The packs that coach: installed and not switched off. */
export async function readEnabledPacks(packs?: CompiledPack[]): Promise<CompiledPack[]> {
  const disabled = await readDisabledPackIds();
  return (packs ?? (await readInstalledPacks())).filter((pack) => !disabled.includes(pack.id));
}
