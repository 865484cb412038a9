import { t } from '../../utils/i18n';
import { NoteCard } from './NoteCard';
import type { NotesController } from './notes-controller';

/** The notes of the case (or interview) on screen: pinned first, then the newest. */
export function NoteList({ controller }: { controller: NotesController }) {
  const notes = controller.notes.value;
  const isCase = controller.target.value?.kind === 'case';
  return (
    <section class="note-list-section" aria-labelledby="notes-heading">
      <h2 id="notes-heading">
        {isCase ? t('notesHeadingCase') : t('notesHeadingInterview')} <span class="count">({notes.length})</span>
      </h2>
      {notes.length === 0 ? (
        <p class="muted">{t('notesEmpty')}</p>
      ) : (
        <ul class="note-list" data-testid="note-list">
          {notes.map((note) => (
            <NoteCard key={note.id} note={note} controller={controller} />
          ))}
        </ul>
      )}
    </section>
  );
}
