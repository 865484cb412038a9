/**
 * Installed, compiled packs in `storage.local`, and which one applies to a URL.
 * Runs in extension contexts only (background, options, popup).
 */
import { browser } from 'wxt/browser';
import type { CompiledPack, PackSource } from './compiled-pack';
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

/** How much a pack's origin counts when two packs fit a page equally well: an organisation's or the adviser's own over a built-in. */
const SOURCE_RANK: Record<PackSource, number> = { 'built-in': 0, import: 1, policy: 2 };

/**
 * Every installed pack that applies to `url`, the one to use first:
 * 1. the most specific matching pattern (`http://127.0.0.1/work-focused/*` over
 *    `http://127.0.0.1/*`; length without wildcards);
 * 2. then a policy pack over the adviser's import over a built-in one
 *    (`CompiledPack.source`, an import when not recorded);
 * 3. then by pack id, so the choice never depends on the order packs were stored in.
 */
export function packsForUrl(packs: readonly CompiledPack[], url: string): CompiledPack[] {
  const fits: { pack: CompiledPack; specificity: number }[] = [];
  for (const pack of packs) {
    let specificity = -1;
    for (const pattern of pack.hostPatterns) {
      const score = pattern.replaceAll('*', '').length;
      if (score > specificity && urlMatchesPattern(url, pattern)) specificity = score;
    }
    if (specificity >= 0) fits.push({ pack, specificity });
  }
  const rank = (pack: CompiledPack) => SOURCE_RANK[pack.source ?? 'import'];
  fits.sort((a, b) => b.specificity - a.specificity || rank(b.pack) - rank(a.pack) || (a.pack.id < b.pack.id ? -1 : a.pack.id > b.pack.id ? 1 : 0));
  return fits.map((f) => f.pack);
}

/** The installed pack that applies to `url` (the first of `packsForUrl`), or null. */
export function packForUrl(packs: readonly CompiledPack[], url: string): CompiledPack | null {
  return packsForUrl(packs, url)[0] ?? null;
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
