/**
 * Compiling a stored pack again: a pack compiled by another version of the compiler (its
 * `compiler` stamp is not this build's, rules/compiler-stamp.ts) is validated again from the
 * document it was compiled from and compiled with this version's word lists and rules. Pure: the
 * storage side is rules/recompile-stored-packs.ts.
 */
import type { CompiledPack } from './compiled-pack';
import { compilePack } from './compile-pack';
import { validatePackValue } from './load-pack';
import { formatIssue } from './pack-issues';
import type { PackWithDocument } from './pack-store';

export type Recompiled = { ok: true; pack: PackWithDocument } | { ok: false; problem: string };

/**
 * `stored` compiled again from `document` (the validated pack it was compiled from, as stored):
 * validated under this version's schema first, so a document this version no longer accepts is a
 * problem (in the validator's words), never a pack. The result carries the document, for storage.
 * A document of another pack or version than `stored` is refused: it would put one pack in another's place.
 */
export function recompilePack(stored: Pick<CompiledPack, 'id' | 'version'>, packDocument: unknown): Recompiled {
  const loaded = validatePackValue(packDocument);
  if (!loaded.ok) return { ok: false, problem: loaded.errors[0] ? formatIssue(loaded.errors[0]) : 'the stored pack is not valid' };
  const { id, version } = loaded.pack;
  if (id !== stored.id || version !== stored.version) return { ok: false, problem: `the stored pack as written is ${id} ${version}, not ${stored.id} ${stored.version}` };
  return { ok: true, pack: { ...compilePack(loaded.pack), packDocument: loaded.pack } };
}
