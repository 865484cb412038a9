/**
 * Hearing the host form's answers: re-read a found field's answer when it may
 * have changed, count the question as answered, and offer a follow-up when its
 * condition becomes true. Values are read in memory only, never stored or sent.
 */
import { answerIsEmpty, matchingFollowUps } from '../../rules/evaluate-follow-ups';
import type { ActiveFollowUp } from '../../components/overlay/coach-state';
import type { ControlMatch } from '../../utils/dom/field-detector';
import { readAnswer } from '../../utils/dom/read-answer';
import { isRecreated } from '../../utils/dom/field-box';
import type { CoachContext } from './coach-context';

const TYPING_PAUSE_MS = 600;
/** Most severe first: a critical follow-up must not sit below an info one. */
const SEVERITY_RANK = { critical: 0, warning: 1, info: 2 } as const;

export interface AnswerListener {
  /**
   * Read a field's answer now. `offer`: a follow-up whose condition became true
   * is offered (false on first sight of a field: an answer already there when
   * the page loaded was dealt with then).
   */
  evaluate(match: ControlMatch, offer: boolean): void;
  /** Whether the field's answer was read since it was found. */
  known(itemId: string): boolean;
  stop(): void;
}

export function hearAnswers(ctx: CoachContext): AnswerListener {
  const { doc, view, state, fields, signal } = ctx;
  const answeredNow = new Map<string, boolean>();
  /** Follow-ups whose condition held at the last reading, so one is offered when it becomes true. */
  const conditionHeld = new Map<string, Set<string>>();

  function evaluate(match: ControlMatch, offer: boolean) {
    const item = state.itemsById.get(match.itemId);
    if (!item) return;
    const answer = readAnswer(match.controls.length ? match.controls : [match.control]);
    const answered = !answerIsEmpty(answer);
    if (answeredNow.get(item.id) !== answered) {
      answeredNow.set(item.id, answered);
      if ((state.session.value?.answered.includes(item.id) ?? false) !== answered) {
        ctx.record({ kind: 'answered', itemId: item.id, answered });
      }
    }
    const holding = new Set(matchingFollowUps(item, answer).map((f) => f.id));
    const before = conditionHeld.get(item.id) ?? new Set<string>();
    conditionHeld.set(item.id, holding);
    if (!offer) return;
    for (const followUp of item.followUps) {
      if (!holding.has(followUp.id) || before.has(followUp.id)) continue;
      if (state.followUps.value.some((f) => f.item.id === item.id && f.followUp.id === followUp.id)) continue;
      const active: ActiveFollowUp = { item, followUp };
      state.followUps.value = [...state.followUps.value, active].sort(
        (a, b) => SEVERITY_RANK[a.followUp.severity] - SEVERITY_RANK[b.followUp.severity],
      );
      ctx.record({ kind: 'follow-up-offered', itemId: item.id, followUpId: followUp.id });
    }
  }

  doc.addEventListener('change', (event) => {
    const match = ctx.matchFor(event);
    if (match) evaluate(match, true);
  }, { capture: true, signal });

  // Custom widgets (role=radio, checkbox, option, slider) send no change event; the page
  // updates aria-checked/aria-valuenow in its own click or key handler, so read after it.
  const CUSTOM_CHOICE = '[role=radio], [role=checkbox], [role=switch], [role=option], [role=slider], [role=spinbutton]';
  const afterPageHandlers = (event: Event) => {
    const element = ctx.eventElement(event);
    if (!element || element instanceof HTMLInputElement || !element.closest(CUSTOM_CHOICE)) return;
    const match = fields.matchForControl(element);
    if (match) view.setTimeout(() => evaluate(match, true), 0);
  };
  doc.addEventListener('click', afterPageHandlers, { capture: true, signal });
  doc.addEventListener('keyup', afterPageHandlers, { capture: true, signal });

  const typingTimers = new Map<string, number>();
  /** The found field typed in last, and the element typed in. */
  let lastTyped: { match: ControlMatch; element: Element } | undefined;
  doc.addEventListener('input', (event) => {
    const target = ctx.eventElement(event) as HTMLInputElement | null;
    if (!target) return;
    // A page that re-creates the field on every keystroke: the new element is not found
    // yet (detection catches up a moment later), the one typed in before has left the
    // page. It is the same question.
    const match = ctx.matchFor(event) ?? (lastTyped && isRecreated(target, lastTyped.element) ? lastTyped.match : undefined);
    if (!match) return;
    lastTyped = { match, element: target };
    // Choices answer at once (on change); free text after a short pause in typing.
    if (target.type === 'radio' || target.type === 'checkbox' || target.tagName === 'SELECT') return;
    view.clearTimeout(typingTimers.get(match.itemId));
    typingTimers.set(match.itemId, view.setTimeout(() => evaluate(current(match, target), true), TYPING_PAUSE_MS));
  }, { capture: true, signal });

  /** The field as it is now: found again if the page replaced it, else the element typed in. */
  function current(match: ControlMatch, typedIn: Element): ControlMatch {
    if (match.control.isConnected) return match;
    const found = fields.matchForItem(match.itemId);
    if (found?.control.isConnected) return found;
    return typedIn.isConnected ? { ...match, control: typedIn, controls: [typedIn] } : match;
  }

  return {
    evaluate,
    known: (itemId) => conditionHeld.has(itemId),
    stop() {
      for (const timer of typingTimers.values()) view.clearTimeout(timer);
    },
  };
}
