/**
 * Default packs in storage: installed on first run (and whenever storage holds
 * no packs record, e.g. after it was cleared), brought up to date when the
 * extension is updated. Runs in the background; the decision itself
 * (`mergeDefaultPacks`) is pure and unit-tested.
 */
import { browser } from 'wxt/browser';
import type { CompiledPack } from './compiled-pack';
import { compilePack } from './compile-pack';
import { DEFAULT_PACK_FILES, type PackFile } from './default-packs';
import { loadPack } from './load-pack';
import { formatIssue } from './pack-issues';
import {
  hasInstalledPacksRecord,
  readDefaultPacksState,
  readInstalledPacks,
  readPackLibrary,
  writeDefaultPacksState,
  writePackLibrary,
  type PackLibrary,
} from './pack-store';
import { compareVersions } from './semver';

export function compileDefaultPacks(files: readonly PackFile[] = DEFAULT_PACK_FILES): { packs: CompiledPack[]; problems: string[] } {
  const packs: CompiledPack[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const loaded = loadPack(file.text, { fileName: file.fileName });
    if (loaded.ok) packs.push({ ...compilePack(loaded.pack), source: 'built-in' });
    else problems.push(...loaded.errors.map((issue) => `${file.fileName}: ${formatIssue(issue)}`));
  }
  return { packs, problems };
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
  let installed = [...library.installed];
  const previous = { ...library.previous };
  for (const pack of defaults) {
    const index = installed.findIndex((p) => p.id === pack.id);
    const current = installed[index];
    if (!current) {
      if (!offered.includes(pack.id)) installed = [...installed, pack];
      continue;
    }
    const order = compareVersions(pack.version, current.version);
    if (order === 0) installed[index] = pack;
    else if (order > 0 && previous[pack.id]?.version !== pack.version) {
      previous[pack.id] = current;
      installed[index] = pack;
    }
  }
  return { installed, previous };
}

/** The defaults missing from the library (removed by the adviser), added back; the rest left as it is. */
export function addMissingDefaults(library: PackLibrary, defaults: CompiledPack[]): { library: PackLibrary; added: CompiledPack[] } {
  const added = defaults.filter((pack) => !library.installed.some((p) => p.id === pack.id));
  return { library: { ...library, installed: [...library.installed, ...added] }, added };
}

let queue: Promise<unknown> = Promise.resolve();

/** Bring back the built-in packs an adviser removed. Returns the packs added (none: all were there). */
export function restoreDefaultPacks(): Promise<CompiledPack[]> {
  const run = queue.then(async () => {
    const { packs } = compileDefaultPacks();
    const { library, added } = addMissingDefaults(await readPackLibrary(), packs);
    if (added.length > 0) await writePackLibrary(library);
    return added;
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Install or update the defaults; cheap when nothing changed since the last
 * run for this extension version. `force` (extension updated or reloaded)
 * merges even then. Runs one at a time.
 */
export function installDefaultPacks(options: { force?: boolean } = {}): Promise<void> {
  const run = queue.then(() => install(options.force ?? false));
  queue = run.catch(() => undefined);
  return run;
}

async function install(force: boolean): Promise<void> {
  const extensionVersion = browser.runtime.getManifest().version;
  const firstRun = !(await hasInstalledPacksRecord());
  const state = await readDefaultPacksState();
  if (!firstRun && !force && state?.extensionVersion === extensionVersion) return;
  const { packs, problems } = compileDefaultPacks();
  for (const problem of problems) console.error(`Adviser Coach: default pack refused: ${problem}`);
  const library = mergeDefaultPacks(firstRun ? null : await readPackLibrary(), state?.offered ?? [], packs);
  await writePackLibrary(library);
  const offered = [...new Set([...(state?.offered ?? []), ...packs.map((p) => p.id)])];
  await writeDefaultPacksState({ extensionVersion, offered });
}

let ready: Promise<void> | undefined;

/** The default-pack check for this background start, run once; later callers wait for the same one. */
export function ensureDefaultPacks(): Promise<void> {
  ready ??= installDefaultPacks().catch((error: unknown) => console.error('Adviser Coach: installing default packs failed', error));
  return ready;
}

/** Installed packs once the defaults are in: a content script asking on first run gets them. */
export async function installedPacksWhenReady(): Promise<CompiledPack[]> {
  await ensureDefaultPacks();
  return readInstalledPacks();
}
