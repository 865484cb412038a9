/**
 * In a frame inside the tab's page: the card and the waiting follow-ups are drawn
 * by the tab's top document (frame-card-host.ts), beside where the frame's field is
 * on screen, so a small frame neither cuts the card off nor forces it over the field.
 * They travel through the extension's own messaging (the background passes them to
 * frame 0), never `window.postMessage`, which the page could read and forge. When the
 * top document does not take them (no coach there, another pack, not reachable), the
 * frame draws them itself, clamped inside the frame. Focus never leaves the field.
 */
import { effect, signal } from '@preact/signals';
import { sendMessage, type FrameIdentity } from '../../utils/messages';
import type { CoachContext } from './coach-context';
import type { CoachCommand } from './coach-keys';

/** Where a frame keeps its token on its window: only this extension's scripts see it (not the page's). */
export const FRAME_TOKEN_KEY = Symbol.for('adviser-coach.frame-token');

export interface FrameCardRelay {
  /**
   * Send a command to the top document when what it acts on is drawn there (the
   * card, the follow-ups, the tab's one "left to ask" list). True when it went.
   */
  forward(command: CoachCommand | 'dismiss'): boolean;
  /** The top document's coach has just started: offer it the card and the follow-ups again. */
  offerAgain(): void;
  stop(): void;
}

export function relayCardToTop(ctx: CoachContext): FrameCardRelay {
  const { state, view, container } = ctx;
  const token = crypto.randomUUID();
  const scope = view as unknown as Record<symbol, unknown>;
  scope[FRAME_TOKEN_KEY] = token;
  const identity = (): FrameIdentity => ({
    token,
    url: view.location.href,
    viewport: { width: view.innerWidth, height: view.innerHeight },
    packId: ctx.pack.id,
  });

  // Until the top document answers, no card flashes up in the frame and then leaves it.
  state.cardInTop.value = true;
  // The card: every change of item or field box goes up; the newest answer says where it is drawn.
  // (The first message, with no card yet, tells whether the top document will draw this frame's cards.)
  let sent = 0;
  const offered = signal(0);
  const stopShowing = effect(() => {
    void offered.value;
    const itemId = state.activeItemId.value;
    const field = state.anchor.value;
    // The frame's open popups too: the top document's card keeps clear of them where it can.
    const keepClear = [...state.keepClear.value, ...state.hostPopups.value];
    const number = ++sent;
    void sendMessage('frame-card:show', { ...identity(), itemId, field: itemId ? field : null, keepClear })
      .catch(() => false)
      .then((taken) => {
        if (number === sent) state.cardInTop.value = taken === true;
      });
  });

  // Follow-ups: handed over to the top document's dock; kept here when it does not take them.
  const stopHanding = effect(() => {
    void offered.value;
    const waiting = state.followUps.value;
    if (waiting.length === 0) return;
    const followUps = waiting.map((f) => ({ itemId: f.item.id, followUpId: f.followUp.id, severity: f.severity, stepsDone: f.stepsDone }));
    void sendMessage('frame-card:follow-ups', { ...identity(), followUps })
      .catch(() => false)
      .then((taken) => {
        if (taken === true) state.followUps.value = state.followUps.value.filter((f) => !waiting.includes(f));
      });
  });

  return {
    forward(command) {
      const inTop =
        command === 'toggle-coverage' || // the tab's one list is the top document's
        (command === 'focus-follow-up' ? !container.querySelector('.followup, .precheck') : state.cardInTop.value);
      if (inTop) void sendMessage('frame-card:command', { ...identity(), command }).catch(() => undefined);
      return inTop;
    },
    offerAgain() {
      offered.value += 1;
    },
    stop() {
      stopShowing();
      stopHanding();
      // The top document takes this frame's card away.
      void sendMessage('frame-card:show', { ...identity(), itemId: null, field: null, keepClear: [] }).catch(() => undefined);
      delete scope[FRAME_TOKEN_KEY];
    },
  };
}
