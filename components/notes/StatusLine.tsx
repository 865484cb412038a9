import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { NotesController } from './notes-controller';

/**
 * Announces "saved", "deleted" and the like (a polite live region, present from
 * the start so screen readers pick up changes) and offers undo after a delete.
 */
export function StatusLine({ controller }: { controller: NotesController }) {
  const status = controller.status.value;
  const undoButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    // The deleted note's buttons are gone: the keyboard lands on Undo, not on the page top.
    if (status?.undo) undoButton.current?.focus();
  }, [status]);
  return (
    <div class={status?.kind === 'error' ? 'status-bar error' : 'status-bar'}>
      <p role="status" data-testid="notes-status">
        {status ? t(status.key, status.substitutions) : ''}
      </p>
      {status?.undo && (
        <button type="button" ref={undoButton} data-testid="notes-undo" onClick={() => void controller.undoDelete()}>
          {t('notesUndo')}
        </button>
      )}
    </div>
  );
}
