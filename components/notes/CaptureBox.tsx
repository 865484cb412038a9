import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { pickTitle } from './format';
import type { NotesController } from './notes-controller';

/**
 * Quick capture: Enter saves, Shift+Enter adds a line. What is typed is saved as
 * a draft while typing, so closing the panel loses nothing.
 */
export function CaptureBox({ controller }: { controller: NotesController }) {
  const box = useRef<HTMLTextAreaElement>(null);
  const focusRequests = controller.focusCapture.value;
  useLayoutEffect(() => {
    if (focusRequests > 0) box.current?.focus();
  }, [focusRequests]);

  const focus = controller.focus.value;
  const text = controller.draftText.value;
  const save = (inBox?: string) => void controller.saveNote(inBox).then(() => box.current?.focus());

  return (
    <section class="capture" aria-labelledby="note-input-label">
      <label id="note-input-label" for="note-input" class="field-label">
        {t('notesNewNote')}
      </label>
      <textarea
        id="note-input"
        ref={box}
        data-testid="note-input"
        rows={3}
        value={text}
        aria-describedby="note-input-hint"
        onInput={(event) => controller.inputDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Not while an input method is composing a character (Enter confirms it there).
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            // The note is what the box holds now, and the box empties now: a key typed
            // before the next render starts the next note instead of joining this one.
            const inBox = event.currentTarget.value;
            if (inBox.trim() !== '') event.currentTarget.value = '';
            save(inBox);
          }
        }}
      />
      <p id="note-input-hint" class="hint">
        {t('notesCaptureHint')}
      </p>
      {focus && (
        <label class="link-toggle">
          <input
            type="checkbox"
            data-testid="note-link-toggle"
            checked={controller.linkToItem.value}
            onChange={(event) => controller.setLinkToItem(event.currentTarget.checked)}
          />{' '}
          {t('notesLinkToItem', [pickTitle(focus.title)])}
        </label>
      )}
      <button type="button" class="primary" disabled={text.trim() === ''} onClick={() => save()}>
        {t('notesSave')}
      </button>
    </section>
  );
}
