/**
 * The live coach: listens to the host page (focus, hover, answers, scroll) without
 * ever writing to it, and drives the overlay. Field values are read in memory to
 * evaluate follow-ups and are never stored or sent; only item ids and states are.
 */
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { CompiledPack, FollowUpHit } from '../../rules/compiled-pack';
import { answerIsEmpty, evaluateFollowUps, indexingWork } from '../../rules/evaluate-follow-ups';
import type { ControlMatch, FieldDetector } from '../../utils/dom/field-detector';
import { createCoachState, SEVERITY_RANK, type ActiveFollowUp } from '../../components/overlay/coach-state';
import type { OverlayRoot } from '../../components/overlay/mount-overlay';
import { OverlayApp, type OverlayActions } from '../../components/overlay/OverlayApp';
import { readAnswer } from '../../utils/dom/read-answer';
import { createShadowRootOpener } from '../../utils/dom/shadow-roots';
import { openFollowUps, type SessionEvent } from '../../utils/interview/session';
import { sendMessage } from '../../utils/messages';
import { coachKeyFor, type CoachCommand } from './coach-keys';

/** What the coach needs from field detection. */
export type FieldSource = Pick<FieldDetector, 'matches' | 'matchForControl' | 'matchForItem' | 'onChange'>;

const HOVER_DELAY_MS = 450;
const TYPING_PAUSE_MS = 600;
const PREFS_KEY = 'coach:prefs';

interface CoachPrefs {
  language?: string;
  collapsed?: boolean;
}

export interface Coach {
  runCommand(command: CoachCommand): void;
  /** Stop listening to the page and take the coach out of the overlay (another pack takes over). */
  stop(): void;
}

/**
 * @param onItemShown told which item the adviser is on (null: none), so the side
 *   panel can link a note to it
 */
export function startCoach(
  doc: Document,
  pack: CompiledPack,
  fields: FieldSource,
  overlay: OverlayRoot,
  /** Where in the overlay's shadow root the coach renders. */
  container: Element,
  onItemShown: (itemId: string | null) => void = () => {},
): Coach {
  const state = createCoachState(pack, browser.i18n.getUILanguage());
  const view = doc.defaultView ?? window;
  /** Every listener on the page goes with `stop()`. */
  const listening = new AbortController();
  const signal = listening.signal;

  // ---- which match does an event belong to ----------------------------------------------
  const openShadowRoot = createShadowRootOpener();
  /**
   * The element the event really happened on. Open shadow roots show it in the
   * composed path; a closed one hides it behind its host, so follow the focus down
   * (not for pointer events: the pointer is not where the focus is, and asking the
   * browser for closed roots on every mouseover would cost an API call each).
   */
  function eventElement(event: Event, followFocus = true): Element | null {
    const first = event.composedPath()[0];
    if (!(first instanceof Element)) return null;
    let element: Element = first;
    for (let depth = 0; followFocus && depth < 10; depth++) {
      const inner: Element | null | undefined = openShadowRoot(element)?.activeElement;
      if (!inner) break;
      element = inner;
    }
    return element;
  }
  function matchFor(event: Event, followFocus = true): ControlMatch | undefined {
    const element = eventElement(event, followFocus);
    if (!element || element === overlay.host) return undefined;
    // Any option of a group, any part of a date, a widget's inner input.
    return fields.matchForControl(element);
  }

  // ---- the card follows the field -----------------------------------------------------------
  let focused: ControlMatch | undefined;
  let hovered: ControlMatch | undefined;
  let hoverTimer = 0;
  let lastHostField: HTMLElement | undefined;
  const shown = () => hovered ?? focused;

  let frame = 0;
  function schedulePosition() {
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      const match = shown();
      if (!match || !match.control.isConnected) {
        state.anchor.value = null;
        return;
      }
      state.anchor.value = boxAround(match.controls.length ? match.controls : [match.control]);
      const list = fields.matches();
      const next = list[list.indexOf(match) + 1];
      state.keepClear.value = next ? [boxAround(next.controls.length ? next.controls : [next.control])] : [];
    });
  }

  function show(match: ControlMatch | undefined) {
    const itemId = match?.itemId ?? null;
    if (itemId !== state.activeItemId.value) {
      onItemShown(itemId);
      state.activeItemId.value = itemId;
      state.rewordingIndex.value = 0;
      state.whyOpen.value = false;
      state.dismissed.value = false;
    }
    schedulePosition();
  }

  doc.addEventListener('focusin', (event) => {
    if (event.target === overlay.host) return; // focus moved into our own overlay: keep the card
    const match = matchFor(event);
    focused = match;
    // The most recent intent wins: moving into a field outranks where the mouse rests.
    hovered = undefined;
    view.clearTimeout(hoverTimer);
    const element = eventElement(event);
    if (match && element instanceof HTMLElement) lastHostField = element;
    show(shown());
  }, { capture: true, signal });

  doc.addEventListener('mouseover', (event) => {
    if (event.target === overlay.host) return;
    const match = matchFor(event, false);
    view.clearTimeout(hoverTimer);
    if (!match) {
      if (hovered) {
        hovered = undefined;
        show(shown());
      }
      return;
    }
    if (match === shown()) return;
    hoverTimer = view.setTimeout(() => {
      hovered = match;
      show(match);
    }, HOVER_DELAY_MS);
  }, { passive: true, signal });

  view.addEventListener('scroll', schedulePosition, { capture: true, passive: true, signal });
  view.addEventListener('resize', schedulePosition, { passive: true, signal });

  // ---- session: coverage and follow-ups, kept by the background -------------------------------
  function record(event: SessionEvent) {
    void sendMessage('interview:record', { packId: pack.id, event }).then((session) => {
      if (session) state.session.value = session;
    });
  }

  const answeredNow = new Map<string, boolean>();
  /**
   * Follow-ups whose condition held at the last reading (`id:severity`), so one is
   * offered when it becomes true, and a check-in is raised when the answer turns
   * into a real disclosure.
   */
  const conditionHeld = new Map<string, Set<string>>();

  function evaluate(match: ControlMatch, offer: boolean) {
    const item = state.itemsById.get(match.itemId);
    if (!item) return;
    const answer = readAnswer(match.controls.length ? match.controls : [match.control]);
    const answered = !answerIsEmpty(answer);
    if (answeredNow.get(item.id) !== answered) {
      answeredNow.set(item.id, answered);
      if ((state.session.value?.answered.includes(item.id) ?? false) !== answered) {
        record({ kind: 'answered', itemId: item.id, answered });
      }
    }
    let hits: FollowUpHit[] = [];
    try {
      hits = evaluateFollowUps(pack, item, answer);
    } catch (error) {
      // Whatever a pack or a page holds, the host page never sees our error; the card just does not come.
      console.warn('Adviser Coach: could not evaluate follow-ups', error);
    }
    const holding = new Set(hits.map((hit) => `${hit.followUp.id}:${hit.severity}`));
    const before = conditionHeld.get(item.id) ?? new Set<string>();
    conditionHeld.set(item.id, holding);
    if (!offer) return;
    for (const { followUp, severity } of hits) {
      if (before.has(`${followUp.id}:${severity}`)) continue;
      const shown = state.followUps.value.find((f) => f.item.id === item.id && f.followUp.id === followUp.id);
      // Already on screen, unless a quiet check-in is now a real disclosure.
      if (shown && !(shown.severity === 'check-in' && severity !== 'check-in')) continue;
      const active: ActiveFollowUp = { item, followUp, severity, stepsDone: shown?.stepsDone ?? [] };
      state.followUps.value = [...state.followUps.value.filter((f) => f !== shown), active].sort(
        (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
      );
      record({ kind: 'follow-up-offered', itemId: item.id, followUpId: followUp.id, ...(severity === 'check-in' && { checkIn: true as const }) });
    }
  }

  doc.addEventListener('change', (event) => {
    const match = matchFor(event);
    if (match) evaluate(match, true);
  }, { capture: true, signal });

  // Custom widgets (role=radio, checkbox, option, slider) send no change event; the page
  // updates aria-checked/aria-valuenow in its own click or key handler, so read after it.
  const CUSTOM_CHOICE = '[role=radio], [role=checkbox], [role=switch], [role=option], [role=slider], [role=spinbutton]';
  const afterPageHandlers = (event: Event) => {
    const element = eventElement(event);
    if (!element || element instanceof HTMLInputElement || !element.closest(CUSTOM_CHOICE)) return;
    const match = fields.matchForControl(element);
    if (match) view.setTimeout(() => evaluate(match, true), 0);
  };
  doc.addEventListener('click', afterPageHandlers, { capture: true, signal });
  doc.addEventListener('keyup', afterPageHandlers, { capture: true, signal });

  const typingTimers = new Map<string, number>();
  doc.addEventListener('input', (event) => {
    const match = matchFor(event);
    if (!match) return;
    const target = eventElement(event) as HTMLInputElement;
    // Choices answer at once (on change); free text after a short pause in typing.
    if (target.type === 'radio' || target.type === 'checkbox' || target.tagName === 'SELECT') return;
    view.clearTimeout(typingTimers.get(match.itemId));
    typingTimers.set(match.itemId, view.setTimeout(() => evaluate(match, true), TYPING_PAUSE_MS));
  }, { capture: true, signal });

  // ---- what is on the page ------------------------------------------------------------------
  function onFieldsChanged() {
    const list = fields.matches();
    const ids = new Set(list.map((m) => m.itemId));
    state.onScreen.value = ids;
    const unseen = [...ids].filter((id) => !state.session.value?.seen.includes(id));
    if (unseen.length) record({ kind: 'seen', itemIds: unseen });
    for (const match of list) if (!conditionHeld.has(match.itemId)) evaluate(match, false);
    if (focused && !focused.control.isConnected) {
      // The page re-rendered the field: the same item keeps its card.
      focused = fields.matchForItem(focused.itemId);
    }
    schedulePosition();
  }
  const stopFollowingFields = fields.onChange(onFieldsChanged);

  // ---- actions from the overlay, keys and commands ------------------------------------------
  function savePrefs() {
    const prefs: CoachPrefs = { language: state.language.value, collapsed: state.collapsed.value };
    void browser.storage.local.set({ [PREFS_KEY]: prefs });
  }

  function returnFocusToHost() {
    if (lastHostField?.isConnected) lastHostField.focus({ preventScroll: true });
  }

  const actions: OverlayActions = {
    nextRewording: () => {
      state.rewordingIndex.value += 1;
      state.dismissed.value = false;
    },
    toggleWhy: () => {
      state.whyOpen.value = !state.whyOpen.value;
      state.dismissed.value = false;
      state.collapsed.value = false;
    },
    nextLanguage: () => {
      const languages = pack.languages;
      state.language.value = languages[(languages.indexOf(state.language.value) + 1) % languages.length] ?? state.language.value;
      savePrefs();
    },
    collapse: () => {
      state.collapsed.value = true;
      savePrefs();
    },
    expand: () => {
      state.collapsed.value = false;
      state.dismissed.value = false;
      savePrefs();
    },
    dismiss: () => {
      state.dismissed.value = true;
    },
    acknowledge: (index) => {
      const active = state.followUps.value[index];
      if (!active) return;
      const hadFocus = overlay.shadow.activeElement !== null;
      state.followUps.value = state.followUps.value.filter((_, i) => i !== index);
      record({ kind: 'follow-up-acknowledged', itemId: active.item.id, followUpId: active.followUp.id });
      if (hadFocus) returnFocusToHost();
    },
    toggleStep: (index, step, done) => {
      const active = state.followUps.value[index];
      if (!active || step < 0 || step >= active.followUp.nextSteps.length) return;
      // Shown at once; the session keeps it for reloads and the other pages of the interview.
      const stepsDone = done ? [...new Set([...active.stepsDone, step])].sort((a, b) => a - b) : active.stepsDone.filter((s) => s !== step);
      state.followUps.value = state.followUps.value.map((f, i) => (i === index ? { ...f, stepsDone } : f));
      record({ kind: 'follow-up-step', itemId: active.item.id, followUpId: active.followUp.id, step, done });
    },
    confirmPrecheck: (sectionId) => {
      const hadFocus = overlay.shadow.activeElement !== null;
      state.prechecksDone.value = new Set([...state.prechecksDone.value, sectionId]);
      record({ kind: 'precheck-done', sectionId });
      if (hadFocus) returnFocusToHost();
    },
    toggleCoverage: () => {
      state.coverageOpen.value = !state.coverageOpen.value;
    },
    goTo: (itemId) => {
      const match = fields.matchForItem(itemId);
      if (!match) return;
      match.control.scrollIntoView({ block: 'center' });
      const target = focusableIn(match.control);
      // The adviser asked to go there: focusing the field is their move, not ours.
      target?.focus({ preventScroll: true });
      focused = match;
      show(match);
    },
  };

  function runCommand(command: CoachCommand) {
    switch (command) {
      case 'toggle-card':
        if (state.dismissed.value || state.collapsed.value) actions.expand();
        else actions.collapse();
        break;
      case 'next-rewording':
        actions.nextRewording();
        break;
      case 'toggle-why':
        actions.toggleWhy();
        break;
      case 'focus-follow-up':
        // The waiting follow-up, else the section's pre-check: both are ticked from the keyboard there.
        (container.querySelector<HTMLElement>('.followup') ?? container.querySelector<HTMLElement>('.precheck'))?.focus();
        break;
      case 'toggle-coverage':
        actions.toggleCoverage();
        if (state.coverageOpen.value) {
          view.requestAnimationFrame(() => container.querySelector<HTMLElement>('.coverage-toggle')?.focus());
        }
        break;
    }
  }

  // Default keys work in the page too, where the browser has not claimed them as commands.
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      if (event.target === overlay.host) {
        returnFocusToHost();
        state.coverageOpen.value = false;
      } else if (shown() && !state.dismissed.value) {
        state.dismissed.value = true;
      }
      return;
    }
    const command = coachKeyFor(event);
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    runCommand(command);
  }, { capture: true, signal });

  render(h(OverlayApp, { state, actions }), container);

  // Started while the adviser is already in a field (a new pack version arrived, the page
  // moved to another pack's form): that field's card shows now, not at the next focus.
  const alreadyFocused = doc.activeElement && fields.matchForControl(doc.activeElement);
  if (alreadyFocused) {
    focused = alreadyFocused;
    if (doc.activeElement instanceof HTMLElement) lastHostField = doc.activeElement;
    show(focused);
  }

  // Index the pack's trigger words while the page is idle, in small steps, so the
  // first answer typed does not pay for it and no step is a long task.
  const indexSome = indexingWork(pack);
  const idle = (next: (deadline?: IdleDeadline) => void) =>
    typeof view.requestIdleCallback === 'function' ? view.requestIdleCallback(next, { timeout: 2000 }) : view.setTimeout(next, 20);
  const runSteps = (deadline?: IdleDeadline) => {
    if (signal.aborted) return;
    let more = indexSome();
    while (more && deadline && deadline.timeRemaining() > 4) more = indexSome();
    if (more) idle(runSteps);
  };
  idle(runSteps);

  void Promise.all([
    sendMessage('interview:load', { packId: pack.id }),
    browser.storage.local.get(PREFS_KEY),
  ]).then(([session, stored]) => {
    if (signal.aborted) return;
    const prefs = (stored[PREFS_KEY] ?? {}) as CoachPrefs;
    if (prefs.language && pack.languages.includes(prefs.language)) state.language.value = prefs.language;
    state.collapsed.value = prefs.collapsed ?? false;
    state.session.value = session;
    // Follow-ups offered before a reload and not yet acknowledged are still waiting.
    state.followUps.value = openFollowUps(session).flatMap((f) => {
      const item = state.itemsById.get(f.itemId);
      const followUp = item?.followUps.find((candidate) => candidate.id === f.followUpId);
      return item && followUp ? [{ item, followUp, severity: f.checkIn ? ('check-in' as const) : followUp.severity, stepsDone: f.stepsDone ?? [] }] : [];
    });
    onFieldsChanged();
  });

  function stop() {
    listening.abort();
    stopFollowingFields();
    view.clearTimeout(hoverTimer);
    for (const timer of typingTimers.values()) view.clearTimeout(timer);
    view.cancelAnimationFrame(frame);
    render(null, container);
  }

  return { runCommand, stop };
}

/** The smallest box around a field's controls (a radio group's whole row of options). */
function boxAround(controls: readonly Element[]) {
  let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue; // visually hidden inputs inside styled labels
    left = Math.min(left, box.left);
    top = Math.min(top, box.top);
    right = Math.max(right, box.right);
    bottom = Math.max(bottom, box.bottom);
  }
  if (left === Infinity) {
    const box = controls[0]?.getBoundingClientRect();
    return { left: box?.left ?? 0, top: box?.top ?? 0, width: box?.width ?? 0, height: box?.height ?? 0 };
  }
  return { left, top, width: right - left, height: bottom - top };
}

function focusableIn(control: Element): HTMLElement | null {
  if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement) return control;
  return (
    control.querySelector<HTMLElement>('input:checked, input, select, textarea, [role=radio][aria-checked=true], [role=radio], [tabindex]') ??
    (control instanceof HTMLElement ? control : null)
  );
}
