/**
 * Importing a pack file in the extension (options page): the same validator as
 * the CLI, then compile and store. A file that is malformed, too large or
 * invalid is refused with its errors, and storage is not touched, so the
 * previous good pack stays in force.
 */
import { browser } from 'wxt/browser';
import type { CompiledPack } from './compiled-pack';
import { compilePack } from './compile-pack';
import { loadPack } from './load-pack';
import { addPack, removePack, rollBackPack } from './pack-library';
import { packError, type PackIssue } from './pack-issues';
import { PACK_LIMITS } from './pack-limits';
import { fileTooLargeMessage } from './parse-pack-text';
import { readPackLibrary, writePackLibrary } from './pack-store';

export type ImportResult = { ok: true; pack: CompiledPack; replacedVersion?: string } | { ok: false; errors: PackIssue[] };

/** A file picked by the adviser; refused by size before it is read. */
export async function importPackFile(file: Blob & { name?: string }): Promise<ImportResult> {
  if (file.size > PACK_LIMITS.maxFileBytes) return { ok: false, errors: [packError([], fileTooLargeMessage(file.size))] };
  return importPackText(await file.text(), file.name);
}

export async function importPackText(
  text: string,
  fileName?: string,
  extensionVersion: string = browser.runtime.getManifest().version,
): Promise<ImportResult> {
  const loaded = loadPack(text, { fileName });
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const pack: CompiledPack = { ...compilePack(loaded.pack), source: 'import' };
  const decision = addPack(await readPackLibrary(), pack, loaded.pack.minExtensionVersion, extensionVersion);
  if (!decision.ok) {
    const issue = packError([decision.field], decision.message);
    return { ok: false, errors: [{ ...issue, ...loaded.locate(issue.path) }] };
  }
  await writePackLibrary(decision.library);
  return { ok: true, pack, ...(decision.replacedVersion !== undefined && { replacedVersion: decision.replacedVersion }) };
}

export async function removeInstalledPack(id: string): Promise<void> {
  await writePackLibrary(removePack(await readPackLibrary(), id));
}

/** Returns the version now in force, or undefined when there was nothing to roll back to. */
export async function rollBackInstalledPack(id: string): Promise<string | undefined> {
  const library = rollBackPack(await readPackLibrary(), id);
  if (!library) return undefined;
  await writePackLibrary(library);
  return library.installed.find((p) => p.id === id)?.version;
}
