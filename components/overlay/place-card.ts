/**
 * Where the overlay's two parts go, in viewport coordinates (the layers are
 * `position: fixed`). Pure geometry.
 *
 * The layout: the coaching card sits beside the field the adviser is on; the dock
 * (follow-ups waiting for acknowledgement, "left to ask") keeps to the right edge of
 * the window, as a column or a strip above or below the card and fields, and goes to
 * the left only when the right edge has no room, wherever it covers neither the
 * field, its question text, the next field nor the card. Both are clamped to the
 * window and get a maximum height that fits, so their content scrolls inside them
 * instead of running off screen. Re-placed on every size change of the window, the
 * card or the dock.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'right' | 'left' | 'above' | 'below';
  /** The card's width here: narrower than it would be when that is what fits beside the field (px). */
  width: number;
  /** The most the card may grow to here and stay in the window (px). */
  maxHeight: number;
}

export interface DockPlacement {
  left: number;
  top: number;
  maxHeight: number;
  side: 'right' | 'left' | 'top' | 'bottom';
}

export const GAP = 8;
/** Below this the card's text no longer reads as a card: take a side that gives more. */
const MIN_CARD_HEIGHT = 120;
/** The narrowest card that still reads well beside a field (px). */
const MIN_CARD_WIDTH = 240;

export const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.left + b.width && a.left + a.width > b.left && a.top < b.top + b.height && a.top + a.height > b.top;

const bottomOf = (box: Box) => box.top + box.height;
const rightOf = (box: Box) => box.left + box.width;

/** The smallest box around `boxes`. */
export function union(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  return { left, top, width: Math.max(...boxes.map(rightOf)) - left, height: Math.max(...boxes.map(bottomOf)) - top };
}

/**
 * The card beside the field, never over it, its question text or the next field
 * when the window has room anywhere: to the right or left of the field (narrower if
 * that is what fits), else below or above the field together with everything kept
 * clear, else just below or above the field.
 *
 * @param field the host field (or its whole radio group)
 * @param card  the card's natural size (its height may be cut to `maxHeight`, its width to `width`)
 * @param viewport the visible area
 * @param keepClear boxes the card should not cover (the question text, the next field): given up
 *   before the card leaves the window
 * @param mustClear boxes the card never covers where any place clear of them shows it (the page's
 *   own controls the adviser needs now: the practice page's turn box); given up only before the field
 */
export function placeCard(field: Box, card: { width: number; height: number }, viewport: Box, keepClear: Box[] = [], mustClear: Box[] = []): Placement {
  const minTop = viewport.top + GAP;
  const maxBottom = viewport.top + viewport.height - GAP;
  const minLeft = viewport.left + GAP;
  const maxRight = viewport.left + viewport.width - GAP;
  const fullHeight = maxBottom - minTop;
  const shown = (maxHeight: number) => Math.max(0, Math.min(card.height, maxHeight));
  const clampTop = (top: number, height: number) => Math.max(minTop, Math.min(top, maxBottom - height));
  const clampLeft = (left: number, width: number) => Math.max(minLeft, Math.min(left, maxRight - width));
  const kept = union([field, ...keepClear])!;

  const beside = (side: 'right' | 'left'): Placement => {
    const room = side === 'right' ? maxRight - (rightOf(field) + GAP) : field.left - GAP - minLeft;
    const width = Math.min(card.width, room);
    const left = side === 'right' ? rightOf(field) + GAP : field.left - GAP - width;
    return { side, left, width, top: clampTop(field.top, shown(fullHeight)), maxHeight: fullHeight };
  };
  const under = (box: Box): Placement => ({
    side: 'below', left: clampLeft(field.left, card.width), width: card.width, top: bottomOf(box) + GAP, maxHeight: maxBottom - (bottomOf(box) + GAP),
  });
  const over = (box: Box): Placement => {
    const maxHeight = box.top - GAP - minTop;
    return { side: 'above', left: clampLeft(field.left, card.width), width: card.width, top: box.top - GAP - shown(maxHeight), maxHeight };
  };
  const candidates: Placement[] = [beside('right'), beside('left'), under(kept), over(kept), under(field), over(field)];

  const boxOf = (p: Placement): Box => ({ left: p.left, top: p.top, width: p.width, height: shown(p.maxHeight) });
  const fits = (p: Placement) =>
    p.width >= Math.min(card.width, MIN_CARD_WIDTH) &&
    p.maxHeight >= Math.min(card.height, MIN_CARD_HEIGHT) &&
    p.left >= viewport.left && rightOf(boxOf(p)) <= viewport.left + viewport.width &&
    p.top >= viewport.top && bottomOf(boxOf(p)) <= viewport.top + viewport.height;
  const clearOf = (p: Placement, boxes: Box[]) => boxes.every((box) => !overlaps(boxOf(p), box));
  const clear = (p: Placement) => clearOf(p, [field, ...keepClear, ...mustClear]);

  return (
    candidates.find((p) => fits(p) && clear(p)) ??
    candidates.find((p) => fits(p) && clearOf(p, [field, ...mustClear])) ??
    // Smaller than it would like (it scrolls inside itself) rather than over the page's own controls.
    (mustClear.length > 0 ? candidates.find((p) => p.maxHeight >= Math.min(card.height, MIN_CARD_HEIGHT / 2) && p.width >= Math.min(card.width, MIN_CARD_WIDTH / 2) && clearOf(p, [field, ...mustClear])) : undefined) ??
    candidates.find((p) => fits(p) && !overlaps(boxOf(p), field)) ??
    // Nowhere is free (a tiny window): stay on screen, to the right.
    { side: 'right', left: clampLeft(rightOf(field) + GAP, card.width), width: card.width, top: clampTop(field.top, shown(fullHeight)), maxHeight: fullHeight }
  );
}

/** The least of a waiting follow-up that must show (its title and summary), in CSS pixels. */
export const MIN_DOCK_HEIGHT = 120;

/**
 * The dock: at the right edge of the window, as a column or as a strip above or below
 * whatever it must keep clear of there, whichever covers none of `avoid`, whole first,
 * else showing at least {@link MIN_DOCK_HEIGHT}; only when the right edge has no such room,
 * the left-hand column (where a page's own content usually starts), else what shows most,
 * else what covers least. With nothing to avoid, the right-hand column. Keeping to the
 * right edge lets a page leave room there for it (the practice page does).
 *
 * @param dock the dock's natural size
 * @param avoid the field, its question text, the next field, the card
 */
export function placeDock(dock: { width: number; height: number }, viewport: Box, avoid: Box[]): DockPlacement {
  const minTop = viewport.top + GAP;
  const maxBottom = viewport.top + viewport.height - GAP;
  const rightEdge = viewport.left + viewport.width - GAP - dock.width;
  const leftEdge = viewport.left + GAP;
  const column = (side: 'right' | 'left'): DockPlacement => ({
    side, left: side === 'right' ? rightEdge : leftEdge, top: Math.max(minTop, maxBottom - dock.height), maxHeight: maxBottom - minTop,
  });
  // A strip at the right edge only has to clear what stands in its own width.
  const inStrip = avoid.filter((box) => box.left < rightEdge + dock.width && rightOf(box) > rightEdge);
  const kept = union(inStrip);
  const atRight: DockPlacement[] = [column('right')];
  if (kept) {
    const below = maxBottom - (bottomOf(kept) + GAP);
    const above = kept.top - GAP - minTop;
    atRight.push(
      { side: 'bottom', left: rightEdge, top: Math.max(bottomOf(kept) + GAP, maxBottom - dock.height), maxHeight: below },
      { side: 'top', left: rightEdge, top: minTop, maxHeight: above },
    );
  }
  const candidates = [...atRight, column('left')];
  const boxOf = (p: DockPlacement): Box => ({ left: p.left, top: p.top, width: dock.width, height: Math.min(dock.height, Math.max(0, p.maxHeight)) });
  const covered = (p: DockPlacement) => avoid.reduce((sum, box) => sum + overlapArea(boxOf(p), box), 0);
  const free = (p: DockPlacement) => p.maxHeight > 0 && covered(p) === 0;
  const mostShown = (list: DockPlacement[]) => [...list].sort((a, b) => b.maxHeight - a.maxHeight)[0];
  const rightRoom = atRight.filter((p) => free(p) && p.maxHeight >= Math.min(dock.height, MIN_DOCK_HEIGHT));
  const usable = candidates.filter(free);
  return (
    rightRoom.find((p) => p.maxHeight >= dock.height) ??
    mostShown(rightRoom) ??
    usable.find((p) => p.maxHeight >= dock.height) ??
    mostShown(usable) ??
    [...candidates].sort((a, b) => covered(a) - covered(b))[0]!
  );
}

/** The area two boxes share, in square CSS pixels (0 when apart). */
export function overlapArea(a: Box, b: Box): number {
  const width = Math.min(rightOf(a), rightOf(b)) - Math.max(a.left, b.left);
  const height = Math.min(bottomOf(a), bottomOf(b)) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}
