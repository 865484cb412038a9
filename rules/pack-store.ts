/**
 * Installed, compiled packs in `storage.local`, and which one applies to a URL.
 * Runs in extension contexts only (background, options, popup).
 */
import { browser } from 'wxt/browser';
import type { CompiledPack } from './compiled-pack';
import type { RulePack } from './pack-schema';
import { provenanceKey, provenanceOf, type PackProvenance, type PackSource } from './pack-provenance';
import { originPattern, urlMatchesPattern } from '../utils/match-pattern';
import { readSitePacks } from '../utils/site-packs';

/**
 * The installed packs, in order, as small references (the pack's summary and its
 * `body` key); each compiled pack (up to 1.6 MB) is stored once under its own
 * `body` key, as JSON text. A removal, roll back or switch of order then writes a
 * few hundred bytes, and every context listening to storage (background, options
 * page, popup) is sent only those: writing the whole library under one key sent
 * megabytes (old and new value) to each of them for every change, which is what
 * kept an open page on a removed pack for seconds. A body is text because storage
 * hands every listener the value set or removed: one string costs a page next to
 * nothing to receive, where the same pack as objects cost the options page a long
 * task (over 50 ms) on every import. The summary in the reference is all the pack
 * manager shows, so that page never reads a body. Entries that are whole packs (a
 * library stored before this layout), references without a summary and bodies
 * stored as objects are read as they are, and replaced on the next write.
 */
const INSTALLED_KEY = 'packs:installed';
/** The version each installed pack replaced, by pack id: one step of roll back (references, as above). */
const PREVIOUS_KEY = 'packs:previous';
/** The pack just removed, with its kept copy and place (references): its bodies stay stored until the next change to the library, so the removal can be undone. */
const REMOVED_KEY = 'packs:removed';
const BODY_PREFIX = 'packs:pack:';
/**
 * Each pack's validated document (the normalised pack it was compiled from), as JSON text under a
 * key of its own, named in its reference (`PackRef.documentKey`): a later version compiles the pack
 * again from it (rules/recompile-stored-packs.ts). Apart from the body, so no page that reads a
 * pack (a content script asks for one at every change) is sent it.
 */
const DOCUMENT_PREFIX = 'packs:written:';
/** Why a stale pack could not be compiled again, by `id@version` (RecompileProblem). */
export const RECOMPILE_PROBLEMS_KEY = 'packs:recompile-problems';

/**
 * A compiled pack on its way into storage with the validated document it was compiled from: an
 * import, a subscription's check, a default, a recompile. `packDocument` is stored apart (DOCUMENT_PREFIX)
 * and never in the body; a pack read from storage has none (readPackDocument gives it).
 */
export type PackWithDocument = CompiledPack & { packDocument?: RulePack };

/** A stale pack whose document this version refused, so the pack compiled by the earlier version stays in force. */
export interface RecompileProblem {
  /** The stamp of the compiler that refused it (rules/compiler-stamp.ts): the next version tries again. */
  compiler: string;
  /** The first problem, in the validator's words (English, as the CLI gives it). */
  problem: string;
}

/** The storage keys of the library's references: a change to the installed packs changes one of these (bodies change only with them). */
export const PACK_LIBRARY_KEYS: readonly string[] = [INSTALLED_KEY, PREVIOUS_KEY];

/** What is shown of an installed pack without reading the pack: kept in its reference. */
export interface PackSummary extends Pick<CompiledPack, 'id' | 'version' | 'title' | 'organisation' | 'languages' | 'hostPatterns' | 'compiler'> {
  /** Number of questions (items). */
  itemCount: number;
  /** Its validated document is stored, so it can be compiled again (absent: stored by a version before documents were kept). */
  hasDocument?: true;
}

export function summaryOf(pack: CompiledPack): PackSummary {
  return {
    id: pack.id,
    version: pack.version,
    title: pack.title,
    ...(pack.organisation !== undefined && { organisation: pack.organisation }),
    languages: pack.languages,
    hostPatterns: pack.hostPatterns,
    itemCount: pack.items.length,
    ...(pack.compiler !== undefined && { compiler: pack.compiler }),
  };
}

/** A stored pack's place in the library: its summary (so a page's pack is chosen, and the pack listed, without reading every body) and which key holds it. */
type PackRef = Partial<PackSummary> & Pick<PackSummary, 'id' | 'version' | 'hostPatterns'> & { body: string; documentKey?: string };
type StoredEntry = PackRef | CompiledPack;

const isRef = (entry: StoredEntry): entry is PackRef => typeof (entry as Partial<PackRef>).body === 'string' && !('items' in entry);

/** The body key each pack object read from (or written to) storage is held under, so an unchanged pack is never written again. */
const bodyKeys = new WeakMap<CompiledPack, string>();
/** The document key of each pack object read from (or written to) storage, when it has one. */
const documentKeys = new WeakMap<CompiledPack, string>();

/** Resolve references to their bodies, in order; undefined where a body is missing (said on the console). */
async function resolve(entries: StoredEntry[]): Promise<(CompiledPack | undefined)[]> {
  const refs = entries.filter(isRef);
  const bodies = refs.length > 0 ? await browser.storage.local.get(refs.map((ref) => ref.body)) : {};
  return entries.map((entry) => {
    if (!isRef(entry)) return entry;
    const stored = bodies[entry.body] as string | CompiledPack | undefined;
    const pack = typeof stored === 'string' ? (JSON.parse(stored) as CompiledPack) : stored;
    if (!pack) console.error(`Adviser Coach: the stored pack ${entry.id} ${entry.version} is missing`);
    else {
      bodyKeys.set(pack, entry.body);
      if (entry.documentKey !== undefined) documentKeys.set(pack, entry.documentKey);
    }
    return pack;
  });
}

/** Summaries of stored entries, in order; a reference stored without one has its body read (once: the next write adds it). */
async function summarize(entries: StoredEntry[]): Promise<(PackSummary | undefined)[]> {
  const hasSummary = (entry: StoredEntry): entry is PackRef & PackSummary => isRef(entry) && entry.itemCount !== undefined && entry.title !== undefined;
  const bare = entries.filter((entry) => isRef(entry) && !hasSummary(entry));
  const read = new Map((await resolve(bare)).map((pack, i) => [bare[i], pack]));
  return entries.map((entry) => {
    const withDocument = isRef(entry) && entry.documentKey !== undefined ? { hasDocument: true as const } : {};
    if (hasSummary(entry)) {
      const { body: _body, documentKey: _documentKey, ...summary } = entry;
      return { ...summary, ...withDocument };
    }
    const pack = isRef(entry) ? read.get(entry) : entry;
    return pack && { ...summaryOf(pack), ...withDocument };
  });
}

const present = <T>(value: T | undefined): value is T => value !== undefined;

/** The last removal, as stored: references to the removed pack and its kept copy. */
interface StoredRemoval {
  pack: PackRef;
  kept?: PackRef;
  index: number;
}

function storedIndex(stored: Record<string, unknown>): { installed: StoredEntry[]; previous: Record<string, StoredEntry>; removed?: StoredRemoval } {
  return {
    installed: (stored[INSTALLED_KEY] as StoredEntry[] | undefined) ?? [],
    previous: (stored[PREVIOUS_KEY] as Record<string, StoredEntry> | undefined) ?? {},
    ...(stored[REMOVED_KEY] !== undefined && { removed: stored[REMOVED_KEY] as StoredRemoval }),
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
  return inLibraryShape(index, await resolve(libraryEntries(index)));
}

/** The installed packs and the versions they replaced, as summaries: what a page lists, with no pack body read. */
export interface PackLibrarySummary {
  installed: PackSummary[];
  previous: Record<string, PackSummary>;
}

export async function readPackLibrarySummary(): Promise<PackLibrarySummary> {
  const index = storedIndex(await browser.storage.local.get([INSTALLED_KEY, PREVIOUS_KEY]));
  return inLibraryShape(index, await summarize(libraryEntries(index)));
}

/** Summaries of every stored pack: installed, kept for roll back, and the removed one (and its kept copy) an undo would bring back. */
export async function readStoredPackSummaries(): Promise<PackSummary[]> {
  const index = storedIndex(await browser.storage.local.get([INSTALLED_KEY, PREVIOUS_KEY, REMOVED_KEY]));
  const removed = index.removed ? [index.removed.pack, ...(index.removed.kept ? [index.removed.kept] : [])] : [];
  return (await summarize([...libraryEntries(index), ...removed])).filter(present);
}

/** One installed pack, read alone (its body only); undefined when none has that id. */
export async function readInstalledPack(id: string): Promise<CompiledPack | undefined> {
  const entry = storedIndex(await browser.storage.local.get(INSTALLED_KEY)).installed.find((p) => p.id === id);
  return entry && (await resolve([entry]))[0];
}

/** Installed entries, then the kept ones in the order of `index.previous`'s ids. */
const libraryEntries = (index: ReturnType<typeof storedIndex>): StoredEntry[] => [...index.installed, ...Object.values(index.previous)];

/** Read entries (in `libraryEntries` order) back into the installed list and the kept copies by id; missing ones left out. */
function inLibraryShape<T>(index: ReturnType<typeof storedIndex>, read: (T | undefined)[]): { installed: T[]; previous: Record<string, T> } {
  const previous = Object.keys(index.previous).flatMap((id, i) => {
    const value = read[index.installed.length + i];
    return value ? [[id, value] as const] : [];
  });
  return { installed: read.slice(0, index.installed.length).filter(present), previous: Object.fromEntries(previous) };
}

/** A pack taken out of the library, kept so the removal can be undone: the pack, its kept copy, its place in the installed list. */
export interface RemovedPack {
  pack: CompiledPack;
  kept?: CompiledPack;
  index: number;
}

/** The pack removed by the last change to the library (its removal can be undone), or undefined. */
export async function readRemovedPack(): Promise<RemovedPack | undefined> {
  const { removed } = storedIndex(await browser.storage.local.get(REMOVED_KEY));
  if (!removed) return undefined;
  const [pack, kept] = await resolve(removed.kept ? [removed.pack, removed.kept] : [removed.pack]);
  return pack && { pack, ...(kept && { kept }), index: removed.index };
}

/**
 * Write `library` (with `alongside`, other keys to set in the same write): the
 * references in one write with the bodies of packs not stored yet, then the
 * bodies no longer referenced are dropped. `removed`: the pack this write takes
 * out, kept for undo (its bodies stay); any other write forgets the one kept, so
 * a removed pack never holds storage for long.
 */
async function storeLibrary(library: PackLibrary, alongside: Record<string, unknown> = {}, removed?: RemovedPack): Promise<void> {
  const before = storedIndex(await browser.storage.local.get([INSTALLED_KEY, PREVIOUS_KEY, REMOVED_KEY]));
  const refsOf = (removal: StoredRemoval | undefined) => (removal ? [removal.pack, ...(removal.kept ? [removal.kept] : [])] : []);
  const storedRefs = [...libraryEntries(before), ...refsOf(before.removed)].filter(isRef);
  /** Every body and document key the stored references name. */
  const stored = new Set(storedRefs.flatMap(keysOf));
  // A copy of a stored pack made without its document (an earlier version's pack given this
  // version's second net, install-default-packs.ts) keeps the document of its version.
  const documentOfVersion = new Map(storedRefs.flatMap((ref) => (ref.documentKey === undefined ? [] : [[provenanceKey(ref.id, ref.version), ref.documentKey] as const])));
  const newBodies: Record<string, string> = {};
  const refOf = (pack: PackWithDocument): PackRef => {
    const { packDocument, ...compiled } = pack;
    const unique = `${pack.id}@${pack.version}:${crypto.randomUUID()}`;
    let body = bodyKeys.get(pack);
    if (body === undefined || !stored.has(body)) {
      body = `${BODY_PREFIX}${unique}`;
      newBodies[body] = JSON.stringify(compiled);
      bodyKeys.set(pack, body);
    }
    let documentKey = documentKeys.get(pack);
    if (documentKey !== undefined && !stored.has(documentKey)) documentKey = undefined;
    if (packDocument !== undefined && documentKey === undefined) {
      documentKey = `${DOCUMENT_PREFIX}${unique}`;
      newBodies[documentKey] = JSON.stringify(packDocument);
      documentKeys.set(pack, documentKey);
    }
    documentKey ??= documentOfVersion.get(provenanceKey(pack.id, pack.version));
    return { ...summaryOf(pack), body, ...(documentKey !== undefined && { documentKey }) };
  };
  const installed = library.installed.map(refOf);
  const previous = Object.fromEntries(Object.entries(library.previous).map(([id, pack]) => [id, refOf(pack)]));
  const removal: StoredRemoval | undefined = removed && { pack: refOf(removed.pack), ...(removed.kept && { kept: refOf(removed.kept) }), index: removed.index };
  // One write, which the browser applies whole or not at all: when it throws (a full disk), the
  // library, every body and the pack in use are as they were.
  await browser.storage.local.set({ ...newBodies, [INSTALLED_KEY]: installed, [PREVIOUS_KEY]: previous, ...(removal && { [REMOVED_KEY]: removal }), ...alongside });
  // The references went first, so no listener is sent a body it might still look for.
  const live = new Set([...installed, ...Object.values(previous), ...refsOf(removal)].flatMap(keysOf));
  const stale = [...stored, ...leftBehind].filter((body) => !live.has(body));
  const forget = [...stale, ...(!removal && before.removed ? [REMOVED_KEY] : [])];
  try {
    if (forget.length > 0) await browser.storage.local.remove(forget);
    leftBehind.clear();
  } catch (error) {
    // The change is made; only tidying failed (on a full disk even a removal is a write). Said, not
    // thrown, so the adviser is not told a change failed that took effect; the next write tries again.
    for (const body of stale) leftBehind.add(body);
    console.warn('Adviser Coach: old pack copies could not be removed yet', error);
  }
}

/** The storage keys a reference names: its body's and its document's. */
const keysOf = (ref: PackRef): string[] => (ref.documentKey === undefined ? [ref.body] : [ref.body, ref.documentKey]);

/** Bodies no longer referenced whose removal failed, removed with the next write of the library (this context's lifetime). */
const leftBehind = new Set<string>();

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

/**
 * One write, so a reader never sees the new pack without its roll-back copy.
 * `removed`: a pack this write takes out, kept for undo (readRemovedPack) until
 * the next write.
 */
export async function writePackLibrary(library: PackLibrary, removed?: RemovedPack): Promise<void> {
  await storeLibrary(library, {}, removed);
}

/**
 * The validated document `pack` was compiled from, for a pack object read from storage here
 * (readPackLibrary, readRemovedPack…); undefined when none is stored (a pack stored by a version
 * before documents were kept) or the object was not read from storage.
 */
export async function readPackDocument(pack: CompiledPack): Promise<RulePack | undefined> {
  const key = documentKeys.get(pack);
  if (key === undefined) return undefined;
  const text = (await browser.storage.local.get(key))[key];
  return typeof text === 'string' ? (JSON.parse(text) as RulePack) : undefined;
}

export async function readRecompileProblems(): Promise<Record<string, RecompileProblem>> {
  return ((await browser.storage.local.get(RECOMPILE_PROBLEMS_KEY))[RECOMPILE_PROBLEMS_KEY] as Record<string, RecompileProblem> | undefined) ?? {};
}

/**
 * Store packs compiled again (rules/recompile-stored-packs.ts) with the problems of those that
 * could not be, in one write: `removed`, the pack whose removal can still be undone, stays so
 * (a recompile is no change of the adviser's that would end the undo).
 */
export async function writeRecompiledLibrary(library: PackLibrary, removed: RemovedPack | undefined, problems: Record<string, RecompileProblem>): Promise<void> {
  await storeLibrary(library, { [RECOMPILE_PROBLEMS_KEY]: problems }, removed);
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

/** The packs for a page, and why: `named` by their host bindings, or `chosen` by the adviser for the site (none named it). */
export interface PagePacks<P> {
  packs: P[];
  by: 'named' | 'chosen' | 'none';
}

/**
 * The packs that coach on `url`, the one in use first: those whose host bindings
 * name it (`packsForUrl`); where none does, the pack `chosenId` the adviser chose
 * for the page's site (utils/site-packs.ts), if it is among `packs`.
 */
export function packsForPage<P extends PackPlace>(packs: readonly P[], url: string, chosenId: string | undefined, sourceOf?: PackSourceOf): PagePacks<P> {
  const named = packsForUrl(packs, url, sourceOf);
  if (named.length > 0) return { packs: named, by: 'named' };
  const chosen = chosenId === undefined ? undefined : packs.find((pack) => pack.id === chosenId);
  return chosen ? { packs: [chosen], by: 'chosen' } : { packs: [], by: 'none' };
}

/**
 * The pack that coaches on `url`: installed, switched on, first by `packsForPage`;
 * null when none applies. Chosen from the library's references, so only that
 * one pack is read from storage (a content script asks at every change of packs).
 */
export async function readPackForUrl(url: string): Promise<CompiledPack | null> {
  const [stored, disabled, sourceOf, sitePacks] = await Promise.all([browser.storage.local.get(INSTALLED_KEY), readDisabledPackIds(), readPackSources(), readSitePacks()]);
  const site = originPattern(url);
  const enabled = storedIndex(stored).installed.filter((entry) => !disabled.includes(entry.id));
  const [chosen] = packsForPage(enabled, url, site === null ? undefined : sitePacks[site], sourceOf).packs;
  return chosen ? ((await resolve([chosen]))[0] ?? null) : null;
}

/** Where each installed pack came from, from its provenance record (rules/pack-provenance.ts). */
export async function readPackSources(): Promise<PackSourceOf> {
  const [provenance, defaults] = await Promise.all([readPackProvenance(), readDefaultPacksState()]);
  const offered = new Set(defaults?.offered ?? []);
  return (pack) => provenanceOf(provenance[provenanceKey(pack.id, pack.version)], offered.has(pack.id)).source;
}

export const DEFAULTS_KEY = 'packs:defaults';

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

export const PROVENANCE_KEY = 'packs:provenance';
export const DISABLED_KEY = 'packs:disabled';

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
  // The library's references name each pack's id and version: no pack body is read (megabytes for the built-ins).
  const [index, provenance, defaults] = await Promise.all([browser.storage.local.get([INSTALLED_KEY, PREVIOUS_KEY]).then(storedIndex), readPackProvenance(), readDefaultPacksState()]);
  const protectedIds = new Map<string, 'built-in' | 'policy'>((defaults?.offered ?? []).map((id) => [id, 'built-in']));
  for (const pack of libraryEntries(index)) {
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
