import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Note } from '../../utils/notes/note';
import { t } from '../../utils/i18n';
import { formatDateTime, formatDay, pickTitle } from './format';
import type { NotesController } from './notes-controller';

interface Props {
  note: Note;
  controller: NotesController;
  /** In search results: say whether the note belongs to the case on screen. */
  showWhere?: boolean;
}

/** One note: its text (as text, never HTML), the item it is about, when it will be deleted, and its actions. */
export function NoteCard({ note, controller, showWhere = false }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const editBox = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const textId = `note-text-${note.id}`;
  // Set when the edit ends: back to where the keyboard user started, in the same render that
  // takes the edit box (which had the focus) away, so no key pressed meanwhile goes to the page.
  const backToEdit = useRef(false);
  useLayoutEffect(() => {
    if (editing !== null) editBox.current?.focus();
    else if (backToEdit.current) editButton.current?.focus();
    backToEdit.current = false;
  }, [editing !== null]);

  const stopEditing = () => {
    backToEdit.current = true;
    setEditing(null);
  };
  const here = controller.target.value?.caseKey === note.caseKey;

  return (
    <li class={note.pinned ? 'note pinned' : 'note'} data-testid="note" data-note-id={note.id}>
      {showWhere && (
        <p class="where">{here ? t('notesWhereHere') : note.caseKey.startsWith('c:') ? t('notesWhereOtherCase') : t('notesWhereOtherInterview')}</p>
      )}
      {note.pinned && <p class="pin-mark">{t('notesPinnedMark')}</p>}
      {note.link && (
        <p class="about" data-testid="note-about">
          {t('notesAbout', [pickTitle(note.link.title)])}
        </p>
      )}
      {editing === null ? (
        <p class="text" id={textId} data-testid="note-text">
          {note.text}
        </p>
      ) : (
        <>
          <label class="field-label" for={`edit-${note.id}`}>
            {t('notesEditLabel')}
          </label>
          <textarea
            id={`edit-${note.id}`}
            ref={editBox}
            data-testid="note-edit"
            rows={Math.min(10, editing.split('\n').length + 1)}
            value={editing}
            aria-describedby={`edit-hint-${note.id}`}
            onInput={(event) => {
              setEditing(event.currentTarget.value);
              controller.inputEdit(note, event.currentTarget.value);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                event.preventDefault();
                void controller.finishEdit(note, event.currentTarget.value).then(stopEditing);
              } else if (event.key === 'Escape') {
                event.preventDefault();
                void controller.cancelEdit(note.id, note.text).then(stopEditing);
              }
            }}
          />
          <p class="hint" id={`edit-hint-${note.id}`}>
            {t('notesEditHint')}
          </p>
        </>
      )}
      <p class="meta">
        {t('notesWritten', [formatDateTime(note.created)])}
        {note.updated !== note.created && <> · {t('notesEdited', [formatDateTime(note.updated)])}</>}
        {' · '}
        <span data-testid="note-expires">{t('notesDeletesOn', [formatDay(note.expires)])}</span>
      </p>
      <div class="actions">
        {editing === null ? (
          <button type="button" ref={editButton} aria-describedby={textId} onClick={() => setEditing(note.text)}>
            {t('notesEdit')}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => void controller.finishEdit(note, editing).then(stopEditing)}
          >
            {t('notesEditDone')}
          </button>
        )}
        <button type="button" aria-pressed={note.pinned} aria-describedby={textId} onClick={() => void controller.togglePin(note)}>
          {t('notesPin')}
        </button>
        <button type="button" class="danger-quiet" aria-describedby={textId} data-testid="note-delete" onClick={() => void controller.deleteNote(note)}>
          {t('notesDelete')}
        </button>
      </div>
    </li>
  );
}
