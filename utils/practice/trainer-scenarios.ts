/**
 * The trainer's own practice scenarios, kept in `storage.local` (extension
 * origin only) under `practice:scenarios`, each for one installed pack, and
 * whether it is attached to that pack. Attached scenarios are what the
 * practice page offers beside the pack's own: `readAttachedPractice(pack)`
 * gives them as one practice file, checked against the pack as installed now
 * (an update may have dropped an item a step plays).
 *
 * The list operations are pure functions over `TrainerScenario[]`, so the
 * options page and tests share them; reading and writing is one key.
 */
import { browser } from 'wxt/browser';
import type { PackIssue } from '../../rules/pack-issues';
import { PracticeFileSchema, type PackScenario, type PracticeFile } from '../../rules/pack-schema';
import { checkPracticeForPack, type PracticeTarget } from '../../rules/practice-file';
import { checkAgainstSchema } from '../../rules/schema-issues';

export const TRAINER_SCENARIOS_KEY = 'practice:scenarios';

export interface TrainerScenario {
  /** Id of the installed pack the scenario plays. */
  packId: string;
  /** As checked by the schema (defaults filled in). */
  scenario: PackScenario;
  /** Offered on the practice page with the pack. */
  attached: boolean;
  /** Last saved, ms since the epoch. */
  updatedAt: number;
}

export async function readTrainerScenarios(): Promise<TrainerScenario[]> {
  return ((await browser.storage.local.get(TRAINER_SCENARIOS_KEY))[TRAINER_SCENARIOS_KEY] as TrainerScenario[] | undefined) ?? [];
}

export async function writeTrainerScenarios(list: TrainerScenario[]): Promise<void> {
  await browser.storage.local.set({ [TRAINER_SCENARIOS_KEY]: list });
}

const same = (entry: TrainerScenario, packId: string, id: string) => entry.packId === packId && entry.scenario.id === id;

/** `id`, or `id-2`, `id-3`… until it is not in `taken` (ids stay within 64 characters). */
export function freeId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) {
    const candidate = `${id.slice(0, 60)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Ids of the trainer's scenarios for `packId`, but `except` (the one being edited). */
export function takenIds(list: readonly TrainerScenario[], packId: string, except?: string): Set<string> {
  return new Set(list.filter((e) => e.packId === packId && e.scenario.id !== except).map((e) => e.scenario.id));
}

/**
 * Save `scenario` for `packId`: it replaces the entry with id `replaces` (an
 * edit, which may change the id; keeps its place and whether it is attached),
 * else it is added at the end, not attached.
 */
export function saveScenario(list: readonly TrainerScenario[], packId: string, scenario: PackScenario, now: number, replaces?: string): TrainerScenario[] {
  const index = replaces === undefined ? -1 : list.findIndex((e) => same(e, packId, replaces));
  if (index < 0) return [...list, { packId, scenario, attached: false, updatedAt: now }];
  return list.map((e, i) => (i === index ? { ...e, scenario, updatedAt: now } : e));
}

export function removeScenario(list: readonly TrainerScenario[], packId: string, id: string): TrainerScenario[] {
  return list.filter((e) => !same(e, packId, id));
}

export function setAttached(list: readonly TrainerScenario[], packId: string, id: string, attached: boolean): TrainerScenario[] {
  return list.map((e) => (same(e, packId, id) ? { ...e, attached } : e));
}

/**
 * Add the scenarios of a practice file (already loaded and checked against its
 * pack): each keeps its id unless the trainer already has one by that id for
 * the pack, then it gets the next free `<id>-2`, `<id>-3`… Returns the list and
 * the ids as added (same order as the file).
 */
export function addImported(list: readonly TrainerScenario[], practice: PracticeFile, now: number): { list: TrainerScenario[]; ids: string[] } {
  const taken = takenIds(list, practice.practice);
  const ids: string[] = [];
  const added = practice.scenarios.map((scenario) => {
    const id = freeId(scenario.id, taken);
    taken.add(id);
    ids.push(id);
    return { packId: practice.practice, scenario: { ...scenario, id }, attached: false, updatedAt: now };
  });
  return { list: [...list, ...added], ids };
}

/** The scenarios attached to `packId` as one practice file, or undefined when there are none. */
export function attachedPracticeFile(list: readonly TrainerScenario[], packId: string): PracticeFile | undefined {
  const scenarios = list.filter((e) => e.packId === packId && e.attached).map((e) => e.scenario);
  return scenarios.length > 0 ? { format: 1, practice: packId, scenarios } : undefined;
}

export type AttachedPractice = { practice?: PracticeFile; issues: PackIssue[] };

/**
 * For the practice page: the trainer's scenarios attached to `pack`, checked as
 * a practice file for it (schema, then checkPracticeForPack). With issues,
 * `practice` is left out and the issues say why (paths as in a practice file).
 * `{ issues: [] }` when none is attached.
 */
export async function readAttachedPractice(pack: PracticeTarget): Promise<AttachedPractice> {
  const file = attachedPracticeFile(await readTrainerScenarios(), pack.id);
  if (!file) return { issues: [] };
  const checked = checkAgainstSchema(PracticeFileSchema, file);
  if (!checked.ok) return { issues: checked.issues };
  const issues = checkPracticeForPack(checked.output, pack);
  return issues.length === 0 ? { practice: checked.output, issues } : { issues };
}
