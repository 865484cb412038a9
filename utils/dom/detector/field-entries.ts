/**
 * The detector's record of the page's fields and their candidate items, with
 * the indexes an incremental pass needs: control → entry, and which fields read
 * which aria-labelledby / aria-describedby id (ids are often regenerated, so an
 * entry's ids go with it).
 */
import type { Field, GroupIndex } from '../list-form-controls';
import { forgetGroup } from '../list-form-controls';
import { matchField, takeShownQuestion, type FieldEntry, type FieldHit, type MatchPass, type PackMatcher } from '../match-fields';

export interface FieldEntries {
  /** Every field found. */
  readonly all: ReadonlySet<FieldEntry>;
  /** The entries with candidate items: all resolution looks at. */
  readonly withHits: ReadonlySet<FieldEntry>;
  /** Radio and checkbox groups found so far (a later option joins its group). */
  readonly groups: GroupIndex;
  entryOf(control: Element): FieldEntry | undefined;
  /** The fields whose question reading named this id. */
  readersOf(id: string): ReadonlySet<FieldEntry> | undefined;
  /** For the read context: the entry being matched read these ids. */
  noteIdRefs(ids: string): void;
  /** Match `field` and record it. */
  add(field: Field, pass: MatchPass): FieldEntry;
  remove(entry: FieldEntry): void;
  /** Forget everything (a full scan starts again). */
  clear(): void;
}

const NO_HITS = Object.freeze([]) as unknown as FieldHit[];
/** Where `add` collects a field's hits (it is not re-entrant). */
const hitScratch: FieldHit[] = [];

export function createFieldEntries(matcher: PackMatcher): FieldEntries {
  let all = new Set<FieldEntry>();
  let withHits = new Set<FieldEntry>();
  /** Control → its entry; built when first needed (an incremental pass), not by the initial scan. */
  let index: Map<Element, FieldEntry> | null = null;
  let groups: GroupIndex = new WeakMap();
  /** aria-labelledby / aria-describedby id → fields that read it. */
  let idRefs = new Map<string, Set<FieldEntry>>();
  /** The ids each entry was noted under, so removing the entry leaves no trace. */
  const idsOf = new WeakMap<FieldEntry, string[]>();
  /** The entry being matched: ids its reading names are noted for it. */
  let matching: FieldEntry | null = null;

  return {
    get all() {
      return all;
    },
    get withHits() {
      return withHits;
    },
    get groups() {
      return groups;
    },
    entryOf(control) {
      if (!index) {
        index = new Map();
        for (const entry of all) for (const c of entry.field.controls) index.set(c, entry);
      }
      return index.get(control);
    },
    readersOf: (id) => idRefs.get(id),
    noteIdRefs(ids) {
      if (!matching) return;
      let mine = idsOf.get(matching);
      if (!mine) idsOf.set(matching, (mine = []));
      for (const id of ids.split(/\s+/)) {
        if (!id) continue;
        let set = idRefs.get(id);
        if (!set) idRefs.set(id, (set = new Set()));
        set.add(matching);
        mine.push(id);
      }
    },
    add(field, pass) {
      const entry: FieldEntry = { field, hits: NO_HITS };
      matching = entry;
      hitScratch.length = 0;
      try {
        matchField(field, matcher, pass, hitScratch);
      } finally {
        matching = null;
      }
      all.add(entry);
      // Most fields match nothing: they share one empty list.
      // Kept for a field with candidates too: it may lose every one of them to other fields
      // when matches are resolved, and is then listed as unmatched like a field with none.
      const question = takeShownQuestion();
      if (question) entry.question = question;
      if (hitScratch.length > 0) {
        entry.hits = hitScratch.slice();
        withHits.add(entry);
      }
      if (index) for (const control of field.controls) index.set(control, entry);
      return entry;
    },
    remove(entry) {
      all.delete(entry);
      withHits.delete(entry);
      for (const id of idsOf.get(entry) ?? []) {
        const set = idRefs.get(id);
        set?.delete(entry);
        if (set?.size === 0) idRefs.delete(id);
      }
      forgetGroup(entry.field, groups);
      if (index) for (const control of entry.field.controls) if (index.get(control) === entry) index.delete(control);
    },
    clear() {
      all = new Set();
      withHits = new Set();
      index = null;
      idRefs = new Map();
      groups = new WeakMap();
    },
  };
}
