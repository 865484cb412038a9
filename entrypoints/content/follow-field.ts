/**
 * The card follows the field: the field the adviser moves into (focus) or rests
 * the pointer on, placed beside it and kept there while the page scrolls.
 */
import type { ControlMatch } from '../../utils/dom/field-detector';
import { boxAround, questionBoxes, type ScreenBox } from '../../utils/dom/field-box';
import { hostPopups, popupsMoved, watchHostPopups, type HostPopups } from '../../utils/dom/host-popups';
import { isFrameElement } from '../../utils/dom/frame-element';
import { onPageEvent } from '../../utils/dom/page-events';
import { matchAround, type CoachContext } from './coach-context';

const HOVER_DELAY_MS = 450;
const NO_POPUPS: HostPopups = { elements: [], boxes: [], guess: null };

/** A field in a frame inside this document, whose card this document draws (frame-card-host.ts). */
export interface FieldElsewhere {
  itemId: string;
  /** Give the focus back to the field in the frame. */
  giveFocusBack(): void;
  /** The field's box and the boxes to keep clear, in this document's viewport; null when the field is out of sight. */
  boxes(): { field: ScreenBox; keepClear: ScreenBox[] } | null;
}

export interface FieldFollower {
  /** The field the card is for now (hovered, else focused). */
  shown(): ControlMatch | undefined;
  /** The adviser is in this field (went there from the coverage list, or was there when the coach started). */
  focus(match: ControlMatch, element?: Element | null): void;
  /**
   * The focus was seen in `element` without a focus event heard (the page stopped it):
   * as a focus move into it. The caller read it from `document.activeElement`.
   */
  focusSeen(element: Element): void;
  /** Give the focus back to the host field the adviser last worked in (in this document or in a frame). */
  returnFocus(): void;
  /** The adviser pressed a key in a frame's field: focus goes back there with this. */
  returnFocusWith(giveFocusBack: () => void): void;
  /** The found fields changed: a re-rendered focused field keeps its card. */
  fieldsChanged(): void;
  /**
   * The card is for a field in a frame inside this document (null: no longer). It
   * stands until the adviser moves into a field of this document.
   */
  showElsewhere(field: FieldElsewhere | null): void;
  /** Place the card again (at most once per frame). */
  schedulePosition(): void;
  stop(): void;
}

/** @param onItemShown told which item the adviser is on (null: none) */
export function followFields(ctx: CoachContext, onItemShown: (itemId: string | null) => void): FieldFollower {
  const { view, state, fields, overlay, signal } = ctx;
  let focused: ControlMatch | undefined;
  /** The element the adviser moved into, for which `focused` was found. */
  let focusedIn: Element | null = null;
  /** `focused` was read on its own (the detector had not caught up with the page): provisional. */
  let focusedAlone = false;
  let hovered: ControlMatch | undefined;
  let hoverTimer = 0;
  /** Puts the focus back into the field the adviser last worked in. */
  let giveFocusBack: (() => void) | undefined;
  let elsewhere: FieldElsewhere | undefined;
  /** Stops hearing the page open or close popups for the focused field. */
  let stopWatchingPopups: (() => void) | undefined;
  /** What the last look found, and whether the page changed since (a look costs hit tests: not on every scroll frame). */
  let popups: HostPopups = NO_POPUPS;
  let popupsStale = true;
  // The field the pointer rests on, else a frame's field the adviser moved into last, else this document's focused one.
  const shown = () => hovered ?? (elsewhere ? undefined : focused);

  let frame = 0;
  function schedulePosition() {
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      // Read on every placing, with or without a card: the dock keeps clear of them too.
      const parts = ctx.link.pageParts?.boxes() ?? [];
      if (!sameBoxes(parts, state.mustClear.value)) state.mustClear.value = parts;
      const controls = (m: ControlMatch) => (m.controls.length ? m.controls : [m.control]);
      // Measured where the adviser sees the field: a rich-text editor shown in place of a hidden one.
      const shownBox = (m: ControlMatch) => boxAround(ctx.standIns.shownControls(m));
      // The page's popups for the field the adviser is in (resting the pointer elsewhere closes none).
      const inField = !elsewhere && focused?.control.isConnected ? focused : undefined;
      const focusedBox = inField ? shownBox(inField) : null;
      // Looked for after the page changed; while one is open and the page only scrolls, measured again.
      if (!inField || !focusedBox) popups = NO_POPUPS;
      else if (popupsStale) popups = hostPopups(controls(inField), focusedBox);
      else if (popups.boxes.length > 0 || popups.guess) popups = popupsMoved(popups, focusedBox);
      popupsStale = false;
      if (!sameBoxes(popups.boxes, state.hostPopups.value)) state.hostPopups.value = popups.boxes;
      const match = shown();
      if (!match && elsewhere) {
        placeElsewhere(elsewhere);
        return;
      }
      if (!match || !match.control.isConnected) {
        state.anchor.value = null;
        return;
      }
      const field = match === inField && focusedBox ? focusedBox : shownBox(match);
      if (!sameBoxes([field], state.anchor.value ? [state.anchor.value] : [])) state.anchor.value = field;
      const list = fields.matches();
      const next = list[list.indexOf(match) + 1];
      // The question being asked, where the page's list for the field opens when it names
      // none we can see, and the field (and question) the adviser goes to next.
      const keepClear = [
        ...questionBoxes(controls(match)),
        ...(match === inField && popups.guess ? [popups.guess] : []),
        ...(next ? [shownBox(next), ...questionBoxes(controls(next))] : []),
      ];
      // Unchanged boxes (most keystrokes): no new render of the overlay.
      if (!sameBoxes(keepClear, state.keepClear.value)) state.keepClear.value = keepClear;
    });
  }

  function placeElsewhere(field: FieldElsewhere) {
    const boxes = field.boxes();
    if (!boxes) {
      state.anchor.value = null;
      return;
    }
    if (!sameBoxes([boxes.field], state.anchor.value ? [state.anchor.value] : [])) state.anchor.value = boxes.field;
    if (!sameBoxes(boxes.keepClear, state.keepClear.value)) state.keepClear.value = boxes.keepClear;
  }

  function show() {
    const itemId = shown()?.itemId ?? elsewhere?.itemId ?? null;
    if (itemId !== state.activeItemId.value) {
      onItemShown(itemId);
      state.activeItemId.value = itemId;
      state.rewordingIndex.value = 0;
      state.whyOpen.value = false;
      state.dismissed.value = false;
    }
    schedulePosition();
  }

  // The adviser's moves only (`isTrusted`), and focus where the page really has it: a
  // script-made focusin or mouseover on another field does not move the card.
  onPageEvent(view, 'focusin', (event) => {
    if (event.target === overlay.host) return; // focus moved into our own overlay: keep the card
    const element = ctx.eventElement(event);
    if (!element || element !== ctx.focusedElement()) return;
    moveInto(element);
  }, { signal });

  /** The adviser moved into `element` (it has the focus now). */
  function moveInto(element: Element) {
    const match = ctx.liveMatchAt(element);
    // Into a frame: its coach tells which field (if any) the card is for now, unless the
    // frame is a rich-text editor standing in for a field of this document.
    if (!isFrameElement(element) || match) elsewhere = undefined;
    focused = match;
    focusedIn = element;
    focusedAlone = !!match && match !== matchAround(fields, element);
    // The most recent intent wins: moving into a field outranks where the mouse rests.
    hovered = undefined;
    view.clearTimeout(hoverTimer);
    if (match && element instanceof HTMLElement) giveFocusBack = focusing(element);
    watchPopups();
    show();
  }

  /**
   * Hear the page open and close popups for the focused field from now on (before the
   * page's own focus handlers run, which may open a date picker), and for it only.
   */
  function watchPopups() {
    stopWatchingPopups?.();
    stopWatchingPopups = undefined;
    popups = NO_POPUPS;
    popupsStale = false;
    const element = focusedIn;
    if (!focused || !element || isFrameElement(element)) return;
    const lookAgain = () => {
      popupsStale = true;
      schedulePosition();
    };
    const stopWatching = watchHostPopups(element, lookAgain);
    // What may be open already (a bubble left from before, a list the press that focused the
    // field opened) is looked for once the frame with the card has been drawn: a hit test
    // before then makes the browser bring its paint data up to date at once, in the focus's frame.
    let late = 0;
    const drawn = view.requestAnimationFrame(() => (late = view.setTimeout(lookAgain, 0)));
    stopWatchingPopups = () => {
      stopWatching();
      view.cancelAnimationFrame(drawn);
      view.clearTimeout(late);
    };
  }

  // Focus that went into a frame with no focusin heard here: a rich-text editor that threw its
  // frame away and focused the new one. The window's blur is the only sign; a frame that stands
  // in for a field of this document is followed as if moved into.
  view.addEventListener('blur', (event) => {
    if (!event.isTrusted || event.target !== view) return;
    const active = ctx.focusedElement();
    if (active && active !== focusedIn && isFrameElement(active) && ctx.liveMatchAt(active)) moveInto(active);
  }, { signal });

  // Out of an editor's frame into another frame: no focus event here either; looked at once the move is done.
  let leftTimer = 0;
  ctx.standIns.hear({
    leftFrame() {
      view.clearTimeout(leftTimer);
      leftTimer = view.setTimeout(() => {
        const active = ctx.focusedElement();
        if (active && active !== focusedIn && isFrameElement(active)) moveInto(active);
      }, 0);
    },
  });

  onPageEvent(view, 'mouseover', (event) => {
    if (event.target === overlay.host) return;
    const match = ctx.matchFor(event, false);
    view.clearTimeout(hoverTimer);
    if (!match) {
      if (hovered) {
        hovered = undefined;
        show();
      }
      return;
    }
    if (match === shown()) return;
    hoverTimer = view.setTimeout(() => {
      hovered = match;
      show();
    }, HOVER_DELAY_MS);
  }, { signal });

  onPageEvent(view, 'scroll', schedulePosition, { signal, untrusted: true });
  // The page may open (or close) a list for the field in its own click or key handler:
  // place the card again after it.
  // Keys only matter for a field that opens lists (typing in a text box needs no new place).
  const afterPage = () => view.setTimeout(schedulePosition, 0);
  const opensLists = () => !!shown()?.controls.some((control) => control.hasAttribute('aria-expanded'));
  // Placing reads the real boxes: a script-made event only makes it look again.
  onPageEvent(view, 'click', afterPage, { signal, untrusted: true });
  onPageEvent(view, 'keydown', () => opensLists() && afterPage(), { signal, untrusted: true });
  view.addEventListener('resize', schedulePosition, { passive: true, signal });
  const stopHearingParts = ctx.link.pageParts?.onChange(schedulePosition);
  schedulePosition();

  return {
    shown,
    focus(match, element) {
      focused = match;
      focusedIn = element ?? null;
      focusedAlone = false;
      elsewhere = undefined;
      if (element instanceof HTMLElement) giveFocusBack = focusing(element);
      watchPopups();
      show();
    },
    focusSeen: moveInto,
    showElsewhere(field) {
      elsewhere = field ?? undefined;
      show();
    },
    returnFocus() {
      if (elsewhere && !hovered) elsewhere.giveFocusBack();
      else giveFocusBack?.();
    },
    returnFocusWith(giveBack) {
      giveFocusBack = giveBack;
    },
    fieldsChanged() {
      if (focusedIn && !focusedIn.isConnected) focusedIn = null; // a replaced form is not kept alive
      if (focused && !focused.control.isConnected) {
        // The page re-rendered the field: the same item keeps its card.
        focused = fields.matchForItem(focused.itemId);
      } else if (focused && focusedAlone) {
        // The field as the detector now has it (it was read on its own at focus): its verdict
        // stands, also when it gives the item to another field. A field the page re-created
        // since, which no pass has reached yet, is read on its own again.
        const before = focused.itemId;
        const element = focusedIn ?? focused.control;
        const published = matchAround(fields, element);
        focused = published ?? fields.matchNow(element);
        focusedAlone = !published && !!focused;
        if (focused?.itemId !== before) {
          show();
          return;
        }
      }
      schedulePosition();
    },
    schedulePosition,
    stop() {
      view.clearTimeout(hoverTimer);
      view.clearTimeout(leftTimer);
      view.cancelAnimationFrame(frame);
      stopHearingParts?.();
      stopWatchingPopups?.();
    },
  };
}

/** Held weakly: a field the page has replaced since (and its whole form) is not kept alive for this. */
const focusing = (field: HTMLElement) => {
  const held = new WeakRef(field);
  return () => {
    const element = held.deref();
    if (element?.isConnected) element.focus({ preventScroll: true });
  };
};

const sameBoxes = (a: readonly ScreenBox[], b: readonly ScreenBox[]) =>
  a.length === b.length &&
  a.every((box, i) => box.left === b[i]!.left && box.top === b[i]!.top && box.width === b[i]!.width && box.height === b[i]!.height);
