import { markerBox, markerElement } from '../../utils/dom/field-box';
import type { ControlMatch } from '../../utils/dom/match-fields';

interface Props {
  matches: readonly ControlMatch[];
}

/** What a field's marker sits beside (followed to hide the marker when it is out of sight). */
export const markerAnchor = ({ control, controls }: ControlMatch): Element =>
  markerElement(controls.length ? controls : [control]) ?? control;

/**
 * A small dot beside each recognised question field: "coaching is available here".
 * Decorative: screen readers get the same from the coverage panel, without the noise.
 */
export function FieldMarkers({ matches }: Props) {
  return (
    <>
      {matches.map(({ itemId, control, controls }) => {
        const box = markerBox(controls.length ? controls : [control]);
        if (!box) return null;
        const view = control.ownerDocument.defaultView;
        const top = box.top + (view?.scrollY ?? 0) + box.height / 2 - 5;
        const left = box.right + (view?.scrollX ?? 0) + 4;
        return (
          <span
            key={itemId}
            class="marker"
            data-item-id={itemId}
            aria-hidden="true"
            style={{ top: `${top}px`, left: `${left}px` }}
          />
        );
      })}
    </>
  );
}
