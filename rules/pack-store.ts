/**
 * Installed, compiled packs in `storage.local`, and which one applies to a URL.
 * Runs in extension contexts only (background, options, popup).
 */
import { browser } from 'wxt/browser';
import type { CompiledPack } from './compiled-pack';
import { provenanceKey, provenanceOf, type PackProvenance, type PackSource } from './pack-provenance';
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

let turn: Promise<unknown> = Promise.resolve();

/**
 * Run `task` after every change to the packs this context asked for before it.
 * Each change reads what it changes when its turn comes, so a change that
 * started later can never write back a library read before an earlier one
 * (two quick removals, a removal and an update). Only the background edits
 * the packs; other pages ask it by message (utils/packs/pack-library-background.ts).
 */
export function inPackTurn<T>(task: () => Promise<T>): Promise<T> {
  const run = turn.then(task);
  turn = run.catch(() => undefined);
  return run;
}

/** Change the library as stored when this change's turn comes; `edit` writes what it decides. */
export function editPackLibrary<T>(edit: (library: PackLibrary) => Promise<T>): Promise<T> {
  return inPackTurn(async () => edit(await readPackLibrary()));
}

/** One write, so a reader never sees the new pack without its roll-back copy. */
export async function writePackLibrary(library: PackLibrary): Promise<void> {
  await browser.storage.local.set({ [INSTALLED_KEY]: library.installed, [PREVIOUS_KEY]: library.previous });
}

/** How much a pack's origin counts when two packs fit a page equally well: the organisation's, then the adviser's own, then a built-in. */
const SOURCE_RANK: Record<PackSource, number> = { 'built-in': 0, file: 1, url: 1, policy: 2 };

/** Where a pack came from (`readPackSources`); without one, every pack counts as the adviser's import. */
export type PackSourceOf = (pack: CompiledPack) => PackSource;

/**
 * Every installed pack that applies to `url`, the one to use first:
 * 1. the most specific matching pattern (`http://127.0.0.1/work-focused/*` over
 *    `http://127.0.0.1/*`; length without wildcards);
 * 2. then a policy pack over the adviser's own (a file or a subscription) over a
 *    built-in one;
 * 3. then by pack id, so the choice never depends on the order packs were stored in.
 */
export function packsForUrl(packs: readonly CompiledPack[], url: string, sourceOf: PackSourceOf = () => 'file'): CompiledPack[] {
  const fits: { pack: CompiledPack; specificity: number; rank: number }[] = [];
  for (const pack of packs) {
    let specificity = -1;
    for (const pattern of pack.hostPatterns) {
      const score = pattern.replaceAll('*', '').length;
      if (score > specificity && urlMatchesPattern(url, pattern)) specificity = score;
    }
    if (specificity >= 0) fits.push({ pack, specificity, rank: SOURCE_RANK[sourceOf(pack)] });
  }
  fits.sort((a, b) => b.specificity - a.specificity || b.rank - a.rank || (a.pack.id < b.pack.id ? -1 : a.pack.id > b.pack.id ? 1 : 0));
  return fits.map((f) => f.pack);
}

/** The installed pack that applies to `url` (the first of `packsForUrl`), or null. */
export function packForUrl(packs: readonly CompiledPack[], url: string, sourceOf?: PackSourceOf): CompiledPack | null {
  return packsForUrl(packs, url, sourceOf)[0] ?? null;
}

/** Where each installed pack came from, from its provenance record (rules/pack-provenance.ts). */
export async function readPackSources(): Promise<PackSourceOf> {
  const [provenance, defaults] = await Promise.all([readPackProvenance(), readDefaultPacksState()]);
  const offered = new Set(defaults?.offered ?? []);
  return (pack) => provenanceOf(provenance[provenanceKey(pack.id, pack.version)], offered.has(pack.id)).source;
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
export async function writePackLibraryWithProvenance(library: PackLibrary, pack: Pick<CompiledPack, 'id' | 'version'>, provenance: PackProvenance): Promise<void> {
  const all = { ...(await readPackProvenance()), [provenanceKey(pack.id, pack.version)]: provenance };
  const live = new Set([...library.installed, ...Object.values(library.previous)].map((p) => provenanceKey(p.id, p.version)));
  const kept = Object.fromEntries(Object.entries(all).filter(([key]) => live.has(key)));
  await browser.storage.local.set({ [INSTALLED_KEY]: library.installed, [PREVIOUS_KEY]: library.previous, [PROVENANCE_KEY]: kept });
}

/** Install a library in which `builtIn` are the bundled packs: any provenance recorded for those versions (from elsewhere) is dropped. */
export async function writePackLibraryAsBuiltIn(library: PackLibrary, builtIn: CompiledPack[]): Promise<void> {
  const stale = new Set(builtIn.map((pack) => provenanceKey(pack.id, pack.version)));
  const kept = Object.fromEntries(Object.entries(await readPackProvenance()).filter(([key]) => !stale.has(key)));
  await browser.storage.local.set({ [INSTALLED_KEY]: library.installed, [PREVIOUS_KEY]: library.previous, [PROVENANCE_KEY]: kept });
}

/**
 * Ids another pack may take only with a signature by a key trusted for it: the
 * built-in packs' (offered by this extension) and the organisation's (installed
 * from a policy subscription). Maps id to whose it is.
 */
export async function readProtectedPackIds(): Promise<Map<string, 'built-in' | 'policy'>> {
  const [library, provenance, defaults] = await Promise.all([readPackLibrary(), readPackProvenance(), readDefaultPacksState()]);
  const protectedIds = new Map<string, 'built-in' | 'policy'>((defaults?.offered ?? []).map((id) => [id, 'built-in']));
  for (const pack of [...library.installed, ...Object.values(library.previous)]) {
    if (provenance[provenanceKey(pack.id, pack.version)]?.source === 'policy') protectedIds.set(pack.id, 'policy');
  }
  return protectedIds;
}

/** Ids of installed packs the adviser switched off: kept, shown, not used for coaching. */
export async function readDisabledPackIds(): Promise<string[]> {
  return ((await browser.storage.local.get(DISABLED_KEY))[DISABLED_KEY] as string[] | undefined) ?? [];
}

/** Switch a pack on or off, in turn with the other changes to the packs. */
export function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  return inPackTurn(async () => {
    const disabled = (await readDisabledPackIds()).filter((other) => other !== id);
    await browser.storage.local.set({ [DISABLED_KEY]: enabled ? disabled : [...disabled, id] });
  });
}

/** The packs that coach: installed and not switched off. */
export async function readEnabledPacks(packs?: CompiledPack[]): Promise<CompiledPack[]> {
  const disabled = await readDisabledPackIds();
  return (packs ?? (await readInstalledPacks())).filter((pack) => !disabled.includes(pack.id));
}
