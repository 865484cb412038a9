/**
 * Where a coaching card goes: beside the field, never over it, and never over the
 * field below it (the adviser types there next). Pure geometry, viewport
 * coordinates; the caller adds scroll offsets for its fixed layer.
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
}

const GAP = 8;

/**
 * @param field the host field (or its whole radio group)
 * @param card  the card's size
 * @param viewport the visible area
 * @param keepClear boxes the card must not cover if it can help it (the field's row, the next field)
 */
export function placeCard(field: Box, card: { width: number; height: number }, viewport: Box, keepClear: Box[] = []): Placement {
  const clampTop = (top: number) =>
    Math.max(viewport.top + GAP, Math.min(top, viewport.top + viewport.height - card.height - GAP));
  const clampLeft = (left: number) =>
    Math.max(viewport.left + GAP, Math.min(left, viewport.left + viewport.width - card.width - GAP));

  const candidates: Placement[] = [
    { side: 'right', left: field.left + field.width + GAP, top: clampTop(field.top) },
    { side: 'left', left: field.left - GAP - card.width, top: clampTop(field.top) },
    { side: 'above', left: clampLeft(field.left), top: field.top - GAP - card.height },
    { side: 'below', left: clampLeft(field.left), top: field.top + field.height + GAP },
  ];
  const fits = (p: Placement) =>
    p.left >= viewport.left &&
    p.top >= viewport.top &&
    p.left + card.width <= viewport.left + viewport.width &&
    p.top + card.height <= viewport.top + viewport.height;
  const covers = (p: Placement, box: Box) =>
    p.left < box.left + box.width && p.left + card.width > box.left && p.top < box.top + box.height && p.top + card.height > box.top;
  const clear = (p: Placement) => !covers(p, field) && keepClear.every((box) => !covers(p, box));

  return (
    candidates.find((p) => fits(p) && clear(p)) ??
    candidates.find((p) => fits(p) && !covers(p, field)) ??
    // Nowhere is free (tiny window): at least stay on screen, to the right.
    { side: 'right', left: clampLeft(field.left + field.width + GAP), top: clampTop(field.top) }
  );
}
