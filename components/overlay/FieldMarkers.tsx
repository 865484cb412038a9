import type { ControlMatch } from '../../utils/dom/match-fields';

interface Props {
  matches: readonly ControlMatch[];
}

/** What a field's marker sits beside: right of the last control; for an option, its own label ("No"). */
export function markerAnchor({ control, controls }: ControlMatch): Element {
  const last = controls[controls.length - 1] ?? control;
  const isOption = last instanceof HTMLInputElement && (last.type === 'radio' || last.type === 'checkbox');
  return (isOption && last.labels?.[0]) || last;
}

/**
 * A small dot beside each recognised question field: "coaching is available here".
 * Decorative: screen readers get the same from the coverage panel, without the noise.
 */
export function FieldMarkers({ matches }: Props) {
  return (
    <>
      {matches.map((match) => {
        const { itemId, control } = match;
        const box = markerAnchor(match).getBoundingClientRect();
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
