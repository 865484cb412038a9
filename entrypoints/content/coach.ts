/**
 * The live coach: listens to the host page (focus, hover, answers, scroll) without
 * ever writing to it, and drives the overlay. Field values are read in memory to
 * evaluate follow-ups and are never stored or sent; only item ids and states are.
 *
 * Its parts: which field an event is about (coach-context.ts), the card following
 * the field (follow-field.ts), hearing answers (hear-answers.ts), the adviser's
 * actions and keys (coach-actions.ts).
 */
import { h, render } from 'preact';
import { effect } from '@preact/signals';
import type { CompiledPack } from '../../rules/compiled-pack';
import { createCoachState } from '../../components/overlay/coach-state';
import { indexingWork } from '../../rules/evaluate-follow-ups';
import type { OverlayRoot } from '../../components/overlay/mount-overlay';
import { OverlayApp } from '../../components/overlay/OverlayApp';
import { openFollowUps, type SessionEvent } from '../../utils/interview/session';
import { listensFirst } from '../../utils/dom/page-events';
import { interfaceLanguage } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import { createCoachControls } from './coach-actions';
import { createEventLocator, matchAround, type CoachContext, type FieldSource } from './coach-context';
import type { CoachCommand } from './coach-keys';
import { followFields } from './follow-field';
import { hostFrameCards, type FrameCardHost } from './frame-card-host';
import { relayCardToTop } from './frame-card-relay';
import { hearAnswers, mostSevereFirst } from './hear-answers';
import { watchUnheardAdviser } from './unheard-adviser';
import { backgroundLink, type CoachLink } from './coach-link';
import { trackStandIns } from './stand-in-editors';

export type { FieldSource } from './coach-context';

/** How often a follow-up not on screen yet is looked for again, in ms. */
const SEEN_RETRY_MS = 250;

export interface Coach {
  runCommand(command: CoachCommand): void;
  /** The items the tab's frames found, all frames together (top frame only). */
  foundInTab(itemIds: string[]): void;
  /** The top document's coach has started: a frame offers it its card again (frame only). */
  offerCardToTop(): void;
  /** Focus back into the field the adviser was working in (the top document drew its card and took the focus). */
  returnFocus(): void;
  /** Draws the cards of frames inside this document (top frame only; null in a frame). */
  frameCards: FrameCardHost | null;
  /** Stop listening to the page and take the coach out of the overlay (another pack takes over). */
  stop(): void;
}

/**
 * @param link where the interview and preferences are kept, and who hears which item the
 *   adviser is on: the background on a case system's page (the default), the page's memory
 *   on the practice page
 */
export function startCoach(
  doc: Document,
  pack: CompiledPack,
  foundFields: FieldSource,
  overlay: OverlayRoot,
  /** Where in the overlay's shadow root the coach renders. */
  container: Element,
  link: CoachLink = backgroundLink(pack.id),
): Coach {
  // One "left to ask" list per tab: the top frame's, covering every frame's questions.
  const state = createCoachState(pack, interfaceLanguage(), doc.defaultView === doc.defaultView?.top);
  /** Every listener on the page goes with `stop()`. */
  const listening = new AbortController();
  const signal = listening.signal;
  const record = (event: SessionEvent) => {
    void link.record(event).then((session) => {
      if (session) state.session.value = session;
    }, () => undefined);
  };
  const view = doc.defaultView ?? window;
  // A rich-text editor shown in place of a hidden field is that field's control from here on.
  const standIns = trackStandIns(foundFields, signal);
  const fields = standIns.fields;
  const ctx: CoachContext = {
    doc,
    view,
    pack,
    fields,
    standIns,
    overlay,
    container,
    state,
    signal,
    record,
    recordOnceSeen: recordOnceSeen,
    link,
    ...createEventLocator(doc, fields, overlay),
  };

  // ---- follow-ups recorded as offered once the adviser could see them ---------------------------
  type Offered = Parameters<CoachContext['recordOnceSeen']>[0];
  const notYetSeen = new Map<string, Offered>();
  let seenFrame = 0;
  let seenTimer = 0;
  function lookForSeen() {
    seenFrame = 0;
    seenTimer = 0;
    if (signal.aborted) return;
    for (const [key, event] of notYetSeen) {
      const waiting = state.followUps.value.some((f) => f.item.id === event.itemId && f.followUp.id === event.followUpId);
      if (!waiting) {
        notYetSeen.delete(key);
        continue;
      }
      const card = [...container.querySelectorAll('.followup')].find(
        (el) => el instanceof HTMLElement && el.dataset.itemId === event.itemId && el.dataset.followUpId === event.followUpId,
      );
      if (card && overlay.onScreen(card)) {
        notYetSeen.delete(key);
        record(event);
      }
    }
    // Not on screen yet (a hidden tab, an overlay the page took away): looked for again a little later.
    if (notYetSeen.size) seenTimer = view.setTimeout(() => (seenFrame = view.requestAnimationFrame(lookForSeen)), SEEN_RETRY_MS);
  }
  function recordOnceSeen(event: Offered) {
    link.offeredNow?.(event);
    // Kept at once as waiting: a reload before the card is seen must not lose it.
    record({ ...event, kind: 'follow-up-raised' });
    notYetSeen.set(`${event.itemId}\n${event.followUpId}`, event);
    // After the card's render (signals render in a microtask) and its placing.
    if (!seenFrame && !seenTimer) seenFrame = view.requestAnimationFrame(lookForSeen);
  }

  const follower = followFields(ctx, link.itemShown);
  const answers = hearAnswers(ctx);
  // Started in an open tab, after the page's own listeners: the page may keep the adviser's events from us.
  const unheard = listensFirst(view) ? null : watchUnheardAdviser(ctx, follower, answers);
  // A frame's card is drawn by the top document, beside the frame, when it can.
  const isTop = ctx.view === ctx.view.top;
  const relay = isTop ? null : relayCardToTop(ctx);
  const controls = createCoachControls(ctx, follower, relay?.forward);
  const frameCards = isTop ? hostFrameCards(ctx, follower, controls) : null;
  // Frames whose coach asked before this one was running draw their cards here from now on.
  if (isTop && link.reportsToBackground) void sendMessage('frame-card:host-ready', {}).catch(() => undefined);

  // ---- what is on the page ------------------------------------------------------------------
  function onFieldsChanged() {
    const list = fields.matches();
    const ids = new Set(list.map((m) => m.itemId));
    // The same questions (a form replaced by an equal one): the overlay is not drawn again.
    const before = state.onScreen.value;
    if (ids.size !== before.size || [...ids].some((id) => !before.has(id))) state.onScreen.value = ids;
    const unseen = [...ids].filter((id) => !state.session.value?.seen.includes(id));
    if (unseen.length) record({ kind: 'seen', itemIds: unseen });
    // An answer already there is not raised again, except in the field the adviser is in: a
    // coach that starts mid-answer (the extension updated, installed or switched on while a
    // case was open) must not swallow a disclosure typed while no coach could hear it. Read
    // once the interview is loaded, so one raised or acknowledged before is not raised again.
    const focused = ctx.focusedElement();
    const adviserIn = focused ? matchAround(fields, focused)?.itemId : undefined;
    for (const match of list) {
      if (answers.known(match.itemId)) continue;
      if (match.itemId !== adviserIn) answers.evaluate(match, false);
      else if (state.session.value) answers.evaluate(match, 'unless-recorded');
    }
    answers.fieldsChanged();
    follower.fieldsChanged();
    cardForFocusedField();
  }
  const stopFollowingFields = fields.onChange(onFieldsChanged);

  render(h(OverlayApp, { state, actions: controls.actions }), container);

  // Each time the card moves or a follow-up comes: once placed, if something of the page's is
  // on top of it (a full-screen element, a top-layer element opened without a toggle event),
  // the overlay is raised above it (mount-overlay.ts).
  let coverFrame = 0;
  const stopLookingForCovers = effect(() => {
    void state.anchor.value;
    void state.followUps.value;
    view.cancelAnimationFrame(coverFrame);
    coverFrame = view.requestAnimationFrame(() => {
      for (const layer of container.querySelectorAll('.card-layer > :first-child, .dock > :first-child')) overlay.onScreen(layer);
    });
  });

  // Started while the adviser is already in a field (autofocus, a new pack version arrived,
  // the page moved to another pack's form), or a single-page app rendered its form with the
  // focus in it before the field was found: that field's card shows now, not at the next focus.
  function cardForFocusedField() {
    if (follower.shown()) return;
    const element = ctx.focusedElement();
    const match = element && matchAround(fields, element);
    if (match) follower.focus(match, element);
  }
  cardForFocusedField();

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

  void Promise.all([link.loadInterview(), link.loadPrefs()]).then(([session, prefs]) => {
    if (signal.aborted) return;
    if (prefs.language && pack.languages.includes(prefs.language)) state.language.value = prefs.language;
    state.collapsed.value = prefs.collapsed ?? false;
    state.session.value = session;
    // Follow-ups offered before a reload and not yet acknowledged are still waiting; one offered
    // on this page while the session was loading stays too (its record may not be in `session` yet).
    const waiting = openFollowUps(session).flatMap((f) => {
      const item = state.itemsById.get(f.itemId);
      const followUp = item?.followUps.find((candidate) => candidate.id === f.followUpId);
      return item && followUp ? [{ item, followUp, severity: f.checkIn ? ('check-in' as const) : followUp.severity, stepsDone: f.stepsDone ?? [] }] : [];
    });
    const offeredMeanwhile = state.followUps.value.filter(
      (active) => !waiting.some((w) => w.item.id === active.item.id && w.followUp.id === active.followUp.id),
    );
    state.followUps.value = [...waiting, ...offeredMeanwhile].sort(mostSevereFirst);
    onFieldsChanged();
  });

  function stop() {
    relay?.stop();
    listening.abort();
    view.cancelAnimationFrame(seenFrame);
    view.cancelAnimationFrame(coverFrame);
    stopLookingForCovers();
    view.clearTimeout(seenTimer);
    stopFollowingFields();
    follower.stop();
    answers.stop();
    standIns.stop();
    unheard?.stop();
    render(null, container);
  }

  return {
    runCommand: controls.runCommand,
    frameCards,
    returnFocus: controls.returnFocusToHost,
    offerCardToTop: () => relay?.offerAgain(),
    foundInTab: (itemIds) => {
      // Told again after every report of any frame (what a frame lists as unmatched changes too): the same items draw nothing.
      const known = state.foundInTab.value;
      if (itemIds.length === known.size && itemIds.every((id) => known.has(id))) return;
      state.foundInTab.value = new Set(itemIds);
    },
    stop,
  };
}
