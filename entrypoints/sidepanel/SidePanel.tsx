import { useEffect, useMemo } from 'preact/hooks';
import { NotesController } from '../../components/notes/notes-controller';
import { NotesPanel } from '../../components/notes/NotesPanel';
import { notesDb } from '../../utils/db/notes-db';

/**
 * The adviser's private space beside the interview. Follows the active tab of its
 * window; `?tab=<id>` pins it to one tab (the panel opened as a page, as tests do).
 */
export function SidePanel() {
  const controller = useMemo(() => new NotesController(notesDb()), []);
  useEffect(() => {
    const tab = Number(new URLSearchParams(location.search).get('tab'));
    void controller.start(Number.isInteger(tab) && tab > 0 ? tab : undefined);
  }, [controller]);
  return <NotesPanel controller={controller} />;
}
