/**
 * Installed, compiled packs in `storage.local`, and which one applies to a URL.
 * Runs in extension contexts only (background, options, popup).
 */
import { browser } from 'wxt/browser';
import type { CompiledPack } from './compiled-pack';
import { provenanceKey, provenanceOf, type PackProvenance, type PackSource } from './pack-provenance';
import { urlMatchesPattern } from '../utils/match-pattern';

/**
 * The installed packs, in order, as small references ({ id, version, body }); each
 * compiled pack (several hundred kB) is stored once under its own `body` key.
 * A removal, roll back or switch of order then writes a few hundred bytes, and
 * every context listening to storage (background, options page, popup) is sent
 * only those: writing the whole library under one key sent megabytes (old and new
 * value) to each of them for every change, which is what kept an open page on
 * a removed pack for seconds. Entries that are whole packs (a library stored
 * before this layout) are read as they are and replaced by references on the
 * next write.
 */
const INSTALLED_KEY = 'packs:installed';
/** The version each installed pack replaced, by pack id: one step of roll back (references, as above). */
const PREVIOUS_KEY = 'packs:previous';
const BODY_PREFIX = 'packs:pack:';

/** A stored pack's place in the library: which body key holds it, and where it applies (so a page's pack is chosen without reading every body). */
interface PackRef {
  id: string;
  version: string;
  hostPatterns: string[];
  body: string;
}
type StoredEntry = PackRef | CompiledPack;

const isRef = (entry: StoredEntry): entry is PackRef => typeof (entry as Partial<PackRef>).body === 'string' && !('items' in entry);

/** The body key each pack object read from (or written to) storage is held under, so an unchanged pack is never written again. */
const bodyKeys = new WeakMap<CompiledPack, string>();

/** Resolve references to their bodies, in order; undefined where a body is missing (said on the console). */
async function resolve(entries: StoredEntry[]): Promise<(CompiledPack | undefined)[]> {
  const refs = entries.filter(isRef);
  const bodies = refs.length > 0 ? await browser.storage.local.get(refs.map((ref) => ref.body)) : {};
  return entries.map((entry) => {
    if (!isRef(entry)) return entry;
    const pack = bodies[entry.body] as CompiledPack | undefined;
    if (!pack) console.error(`Adviser Coach: the stored pack ${entry.id} ${entry.version} is missing`);
    else bodyKeys.set(pack, entry.body);
    return pack;
  });
}

const present = (pack: CompiledPack | undefined): pack is CompiledPack => pack !== undefined;

function storedIndex(stored: Record<string, unknown>): { installed: StoredEntry[]; previous: Record<string, StoredEntry> } {
  return {
    installed: (stored[INSTALLED_KEY] as StoredEntry[] | undefined) ?? [],
    previous: (stored[PREVIOUS_KEY] as Record<string, StoredEntry> | undefined) ?? {},
  };
}

export async function readInstalledPacks(): Promise<CompiledPack[]> {
  return (await resolve(storedIndex(await browser.storage.local.get([INSTALLED_KEY])).installed)).filter(present);
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
  const index = storedIndex(await browser.storage.local.get([INSTALLED_KEY, PREVIOUS_KEY]));
  const kept = Object.entries(index.previous);
  const packs = await resolve([...index.installed, ...kept.map(([, entry]) => entry)]);
  const previous = kept.flatMap(([id], i) => {
    const pack = packs[index.installed.length + i];
    return pack ? [[id, pack] as const] : [];
  });
  return { installed: packs.slice(0, index.installed.length).filter(present), previous: Object.fromEntries(previous) };
}

/**
 * Write `library` (with `alongside`, other keys to set in the same write): the
 * references in one write with the bodies of packs not stored yet, then the
 * bodies no longer referenced are dropped.
 */
async function storeLibrary(library: PackLibrary, alongside: Record<string, unknown> = {}): Promise<void> {
  const before = storedIndex(await browser.storage.local.get([INSTALLED_KEY, PREVIOUS_KEY]));
  const stored = new Set([...before.installed, ...Object.values(before.previous)].filter(isRef).map((ref) => ref.body));
  const newBodies: Record<string, CompiledPack> = {};
  const refOf = (pack: CompiledPack): PackRef => {
    let body = bodyKeys.get(pack);
    if (body === undefined || !stored.has(body)) {
      body = `${BODY_PREFIX}${pack.id}@${pack.version}:${crypto.randomUUID()}`;
      newBodies[body] = pack;
      bodyKeys.set(pack, body);
    }
    return { id: pack.id, version: pack.version, hostPatterns: pack.hostPatterns, body };
  };
  const installed = library.installed.map(refOf);
  const previous = Object.fromEntries(Object.entries(library.previous).map(([id, pack]) => [id, refOf(pack)]));
  await browser.storage.local.set({ ...newBodies, [INSTALLED_KEY]: installed, [PREVIOUS_KEY]: previous, ...alongside });
  const live = new Set([...installed, ...Object.values(previous)].map((ref) => ref.body));
  const stale = [...stored].filter((body) => !live.has(body));
  if (stale.length > 0) await browser.storage.local.remove(stale);
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
  await storeLibrary(library);
}

/** How much a pack's origin counts when two packs fit a page equally well: the organisation's, then the adviser's own, then a built-in. */
const SOURCE_RANK: Record<PackSource, number> = { 'built-in': 0, file: 1, url: 1, policy: 2 };

/** Where a pack came from (`readPackSources`); without one, every pack counts as the adviser's import. */
export type PackSourceOf = (pack: Pick<CompiledPack, 'id' | 'version'>) => PackSource;

/** What choosing a pack for a page looks at: a compiled pack, or its reference in the library. */
export type PackPlace = Pick<CompiledPack, 'id' | 'version' | 'hostPatterns'>;

/**
 * Every installed pack that applies to `url`, the one to use first:
 * 1. the most specific matching pattern (`http://127.0.0.1/work-focused/*` over
 *    `http://127.0.0.1/*`; length without wildcards);
 * 2. then a policy pack over the adviser's own (a file or a subscription) over a
 *    built-in one;
 * 3. then by pack id, so the choice never depends on the order packs were stored in.
 */
export function packsForUrl<P extends PackPlace>(packs: readonly P[], url: string, sourceOf: PackSourceOf = () => 'file'): P[] {
  const fits: { pack: P; specificity: number; rank: number }[] = [];
  for (const pack of packs) {
    let specificity = -1;
    for (const pattern of pack.hostPatterns ?? []) {
      const score = pattern.replaceAll('*', '').length;
      if (score > specificity && urlMatchesPattern(url, pattern)) specificity = score;
    }
    if (specificity >= 0) fits.push({ pack, specificity, rank: SOURCE_RANK[sourceOf(pack)] });
  }
  fits.sort((a, b) => b.specificity - a.specificity || b.rank - a.rank || (a.pack.id < b.pack.id ? -1 : a.pack.id > b.pack.id ? 1 : 0));
  return fits.map((f) => f.pack);
}

/** The installed pack that applies to `url` (the first of `packsForUrl`), or null. */
export function packForUrl<P extends PackPlace>(packs: readonly P[], url: string, sourceOf?: PackSourceOf): P | null {
  return packsForUrl(packs, url, sourceOf)[0] ?? null;
}

/**
 * The pack that coaches on `url`: installed, switched on, first by `packsForUrl`;
 * null when none applies. Chosen from the library's references, so only that
 * one pack is read from storage (a content script asks at every change of packs).
 */
export async function readPackForUrl(url: string): Promise<CompiledPack | null> {
  const [stored, disabled, sourceOf] = await Promise.all([browser.storage.local.get(INSTALLED_KEY), readDisabledPackIds(), readPackSources()]);
  const chosen = packForUrl(storedIndex(stored).installed.filter((entry) => !disabled.includes(entry.id)), url, sourceOf);
  return chosen ? ((await resolve([chosen]))[0] ?? null) : null;
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
  await storeLibrary(library, { [PROVENANCE_KEY]: kept });
}

/** Install a library in which `builtIn` are the bundled packs: any provenance recorded for those versions (from elsewhere) is dropped. */
export async function writePackLibraryAsBuiltIn(library: PackLibrary, builtIn: CompiledPack[]): Promise<void> {
  const stale = new Set(builtIn.map((pack) => provenanceKey(pack.id, pack.version)));
  const kept = Object.fromEntries(Object.entries(await readPackProvenance()).filter(([key]) => !stale.has(key)));
  await storeLibrary(library, { [PROVENANCE_KEY]: kept });
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
