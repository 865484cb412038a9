/**
 * Importing a pack file in the extension (options page): the same gate as a
 * subscription (rules/accept-pack.ts: the CLI's validator, the signature, the
 * version), then compile and store. A file that is malformed, too large,
 * invalid or badly signed is refused with its reasons, and storage is not
 * touched, so the previous good pack stays in force. A file may come with its
 * detached signature; without one it is installed as "unsigned", unless the
 * organisation's policy requires signatures or turns file imports off.
 */
import { browser } from 'wxt/browser';
import { checkImportText, type CheckImportText, type ExamplesSummary, type ImportVerdict, type PackHeading } from './check-import';
import type { PackDiff } from './pack-diff';
import { placeAcceptedPack, putBackPack, removePack, rollBackPack } from './pack-library';
import { packError, type PackIssue } from './pack-issues';
import { PACK_LIMITS } from './pack-limits';
import type { PackProvenance, SignatureState } from './pack-provenance';
import { notStoredRefusal, refusal, type PackRefusal } from './pack-refusal';
import type { TrustedKey } from './pack-signature';
import { fileTooLargeMessage } from './parse-pack-text';
import { editPackLibrary, readPackLibrary, readProtectedPackIds, readRemovedPack, writePackLibrary, writePackLibraryWithProvenance, type PackWithDocument } from './pack-store';

export type { ExamplesSummary } from './check-import';

export type ImportResult =
  | { ok: true; pack: PackHeading; replacedVersion?: string; signature: SignatureState; diff?: PackDiff; examples: ExamplesSummary }
  | { ok: false; refusal: PackRefusal; errors: PackIssue[] };

/** What the organisation's policy says about file imports (utils/policy/managed-policy.ts); all off when there is no policy. */
export interface ImportRules {
  trustedKeys?: TrustedKey[];
  allowFileImports?: boolean;
  requireSignedPacks?: boolean;
  allowDowngrades?: boolean;
}

export interface ImportOptions extends ImportRules {
  fileName?: string;
  /** The detached signature's text, from a second file the adviser picked. */
  signature?: string;
  extensionVersion?: string;
  /** Check only: what installing would do (the pack manager shows a replacement's changes first). */
  dryRun?: boolean;
  /** Where the heavy checking runs: in this thread by default; the background passes a worker's (utils/packs/worker-jobs.ts). */
  check?: CheckImportText;
  /** Where the library is read and written, as JSON text: storage from this thread by default. */
  store?: LibraryStore;
}

/** The pack library as JSON text of PackLibrary, with what the acceptance rules need of storage. */
export interface LibraryStore {
  /** Ids only a trusted signature may take (rules/pack-store.ts `readProtectedPackIds`); read for every file. */
  readProtectedIds(): Promise<[string, 'built-in' | 'policy'][]>;
  /** The library as JSON text of PackLibrary; read only for a file that gets as far as being compared with it. */
  readLibraryText(): Promise<string>;
  /**
   * Install `packText` (JSON of the pack its check accepted) into the library as it is now, where
   * the check saw `replacing` installed (undefined: none). Throws when that changed meanwhile (the
   * file must be checked again).
   */
  write(packText: string, provenance: PackProvenance, replacing: string | undefined): Promise<void>;
}

/** Words of the error a write throws when the library moved on since the check (it crosses a message as text). */
const CHANGED_MEANWHILE = 'changed while the file was checked';

/** The library in this thread's storage. */
export const localLibraryStore: LibraryStore = {
  readProtectedIds: async () => [...(await readProtectedPackIds())],
  readLibraryText: async () => JSON.stringify(await readPackLibrary()),
  write: (packText, provenance, replacing) =>
    editPackLibrary(async (current) => {
      const accepted = JSON.parse(packText) as PackWithDocument;
      const library = placeAcceptedPack(current, accepted, replacing);
      if (!library) throw new Error(`the installed version of ${accepted.id} ${CHANGED_MEANWHILE}; import it again`);
      await writePackLibraryWithProvenance(library, accepted, provenance);
    }),
};

/** The refusal of a file of `size` bytes before it is read, if it is over the limit. */
export function refusedBySize(size: number): ImportResult | undefined {
  return size > PACK_LIMITS.maxFileBytes ? refused(refusal('too-large', fileTooLargeMessage(size))) : undefined;
}

/** A file picked by the adviser; refused by size before it is read. */
export async function importPackFile(file: Blob & { name?: string }, options: Omit<ImportOptions, 'fileName'> = {}): Promise<ImportResult> {
  const tooLarge = refusedBySize(file.size);
  if (tooLarge) return tooLarge;
  return importPackBytes(new Uint8Array(await file.arrayBuffer()), { ...options, ...(file.name !== undefined && { fileName: file.name }) });
}

/** Text as a file would give it (tests, and the CLI's way of saying the same thing). */
export function importPackText(text: string, fileName?: string, extensionVersion?: string, options: ImportOptions = {}): Promise<ImportResult> {
  return importPackBytes(new TextEncoder().encode(text), {
    ...options,
    ...(fileName !== undefined && { fileName }),
    ...(extensionVersion !== undefined && { extensionVersion }),
  });
}

export async function importPackBytes(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  if (options.allowFileImports === false) return refused(refusal('imports-not-allowed'));
  const store = options.store ?? localLibraryStore;
  const protectedIds = await store.readProtectedIds();
  const check = await (options.check ?? checkImportText)(
    { bytes, source: 'file', ...(options.fileName !== undefined && { fileName: options.fileName }), ...(options.signature !== undefined && { signature: options.signature }) },
    () => store.readLibraryText(),
    {
      trustedKeys: options.trustedKeys ?? [],
      requireSignature: options.requireSignedPacks ?? false,
      allowDowngrade: options.allowDowngrades ?? false,
      extensionVersion: options.extensionVersion ?? browser.runtime.getManifest().version,
      protectedIds: new Map(protectedIds),
    },
  );
  return finish(check, options.dryRun ?? false, store);
}

async function finish({ acceptance, examples, packText }: ImportVerdict, dryRun: boolean, store: LibraryStore): Promise<ImportResult> {
  if (acceptance.kind === 'refused') return refused(acceptance.refusal, acceptance.errors);
  // A file is never "unchanged": the same version again is refused by the library (acceptPack).
  if (acceptance.kind === 'unchanged' || packText === undefined) return refused(refusal('same-version'));
  if (!dryRun) {
    try {
      await store.write(packText, { source: 'file', signature: acceptance.signature, installedAt: Date.now() }, acceptance.replacedVersion);
    } catch (error) {
      // The library is untouched either way (one write of references and bodies: all or nothing):
      // say why in the adviser's words instead of leaving "Working…".
      const message = error instanceof Error ? error.message : String(error);
      return refused(message.includes(CHANGED_MEANWHILE) ? refusal('changed-meanwhile') : notStoredRefusal(error));
    }
  }
  return {
    ok: true,
    pack: acceptance.pack,
    signature: acceptance.signature,
    examples: examples ?? { total: 0, passed: 0, failures: [] },
    ...(acceptance.replacedVersion !== undefined && { replacedVersion: acceptance.replacedVersion }),
    ...(acceptance.diff && { diff: acceptance.diff }),
  };
}

/** An import refused for `why`: its detail, when there is one, is the problem listed unless `errors` are given. */
export function refused(why: PackRefusal, errors?: PackIssue[]): ImportResult {
  return { ok: false, refusal: why, errors: errors ?? (why.detail !== undefined ? [packError([], why.detail)] : []) };
}

/** Remove a pack and its kept copy, from the library as it is when this change's turn comes; both are kept until the next change, for undo. */
export function removeInstalledPack(id: string): Promise<void> {
  return editPackLibrary((library) => {
    const index = library.installed.findIndex((p) => p.id === id);
    const pack = library.installed[index];
    const kept = library.previous[id];
    return writePackLibrary(removePack(library, id), pack && { pack, ...(kept && { kept }), index });
  });
}

/** Returns the version now in force, or undefined when there was nothing to roll back to. */
export function rollBackInstalledPack(id: string): Promise<string | undefined> {
  return editPackLibrary(async (current) => {
    const library = rollBackPack(current, id);
    if (!library) return undefined;
    await writePackLibrary(library);
    return library.installed.find((p) => p.id === id)?.version;
  });
}

/**
 * Undo the removal of `id` (`putBackPack`: at its old place, with its kept copy)
 * if it was the last change to the library. False when it was not (another change
 * came after it and the removed pack is gone).
 */
export function putBackRemovedPack(id: string): Promise<boolean> {
  return editPackLibrary(async (library) => {
    const removed = await readRemovedPack();
    if (removed?.pack.id !== id) return false;
    await writePackLibrary(putBackPack(library, removed.pack, removed.kept, removed.index));
    return true;
  });
}
