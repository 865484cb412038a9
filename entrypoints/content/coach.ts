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
import { browser } from 'wxt/browser';
import type { CompiledPack } from '../../rules/compiled-pack';
import { createCoachState } from '../../components/overlay/coach-state';
import { indexingWork } from '../../rules/evaluate-follow-ups';
import type { OverlayRoot } from '../../components/overlay/mount-overlay';
import { OverlayApp } from '../../components/overlay/OverlayApp';
import { openFollowUps, type SessionEvent } from '../../utils/interview/session';
import { createCoachControls } from './coach-actions';
import { createEventLocator, type CoachContext, type FieldSource } from './coach-context';
import type { CoachCommand } from './coach-keys';
import { followFields } from './follow-field';
import { hearAnswers, mostSevereFirst } from './hear-answers';
import { backgroundLink, type CoachLink } from './coach-link';

export type { FieldSource } from './coach-context';

export interface Coach {
  runCommand(command: CoachCommand): void;
  /** The items the tab's frames found, all frames together (top frame only). */
  foundInTab(itemIds: string[]): void;
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
  fields: FieldSource,
  overlay: OverlayRoot,
  /** Where in the overlay's shadow root the coach renders. */
  container: Element,
  link: CoachLink = backgroundLink(pack.id),
): Coach {
  // One "left to ask" list per tab: the top frame's, covering every frame's questions.
  const state = createCoachState(pack, browser.i18n.getUILanguage(), doc.defaultView === doc.defaultView?.top);
  /** Every listener on the page goes with `stop()`. */
  const listening = new AbortController();
  const signal = listening.signal;
  const record = (event: SessionEvent) => {
    void link.record(event).then((session) => {
      if (session) state.session.value = session;
    }, () => undefined);
  };
  const ctx: CoachContext = {
    doc,
    view: doc.defaultView ?? window,
    pack,
    fields,
    overlay,
    container,
    state,
    signal,
    record,
    link,
    ...createEventLocator(fields, overlay),
  };

  const follower = followFields(ctx, link.itemShown);
  const answers = hearAnswers(ctx);
  const controls = createCoachControls(ctx, follower);

  // ---- what is on the page ------------------------------------------------------------------
  function onFieldsChanged() {
    const list = fields.matches();
    const ids = new Set(list.map((m) => m.itemId));
    state.onScreen.value = ids;
    const unseen = [...ids].filter((id) => !state.session.value?.seen.includes(id));
    if (unseen.length) record({ kind: 'seen', itemIds: unseen });
    for (const match of list) if (!answers.known(match.itemId)) answers.evaluate(match, false);
    answers.fieldsChanged();
    follower.fieldsChanged();
  }
  const stopFollowingFields = fields.onChange(onFieldsChanged);

  render(h(OverlayApp, { state, actions: controls.actions }), container);

  // Started while the adviser is already in a field (a new pack version arrived, the page
  // moved to another pack's form): that field's card shows now, not at the next focus.
  const alreadyFocused = doc.activeElement && fields.matchForControl(doc.activeElement);
  if (alreadyFocused) follower.focus(alreadyFocused, doc.activeElement);

  // Index the pack's trigger words while the page is idle, in small steps, so the
  // first answer typed does not pay for it and no step is a long task.
  const indexSome = indexingWork(pack);
  const view = ctx.view;
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
    listening.abort();
    stopFollowingFields();
    follower.stop();
    answers.stop();
    render(null, container);
  }

  return {
    runCommand: controls.runCommand,
    foundInTab: (itemIds) => {
      state.foundInTab.value = new Set(itemIds);
    },
    stop,
  };
}
