/**
 * In the tab's top document: draws the cards of fields in frames inside it, sent
 * by their coaches (frame-card-relay.ts), beside where the field is on this
 * document's screen, with the same placement as its own fields' cards; takes their
 * waiting follow-ups into its dock and runs the keys pressed in them. Only for the
 * pack this document is coached with: for another, the frame draws its own.
 */
import { browser } from 'wxt/browser';
import { findFrameChain, frameViewport, intersect } from '../../utils/dom/frame-element';
import type { ScreenBox } from '../../utils/dom/field-box';
import { sendMessage, type FrameCardCommand, type FrameCardFollowUps, type FrameCardShow, type FrameIdentity } from '../../utils/messages';
import type { CoachControls } from './coach-actions';
import type { CoachContext } from './coach-context';
import type { FieldFollower } from './follow-field';
import { FRAME_TOKEN_KEY } from './frame-card-relay';
import { withFollowUp } from './hear-answers';

export interface FrameCardHost {
  /** Draw (or, with no item, take away) a frame's card; false when this document cannot (another pack, frame not found). */
  show(card: FrameCardShow): boolean;
  /** Take a frame's waiting follow-ups into the dock; false when this document cannot. */
  takeFollowUps(offer: FrameCardFollowUps): boolean;
  /** Run a key the adviser pressed in a frame; false when this document cannot. */
  command(request: FrameCardCommand): boolean;
}

type FrameIdReader = (target: Element) => number;
/**
 * The id of the frame a frame element shows, from the browser (Firefox's `runtime.getFrameId`;
 * undefined where the browser has none, or for an element that shows no frame of this tab).
 */
function frameIdOf(frame: Element): number | undefined {
  const getFrameId = (browser.runtime as { getFrameId?: FrameIdReader }).getFrameId;
  if (typeof getFrameId !== 'function') return undefined;
  try {
    const id = getFrameId.call(browser.runtime, frame);
    return id >= 0 ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Focus back into the frame's field: into the frame first, then the frame's coach puts it on the field. */
const focusBack = (chain: readonly Element[], frameId: number | undefined) => () => {
  (chain[0] as HTMLElement | undefined)?.focus({ preventScroll: true });
  if (frameId !== undefined) void sendMessage('frame-card:focus-field', { frameId }).catch(() => undefined);
};

/** How long a frame not found is not looked for again (ms): a frame the page adds later is found after this. */
const SEARCH_AGAIN_AFTER_MS = 1000;

export function hostFrameCards(ctx: CoachContext, follower: FieldFollower, controls: CoachControls): FrameCardHost {
  const { state, doc } = ctx;
  /** The frame elements down to each frame that sent a card, by its token. */
  const chains = new Map<string, Element[]>();
  /** The frame whose card is drawn now. */
  let showing: string | null = null;

  /** When a frame was last looked for and not found, by its token: the search walks shadow roots, so not per message. */
  const missedAt = new Map<string, number>();

  function chainOf(frame: FrameIdentity): Element[] | null {
    if (frame.packId !== ctx.pack.id) return null;
    const known = chains.get(frame.token);
    if (known?.every((element) => element.isConnected)) return known;
    const missed = missedAt.get(frame.token);
    if (missed !== undefined && performance.now() - missed < SEARCH_AGAIN_AFTER_MS) return null;
    const found = findFrameChain(doc, { ...frame, tokenKey: FRAME_TOKEN_KEY, frameIdOf });
    if (found) {
      chains.set(frame.token, found);
      missedAt.delete(frame.token);
    } else {
      chains.delete(frame.token);
      missedAt.set(frame.token, performance.now());
    }
    return found;
  }

  return {
    show(card) {
      const chain = chainOf(card);
      if (!chain) return false;
      const { itemId, field, keepClear } = card;
      if (!itemId || !field || !state.itemsById.has(itemId)) {
        if (showing === card.token) {
          showing = null;
          follower.showElsewhere(null);
        }
        return true;
      }
      showing = card.token;
      follower.showElsewhere({
        itemId,
        giveFocusBack: focusBack(chain, card.frameId),
        // Read again at every placing: this document may have scrolled or moved the frame.
        boxes() {
          const at = frameViewport(chain);
          if (!at) return null;
          const move = (box: ScreenBox): ScreenBox => ({ ...box, left: box.left + at.left, top: box.top + at.top });
          const moved = move(field);
          // Scrolled out of the frame's visible part: no card for it.
          const seen = intersect(moved, at.visible);
          if (seen.width === 0 || seen.height === 0) return null;
          return { field: moved, keepClear: keepClear.map(move) };
        },
      });
      return true;
    },
    takeFollowUps(offer) {
      if (!chainOf(offer)) return false;
      let list = state.followUps.value;
      for (const offered of offer.followUps) {
        const item = state.itemsById.get(offered.itemId);
        const followUp = item?.followUps.find((candidate) => candidate.id === offered.followUpId);
        if (!item || !followUp) continue;
        const taken = withFollowUp(list, { item, followUp, severity: offered.severity, stepsDone: offered.stepsDone });
        if (!taken) continue;
        list = taken;
        // Shown here, not in the frame: recorded as offered once the adviser can see it here.
        ctx.recordOnceSeen({ kind: 'follow-up-offered', itemId: item.id, followUpId: followUp.id, ...(offered.severity === 'check-in' && { checkIn: true as const }) });
      }
      state.followUps.value = list;
      return true;
    },
    command(request) {
      const chain = chainOf(request);
      if (!chain) return false;
      // A rich-text editor's frame standing in for a field here: its keys were heard here already.
      const frame = chain[chain.length - 1];
      if (chain.length === 1 && frame && ctx.fields.matchForControl(frame)) return true;
      // Esc, Alt+Shift+… in the frame: focus goes back there afterwards.
      follower.returnFocusWith(focusBack(chain, request.frameId));
      if (request.command === 'dismiss') {
        if (showing === request.token) controls.actions.dismiss();
      } else {
        controls.runCommand(request.command);
      }
      return true;
    },
  };
}
