import { Component } from 'preact';
import { t } from '../../utils/i18n';
import type { Note } from '../../utils/notes/note';
import { NoteCard } from './NoteCard';
import type { NotesController } from './notes-controller';

/**
 * A card rendered again only when its note changed: a new note joins a list of
 * up to a thousand, and re-rendering every card on each Enter kept the panel
 * from taking the next keys. A card's own state and signals still update it.
 */
class NoteRow extends Component<{ note: Note; controller: NotesController }> {
  override shouldComponentUpdate(next: { note: Note; controller: NotesController }): boolean {
    return next.note !== this.props.note || next.controller !== this.props.controller;
  }

  override render() {
    return <NoteCard note={this.props.note} controller={this.props.controller} />;
  }
}

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
            <NoteRow key={note.id} note={note} controller={controller} />
          ))}
        </ul>
      )}
    </section>
  );
}
