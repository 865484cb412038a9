/**
 * Practice files attached to installed packs (extension storage): a trainer's
 * scenarios shared as a file (rules/practice-file.ts), checked against the pack
 * they name and kept with their texts resolved, so the practice page offers them
 * beside the pack's own. Attaching the same file name to the same pack again
 * replaces it. The trainer's scenario editor in the settings page writes here too.
 */
import { browser } from 'wxt/browser';
import type { CompiledPack, CompiledScenario } from '../../rules/compiled-pack';
import { packError, type PackIssue } from '../../rules/pack-issues';
import { checkPracticeForPack, compilePracticeScenarios, loadPracticeFile } from '../../rules/practice-file';

export const ATTACHED_PRACTICE_KEY = 'practice:attached';

export interface AttachedPractice {
  packId: string;
  fileName: string;
  attachedAt: number;
  scenarios: CompiledScenario[];
}

export async function readAttachedPractice(): Promise<AttachedPractice[]> {
  return ((await browser.storage.local.get(ATTACHED_PRACTICE_KEY))[ATTACHED_PRACTICE_KEY] as AttachedPractice[] | undefined) ?? [];
}

export type AttachResult = { ok: true; attached: AttachedPractice } | { ok: false; errors: PackIssue[] };

/**
 * Read a practice file, check it against the installed pack it names and attach it.
 * Refused, with the reasons (path, line and column where known), when it is
 * malformed, names no installed pack, or does not fit that pack; nothing is stored then.
 */
export async function attachPracticeFile(text: string, fileName: string, packs: readonly CompiledPack[], now = Date.now()): Promise<AttachResult> {
  const loaded = loadPracticeFile(text, { fileName });
  if (!loaded.ok) return loaded;
  const pack = packs.find((candidate) => candidate.id === loaded.practice.practice);
  if (!pack) return { ok: false, errors: [packError(['practice'], `no installed pack has the id "${loaded.practice.practice}"`)] };
  const issues = checkPracticeForPack(loaded.practice, pack);
  if (issues.length > 0) return { ok: false, errors: issues };
  const attached: AttachedPractice = { packId: pack.id, fileName, attachedAt: now, scenarios: compilePracticeScenarios(loaded.practice, pack.languages) };
  const others = (await readAttachedPractice()).filter((entry) => !(entry.packId === pack.id && entry.fileName === fileName));
  await browser.storage.local.set({ [ATTACHED_PRACTICE_KEY]: [...others, attached] });
  return { ok: true, attached };
}
