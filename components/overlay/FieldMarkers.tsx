import type { ControlMatch } from '../../utils/dom/match-fields';

interface Props {
  matches: readonly ControlMatch[];
}

/**
 * A small dot beside each recognised question field: "coaching is available here".
 * Decorative: screen readers get the same from the coverage panel, without the noise.
 */
export function FieldMarkers({ matches }: Props) {
  return (
    <>
      {matches.map(({ itemId, control, controls }) => {
        // Right of the last control; for an option, past its own label ("No"), not on it.
        const last = controls[controls.length - 1] ?? control;
        const isOption = last instanceof HTMLInputElement && (last.type === 'radio' || last.type === 'checkbox');
        const box = ((isOption && last.labels?.[0]) || last).getBoundingClientRect();
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
