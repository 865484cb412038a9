import { t } from '../../utils/i18n';
import { NoteCard } from './NoteCard';
import type { NotesController } from './notes-controller';

/** Search across all notes by the start of words. */
export function NoteSearch({ controller }: { controller: NotesController }) {
  const results = controller.results.value;
  const lockOpen = controller.lock.value === 'open';
  return (
    <section class="search" role="search" aria-labelledby="notes-search-label">
      <label id="notes-search-label" for="notes-search" class="field-label">
        {t('notesSearchLabel')}
      </label>
      <input
        id="notes-search"
        type="search"
        data-testid="notes-search"
        autocomplete="off"
        value={controller.query.value}
        aria-describedby="notes-search-hint"
        onInput={(event) => void controller.search(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && controller.query.value !== '') {
            event.preventDefault();
            void controller.search('');
          }
        }}
      />
      <p id="notes-search-hint" class="hint">
        {lockOpen ? t('notesSearchHintLocked') : t('notesSearchHint')}
      </p>
      {controller.indexing.value && <p class="muted">{t('notesSearchIndexing')}</p>}
      {results && (
        <>
          <p class="count" data-testid="notes-search-count">
            {results.total === 0
              ? t('notesSearchNone')
              : results.total === undefined
                ? t('notesSearchMany', [String(results.notes.length)])
                : results.total > results.notes.length
                  ? t('notesSearchSome', [String(results.notes.length), String(results.total)])
                  : t('notesSearchAll', [String(results.total)])}
          </p>
          <ul class="note-list" data-testid="notes-search-results" aria-label={t('notesSearchResults')}>
            {results.notes.map((note) => (
              <NoteCard key={note.id} note={note} controller={controller} showWhere />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
