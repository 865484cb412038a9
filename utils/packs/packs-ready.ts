/**
 * The background's start-up work on the stored packs, which a page's pack waits for: the defaults
 * installed or brought up to date (rules/install-default-packs.ts), then every stored pack another
 * compiler made compiled again (rules/recompile-stored-packs.ts). A page asking for its pack while
 * that runs gets the pack compiled by this version, not the stale one followed a moment later by
 * its replacement (which would restart the coach under the adviser's typing).
 */
import type { CompiledPack } from '../../rules/compiled-pack';
import { ensureDefaultPacks, installDefaultPacks } from '../../rules/install-default-packs';
import { provenanceKey } from '../../rules/pack-provenance';
import { isStale } from '../../rules/compiler-stamp';
import { recompileStoredPacks } from '../../rules/recompile-stored-packs';

const recompile = () => recompileStoredPacks().catch((error: unknown) => console.error('Adviser Coach: compiling stored packs again failed', error));

let ready: Promise<unknown> | undefined;

/** This background's start-up work on the packs, run once; later callers wait for the same run. */
export function ensurePacksReady(): Promise<unknown> {
  ready ??= ensureDefaultPacks().then(recompile);
  return ready;
}

/** After the extension was updated (or reloaded): the defaults merged again, then stale packs compiled again. */
export async function preparePacksAfterUpdate(): Promise<void> {
  await installDefaultPacks({ force: true }).catch((error: unknown) => console.error('Adviser Coach: updating default packs failed', error));
  await recompile();
}

/** Stale packs already tried for a page in this background's life, by `id@version@compiler`: tried once, never in a loop. */
const tried = new Set<string>();

/**
 * The pack `read` gives, after the start-up work; one still stale (put back by an undo, a staged
 * update an earlier version fetched, read before an update's work ran) has the stored packs
 * compiled again once, and is read again. One that stays stale (no document, refused) is given as
 * it is: the earlier compiled pack stays in force.
 */
export async function readCurrentPack(read: () => Promise<CompiledPack | null>): Promise<CompiledPack | null> {
  await ensurePacksReady();
  const pack = await read();
  if (!pack || !isStale(pack)) return pack;
  const key = `${provenanceKey(pack.id, pack.version)}@${pack.compiler ?? ''}`;
  if (tried.has(key)) return pack;
  tried.add(key);
  const report = await recompileStoredPacks().catch(() => undefined);
  return report && report.recompiled.length > 0 ? read() : pack;
}
