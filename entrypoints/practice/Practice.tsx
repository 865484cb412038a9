/**
 * The practice page: choose an installed pack and one of its scenarios, then
 * rehearse on a simulated form with the live coach running on it (the content
 * script's own session code, entrypoints/content/session.ts, with a page-local
 * interview: practice-link.ts). The adviser says each turn in the turn box; the
 * simulated client answers from the script; the adviser enters the answer in the
 * form; cards and follow-ups come as they would live. Feedback sits beside each
 * turn; the summary comes at the end. "New trainee" starts everything afresh.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CompiledPack, CompiledScenario } from '../../rules/compiled-pack';
import { pickText } from '../../rules/localized-text';
import { playTurn, startRun, summarizeRun, type PracticeRun, type PracticeSummary } from '../../rules/practice-run';
import { readEnabledPacks } from '../../rules/pack-store';
import { withCurrentSecondNet } from '../../rules/pack-second-net';
import { SimulatedForm } from '../../components/practice/SimulatedForm';
import { SummaryView } from '../../components/practice/SummaryView';
import { KeptSummaries } from '../../components/practice/KeptSummaries';
import { TurnLog } from '../../components/practice/TurnLog';
import { download, summaryJson, summaryMarkdown } from '../../components/practice/summary-export';
import { notesDb } from '../../utils/db/notes-db';
import { storageIsFull } from '../../utils/db/storage-health';
import { interfaceLanguage, t } from '../../utils/i18n';
import { messagesIn, type Translate } from '../../utils/messages-in-language';
import { compilePracticeScenarios } from '../../rules/practice-file';
import { readAttachedPractice, TRAINER_SCENARIOS_KEY } from '../../utils/practice/trainer-scenarios';
import { keepPracticeSummary } from '../../utils/practice/practice-results';
import { browser } from 'wxt/browser';
import { startSession, type Session } from '../content/session';
import { createPracticeLink, type PracticeLink } from './practice-link';

/** Alt+Shift+ this key (by `KeyboardEvent.code`, any keyboard layout): between the turn box and the form. */
const GO_KEY_CODE = 'KeyG';

interface Choice {
  pack: CompiledPack;
  scenario: CompiledScenario;
  language: string;
  /** The interface strings in the session's language, for the simulated form (one language per screen). */
  formWords: Translate;
}

/**
 * What the trainee needs in sight while the coach's card or a waiting follow-up shows: the
 * turn box with its buttons, the client's last reply (what to enter in the form) and the
 * session's buttons. The coach places its card and dock clear of these (entrypoints/content/coach-link.ts).
 */
function partsToKeepClear(): Element[] {
  return [...document.querySelectorAll('.turn-box, .turn-log > .turn:last-child, .session-header .actions')];
}

/** The session's language: the interface's when the pack has it (one language per screen), else the client's, else the pack's first. */
function defaultLanguage(pack: CompiledPack, scenario: CompiledScenario | undefined): string {
  const ui = interfaceLanguage().toLowerCase().split('-')[0] ?? 'en';
  const has = (code: string | undefined) => code !== undefined && pack.languages.includes(code);
  if (has(ui)) return ui;
  if (ui === 'no' && has('nb')) return 'nb';
  return has(scenario?.persona.language) ? scenario!.persona.language : (pack.languages[0] ?? 'en');
}

export function Practice() {
  const [packs, setPacks] = useState<CompiledPack[]>();
  /** The scenarios trainers attached to each pack in the trainer editor, by pack id. */
  const [attached, setAttached] = useState<Record<string, CompiledScenario[]>>({});
  const [choice, setChoice] = useState<Choice>();
  /** Back from a session with "choose again": the chooser takes the focus the session's button had. */
  const [chosenBefore, setChosenBefore] = useState(false);

  // Kept in step with storage: on first run the background installs the built-in packs while this page
  // opens, and a trainer may attach scenarios in the settings page meanwhile.
  useEffect(() => {
    const reload = async () => {
      // A pack stored by an earlier version answers with this version's second net, as on a case page.
      const enabled = (await readEnabledPacks()).map((pack) => withCurrentSecondNet(pack));
      const byPack: Record<string, CompiledScenario[]> = {};
      for (const pack of enabled) {
        const { practice } = await readAttachedPractice(pack);
        if (practice) byPack[pack.id] = compilePracticeScenarios(practice, pack.languages);
      }
      setAttached(byPack);
      setPacks(enabled);
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((key) => key.startsWith('packs:') || key === TRAINER_SCENARIOS_KEY)) void reload();
    };
    void reload();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  return (
    <main class="practice">
      <h1>{t('practiceTitle')}</h1>
      {packs === undefined ? null : choice ? (
        <PracticeSession
          choice={choice}
          onChooseAgain={() => {
            setChosenBefore(true);
            setChoice(undefined);
          }}
        />
      ) : (
        <>
          <ScenarioChooser packs={packs} attached={attached} onStart={setChoice} takeFocus={chosenBefore} />
          <KeptSummaries db={notesDb()} packs={packs} />
        </>
      )}
    </main>
  );
}

/** A scenario on offer: the pack's own, or one a trainer attached to it. */
interface Offered {
  key: string;
  scenario: CompiledScenario;
  fromTrainer: boolean;
}

function offeredFor(pack: CompiledPack, attached: Record<string, CompiledScenario[]>): Offered[] {
  return [
    ...(pack.scenarios ?? []).map((scenario) => ({ key: scenario.id, scenario, fromTrainer: false })),
    ...(attached[pack.id] ?? []).map((scenario) => ({ key: `trainer:${scenario.id}`, scenario, fromTrainer: true })),
  ];
}

function ScenarioChooser({ packs: installed, attached, onStart, takeFocus }: { packs: CompiledPack[]; attached: Record<string, CompiledScenario[]>; onStart(choice: Choice): void; takeFocus: boolean }) {
  const scenarioSelect = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => {
    if (takeFocus) scenarioSelect.current?.focus();
  }, []);
  const asked = new URLSearchParams(location.search);
  const ui = [interfaceLanguage(), 'en'];
  const packs = installed.filter((p) => offeredFor(p, attached).length > 0);
  // Packs may arrive after the first render (first run): the choice falls back to what is there.
  const [packId, setPackId] = useState(asked.get('pack') ?? '');
  const pack = packs.find((p) => p.id === packId) ?? packs[0];
  const offered = pack ? offeredFor(pack, attached) : [];
  const [scenarioKey, setScenarioKey] = useState(asked.get('scenario') ?? '');
  const chosen = offered.find((o) => o.key === scenarioKey) ?? offered[0];
  const scenario = chosen?.scenario;
  const [language, setLanguage] = useState('');
  const sessionLanguage = pack && pack.languages.includes(language) ? language : pack ? defaultLanguage(pack, scenario) : 'en';
  return (
    <form
      class="chooser"
      onSubmit={(event) => {
        event.preventDefault();
        if (pack && scenario) void messagesIn(sessionLanguage).then((formWords) => onStart({ pack, scenario, language: sessionLanguage, formWords }));
      }}
    >
      <p>{t('practiceIntro')}</p>
      {packs.length === 0 ? (
        <p data-testid="no-scenarios">{t('practiceNoScenarios')}</p>
      ) : (
        <>
          <label for="practice-pack">{t('practicePackLabel')}</label>
          <select id="practice-pack" value={pack?.id} onChange={(event) => setPackId(event.currentTarget.value)}>
            {packs.map((p) => (
              <option key={p.id} value={p.id}>
                {pickText(p.title, ui)} ({p.version})
              </option>
            ))}
          </select>
          <label for="practice-scenario">{t('practiceScenarioLabel')}</label>
          <select id="practice-scenario" ref={scenarioSelect} value={chosen?.key} onChange={(event) => setScenarioKey(event.currentTarget.value)}>
            {offered.map((o) => (
              <option key={o.key} value={o.key}>
                {o.fromTrainer ? t('practiceScenarioFromTrainer', [pickText(o.scenario.title, ui)]) : pickText(o.scenario.title, ui)}
              </option>
            ))}
          </select>
          <label for="practice-language">{t('practiceLanguageLabel')}</label>
          <select id="practice-language" value={sessionLanguage} onChange={(event) => setLanguage(event.currentTarget.value)}>
            {pack?.languages.map((code) => (
              <option key={code} value={code}>
                {t(`practiceLanguage_${code}`) === `practiceLanguage_${code}` ? code : t(`practiceLanguage_${code}`)}
              </option>
            ))}
          </select>
          <p class="actions">
            <button type="submit" class="primary">
              {t('practiceStart')}
            </button>
          </p>
        </>
      )}
    </form>
  );
}

interface RunState {
  /** Changes with each new trainee: the form is rebuilt and the coach restarted. */
  key: number;
  link: PracticeLink;
  run: PracticeRun;
}

function PracticeSession({ choice, onChooseAgain }: { choice: Choice; onChooseAgain(): void }) {
  const { pack, scenario, language, formWords } = choice;
  const text = (value: Record<string, string> | undefined) => pickText(value, [language, ...pack.languages]);
  const fresh = (key: number): RunState => ({ key, link: createPracticeLink(pack.id, language, partsToKeepClear), run: startRun(pack, scenario, language, Date.now()) });
  const [state, setState] = useState<RunState>(() => fresh(1));
  const [summary, setSummary] = useState<PracticeSummary>();
  const [keptUntil, setKeptUntil] = useState<number>();
  const [keepError, setKeepError] = useState<'disk-full' | 'unavailable'>();
  const [draft, setDraft] = useState('');
  const [about, setAbout] = useState(scenario.steps[0]?.itemId ?? '');
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const sessionHeading = useRef<HTMLHeadingElement>(null);
  const turnBox = useRef<HTMLTextAreaElement>(null);
  /** The form control the adviser was last in: where "go to the form" takes them back. */
  const lastField = useRef<HTMLElement | null>(null);
  /** `about` as last drawn, for the key listener (registered once, so never one render behind). */
  const aboutNow = useRef(about);
  aboutNow.current = about;

  /** The control of the question the turn is about: the one the adviser was last in, else its first (a chosen option first). */
  function practisedField(): HTMLElement | null {
    const last = lastField.current;
    const itemId = aboutNow.current;
    if (last?.isConnected && last.closest<HTMLElement>('[data-item-id]')?.dataset.itemId === itemId) return last;
    const row = document.querySelector(`.simulated-form [data-item-id="${CSS.escape(itemId)}"]`);
    return row?.querySelector<HTMLElement>('input:checked, input, select, textarea') ?? null;
  }

  function goToForm() {
    const field = practisedField();
    field?.scrollIntoView({ block: 'center' });
    field?.focus({ preventScroll: true });
  }

  // Alt+Shift+G: between the turn box and the form field being practised, both ways (the
  // adviser's own key press; nothing else moves the focus). The coach's keys are Alt+Shift+C/N/W/F/L.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.code !== GO_KEY_CODE || !event.isTrusted) return;
      event.preventDefault();
      if (document.activeElement === turnBox.current) goToForm();
      else turnBox.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The coach on this page's form, the same session code as on a case system's page.
  useEffect(() => {
    let session: Session | undefined;
    let stopped = false;
    void startSession(pack, () => {}, state.link).then((started) => {
      if (stopped) started.stop();
      else session = started;
    });
    return () => {
      stopped = true;
      session?.stop();
    };
  }, [state.key]);

  // Started from the chooser, whose button is gone: focus on the scenario's title, from where the persona,
  // the conversation and the form follow in reading and Tab order.
  useLayoutEffect(() => sessionHeading.current?.focus(), []);

  useLayoutEffect(() => {
    if (summary) summaryHeading.current?.focus();
  }, [summary]);

  // Each change of the page (a turn added, the client's reply, the summary) may move the parts
  // the coach keeps clear of.
  useLayoutEffect(() => state.link.partsChanged());

  function newTrainee() {
    setState((previous) => fresh(previous.key + 1));
    setSummary(undefined);
    setKeptUntil(undefined);
    setKeepError(undefined);
    setDraft('');
    setAbout(scenario.steps[0]?.itemId ?? '');
  }

  function say() {
    const words = draft.trim();
    if (!words || !about) return;
    setState((previous) => {
      const run = playTurn(previous.run, pack, scenario, about, words, previous.link.session().followUps, Date.now());
      return { ...previous, run };
    });
    setDraft('');
  }

  function end() {
    setSummary(summarizeRun(state.run, pack, scenario, state.link.session().followUps, Date.now()));
  }

  async function keep() {
    if (!summary) return;
    try {
      const record = await keepPracticeSummary(notesDb(), summary);
      setKeptUntil(record.expires);
    } catch (error) {
      setKeepError((await storageIsFull(notesDb(), error)) ? 'disk-full' : 'unavailable');
    }
  }

  function exportSummary(format: 'markdown' | 'json') {
    if (!summary) return;
    const base = `practice-${summary.scenarioId}-${new Date(summary.endedAt).toISOString().slice(0, 10)}`;
    if (format === 'markdown') download(`${base}.md`, summaryMarkdown(summary, pack), 'text/markdown');
    else download(`${base}.json`, summaryJson(summary), 'application/json');
  }

  const persona = scenario.persona;
  const inScenario = new Set(scenario.steps.map((step) => step.itemId));
  /** The form's other questions, in the form's order: a turn may be about any of them. */
  const offScript = pack.sections.flatMap((section) => section.itemIds).filter((id) => !inScenario.has(id))
    .flatMap((id) => pack.items.filter((item) => item.id === id));
  return (
    <div class="practice-session">
      <header class="session-header">
        <h2 lang={language} tabIndex={-1} ref={sessionHeading}>
          {text(scenario.title)}
        </h2>
        <p class="actions">
          <button type="button" onClick={newTrainee} data-testid="new-trainee">
            {t('practiceNewTrainee')}
          </button>{' '}
          <button type="button" onClick={onChooseAgain}>
            {t('practiceChooseAgain')}
          </button>
        </p>
      </header>
      <div class="practice-columns">
        <div class="practice-talk-column">
          <section class="persona" aria-labelledby="persona-heading">
            <h2 id="persona-heading">{t('practicePersonaHeading', [persona.name])}</h2>
            <dl>
              <dt>{t('practiceSituation')}</dt>
              <dd lang={language}>{text(persona.situation)}</dd>
              <dt>{t('practiceWants')}</dt>
              <dd lang={language}>{text(persona.wants)}</dd>
              <dt>{t('practiceInterpreter')}</dt>
              <dd>{t(`practiceInterpreter_${persona.interpreter.replace('-', '_')}`)}</dd>
            </dl>
          </section>
          <section aria-labelledby="conversation-heading">
            <h2 id="conversation-heading">{t('practiceConversation')}</h2>
            <TurnLog pack={pack} scenario={scenario} language={language} turns={state.run.turns} />
            {!summary && (
              <form
                class="turn-box"
                onSubmit={(event) => {
                  event.preventDefault();
                  say();
                }}
              >
                <label for="practice-about">{t('practiceTurnAbout')}</label>
                <select id="practice-about" value={about} onChange={(event) => setAbout(event.currentTarget.value)}>
                  <optgroup label={t('practiceAboutInScenario')}>
                    {scenario.steps.map((step) => (
                      <option key={step.itemId} value={step.itemId} lang={language}>
                        {text(pack.items.find((item) => item.id === step.itemId)?.question)}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label={t('practiceAboutElsewhere')}>
                    {offScript.map((item) => (
                      <option key={item.id} value={item.id} lang={language}>
                        {text(item.question)}
                      </option>
                    ))}
                  </optgroup>
                </select>
                <label for="practice-turn">{t('practiceTurnLabel', [persona.name])}</label>
                <textarea
                  id="practice-turn"
                  ref={turnBox}
                  aria-keyshortcuts="Alt+Shift+G"
                  rows={3}
                  lang={language}
                  value={draft}
                  aria-describedby="practice-turn-hint"
                  onInput={(event) => setDraft(event.currentTarget.value)}
                  onKeyDown={(event) => {
                    // Enter says it; Shift+Enter is a new line.
                    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                      event.preventDefault();
                      say();
                    }
                  }}
                />
                <p id="practice-turn-hint" class="muted">
                  {t('practiceTurnHint')} {t('practiceGoKeyHint')}
                </p>
                <p class="actions">
                  <button type="submit" class="primary" data-testid="say">
                    {t('practiceSay')}
                  </button>{' '}
                  <button type="button" onClick={end} data-testid="end-session">
                    {t('practiceEnd')}
                  </button>{' '}
                  <button type="button" onClick={goToForm} aria-keyshortcuts="Alt+Shift+G" data-testid="go-to-form">
                    {t('practiceGoToForm')}
                  </button>
                </p>
              </form>
            )}
          </section>
          {summary && (
            <SummaryView
              pack={pack}
              summary={summary}
              keptUntil={keptUntil}
              {...(keepError && { keepError })}
              onKeep={() => void keep()}
              onExport={exportSummary}
              headingRef={summaryHeading}
            />
          )}
        </div>
        <div class="practice-form-column">
          <h2>{t('practiceFormHeading')}</h2>
          <SimulatedForm
            key={state.key}
            pack={pack}
            language={language}
            words={formWords}
            onItemFocus={(itemId, element) => {
              lastField.current = element;
              // The turn is about the field the adviser was at, in the scenario or not: a question
              // at a field the script leaves out must not take another step's scripted answer.
              setAbout(itemId);
            }}
          />
        </div>
      </div>
    </div>
  );
}
