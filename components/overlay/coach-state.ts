/**
 * The overlay's state, as signals: which field the adviser is on, what the card
 * shows, open follow-ups and coverage. The content script's controller writes it;
 * the components only read it and call the actions passed to them.
 */
import { computed, signal } from '@preact/signals';
import type { CompiledFollowUp, CompiledItem, CompiledPack, CompiledSection, EffectiveSeverity } from '../../rules/compiled-pack';
import type { InterviewSession } from '../../utils/interview/session';
import type { Box } from './place-card';

export type CoverageState = 'not-asked' | 'on-screen' | 'answered';

export interface ActiveFollowUp {
  item: CompiledItem;
  followUp: CompiledFollowUp;
  /** Next steps ticked as done (indices, ascending), as kept in the interview session. */
  stepsDone: number[];
  /** Its declared severity, or `check-in` when the answer's mention was negated (shown quietly). */
  severity: EffectiveSeverity;
}

/** Most severe first: a critical follow-up must not sit below an info one, nor a check-in above either. */
export const SEVERITY_RANK: Record<EffectiveSeverity, number> = { critical: 0, warning: 1, info: 2, 'check-in': 3 };

/** @param showsCoverage this frame shows the tab's "left to ask" list (the top frame; frames inside it do not) */
export function createCoachState(pack: CompiledPack, uiLanguage: string, showsCoverage = true) {
  const itemsById = new Map(pack.items.map((item) => [item.id, item]));
  const defaultLanguage = pack.languages.find((l) => uiLanguage.toLowerCase().startsWith(l.toLowerCase())) ?? pack.languages[0] ?? 'en';

  const state = {
    pack,
    itemsById,
    /** The item whose card is shown, and the host field's box (viewport coordinates). */
    activeItemId: signal<string | null>(null),
    anchor: signal<Box | null>(null),
    /** Boxes the card should not cover (the next field). */
    keepClear: signal<Box[]>([]),
    /**
     * The page's own parts neither card nor dock may cover, wherever the adviser is (the
     * practice page's turn box, its buttons, the client's last reply; none on a case system).
     */
    mustClear: signal<Box[]>([]),
    /**
     * The host page's popups open for the focused field (its list, suggestions, date picker,
     * bubble: utils/dom/host-popups.ts): the card covers none of them, or hides until they close.
     */
    hostPopups: signal<Box[]>([]),
    /** Esc hides the card until the adviser moves to another field. */
    dismissed: signal(false),
    /** The tab's top document draws this frame's card (frame-card-relay.ts): none is drawn here. */
    cardInTop: signal(false),
    /** Quiet mode: a small marker instead of the card. */
    collapsed: signal(false),
    rewordingIndex: signal(0),
    whyOpen: signal(false),
    language: signal(defaultLanguage),
    followUps: signal<ActiveFollowUp[]>([]),
    session: signal<InterviewSession | null>(null),
    /** Items matched in this frame right now (the coverage list can go to these). */
    onScreen: signal<ReadonlySet<string>>(new Set()),
    /** Items the tab's other frames found (from the background's merged report). */
    foundInTab: signal<ReadonlySet<string>>(new Set()),
    showsCoverage,
    coverageOpen: signal(false),
    /** Pre-checks confirmed on this page, before the session has recorded them. */
    prechecksDone: signal<ReadonlySet<string>>(new Set()),
  };

  const activeItem = computed(() => (state.activeItemId.value ? itemsById.get(state.activeItemId.value) ?? null : null));
  const sectionsById = new Map(pack.sections.map((section) => [section.id, section]));

  /**
   * The pre-check to show on the card: the active item's section has one the adviser
   * has not confirmed in this interview. Not before the session has loaded (a moment
   * after the page): until then it is unknown, and a confirmed one would flash up.
   */
  const pendingPrecheck = computed((): CompiledSection | null => {
    const section = activeItem.value ? sectionsById.get(activeItem.value.sectionId) : undefined;
    if (!section?.precheck?.length || !state.session.value) return null;
    if (state.prechecksDone.value.has(section.id) || state.session.value?.prechecked?.includes(section.id)) return null;
    return section;
  });

  /**
   * Required items by section, this page's first: a group of the items found on this
   * page (in pack order, `section: null`), then every section with the rest.
   */
  const coverage = computed(() => {
    const answered = new Set(state.session.value?.answered ?? []);
    const onScreen = new Set([...state.onScreen.value, ...state.foundInTab.value]);
    const entry = (item: CompiledItem) => ({
      item,
      state: (answered.has(item.id) ? 'answered' : onScreen.has(item.id) ? 'on-screen' : 'not-asked') as CoverageState,
    });
    const required = (ids: readonly string[]) =>
      ids.map((id) => itemsById.get(id)).filter((item): item is CompiledItem => !!item && item.required);
    const here = pack.sections.flatMap((section) => required(section.itemIds).filter((item) => onScreen.has(item.id)));
    return [
      { section: null, items: here.map(entry) },
      ...pack.sections.map((section) => ({ section, items: required(section.itemIds).filter((item) => !onScreen.has(item.id)).map(entry) })),
    ].filter((group) => group.items.length > 0);
  });

  const remaining = computed(() =>
    coverage.value.reduce((n, group) => n + group.items.filter((entry) => entry.state !== 'answered').length, 0),
  );

  return { ...state, activeItem, pendingPrecheck, coverage, remaining };
}

export type CoachState = ReturnType<typeof createCoachState>;
