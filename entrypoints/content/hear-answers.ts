/**
 * Hearing the host form's answers: re-read a found field's answer when it may
 * have changed, count the question as answered, and offer a follow-up when its
 * condition becomes true. Values are read in memory only, never stored or sent.
 *
 * Form libraries change answers in many ways, not all with an event on the field:
 * - `change` on a native control: read at once;
 * - typing: read after a short pause;
 * - clicks, keys and blur anywhere in the page (a click on the `<span>` inside a
 *   custom radio, Enter in an autocomplete, a click in a listbox appended to
 *   `<body>`): the field they belong to, else the fields the adviser was just
 *   working in, are re-read after the page's own handlers ran; a click on a button
 *   beside one field (a "Choose…" that opens a dialog) makes that field one of them;
 * - attribute changes (aria-checked, a class, a hidden select's options) on the
 *   found fields and their group containers, however they came about.
 * A stem over rows the pack names too is read again with any of its rows.
 * A field a rich-text editor stands in for is read from the editor (the page may copy the
 * text into the field only when the form is sent), and typing in an editor's frame is heard
 * there (stand-in-editors.ts).
 * Bounded: only found fields are read, each at most once per frame.
 */
import type { FollowUpHit } from '../../rules/compiled-pack';
import { answerIsEmpty, evaluateFollowUps } from '../../rules/evaluate-follow-ups';
import { SEVERITY_RANK, type ActiveFollowUp } from '../../components/overlay/coach-state';
import type { ControlMatch } from '../../utils/dom/field-detector';
import { readAnswer, textAnswer } from '../../utils/dom/read-answer';
import { isTypedText, watchAnswerChanges } from '../../utils/dom/watch-answer-changes';
import { onPageEvent } from '../../utils/dom/page-events';
import { matchBeside, type CoachContext } from './coach-context';

const TYPING_PAUSE_MS = 600;
/** A widget that sets its value some time after the click (an animation, a request): read once more then. */
const SETTLE_MS = 350;
/** The fields the adviser worked in last: an event outside any field (a portal listbox) may be about them. */
const RECENT_FIELDS = 3;
const NO_FRAME_FALLBACK_MS = 100;
const CHOOSING_KEYS = new Set(['Enter', ' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Tab', 'Escape']);
/** Most severe first: a critical follow-up must not sit below an info one, nor a check-in above either. */
export const mostSevereFirst = (a: ActiveFollowUp, b: ActiveFollowUp) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];

/**
 * `list` with `offered` added, most severe first, or null when it is shown already.
 * A quiet check-in that is now a real disclosure is replaced; steps ticked on the
 * one shown stay ticked.
 */
export function withFollowUp(list: readonly ActiveFollowUp[], offered: ActiveFollowUp): ActiveFollowUp[] | null {
  const shown = list.find((f) => f.item.id === offered.item.id && f.followUp.id === offered.followUp.id);
  if (shown && !(shown.severity === 'check-in' && offered.severity !== 'check-in')) return null;
  const active = shown ? { ...offered, stepsDone: shown.stepsDone } : offered;
  return [...list.filter((f) => f !== shown), active].sort(mostSevereFirst);
}

export interface AnswerListener {
  /**
   * Read a field's answer now. `offer`: a follow-up whose condition became true
   * is offered (false on first sight of a field: an answer already there when
   * the page loaded was dealt with then); `'unless-recorded'`: on first sight of the
   * field the adviser is in, each follow-up its answer raises that this interview has
   * no record of (the answer was typed while no coach could hear it: an update).
   */
  evaluate(match: ControlMatch, offer: boolean | 'unless-recorded'): void;
  /** Whether the field's answer was read since it was found. */
  known(itemId: string): boolean;
  /** The found fields changed: watch the new ones. */
  fieldsChanged(): void;
  stop(): void;
}

export function hearAnswers(ctx: CoachContext): AnswerListener {
  const { view, state, fields, signal } = ctx;
  const answeredNow = new Map<string, boolean>();
    /**
   * Follow-ups whose condition held at the last reading (`id:severity`), so one is
   * offered when it becomes true, and a check-in is raised when the answer turns
   * into a real disclosure.
   */
  const conditionHeld = new Map<string, Set<string>>();

  /** Items whose on/off control was seen on: off is a "No" only after that, not the untouched default. */
  const seenOn = new Set<string>();

  /** Stems over rows the pack names too: re-read with any of their rows (kept as the found fields change). */
  let stems: ControlMatch[] = [];

  /** The match for an item as the page is now (a field the page re-rendered is a new element). */
  function current(match: ControlMatch): ControlMatch {
    return match.control.isConnected ? match : (fields.matchForItem(match.itemId) ?? match);
  }

  function evaluate(match: ControlMatch, offer: boolean | 'unless-recorded') {
    const item = state.itemsById.get(match.itemId);
    if (!item) return;
    const live = current(match);
    // An editor standing in for the field holds what the adviser typed, not yet copied back.
    const typed = ctx.standIns.typedText(live);
    let answer = typed === undefined ? readAnswer(live.controls.length ? live.controls : [live.control]) : textAnswer(typed);
    if (answer.switchedOn) seenOn.add(item.id);
    else if (answer.switchedOn === false && !seenOn.has(item.id)) answer = { text: '', options: [] };
    const answered = !answerIsEmpty(answer);
    if (!live.shared) for (const stem of stems) if (stem.controls.includes(live.control)) evaluate(stem, offer);
    if (answeredNow.get(item.id) !== answered) {
      answeredNow.set(item.id, answered);
      if ((state.session.value?.answered.includes(item.id) ?? false) !== answered) {
        ctx.record({ kind: 'answered', itemId: item.id, answered });
      }
    }
    let hits: FollowUpHit[] = [];
    try {
      hits = evaluateFollowUps(ctx.pack, item, answer);
    } catch (error) {
      // Whatever a pack or a page holds, the host page never sees our error; the card just does not come.
      console.warn('Adviser Coach: could not evaluate follow-ups', error);
    }
    const holding = new Set(hits.map((hit) => `${hit.followUp.id}:${hit.severity}`));
    const before = conditionHeld.get(item.id) ?? new Set<string>();
    conditionHeld.set(item.id, holding);
    if (!offer) return;
    const recorded = (followUpId: string) =>
      offer === 'unless-recorded' && (state.session.value?.followUps.some((f) => f.itemId === item.id && f.followUpId === followUpId) ?? true);
    for (const { followUp, severity } of hits) {
      if (before.has(`${followUp.id}:${severity}`) || recorded(followUp.id)) continue;
      const offered = withFollowUp(state.followUps.value, { item, followUp, severity, stepsDone: [] });
      if (!offered) continue;
      state.followUps.value = offered;
      ctx.recordOnceSeen({ kind: 'follow-up-offered', itemId: item.id, followUpId: followUp.id, ...(severity === 'check-in' && { checkIn: true as const }) });
    }
  }

  // ---- re-reading, at most once per frame per field ------------------------------------------
  const due = new Set<string>();
  let frame = 0;
  let fallback = 0;
  function rereadSoon(itemId: string) {
    due.add(itemId);
    frame ||= view.requestAnimationFrame(rereadDue);
    // A tab the browser does not paint runs no animation frames: read anyway, a little later.
    fallback ||= view.setTimeout(rereadDue, NO_FRAME_FALLBACK_MS);
  }
  function rereadDue() {
    view.cancelAnimationFrame(frame);
    view.clearTimeout(fallback);
    frame = 0;
    fallback = 0;
    const ids = [...due];
    due.clear();
    for (const id of ids) {
      const match = fields.matchForItem(id);
      if (match) evaluate(match, true);
    }
  }

  /** The fields the adviser touched last, newest first. */
  const recent: string[] = [];
  function touched(itemId: string) {
    const at = recent.indexOf(itemId);
    if (at !== 0) {
      if (at > 0) recent.splice(at, 1);
      recent.unshift(itemId);
      recent.length = Math.min(recent.length, RECENT_FIELDS);
    }
  }

  const fieldOf = (event: Event) => ctx.liveMatchFor(event);

  // The adviser's change is read at once. One the page made up is only a hint: the field is
  // read again a frame later, so a value set for the moment of the event raises nothing.
  onPageEvent(view, 'change', (event) => {
    const match = fieldOf(event);
    if (match && event.isTrusted) {
      touched(match.itemId);
      evaluate(match, true);
    } else {
      afterInteraction(event); // a hidden original <select> a widget changed, outside any found field
    }
  }, { signal, untrusted: true });

  let settleTimer = 0;
  /** After the page's own handlers ran: the event's field, else the fields in play, read again. */
  function afterInteraction(event: Event) {
    if (event.target === ctx.overlay.host) return;
    const match = fieldOf(event);
    if (match) {
      if (event.isTrusted) touched(match.itemId);
      if (isTypedText(match) && event.type !== 'change') return; // read after the typing pause, or on leaving it
    } else if (event.isTrusted && event.type === 'click') {
      // A button beside a field ("Choose…" opening a dialog): the page may write the choice there without an event.
      const element = ctx.eventElement(event, false);
      const beside = element && matchBeside(fields, element);
      if (beside) touched(beside.itemId);
    }
    // Untrusted: only a field that is the event's own, never the ones the adviser worked in.
    const ids = match ? [match.itemId] : event.isTrusted ? [...recent] : [];
    for (const id of ids) rereadSoon(id);
    view.clearTimeout(settleTimer);
    settleTimer = view.setTimeout(() => {
      for (const id of ids) rereadSoon(id);
    }, SETTLE_MS);
  }
  // Widget libraries answer with script-made clicks and keys too: those only make the field be read again.
  onPageEvent(view, 'click', afterInteraction, { signal, untrusted: true });
  onPageEvent(view, 'pointerup', afterInteraction, { signal, untrusted: true });
  // Keys that choose (Enter in an autocomplete, arrows in a radio group, Space on a toggle);
  // typed characters are read after the typing pause, so a sentence is judged whole.
  onPageEvent(view, 'keyup', (event) => {
    if (CHOOSING_KEYS.has(event.key)) afterInteraction(event);
  }, { signal, untrusted: true });
  onPageEvent(view, 'focusin', (event) => {
    const match = ctx.matchFor(event);
    if (match) touched(match.itemId);
  }, { signal });
  // Leaving a field: whatever a script did to its value meanwhile is read now.
  onPageEvent(view, 'focusout', (event) => {
    const match = ctx.matchFor(event);
    if (match) rereadSoon(match.itemId);
  }, { signal, untrusted: true });

  const typingTimers = new Map<string, number>();
  function typedIn(match: ControlMatch) {
    view.clearTimeout(typingTimers.get(match.itemId));
    typingTimers.set(match.itemId, view.setTimeout(() => evaluate(match, true), TYPING_PAUSE_MS));
  }
  // Read after the pause, from the field itself: a script-made input event raises only what stays in the field.
  onPageEvent(view, 'input', (event) => {
    const match = fieldOf(event);
    if (!match) return;
    if (event.isTrusted) touched(match.itemId);
    const target = ctx.eventElement(event) as HTMLInputElement;
    // Choices answer at once (on change); free text after a short pause in typing.
    if (target.type === 'radio' || target.type === 'checkbox' || target.tagName === 'SELECT') return;
    typedIn(match);
  }, { signal, untrusted: true });
  // Inside an editor's frame: the adviser's typing read after the pause, leaving it at once.
  ctx.standIns.hear({
    typed(match) {
      touched(match.itemId);
      typedIn(match);
    },
    left: (match) => rereadSoon(match.itemId),
  });

  const watcher = watchAnswerChanges(view, (itemId) => rereadSoon(itemId));

  return {
    evaluate,
    known: (itemId) => conditionHeld.has(itemId),
    fieldsChanged() {
      const matches = fields.matches();
      stems = matches.filter((match) => match.shared);
      watcher.watch(matches);
    },
    stop() {
      for (const timer of typingTimers.values()) view.clearTimeout(timer);
      view.clearTimeout(settleTimer);
      view.cancelAnimationFrame(frame);
      view.clearTimeout(fallback);
      watcher.stop();
    },
  };
}
