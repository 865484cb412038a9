/**
 * Default packs in storage: installed on first run (and whenever storage holds
 * no packs record, e.g. after it was cleared), brought up to date when the
 * extension is updated; every other stored pack is then given this version's
 * second net (`withCurrentSecondNets`). Runs in the background; the decisions
 * themselves are pure and unit-tested.
 */
import { browser } from 'wxt/browser';
import type { CompiledPack } from './compiled-pack';
import { compilePack } from './compile-pack';
import { DEFAULT_PACK_FILES, type PackFile } from './default-packs';
import { loadPack } from './load-pack';
import { formatIssue } from './pack-issues';
import { withCurrentSecondNet } from './pack-second-net';
import {
  editPackLibrary,
  hasInstalledPacksRecord,
  inPackTurn,
  readDefaultPacksState,
  readPackLibrary,
  readPackSources,
  writeDefaultPacksState,
  writePackLibrary,
  writePackLibraryAsBuiltIn,
  type PackLibrary,
  type PackSourceOf,
  type PackWithDocument,
} from './pack-store';
import { compareVersions } from './semver';

export function compileDefaultPacks(files: readonly PackFile[] = DEFAULT_PACK_FILES): { packs: PackWithDocument[]; problems: string[] } {
  const packs: PackWithDocument[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const loaded = loadPack(file.text, { fileName: file.fileName });
    // With its document, as an import is: a default kept for roll back is compiled again by a later version too.
    if (loaded.ok) packs.push({ ...compilePack(loaded.pack), packDocument: loaded.pack });
    else problems.push(...loaded.errors.map((issue) => `${file.fileName}: ${formatIssue(issue)}`));
  }
  return { packs, problems };
}

/** What becomes of one bundled default: added, put in place of the installed version (kept for roll back), refreshed in place, or left alone. */
type DefaultChange = 'add' | 'replace' | 'refresh' | 'keep';

/**
 * Walk the bundled defaults over a library, each decided by `decide` (given the
 * installed pack of that id, if any). Returns the new library and the defaults
 * added or put in place (not those refreshed in place).
 */
function applyDefaults(
  library: PackLibrary,
  defaults: CompiledPack[],
  decide: (pack: CompiledPack, current: CompiledPack | undefined) => DefaultChange,
): { library: PackLibrary; placed: CompiledPack[] } {
  const installed = [...library.installed];
  const previous = { ...library.previous };
  const placed: CompiledPack[] = [];
  for (const pack of defaults) {
    const index = installed.findIndex((p) => p.id === pack.id);
    const current = index >= 0 ? installed[index] : undefined;
    const change = decide(pack, current);
    if (change === 'keep') continue;
    if (change === 'add') installed.push(pack);
    else {
      if (change === 'replace' && current) previous[pack.id] = current;
      installed[index] = pack;
    }
    if (change !== 'refresh') placed.push(pack);
  }
  return { library: { installed, previous }, placed };
}

/**
 * First run (`library` null): every default. Later: a default never offered
 * before is added (new in this extension version); an installed default is
 * replaced by a newer bundled version, or refreshed when the version is the
 * same (the compiler may have changed); a default the adviser removed, rolled
 * back from, or replaced with a newer import is left as it is.
 */
export function mergeDefaultPacks(
  library: PackLibrary | null,
  offered: readonly string[],
  defaults: CompiledPack[],
): PackLibrary {
  if (!library) return { installed: [...defaults], previous: {} };
  return applyDefaults(library, defaults, (pack, current) => {
    if (!current) return offered.includes(pack.id) ? 'keep' : 'add';
    const order = compareVersions(pack.version, current.version);
    if (order === 0) return 'refresh';
    return order > 0 && library.previous[pack.id]?.version !== pack.version ? 'replace' : 'keep';
  }).library;
}

/**
 * The library with every pack, installed or kept for roll back, carrying this version's second net
 * (rules/pack-second-net.ts): a pack an earlier version compiled and stored (a file, a subscription, a policy pack)
 * cannot be compiled again here, but its models can be replaced. Packs that already carry them are the same objects,
 * so only the others' bodies are written again.
 */
export function withCurrentSecondNets(library: PackLibrary): PackLibrary {
  return {
    installed: library.installed.map((pack) => withCurrentSecondNet(pack)),
    previous: Object.fromEntries(Object.entries(library.previous).map(([id, pack]) => [id, withCurrentSecondNet(pack)])),
  };
}

/**
 * Bring the built-in packs back as they come with the extension. Compared by
 * id, version and source, not by id alone: a default the adviser removed is
 * added back, and one whose id now holds another version or a pack from
 * elsewhere (a file, a subscription) is replaced by the bundled one, the
 * replaced version kept for roll back. A pack the organisation set under that
 * id (policy) is left alone.
 */
export function restoreDefaults(
  library: PackLibrary,
  defaults: CompiledPack[],
  sourceOf: PackSourceOf,
): { library: PackLibrary; restored: CompiledPack[] } {
  const { library: restoredLibrary, placed } = applyDefaults(library, defaults, (pack, current) => {
    if (!current) return 'add';
    const source = sourceOf(current);
    return source === 'policy' || (source === 'built-in' && compareVersions(current.version, pack.version) === 0) ? 'keep' : 'replace';
  });
  return { library: restoredLibrary, restored: placed };
}

/** Bring back the built-in packs an adviser removed or replaced (`restoreDefaults`). Returns the packs restored (none: all were there as bundled). */
export function restoreDefaultPacks(): Promise<CompiledPack[]> {
  return editPackLibrary(async (current) => {
    const { packs } = compileDefaultPacks();
    const { library, restored } = restoreDefaults(current, packs, await readPackSources());
    if (restored.length > 0) await writePackLibraryAsBuiltIn(library, restored);
    return restored;
  });
}

/**
 * Install or update the defaults; cheap when nothing changed since the last
 * run for this extension version. `force` (extension updated or reloaded)
 * merges even then. Runs one at a time.
 */
export function installDefaultPacks(options: { force?: boolean } = {}): Promise<void> {
  // In turn with every other change to the packs: the merge reads the library and writes it whole.
  return inPackTurn(() => install(options.force ?? false));
}

async function install(force: boolean): Promise<void> {
  const extensionVersion = browser.runtime.getManifest().version;
  const firstRun = !(await hasInstalledPacksRecord());
  const state = await readDefaultPacksState();
  if (!firstRun && !force && state?.extensionVersion === extensionVersion) return;
  const { packs, problems } = compileDefaultPacks();
  for (const problem of problems) console.error(`Adviser Coach: default pack refused: ${problem}`);
  const library = mergeDefaultPacks(firstRun ? null : await readPackLibrary(), state?.offered ?? [], packs);
  // Packs an earlier version stored are written once with this version's second net; a page's pack is checked
  // again when it is read for the page (entrypoints/background.ts), in case it was read before this ran.
  await writePackLibrary(withCurrentSecondNets(library));
  const offered = [...new Set([...(state?.offered ?? []), ...packs.map((p) => p.id)])];
  await writeDefaultPacksState({ extensionVersion, offered });
}

let ready: Promise<void> | undefined;

/** The default-pack check for this background start, run once; later callers wait for the same one. */
export function ensureDefaultPacks(): Promise<void> {
  ready ??= installDefaultPacks().catch((error: unknown) => console.error('Adviser Coach: installing default packs failed', error));
  return ready;
}

