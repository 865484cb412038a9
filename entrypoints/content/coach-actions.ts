/**
 * What the adviser can do with the coach: the overlay's buttons, the keyboard
 * commands (browser commands and the default keys inside the page), and the
 * saved preferences (language, quiet mode). Focus goes back to the host field
 * the adviser was typing in, never elsewhere.
 */
import type { OverlayActions } from '../../components/overlay/OverlayApp';
import { focusableIn } from '../../utils/dom/field-box';
import { onPageEvent } from '../../utils/dom/page-events';
import { isFrameElement } from '../../utils/dom/frame-element';
import { matchAround, type CoachContext } from './coach-context';
import type { CoachPrefs } from './coach-link';
import { coachKeyFor, type CoachCommand } from './coach-keys';
import type { FieldFollower } from './follow-field';

export interface CoachControls {
  actions: OverlayActions;
  runCommand(command: CoachCommand): void;
  /** Focus back into the host field the adviser was working in. */
  returnFocusToHost(): void;
}

/**
 * @param forwardToTop in a frame whose card, follow-ups or list the top document draws:
 *   sends the command there and answers true (frame-card-relay.ts)
 */
export function createCoachControls(
  ctx: CoachContext,
  follower: FieldFollower,
  forwardToTop: (command: CoachCommand | 'dismiss') => boolean = () => false,
): CoachControls {
  const { view, state, pack, fields, overlay, container, signal } = ctx;

  function savePrefs() {
    const prefs: CoachPrefs = { language: state.language.value, collapsed: state.collapsed.value };
    ctx.link.savePrefs(prefs);
  }

  /**
   * Where the focus was before it came into the overlay (a coach key, Tab). Held weakly: a
   * page that replaced it is not kept alive for this.
   */
  let cameFrom: WeakRef<HTMLElement> | undefined;
  onPageEvent(view, 'focusin', (event) => {
    if (event.target !== overlay.host) return;
    const from = (event as FocusEvent).relatedTarget;
    // A move inside the overlay (its own elements show as the host): where it came from stands.
    if (from === overlay.host) return;
    cameFrom = from instanceof HTMLElement ? new WeakRef(from) : undefined;
  }, { signal });

  /**
   * Focus back where the adviser came from: a field the coach follows (or a frame) the way the
   * follower gives it back; anything else of the page's (the practice page's turn box, a button)
   * itself. Nothing known: the field last worked in.
   */
  const returnFocusToHost = () => {
    const origin = cameFrom?.deref();
    cameFrom = undefined;
    if (origin?.isConnected && origin !== ctx.doc.body && !isFrameElement(origin) && !matchAround(fields, origin)) origin.focus({ preventScroll: true });
    else follower.returnFocus();
  };

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
      ctx.record({ kind: 'follow-up-acknowledged', itemId: active.item.id, followUpId: active.followUp.id });
      if (hadFocus) returnFocusToHost();
    },
    toggleStep: (index, step, done) => {
      const active = state.followUps.value[index];
      if (!active || step < 0 || step >= active.followUp.nextSteps.length) return;
      // Shown at once; the session keeps it for reloads and the other pages of the interview.
      const stepsDone = done ? [...new Set([...active.stepsDone, step])].sort((a, b) => a - b) : active.stepsDone.filter((s) => s !== step);
      state.followUps.value = state.followUps.value.map((f, i) => (i === index ? { ...f, stepsDone } : f));
      ctx.record({ kind: 'follow-up-step', itemId: active.item.id, followUpId: active.followUp.id, step, done });
    },
    confirmPrecheck: (sectionId) => {
      const hadFocus = overlay.shadow.activeElement !== null;
      state.prechecksDone.value = new Set([...state.prechecksDone.value, sectionId]);
      ctx.record({ kind: 'precheck-done', sectionId });
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
      follower.focus(match);
    },
  };

  function runCommand(command: CoachCommand) {
    if (forwardToTop(command)) return;
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
  // The adviser's keys only (`isTrusted`), heard first (window, capture), and passed on
  // untouched: the case system's own listener for the same keys still runs.
  function onKey(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      if (event.target === overlay.host) {
        returnFocusToHost();
        state.coverageOpen.value = false;
      } else if (follower.shown() && !state.dismissed.value && !forwardToTop('dismiss')) {
        state.dismissed.value = true;
      }
      return;
    }
    const command = coachKeyFor(event);
    if (command) runCommand(command);
  }
  onPageEvent(view, 'keydown', onKey, { signal });
  // The same keys pressed in a rich-text editor's frame (its events stay in its own window).
  ctx.standIns.hear({ key: onKey });

  return { actions, runCommand, returnFocusToHost };
}
