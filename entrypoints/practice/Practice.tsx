/**
 * The practice page: choose an installed pack and one of its scenarios, then
 * rehearse on a simulated form with the live coach running on it (the content
 * script's own session code, entrypoints/content/session.ts, with a page-local
 * interview: practice-link.ts). The adviser says each turn in the turn box; the
 * simulated client answers from the script; the adviser enters the answer in the
 * form; cards and follow-ups come as they would live. Feedback sits beside each
 * turn; the summary comes at the end. "New trainee" starts everything afresh.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CompiledPack, CompiledScenario } from '../../rules/compiled-pack';
import { pickText } from '../../rules/localized-text';
import { playTurn, startRun, summarizeRun, type PracticeRun, type PracticeSummary } from '../../rules/practice-run';
import { readEnabledPacks } from '../../rules/pack-store';
import { withCurrentSecondNet } from '../../rules/pack-second-net';
import { SimulatedForm } from '../../components/practice/SimulatedForm';
import { SummaryView } from '../../components/practice/SummaryView';
import { TurnLog } from '../../components/practice/TurnLog';
import { download, summaryJson, summaryMarkdown } from '../../components/practice/summary-export';
import { notesDb } from '../../utils/db/notes-db';
import { t } from '../../utils/i18n';
import { compilePracticeScenarios } from '../../rules/practice-file';
import { readAttachedPractice, TRAINER_SCENARIOS_KEY } from '../../utils/practice/trainer-scenarios';
import { keepPracticeSummary } from '../../utils/practice/practice-results';
import { browser } from 'wxt/browser';
import { startSession, type Session } from '../content/session';
import { createPracticeLink, type PracticeLink } from './practice-link';

interface Choice {
  pack: CompiledPack;
  scenario: CompiledScenario;
  language: string;
}

/** The session's language: the interface's when the pack has it (one language per screen), else the client's, else the pack's first. */
function defaultLanguage(pack: CompiledPack, scenario: CompiledScenario | undefined): string {
  const ui = browser.i18n.getUILanguage().toLowerCase().split('-')[0] ?? 'en';
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
        <PracticeSession choice={choice} onChooseAgain={() => setChoice(undefined)} />
      ) : (
        <ScenarioChooser packs={packs} attached={attached} onStart={setChoice} />
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

function ScenarioChooser({ packs: installed, attached, onStart }: { packs: CompiledPack[]; attached: Record<string, CompiledScenario[]>; onStart(choice: Choice): void }) {
  const asked = new URLSearchParams(location.search);
  const ui = [browser.i18n.getUILanguage(), 'en'];
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
        if (pack && scenario) onStart({ pack, scenario, language: sessionLanguage });
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
          <select id="practice-scenario" value={chosen?.key} onChange={(event) => setScenarioKey(event.currentTarget.value)}>
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
  const { pack, scenario, language } = choice;
  const text = (value: Record<string, string> | undefined) => pickText(value, [language, ...pack.languages]);
  const fresh = (key: number): RunState => ({ key, link: createPracticeLink(pack.id, language), run: startRun(pack, scenario, language, Date.now()) });
  const [state, setState] = useState<RunState>(() => fresh(1));
  const [summary, setSummary] = useState<PracticeSummary>();
  const [keptUntil, setKeptUntil] = useState<number>();
  const [keepError, setKeepError] = useState(false);
  const [draft, setDraft] = useState('');
  const [about, setAbout] = useState(scenario.steps[0]?.itemId ?? '');
  const summaryHeading = useRef<HTMLHeadingElement>(null);

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

  useEffect(() => {
    if (summary) summaryHeading.current?.focus();
  }, [summary]);

  function newTrainee() {
    setState((previous) => fresh(previous.key + 1));
    setSummary(undefined);
    setKeptUntil(undefined);
    setKeepError(false);
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
    } catch {
      setKeepError(true);
    }
  }

  function exportSummary(format: 'markdown' | 'json') {
    if (!summary) return;
    const base = `practice-${summary.scenarioId}-${new Date(summary.endedAt).toISOString().slice(0, 10)}`;
    if (format === 'markdown') download(`${base}.md`, summaryMarkdown(summary, pack), 'text/markdown');
    else download(`${base}.json`, summaryJson(summary), 'application/json');
  }

  const persona = scenario.persona;
  return (
    <div class="practice-session">
      <header class="session-header">
        <h2 lang={language}>{text(scenario.title)}</h2>
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
                  {scenario.steps.map((step) => (
                    <option key={step.itemId} value={step.itemId} lang={language}>
                      {text(pack.items.find((item) => item.id === step.itemId)?.question)}
                    </option>
                  ))}
                </select>
                <label for="practice-turn">{t('practiceTurnLabel', [persona.name])}</label>
                <textarea
                  id="practice-turn"
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
                  {t('practiceTurnHint')}
                </p>
                <p class="actions">
                  <button type="submit" class="primary" data-testid="say">
                    {t('practiceSay')}
                  </button>{' '}
                  <button type="button" onClick={end} data-testid="end-session">
                    {t('practiceEnd')}
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
              keepError={keepError}
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
            onItemFocus={(itemId) => {
              if (scenario.steps.some((step) => step.itemId === itemId)) setAbout(itemId);
            }}
          />
        </div>
      </div>
    </div>
  );
}
