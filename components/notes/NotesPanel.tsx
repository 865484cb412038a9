import { useEffect } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { CaptureBox } from './CaptureBox';
import { DeleteEverything } from './DeleteEverything';
import { ExportImport } from './ExportImport';
import { LockSetting } from './LockSetting';
import { NoteList } from './NoteList';
import { NoteSearch } from './NoteSearch';
import type { NotesController } from './notes-controller';
import { RetentionSetting } from './RetentionSetting';
import { StatusLine } from './StatusLine';
import { UnlockForm } from './UnlockForm';
import './notes.css';

/** Which case or interview the notes on screen belong to. */
function ContextLine({ controller }: { controller: NotesController }) {
  const target = controller.target.value;
  if (!target) return null;
  return (
    <p class="context" data-testid="notes-context" data-kind={target.kind}>
      {target.kind === 'case' ? t('notesContextCase') : t('notesContextInterview')}
      {target.kind === 'session' && (
        <>
          {' '}
          <button type="button" class="link" onClick={() => void controller.newInterview()}>
            {t('notesNewInterview')}
          </button>
        </>
      )}
    </p>
  );
}

/** The adviser's private notes beside the interview (side panel / sidebar). */
export function NotesPanel({ controller }: { controller: NotesController }) {
  useEffect(() => {
    // Any use of the panel keeps an open lock open a while longer.
    const activity = () => controller.noteActivity();
    document.addEventListener('keydown', activity, true);
    document.addEventListener('pointerdown', activity, true);
    return () => {
      document.removeEventListener('keydown', activity, true);
      document.removeEventListener('pointerdown', activity, true);
      controller.dispose();
    };
  }, [controller]);

  const locked = controller.lock.value === 'locked';
  return (
    <main class="notes-panel" aria-busy={!controller.ready.value}>
      <header>
        <h1>{t('sidepanelTitle')}</h1>
        <p class="muted">{t('sidepanelPrivacy')}</p>
        <ContextLine controller={controller} />
      </header>
      {controller.ready.value &&
        (locked ? (
          <UnlockForm controller={controller} />
        ) : controller.awaitingPassphrase.value ? (
          // Nothing may be stored in the clear: the note box waits for the passphrase the organisation requires.
          <p class="locked" data-testid="notes-await-passphrase">
            {t('notesAwaitPassphrase')}
          </p>
        ) : (
          <>
            <CaptureBox controller={controller} />
            <NoteSearch controller={controller} />
            {!controller.results.value && <NoteList controller={controller} />}
          </>
        ))}
      {controller.ready.value && (
        // Open when the organisation requires a passphrase and none is set yet: the form to set one is inside.
        <details class="settings" open={controller.passphraseRequired.value && controller.lock.value === 'off'}>
          <summary>{t('notesSettings')}</summary>
          <RetentionSetting controller={controller} />
          <LockSetting controller={controller} />
          <ExportImport controller={controller} />
          <DeleteEverything controller={controller} />
        </details>
      )}
      <StatusLine controller={controller} />
    </main>
  );
}
