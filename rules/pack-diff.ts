/**
 * What replacing one version of a pack with another changes, for the adviser to
 * see before an import replaces a pack and after an update did: questions added,
 * removed and changed, and which questions' follow-up conditions changed (those
 * decide when a safety card appears, so they are named on their own).
 */
import type { CompiledItem, CompiledPack } from './compiled-pack';

export interface PackDiff {
  fromVersion: string;
  toVersion: string;
  /** Item ids, in the new pack's order (removed: the old pack's order). */
  added: string[];
  removed: string[];
  /** Items whose text, locators, rewordings or follow-ups differ. */
  changed: string[];
  /** Of the items in both, those whose words differ: the question, a rewording, why we ask, what to say first, the worry. Absent in diffs stored before it was kept. */
  wordingsChanged?: string[];
  /** Of the items in both, those whose follow-up conditions (when a follow-up appears) differ. */
  followUpConditionsChanged: string[];
  /** Of the items in both, those whose follow-ups' safety resources (helplines: names, phone numbers, links) differ. Absent in diffs stored before it was kept. */
  followUpResourcesChanged?: string[];
}

/** Items are compared as the compiler produced them, so a change in YAML layout alone is no change. */
export function diffPacks(before: CompiledPack, after: CompiledPack): PackDiff {
  const old = new Map(before.items.map((item) => [item.id, item]));
  const next = new Map(after.items.map((item) => [item.id, item]));
  const both = after.items.filter((item) => old.has(item.id));
  return {
    fromVersion: before.version,
    toVersion: after.version,
    added: after.items.filter((item) => !old.has(item.id)).map((item) => item.id),
    removed: before.items.filter((item) => !next.has(item.id)).map((item) => item.id),
    changed: both.filter((item) => !same(item, old.get(item.id))).map((item) => item.id),
    wordingsChanged: both.filter((item) => !same(wordings(item), wordings(old.get(item.id)))).map((item) => item.id),
    followUpConditionsChanged: both.filter((item) => !same(conditions(item), conditions(old.get(item.id)))).map((item) => item.id),
    followUpResourcesChanged: both.filter((item) => resourcesDiffer(item, old.get(item.id))).map((item) => item.id),
  };
}

export function isEmptyDiff(diff: PackDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length === 0;
}

/** A follow-up in both versions whose helplines differ (a follow-up added or removed is a change of conditions). */
function resourcesDiffer(item: CompiledItem, before: CompiledItem | undefined): boolean {
  const earlier = new Map(before?.followUps.map((followUp) => [followUp.id, followUp.resources]));
  return item.followUps.some((followUp) => earlier.has(followUp.id) && !same(followUp.resources, earlier.get(followUp.id)));
}

/** What the adviser reads or says for an item (not how it is found or answered). */
function wordings(item: CompiledItem | undefined): unknown {
  return item && [item.question, item.rewordings, item.why, item.sayFirst, item.worry];
}

function conditions(item: CompiledItem | undefined): unknown {
  return item?.followUps.map((followUp) => [followUp.id, followUp.when, followUp.severity]);
}

/** Compiled packs are plain JSON; keys are sorted first because storage may hand objects back in another key order (Chromium sorts them). */
function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}
