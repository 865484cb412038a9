import { markerBox, markerElement } from '../../utils/dom/field-box';
import type { ControlMatch } from '../../utils/dom/match-fields';
import { renderCounts } from './render-count';

/** Where one found field's marker is drawn: document coordinates (px) of its top-left corner. */
export interface MarkerSpot {
  itemId: string;
  top: number;
  left: number;
}

/** What a field's marker sits beside (followed to hide the marker when it is out of sight). */
export const markerAnchor = ({ control, controls }: ControlMatch): Element =>
  markerElement(controls.length ? controls : [control]) ?? control;

/** The markers of `matches`, beside each one's box (none for a field with no box: not laid out). */
export function markerSpots(matches: readonly ControlMatch[]): MarkerSpot[] {
  return matches.flatMap(({ itemId, control, controls }) => {
    const box = markerBox(controls.length ? controls : [control]);
    if (!box) return [];
    const view = control.ownerDocument.defaultView;
    return [{ itemId, top: box.top + (view?.scrollY ?? 0) + box.height / 2 - 5, left: box.right + (view?.scrollX ?? 0) + 4 }];
  });
}

/** Whether two lists of markers draw the same: a page that re-rendered its form the same way needs no new render. */
export const sameSpots = (a: readonly MarkerSpot[], b: readonly MarkerSpot[]): boolean =>
  a.length === b.length && a.every((spot, i) => spot.itemId === b[i]!.itemId && spot.top === b[i]!.top && spot.left === b[i]!.left);

/**
 * A small dot beside each recognised question field: "coaching is available here".
 * Decorative: screen readers get the same from the coverage panel, without the noise.
 */
export function FieldMarkers({ spots }: { spots: readonly MarkerSpot[] }) {
  renderCounts.markers++;
  return (
    <>
      {spots.map(({ itemId, top, left }) => (
        <span key={itemId} class="marker" data-item-id={itemId} aria-hidden="true" style={{ top: `${top}px`, left: `${left}px` }} />
      ))}
    </>
  );
}
