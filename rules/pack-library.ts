/**
 * Decisions about the set of installed packs, as pure functions over a
 * PackLibrary so they are tested without storage: add a pack (a newer version
 * replaces the installed one and is kept for roll back), remove one, roll back.
 * rules/import-pack.ts and rules/install-default-packs.ts apply them to storage.
 */
import type { CompiledPack } from './compiled-pack';
import { isStale } from './compiler-stamp';
import type { PackLibrary } from './pack-store';
import { compareVersions } from './semver';

export type AddDecision =
  | { ok: true; library: PackLibrary; replacedVersion?: string }
  | { ok: false; field: 'version' | 'minExtensionVersion'; message: string };

/**
 * Add `pack`: new ids are appended; a newer version of an installed id takes its
 * place (same position, so which pack applies where does not shift) and the
 * old one becomes the roll-back copy. Same versions are refused, and older ones
 * unless the organisation's policy allows downgrades. The same version of a pack
 * another compiler made (rules/recompile-pack.ts `isStale`) takes its place, the
 * roll-back copy untouched: that is how a pack stored before its document was
 * kept, or one whose document this version refused, gets this version's matching.
 */
export function addPack(
  library: PackLibrary,
  pack: CompiledPack,
  minExtensionVersion?: string,
  extensionVersion?: string,
  options: { allowDowngrade?: boolean } = {},
): AddDecision {
  if (minExtensionVersion && extensionVersion && compareVersions(extensionVersion, minExtensionVersion) < 0) {
    return {
      ok: false,
      field: 'minExtensionVersion',
      message: `this pack needs Adviser Coach ${minExtensionVersion} or newer; this is ${extensionVersion}. Update the extension first.`,
    };
  }
  const index = library.installed.findIndex((p) => p.id === pack.id);
  const current = library.installed[index];
  if (!current) return { ok: true, library: { ...library, installed: [...library.installed, pack] } };
  const order = compareVersions(pack.version, current.version);
  if (order === 0 && isStale(current)) {
    return { ok: true, library: { ...library, installed: library.installed.map((p, i) => (i === index ? pack : p)) }, replacedVersion: current.version };
  }
  if (order === 0) {
    return { ok: false, field: 'version', message: `version ${pack.version} of this pack is already installed; raise the version to replace it` };
  }
  if (order < 0 && !options.allowDowngrade) {
    return {
      ok: false,
      field: 'version',
      message: `version ${pack.version} is older than the installed ${current.version}; to go back a version, use roll back`,
    };
  }
  const installed = library.installed.map((p, i) => (i === index ? pack : p));
  return { ok: true, library: { installed, previous: { ...library.previous, [pack.id]: current } }, replacedVersion: current.version };
}

/**
 * Put `pack`, accepted against a library in which `replacing` was the installed
 * version of its id (undefined: none installed), into `library` as it is now,
 * leaving every other pack as it now is. Undefined when that id's installed
 * version changed meanwhile: the acceptance no longer holds and must be redone.
 */
export function placeAcceptedPack(library: PackLibrary, pack: CompiledPack, replacing: string | undefined): PackLibrary | undefined {
  const current = library.installed.find((p) => p.id === pack.id);
  if (current?.version !== replacing) return undefined;
  if (!current) return { ...library, installed: [...library.installed, pack] };
  const installed = library.installed.map((p) => (p.id === pack.id ? pack : p));
  // The same version again (a stale pack compiled anew, addPack): the roll-back copy stays what it was.
  if (current.version === pack.version) return { ...library, installed };
  return { installed, previous: { ...library.previous, [pack.id]: current } };
}

/**
 * Put back a pack the adviser removed (undo) at its old place (`index` in the
 * installed list), with its kept copy; unchanged when that id was installed
 * again meanwhile.
 */
export function putBackPack(library: PackLibrary, pack: CompiledPack, kept: CompiledPack | undefined, index: number): PackLibrary {
  if (library.installed.some((p) => p.id === pack.id)) return library;
  const installed = [...library.installed];
  installed.splice(Math.max(0, Math.min(index, installed.length)), 0, pack);
  return { installed, previous: kept ? { ...library.previous, [pack.id]: kept } : library.previous };
}

export function removePack(library: PackLibrary, id: string): PackLibrary {
  const { [id]: _dropped, ...previous } = library.previous;
  return { installed: library.installed.filter((p) => p.id !== id), previous };
}

/**
 * Swap the installed pack with its kept copy, so a roll back can itself be
 * undone with one more click. Undefined when there is nothing to roll back to.
 */
export function rollBackPack(library: PackLibrary, id: string): PackLibrary | undefined {
  const kept = library.previous[id];
  const index = library.installed.findIndex((p) => p.id === id);
  const current = library.installed[index];
  if (!kept || !current) return undefined;
  return {
    installed: library.installed.map((p, i) => (i === index ? kept : p)),
    previous: { ...library.previous, [id]: current },
  };
}
