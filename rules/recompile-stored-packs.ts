/**
 * Stored packs get this version's matching: at start-up and after an update (and when a page's
 * pack is read stale, entrypoints/background.ts), every stored pack another compiler made (its
 * `compiler` stamp is not this build's) is compiled again from its stored document
 * (rules/recompile-pack.ts) and stored again. Installed packs, the copies kept for roll back and
 * the pack whose removal can still be undone are all brought along, in one write of the library
 * (rules/pack-store.ts): a worker stopped at any moment leaves either the packs as they were or
 * the packs compiled again, never a library with a pack missing or twice. Provenance (who signed
 * it, where it is subscribed from) is kept by `id@version`, which a recompile does not change.
 *
 * A pack whose document this version refuses (no longer valid under its schema) stays in force as
 * it was compiled; the problem is stored (RECOMPILE_PROBLEMS_KEY) for the options page and the
 * pack is not tried again until another compiler comes. A pack stored before documents were kept
 * cannot be compiled again (its compiled form has lost what compiling needs: the question and the
 * label apart, option values as written, the pack's own words apart from the lexicon's); it keeps
 * this version's second net (install-default-packs.ts) and the options page asks for a new import.
 */
import type { CompiledPack } from './compiled-pack';
import { COMPILER_STAMP, isStale } from './compiler-stamp';
import { provenanceKey } from './pack-provenance';
import {
  inPackTurn,
  readPackDocument,
  readPackLibrary,
  readRecompileProblems,
  readStoredPackSummaries,
  readRemovedPack,
  writeRecompiledLibrary,
  type PackLibrary,
  type PackSummary,
  type RecompileProblem,
  type RemovedPack,
} from './pack-store';
import { recompilePack } from './recompile-pack';

/** What one pass did, by `id@version`. */
export interface RecompileReport {
  recompiled: string[];
  /** Refused by this version (the problem is stored); the earlier compiled pack stays in force. */
  failed: string[];
}

/** Stale, with a document, and not already refused by this compiler: worth compiling again. */
function due(pack: Pick<PackSummary, 'id' | 'version' | 'compiler' | 'hasDocument'>, problems: Record<string, RecompileProblem>): boolean {
  return isStale(pack) && pack.hasDocument === true && problems[provenanceKey(pack.id, pack.version)]?.compiler !== COMPILER_STAMP;
}

/**
 * Compile every stale stored pack again, in turn with every other change to the packs. Cheap when
 * none is due: only the stored packs' summaries are read, no pack body.
 */
export function recompileStoredPacks(): Promise<RecompileReport> {
  return inPackTurn(async () => {
    const report: RecompileReport = { recompiled: [], failed: [] };
    const [summaries, problems] = await Promise.all([readStoredPackSummaries(), readRecompileProblems()]);
    if (!summaries.some((pack) => due(pack, problems))) return report;
    const [library, removed] = await Promise.all([readPackLibrary(), readRemovedPack()]);
    const nextProblems = { ...problems };
    /** The same stored object in two places (never, today) is compiled once and stays one pack. */
    const done = new Map<CompiledPack, CompiledPack>();
    const again = async (pack: CompiledPack): Promise<CompiledPack> => {
      const known = done.get(pack);
      if (known) return known;
      let result = pack;
      const key = provenanceKey(pack.id, pack.version);
      const packDocument = isStale(pack) && nextProblems[key]?.compiler !== COMPILER_STAMP ? await readPackDocument(pack) : undefined;
      if (packDocument !== undefined) {
        const recompiled = recompilePack(pack, packDocument);
        if (recompiled.ok) {
          result = recompiled.pack;
          delete nextProblems[key];
          report.recompiled.push(key);
        } else {
          nextProblems[key] = { compiler: COMPILER_STAMP, problem: recompiled.problem };
          report.failed.push(key);
        }
      }
      done.set(pack, result);
      return result;
    };
    const next: PackLibrary = {
      installed: await Promise.all(library.installed.map(again)),
      previous: Object.fromEntries(await Promise.all(Object.entries(library.previous).map(async ([id, pack]) => [id, await again(pack)] as const))),
    };
    const nextRemoved: RemovedPack | undefined = removed && {
      pack: await again(removed.pack),
      ...(removed.kept && { kept: await again(removed.kept) }),
      index: removed.index,
    };
    // Problems of versions no longer stored are forgotten with them.
    const live = new Set([...next.installed, ...Object.values(next.previous), ...(nextRemoved ? [nextRemoved.pack, ...(nextRemoved.kept ? [nextRemoved.kept] : [])] : [])].map((p) => provenanceKey(p.id, p.version)));
    const keptProblems = Object.fromEntries(Object.entries(nextProblems).filter(([key]) => live.has(key)));
    await writeRecompiledLibrary(next, nextRemoved, keptProblems);
    return report;
  });
}
