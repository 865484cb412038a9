/**
 * The practice summaries the adviser kept on this computer ("Keep on this computer"):
 * listed newest first with the date, the scenario and the goals met and missed, each
 * opened to read again or deleted on its own, or all deleted at once (confirmed once).
 * They go by themselves under the notes retention (utils/practice/practice-results.ts),
 * and with the notes panel's "Delete everything"; the list follows the database live. Keyboard: the list's buttons in
 * order; after a deletion the focus goes to the list's heading, never lost to the page.
 */
import { liveQuery } from 'dexie';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CompiledPack } from '../../rules/compiled-pack';
import type { NotesDatabase } from '../../utils/db/notes-db';
import { deleteAllPracticeResults, deletePracticeResult, listPracticeResults, type KeptPracticeSummary } from '../../utils/practice/practice-results';
import { t, tCount } from '../../utils/i18n';
import { SummarySteps } from './SummarySteps';

interface Props {
  db: NotesDatabase;
  /** The installed packs, to name a summary's follow-ups (a pack since removed: by their ids). */
  packs: readonly CompiledPack[];
}

export function KeptSummaries({ db, packs }: Props) {
  const [kept, setKept] = useState<KeptPracticeSummary[]>();
  const [failed, setFailed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const deleteAll = useRef<HTMLButtonElement>(null);

  const reload = () =>
    listPracticeResults(db).then(
      (list) => setKept(list),
      () => setFailed(true),
    );
  useEffect(() => {
    // Live: a summary kept in another tab, or all deleted by the notes' "Delete everything", shows here at once.
    const subscription = liveQuery(() => listPracticeResults(db)).subscribe({ next: setKept, error: () => setFailed(true) });
    return () => subscription.unsubscribe();
  }, [db]);
  useLayoutEffect(() => {
    // The safe choice first when the confirmation appears (the adviser asked for it).
    if (confirming) cancel.current?.focus();
  }, [confirming]);
  // Where the focus goes once the button the adviser pressed is taken away: moved in the same
  // render that takes it, so no moment is left with the focus on nothing (a key pressed then
  // would go to the page). The row of a deleted summary goes with whichever read of the list
  // is drawn first, the live one or ours.
  const focusNext = useRef<'heading' | 'delete-all' | null>(null);
  useLayoutEffect(() => {
    const target = focusNext.current === 'heading' ? heading.current : focusNext.current === 'delete-all' ? deleteAll.current : null;
    if (!target) return;
    focusNext.current = null;
    target.focus();
  }, [kept, confirming]);

  async function remove(record: KeptPracticeSummary) {
    focusNext.current = 'heading';
    try {
      await deletePracticeResult(db, record.id);
      setStatus(t('practiceKeptDeletedOne', [record.summary.scenarioTitle]));
    } catch {
      setFailed(true);
    }
    await reload();
  }

  async function removeAll() {
    focusNext.current = 'heading';
    try {
      const count = await deleteAllPracticeResults(db);
      setStatus(tCount('practiceKeptDeletedAll', count));
    } catch {
      setFailed(true);
    }
    setConfirming(false);
    await reload();
  }

  if (kept === undefined && !failed) return null;
  return (
    <section class="kept-summaries" aria-labelledby="kept-heading" data-testid="kept-summaries">
      <h2 id="kept-heading" tabIndex={-1} ref={heading}>
        {t('practiceKeptHeading')}
      </h2>
      <p class="muted">{t('practiceKeptHelp')}</p>
      {failed && <p role="alert">{t('practiceKeptFailed')}</p>}
      {kept && kept.length === 0 && <p data-testid="kept-none">{t('practiceKeptNone')}</p>}
      {kept && kept.length > 0 && (
        <>
          <ul class="kept-list">
            {kept.map((record) => {
              const { summary } = record;
              const when = new Date(summary.endedAt).toLocaleString();
              const pack = packs.find((p) => p.id === summary.packId);
              return (
                <li key={record.id} class="kept-item" data-testid="kept-summary" data-scenario-id={record.scenarioId}>
                  <details>
                    <summary>
                      <span data-testid="kept-date">{when}</span> · <span lang={summary.language} data-testid="kept-title">{summary.scenarioTitle}</span> ·{' '}
                      <span data-testid="kept-totals">
                        {tCount('practiceGoalsMet', summary.goalsMet)}, {tCount('practiceGoalsMissed', summary.goalsMissed)}
                      </span>
                    </summary>
                    <SummarySteps summary={summary} pack={pack} />
                    <p class="muted">{t('practiceKeptUntil', [new Date(record.expires).toLocaleDateString()])}</p>
                  </details>
                  <button
                    type="button"
                    data-testid="kept-delete"
                    aria-label={t('practiceKeptDeleteNamed', [summary.scenarioTitle, when])}
                    onClick={() => void remove(record)}
                  >
                    {t('practiceKeptDelete')}
                  </button>
                </li>
              );
            })}
          </ul>
          {confirming ? (
            <div role="group" aria-labelledby="kept-delete-all-question" class="confirm">
              <p id="kept-delete-all-question">{tCount('practiceKeptDeleteAllQuestion', kept.length)}</p>
              <button type="button" class="danger" data-testid="kept-delete-all-confirm" onClick={() => void removeAll()}>
                {t('practiceKeptDeleteAllConfirm')}
              </button>{' '}
              <button
                type="button"
                ref={cancel}
                onClick={() => {
                  // Back to the button that asked, as it is drawn again.
                  focusNext.current = 'delete-all';
                  setConfirming(false);
                }}
              >
                {t('practiceKeptCancel')}
              </button>
            </div>
          ) : (
            <button type="button" class="danger" ref={deleteAll} data-testid="kept-delete-all" onClick={() => setConfirming(true)}>
              {t('practiceKeptDeleteAll')}
            </button>
          )}
        </>
      )}
      <p role="status" data-testid="kept-status">
        {status}
      </p>
    </section>
  );
}
