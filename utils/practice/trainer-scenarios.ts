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
import { checkPracticeForPack, withOptionLabels, type ItemOptions, type PracticeTarget } from '../../rules/practice-file';
import { checkAgainstSchema } from '../../rules/schema-issues';
import { distinctTitle } from './distinct-title';

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
 * A copy of the trainer's scenario `id` for `packId`, placed just after it, not
 * attached: id `<id>-copy` (then `-copy-2`…), title "… (copy)" in each of its
 * languages (then "(copy 2)"…; distinctTitle), so the two never look alike.
 * `reserved`: other titles listed with the pack's (its own scenarios' titles).
 * Returns the list and the copy.
 */
export function duplicateScenario(
  list: readonly TrainerScenario[],
  packId: string,
  id: string,
  now: number,
  language: string,
  reserved: readonly PackScenario['title'][] = [],
): { list: TrainerScenario[]; copy?: PackScenario } {
  const at = list.findIndex((e) => same(e, packId, id));
  const original = list[at];
  if (!original) return { list: [...list] };
  const others = list.filter((e) => e.packId === packId);
  const copy: PackScenario = {
    ...original.scenario,
    id: freeId(`${id.slice(0, 58)}-copy`, new Set(others.map((e) => e.scenario.id))),
    title: distinctTitle(original.scenario.title, [...reserved, ...others.map((e) => e.scenario.title)], 'copy', language),
  };
  const next = [...list];
  next.splice(at + 1, 0, { packId, scenario: copy, attached: false, updatedAt: now });
  return { list: next, copy };
}

/** What to do with an imported scenario whose id the trainer already has for the pack, with other content. */
export type SameIdChoice = 'replace' | 'keep-both';

/** How each of a practice file's scenarios was taken in (ids as stored, in the file's order). */
export interface ImportOutcome {
  list: TrainerScenario[];
  /** Added beside the trainer's own (under a new id and title when they clashed). */
  added: string[];
  /** Put in place of the trainer's scenario with the same id (kept where it was, attached or not as it was). */
  replaced: string[];
  /** Already there exactly as in the file: nothing changed. */
  unchanged: string[];
}

/** A value as JSON with every map's keys sorted: the same content written in another order (`{ sv, en }`, `{ en, sv }`) compares equal. */
const canonical = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));

/** The same scenario, whatever order its maps were written in. */
export const sameContent = (a: PackScenario, b: PackScenario) => canonical(a) === canonical(b);

/** The trainer's scenarios for the file's pack that a file's scenarios have the id of but differ from: what the trainer is asked about. */
export function sameIdConflicts(list: readonly TrainerScenario[], practice: PracticeFile): TrainerScenario[] {
  return practice.scenarios.flatMap((scenario) => {
    const mine = list.find((e) => same(e, practice.practice, scenario.id));
    return mine && !sameContent(mine.scenario, scenario) ? [mine] : [];
  });
}

/**
 * Take in the scenarios of a practice file (already loaded and checked against
 * its pack). One the trainer already has exactly is left alone; one with an id
 * the trainer has, but other content, replaces theirs (`replace`: an updated
 * version from a colleague) or is added beside it (`keep-both`) under the next
 * free `<id>-2` and a title made distinct ("… (2)"); a new one is added, its
 * title made distinct when another of the pack's scenarios has it.
 * `language`: of a title written once for every language (distinctTitle);
 * `reserved`: other titles listed with the pack's (its own scenarios' titles).
 */
export function addImported(
  list: readonly TrainerScenario[],
  practice: PracticeFile,
  now: number,
  choice: SameIdChoice,
  language: string,
  reserved: readonly PackScenario['title'][] = [],
): ImportOutcome {
  const packId = practice.practice;
  const outcome: ImportOutcome = { list: [...list], added: [], replaced: [], unchanged: [] };
  for (const scenario of practice.scenarios) {
    const index = outcome.list.findIndex((e) => same(e, packId, scenario.id));
    const mine = outcome.list[index];
    if (mine && sameContent(mine.scenario, scenario)) {
      outcome.unchanged.push(scenario.id);
    } else if (mine && choice === 'replace') {
      outcome.list[index] = { ...mine, scenario, updatedAt: now };
      outcome.replaced.push(scenario.id);
    } else {
      const others = outcome.list.filter((e) => e.packId === packId);
      const id = freeId(scenario.id, new Set(others.map((e) => e.scenario.id)));
      const title = distinctTitle(scenario.title, [...reserved, ...others.map((e) => e.scenario.title)], 'number', language);
      outcome.list.push({ packId, scenario: { ...scenario, id, title }, attached: false, updatedAt: now });
      outcome.added.push(id);
    }
  }
  return outcome;
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
 * `{ issues: [] }` when none is attached. An answer that names one of its
 * item's options comes with the option's labels in all the pack's languages.
 */
export async function readAttachedPractice(pack: PracticeTarget & { items: readonly ItemOptions[] }): Promise<AttachedPractice> {
  const file = attachedPracticeFile(await readTrainerScenarios(), pack.id);
  if (!file) return { issues: [] };
  const checked = checkAgainstSchema(PracticeFileSchema, file);
  if (!checked.ok) return { issues: checked.issues };
  const issues = checkPracticeForPack(checked.output, pack);
  // Answers picked from an item's options play in every language of the pack, even if saved before a language was added.
  return issues.length === 0 ? { practice: withOptionLabels(checked.output, pack.items), issues } : { issues };
}
