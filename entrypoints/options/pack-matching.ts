/**
 * Whether an installed pack matches answers as this version of the extension would: a pack
 * compiled by an earlier version (rules/recompile-pack.ts `isStale`) is compiled again from its
 * stored document at start-up (rules/recompile-stored-packs.ts). What the pack manager says when
 * that could not be done.
 */
import type { PackSummary, RecompileProblem } from '../../rules/pack-store';
import { provenanceKey } from '../../rules/pack-provenance';
import { isStale } from '../../rules/compiler-stamp';

export type PackMatching =
  /** Compiled by this version, or about to be (stale, with a document, not refused yet). */
  | { kind: 'current' }
  /** Stored by a version that kept no document: only a new import or update brings this version's matching. */
  | { kind: 'no-document' }
  /** This version refused its document (`problem`, in the validator's words): the earlier compiled pack stays in force. */
  | { kind: 'refused'; problem: string };

export function packMatching(pack: Pick<PackSummary, 'id' | 'version' | 'compiler' | 'hasDocument'>, problems: Record<string, RecompileProblem>): PackMatching {
  if (!isStale(pack)) return { kind: 'current' };
  if (!pack.hasDocument) return { kind: 'no-document' };
  const problem = problems[provenanceKey(pack.id, pack.version)];
  return problem ? { kind: 'refused', problem: problem.problem } : { kind: 'current' };
}
