import type { ControlMatch } from '../../rules/match-controls';
import { t } from '../../utils/i18n';

interface Props {
  matches: ControlMatch[];
}

/** A small dot beside each recognised question field: "coaching is available here". */
export function FieldMarkers({ matches }: Props) {
  return (
    <>
      {matches.map(({ itemId, control, matchedText }) => {
        const box = control.getBoundingClientRect();
        const view = control.ownerDocument.defaultView;
        const top = box.top + (view?.scrollY ?? 0) + box.height / 2 - 7;
        const left = box.right + (view?.scrollX ?? 0) + 4;
        return (
          <span
            key={itemId}
            class="marker"
            data-item-id={itemId}
            role="img"
            aria-label={t('markerLabel', matchedText)}
            style={{ top: `${top}px`, left: `${left}px` }}
          />
        );
      })}
    </>
  );
}
