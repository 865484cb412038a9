import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { download } from '../../../components/download';
import { notSavedText } from '../../../components/not-saved';
import { saysStorageIsFull } from '../../../utils/db/storage-health';
import type { CompiledPack } from '../../../rules/compiled-pack';
import { formatPath, type PackIssue } from '../../../rules/pack-issues';
import type { PackScenario, PracticeFile } from '../../../rules/pack-schema';
import type { PackTextFormat } from '../../../rules/parse-pack-text';
import { isPackFileText } from '../../../rules/check-practice-file';
import { checkPracticeForPack, loadPracticeFile } from '../../../rules/practice-file';
import { practiceFileText } from '../../../rules/practice-file-text';
import { t, tCount } from '../../../utils/i18n';
import {
  addImported,
  duplicateScenario,
  readTrainerScenarios,
  removeScenario,
  sameContent,
  sameIdConflicts,
  saveScenario,
  setAttached,
  takenIds,
  TRAINER_SCENARIOS_KEY,
  writeTrainerScenarios,
  type SameIdChoice,
  type TrainerScenario,
} from '../../../utils/practice/trainer-scenarios';
import { readInstalledPack } from '../../../rules/pack-store';
import { useInstalledPack, usePackLibrary } from '../use-pack-library';
import { clearEditorDraft, readEditorDraft, writeEditorDraft, type EditorDraft } from './editor-draft';
import { savedMeanwhile } from './saved-meanwhile';
import { ScenarioEditor } from './ScenarioEditor';
import './trainer.css';
import { useFocusAfterRender } from './focus-after-render';
import { checkScenarioForm, emptyScenarioForm, formToScenario, inputId, problemAt, scenarioToForm, withLanguages, type FieldProblem } from './scenario-form';
import { packOptions, packText, shownText, uiLanguage } from './trainer-words';

const packTitle = (pack: Pick<CompiledPack, 'title' | 'languages'>) => packText(pack, pack.title);

/**
 * The open form. `changedMeanwhile`: the saved scenario changed while the form, with changes
 * of the trainer's, was open (an import replaced it, or another tab saved it); until the
 * trainer chooses to show that version or keep their changes, Save does not store.
 * `followed`: the form was brought up to the version saved meanwhile (it held no changes).
 */
type Editing = Omit<EditorDraft, 'packId'>;

/** A refused practice file: why, and each problem with where it is. */
interface ImportRefusal {
  fileName: string;
  reason: string;
  problems: { path: string; text: string; line?: number; column?: number }[];
}

/** A practice file that fits its pack, held while the trainer says what to do with scenarios whose ids they already have. */
interface PendingImport {
  fileName: string;
  practice: PracticeFile;
  /** The installed pack it fits. */
  pack: CompiledPack;
  /** Titles of the trainer's scenarios with the same ids. */
  titles: string[];
}

const scenarioTitle = (scenario: PackScenario) => shownText(scenario.title).text || scenario.id;

/** The languages a new scenario is written in: the reader's, if the pack has it, else the pack's first. */
function startLanguages(pack: Pick<CompiledPack, 'languages'>): string[] {
  const base = uiLanguage().split('-')[0] ?? '';
  const mine = pack.languages.find((language) => language === uiLanguage() || language === base || (base === 'no' && language === 'nb'));
  return [mine ?? pack.languages[0] ?? 'en'];
}

/**
 * "Practice scenarios", for trainers: their own scenarios for an installed pack,
 * created and edited in a form with a live preview, duplicated, deleted (with
 * undo), exported and imported as practice files, and attached to the pack for
 * the practice page. The scenario being edited is kept as a draft until saved.
 */
export function TrainerEditor() {
  const view = usePackLibrary();
  const [list, setList] = useState<TrainerScenario[]>([]);
  const [packId, setPackId] = useState('');
  const [editing, setEditingState] = useState<Editing>();
  /** The form as last set (not as last drawn): a check made for a form since closed or replaced is dropped. */
  const editingNow = useRef<Editing | undefined>(undefined);
  const setEditing = (next: Editing | undefined) => {
    editingNow.current = next;
    setEditingState(next);
  };
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState('');
  /** What *Undo* beside the status does: bring back a deleted scenario, or reopen a form closed without saving. */
  const [undo, setUndo] = useState<() => Promise<void> | void>();
  const [refusal, setRefusal] = useState<ImportRefusal>();
  const [format, setFormat] = useState<PackTextFormat>('yaml');
  /** A checked practice file waiting for the trainer's answer: some of its scenarios have the id of one of theirs. */
  const [pending, setPending] = useState<PendingImport>();
  const fileInput = useRef<HTMLInputElement>(null);
  const focusAfterRender = useFocusAfterRender();

  useEffect(() => {
    const reload = () => void readTrainerScenarios().then(setList);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && TRAINER_SCENARIOS_KEY in changes) reload();
    };
    reload();
    void readEditorDraft().then((draft) => {
      if (!draft) return;
      setPackId(draft.packId);
      const { packId: _packId, ...editing } = draft;
      setEditing(editing);
      setStatus(t('trainerDraftRestored'));
    });
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  // Listed from the packs' summaries; only the chosen pack is read whole (checks and the form's preview need its items).
  const packs = view?.installed ?? [];
  const chosen = packs.find((p) => p.id === packId) ?? packs[0];
  const pack = useInstalledPack(chosen);
  useEffect(() => {
    if (chosen && chosen.id !== packId && !editing) setPackId(chosen.id);
  }, [chosen, packId, editing]);
  /** While the trainer's own save is stored, the list changes under the open form: that is no change made elsewhere. */
  const saving = useRef(false);
  // The saved scenario the form edits changed meanwhile (an import replaced it, or its undo, or another tab saved it).
  useEffect(() => {
    if (!editing?.replaces || !chosen || saving.current || editing !== editingNow.current) return;
    const meanwhile = savedMeanwhile(list, chosen.id, editing);
    if (meanwhile.kind === 'follow') {
      keep({ ...formOn(meanwhile.saved, editing.replaces), followed: true });
    } else if (meanwhile.kind === 'changed') {
      if (!editing.changedMeanwhile || !sameContent(editing.changedMeanwhile, meanwhile.saved)) keep({ ...editing, changedMeanwhile: meanwhile.saved, followed: false });
    } else if (editing.changedMeanwhile) {
      // Back as the form was opened on (the import undone): nothing left to choose.
      const { changedMeanwhile: _settled, ...rest } = editing;
      keep(rest);
    }
  }, [list, editing, chosen?.id]);

  if (!view) return null;
  const mine = chosen ? list.filter((entry) => entry.packId === chosen.id) : [];

  /** The chosen pack, compiled: as read, or read now if it is still on its way. */
  const compiledPack = async (): Promise<CompiledPack | undefined> => pack ?? (chosen && (await readInstalledPack(chosen.id)));

  function report(message: string, undoWith?: () => Promise<void> | void) {
    // A function in state must be wrapped, or Preact calls it as an updater.
    setUndo(() => undoWith);
    setStatus(message);
  }

  /**
   * Store the list, then show it. False when storage refused it (a full disk): the list
   * shown and stored stays as it was, and the status says why (`kept`: what is not lost).
   * `withList`: the changes shown in the same render as the new list (what is said, where
   * the focus goes): a render of its own would first take away the row that had the focus.
   */
  async function store(next: TrainerScenario[], kept = '', withList?: () => void): Promise<boolean> {
    try {
      await writeTrainerScenarios(next);
    } catch (error) {
      report(kept ? `${notSavedText(error)} ${kept}` : notSavedText(error));
      return false;
    }
    setList(next);
    withList?.();
    return true;
  }

  /** Show the form and keep it as the draft; when the draft cannot be kept (a full disk), the form still holds the text, and the status says to save before closing. */
  function keep(next: Editing) {
    setEditing(next);
    if (!chosen) return;
    writeEditorDraft({ packId: chosen.id, ...next }).catch((error: unknown) =>
      report(saysStorageIsFull(error) ? t('trainerDraftNotKept') : notSavedText(error)),
    );
  }

  function edit(next: Editing) {
    keep(next);
    // Once a save found problems, they follow the trainer's corrections.
    if (attempt > 0 && pack) setProblems(checkScenarioForm(next.form, pack, takenIds(list, pack.id, next.replaces)).problems);
  }

  /** A form on a saved scenario (`replaces`), as saved: what the form starts from and is compared with. */
  function formOn(scenario: PackScenario, replaces: string): Editing {
    const form = scenarioToForm(scenario, chosen!.languages);
    // A scenario saved before its languages last changed gets its picked options' labels in all of them.
    const shown = pack ? withLanguages(form, form.languages, packOptions(pack)) : form;
    return { form: shown, replaces, base: scenario, pristine: formToScenario(shown) };
  }

  function open(opened: Editing) {
    const next = pack ? { ...opened, form: withLanguages(opened.form, opened.form.languages, packOptions(pack)) } : opened;
    setProblems([]);
    setAttempt(0);
    setRefusal(undefined);
    keep(next);
    focusAfterRender(inputId('title', next.form.languages[0]));
  }

  /** Close the form; the focus goes to `focusId` in the render that takes the form (which had the focus) away. */
  async function close(focusId: string) {
    setEditing(undefined);
    setProblems([]);
    setAttempt(0);
    focusAfterRender(focusId);
    // A draft that cannot be removed (a full disk) only reopens the form once: nothing is lost either way.
    await clearEditorDraft().catch(() => undefined);
  }

  async function save() {
    const pack = await compiledPack();
    if (!editing || !pack) return;
    // Saved meanwhile in another version: the trainer says first whether theirs goes in its place.
    if (editing.changedMeanwhile) {
      focusAfterRender('trainer-meanwhile-show');
      return;
    }
    const checked = checkScenarioForm(editing.form, pack, takenIds(list, pack.id, editing.replaces));
    if (!checked.ok) {
      setProblems(checked.problems);
      setAttempt((n) => n + 1);
      return;
    }
    // Not stored: the form stays open with the trainer's text, and its draft is kept.
    saving.current = true;
    const stored = await store(saveScenario(list, pack.id, checked.scenario, Date.now(), editing.replaces), t('trainerTextKept'));
    saving.current = false;
    if (!stored) return;
    report(t('trainerSaved', scenarioTitle(checked.scenario)));
    await close(`trainer-edit-${checked.scenario.id}`);
  }

  async function duplicate(entry: TrainerScenario) {
    if (!chosen) return;
    const { list: next, copy } = duplicateScenario(list, chosen.id, entry.scenario.id, Date.now(), uiLanguage(), (await compiledPack())?.scenarios?.map((s) => s.title));
    if (!copy) return;
    if (!(await store(next))) return;
    report(t('trainerDuplicated', [scenarioTitle(entry.scenario), scenarioTitle(copy)]));
    open(formOn(copy, copy.id));
  }

  async function remove(entry: TrainerScenario) {
    const before = list;
    const restore = () =>
      void store(before, '', () => {
        report(t('trainerRestored'));
        focusAfterRender(`trainer-edit-${entry.scenario.id}`);
      });
    await store(removeScenario(list, entry.packId, entry.scenario.id), '', () => {
      report(t('trainerDeleted', scenarioTitle(entry.scenario)), restore);
      focusAfterRender('trainer-undo');
    });
  }

  /** The trainer drops their changes for the version saved meanwhile; Undo brings their form back. */
  function showSaved(mine: Editing) {
    if (!mine.changedMeanwhile || mine.replaces === undefined) return;
    keep(formOn(mine.changedMeanwhile, mine.replaces));
    setProblems([]);
    setAttempt(0);
    report(t('trainerMeanwhileShown'), () => {
      report('');
      keep(mine);
    });
    focusAfterRender('trainer-undo');
  }

  /** The trainer keeps their changes: saving them then puts them in place of the version saved meanwhile, as chosen. */
  function keepMine(mine: Editing) {
    if (!mine.changedMeanwhile) return;
    const { changedMeanwhile, ...rest } = mine;
    keep({ ...rest, base: changedMeanwhile });
    focusAfterRender(inputId('title', mine.form.languages[0]));
  }

  async function cancel(closed: Editing) {
    // Said before the form goes, so its Undo is on screen in that render, to take the focus.
    report(t('trainerClosedUnsaved'), () => {
      report('');
      open(closed);
    });
    await close('trainer-undo');
  }

  async function toggleAttached(entry: TrainerScenario) {
    const pack = await compiledPack();
    if (!pack) return;
    if (!entry.attached) {
      const issues = checkPracticeForPack({ format: 1, practice: pack.id, scenarios: [entry.scenario] }, pack);
      if (issues.length > 0) {
        report(t('trainerNotAttached', [scenarioTitle(entry.scenario), issues.map((issue) => t(problemAt(issue).message.key, problemAt(issue).message.subs)).join(' ')]));
        return;
      }
    }
    if (!(await store(setAttached(list, pack.id, entry.scenario.id, !entry.attached)))) return;
    report(t(entry.attached ? 'trainerDetached' : 'trainerAttached', [scenarioTitle(entry.scenario), packTitle(pack)]));
  }

  function exportEntry(entry: TrainerScenario) {
    const text = practiceFileText({ format: 1, practice: entry.packId, scenarios: [entry.scenario] }, format);
    download(text, format === 'json' ? 'application/json' : 'application/yaml', `${entry.scenario.id}.practice.${format === 'json' ? 'json' : 'yaml'}`);
    report(t('trainerExported', scenarioTitle(entry.scenario)));
  }

  function refuse(fileName: string, reason: string, issues: PackIssue[]) {
    report('');
    setRefusal({
      fileName,
      reason,
      problems: issues
        .map((issue) => {
          // Words for a file: what it must say at that place, not what to pick in the form.
          const problem = problemAt(issue, 'file');
          // The file as a whole has no path to show.
          const path = issue.path.length > 0 ? formatPath(issue.path) : '';
          return { path, text: t(problem.message.key, problem.message.subs), ...(issue.line !== undefined && { line: issue.line, column: issue.column ?? 1 }) };
        })
        // A reader that stumbles once often stumbles again on the next lines: the first place is the one to fix.
        .filter((problem, i, all) => all.findIndex((other) => other.path === problem.path && other.text === problem.text) === i),
    });
  }

  async function importFile() {
    const file = fileInput.current?.files?.[0];
    if (!file) return;
    setRefusal(undefined);
    setPending(undefined);
    try {
      const text = await file.text();
      if (isPackFileText(text, file.name)) return refuse(file.name, t('trainerImportIsPack', t('packsImport')), []);
      const loaded = loadPracticeFile(text, { fileName: file.name });
      if (!loaded.ok) return refuse(file.name, t('trainerImportUnreadable'), loaded.errors);
      const target = packs.some((p) => p.id === loaded.practice.practice) ? await readInstalledPack(loaded.practice.practice) : undefined;
      if (!target) return refuse(file.name, t('trainerImportNoPack', loaded.practice.practice), []);
      const issues = checkPracticeForPack(loaded.practice, target, loaded.locate);
      if (issues.length > 0) return refuse(file.name, t('trainerImportDoesNotFit', packTitle(target)), issues);
      const conflicts = sameIdConflicts(list, loaded.practice);
      // Same id, other content: the trainer decides whether it is a new version of theirs or another scenario.
      if (conflicts.length > 0) {
        setPending({ fileName: file.name, practice: loaded.practice, pack: target, titles: conflicts.map((e) => scenarioTitle(e.scenario)) });
        focusAfterRender('trainer-import-replace');
        return;
      }
      await takeIn(loaded.practice, 'keep-both', target, false);
    } finally {
      // The same file can be picked again once it is fixed.
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  /**
   * Add (or, as chosen, put in place of the trainer's) a checked file's scenarios, and say what happened; a replacement can be undone.
   * `asked`: chosen with the same-id question's buttons, which go with it: focus must land somewhere.
   */
  async function takeIn(practice: PracticeFile, choice: SameIdChoice, target: CompiledPack, asked: boolean) {
    const before = list;
    const title = packTitle(target);
    // The pack's own scenarios are listed beside the trainer's on the practice page: their titles count too.
    const outcome = addImported(list, practice, Date.now(), choice, uiLanguage(), target.scenarios?.map((s) => s.title));
    const said = [
      outcome.added.length > 0 && tCount('trainerImported', outcome.added.length, [String(outcome.added.length), title]),
      outcome.replaced.length > 0 && tCount('trainerImportReplaced', outcome.replaced.length, [String(outcome.replaced.length)]),
      outcome.unchanged.length > 0 && tCount('trainerImportUnchanged', outcome.unchanged.length, [String(outcome.unchanged.length)]),
    ].filter(Boolean);
    const undoReplace = async () => {
      if (await store(before)) report(t('trainerRestored'));
    };
    // The question (whose button had the focus) goes in the render that shows the outcome and its Undo.
    const stored = await store(outcome.list, '', () => {
      setPending(undefined);
      setPackId(practice.practice);
      report(said.join(' '), outcome.replaced.length > 0 ? undoReplace : undefined);
      if (outcome.replaced.length > 0) focusAfterRender('trainer-undo');
      else if (asked) focusAfterRender(outcome.added[0] !== undefined ? `trainer-edit-${outcome.added[0]}` : 'trainer-import');
    });
    if (!stored) setPending(undefined);
  }

  return (
    <section aria-labelledby="trainer-heading" class="trainer">
      <h2 id="trainer-heading">{t('trainerHeading')}</h2>
      <p>{t('trainerIntro')}</p>
      {packs.length === 0 ? (
        <p>{t('trainerNoPacks')}</p>
      ) : (
        <>
          <p class="field">
            <label for="trainer-pack">{t('trainerPack')}</label>{' '}
            <select id="trainer-pack" value={chosen?.id} disabled={editing !== undefined} onChange={(e) => setPackId(e.currentTarget.value)}>
              {packs.map((p) => (
                <option key={p.id} value={p.id}>
                  {packTitle(p)}
                </option>
              ))}
            </select>
          </p>
          {mine.length === 0 && <p class="muted">{t('trainerNone')}</p>}
          <ul class="trainer-scenarios" data-testid="trainer-scenarios">
            {mine.map((entry) => {
              const id = entry.scenario.id;
              const title = scenarioTitle(entry.scenario);
              // One form at a time, so a form with unsaved text is never replaced by another.
              const busy = editing !== undefined;
              const isEdited = editing?.replaces === id;
              return (
                <li class="trainer-scenario" key={id} data-scenario-id={id} aria-labelledby={`trainer-scenario-${id}`}>
                  <h4 id={`trainer-scenario-${id}`}>
                    <span lang={shownText(entry.scenario.title).lang}>{title}</span>{' '}
                    {entry.attached && <span class="badge" data-testid="trainer-attached">{t('trainerAttachedBadge')}</span>}
                  </h4>
                  <p class="muted">
                    {tCount('trainerStepCount', entry.scenario.steps.length)} · {entry.scenario.persona.name} · <code>{id}</code>
                  </p>
                  <div class="pack-actions">
                    <button type="button" id={`trainer-edit-${id}`} disabled={busy} aria-label={t('trainerEditNamed', title)} onClick={() => open(formOn(entry.scenario, id))}>
                      {t('trainerEdit')}
                    </button>
                    <button type="button" disabled={busy} aria-label={t('trainerDuplicateNamed', title)} onClick={() => void duplicate(entry)}>
                      {t('trainerDuplicate')}
                    </button>
                    <button type="button" aria-label={t('trainerExportNamed', title)} onClick={() => exportEntry(entry)}>
                      {t('trainerExport')}
                    </button>
                    <button type="button" aria-label={t(entry.attached ? 'trainerDetachNamed' : 'trainerAttachNamed', title)} onClick={() => void toggleAttached(entry)}>
                      {t(entry.attached ? 'trainerDetach' : 'trainerAttach')}
                    </button>
                    <button type="button" disabled={isEdited} aria-label={t('trainerDeleteNamed', title)} onClick={() => void remove(entry)}>
                      {t('trainerDelete')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
          <p role="status" class="status" data-testid="trainer-status">
            {status}
            {undo && status && (
              <>
                {' '}
                <button type="button" id="trainer-undo" onClick={() => void undo()}>
                  {t('trainerUndo')}
                </button>
              </>
            )}
          </p>
          <div class="pack-actions">
            <button type="button" id="trainer-new" disabled={editing !== undefined} onClick={() => chosen && open({ form: emptyScenarioForm(startLanguages(chosen)) })}>
              {t('trainerNew')}
            </button>
            <label for="trainer-format">{t('trainerFormat')}</label>
            <select id="trainer-format" value={format} onChange={(e) => setFormat(e.currentTarget.value as PackTextFormat)}>
              <option value="yaml">YAML</option>
              <option value="json">JSON</option>
            </select>
          </div>
          <p class="field">
            <label for="trainer-import">{t('trainerImport')}</label>{' '}
            <input ref={fileInput} id="trainer-import" type="file" accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml" onChange={() => void importFile()} />
          </p>
          {pending && (
            <div class="import-question" role="group" aria-labelledby="trainer-import-question" data-testid="trainer-import-question">
              <p id="trainer-import-question">{tCount('trainerImportSameId', pending.titles.length, [pending.fileName, pending.titles.join('; ')])}</p>
              <div class="pack-actions">
                <button type="button" id="trainer-import-replace" onClick={() => void takeIn(pending.practice, 'replace', pending.pack, true)}>
                  {t('trainerImportReplace')}
                </button>
                <button type="button" onClick={() => void takeIn(pending.practice, 'keep-both', pending.pack, true)}>
                  {t('trainerImportKeepBoth')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setPending(undefined);
                    report(t('trainerImportRefused', pending.fileName));
                    focusAfterRender('trainer-import');
                  }}
                >
                  {t('trainerImportCancel')}
                </button>
              </div>
            </div>
          )}
          {refusal && (
            <div class="refusal" role="alert" data-testid="trainer-import-errors">
              <p>{t('trainerImportRefused', refusal.fileName)}</p>
              <p>{refusal.reason}</p>
              {refusal.problems.length > 0 && (
                <ul>
                  {refusal.problems.map((problem, i) => (
                    <li key={i}>
                      {problem.path && <><code>{problem.path}</code>: </>}{problem.text}
                      {problem.line !== undefined && <span class="muted"> ({t('packsLine', [String(problem.line), String(problem.column ?? 1)])})</span>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          {editing && pack && (
            <ScenarioEditor
              pack={pack}
              form={editing.form}
              problems={problems}
              attempt={attempt}
              isNew={editing.replaces === undefined}
              {...(editing.changedMeanwhile && { changedMeanwhile: scenarioTitle(editing.changedMeanwhile) })}
              followed={editing.followed === true}
              onShowSaved={() => showSaved(editing)}
              onKeepMine={() => keepMine(editing)}
              onChange={(form) => edit({ ...editing, form })}
              onSave={() => void save()}
              onCancel={() => void cancel(editing)}
              focusAfterRender={focusAfterRender}
            />
          )}
        </>
      )}
    </section>
  );
}
