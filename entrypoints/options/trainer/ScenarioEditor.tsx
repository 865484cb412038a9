import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CompiledPack } from '../../../rules/compiled-pack';
import { INTERPRETERS } from '../../../rules/pack-schema';
import { t, tCount } from '../../../utils/i18n';
import { ScenarioPreview } from './ScenarioPreview';
import type { FocusRequest } from './focus-after-render';
import { StepEditor } from './StepEditor';
import { FieldError, invalidProps, TextInputs } from './TextInputs';
import { emptyStepForm, inputId, withLanguages, type FieldProblem, type ScenarioForm } from './scenario-form';
import { languageName, packOptions } from './trainer-words';

interface Props {
  pack: CompiledPack;
  form: ScenarioForm;
  /** Problems from the last save, re-checked as the trainer edits. */
  problems: FieldProblem[];
  /** Increases with each save that found problems: the focus then goes to the first. */
  attempt: number;
  isNew: boolean;
  /** The title of the version saved meanwhile, while the trainer has not said whether their changes go in its place. */
  changedMeanwhile?: string;
  /** The form was brought up to the version saved meanwhile (it held no changes of the trainer's). */
  followed: boolean;
  onShowSaved(): void;
  onKeepMine(): void;
  onChange(form: ScenarioForm): void;
  onSave(): void;
  onCancel(): void;
  /** Moves the focus to a step added, moved or removed, in the render that shows the change. */
  focusAfterRender: FocusRequest;
}

/** Languages a client may speak, offered beside the pack's; any language code can be typed. */
const CLIENT_LANGUAGES = ['ar', 'fa', 'so', 'ti', 'uk', 'pl', 'tr', 'ku'];

/** The scenario form: persona, steps, debrief; the live preview beside it. */
export function ScenarioEditor({ pack, form, problems, attempt, isNew, changedMeanwhile, followed, onShowSaved, onKeepMine, onChange, onSave, onCancel, focusAfterRender }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const set = (change: Partial<ScenarioForm>) => onChange({ ...form, ...change });
  const setPersona = (change: Partial<ScenarioForm['persona']>) => set({ persona: { ...form.persona, ...change } });
  const languages = form.languages;

  useLayoutEffect(() => {
    if (attempt === 0) return;
    // The first field in error, in the order the trainer reads the form.
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-problem]')?.focus();
  }, [attempt]);

  return (
    <div class="trainer-editing">
      <form
        ref={formRef}
        class="scenario-form"
        aria-labelledby="trainer-form-heading"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSave();
        }}
      >
        <h4 id="trainer-form-heading">{isNew ? t('trainerNewHeading') : t('trainerEditHeading')}</h4>
        <p class="hint">{t('trainerDraftKept')}</p>
        {changedMeanwhile !== undefined && (
          <div class="field-error meanwhile" role="alert" data-testid="trainer-meanwhile">
            <p>{t('trainerMeanwhileChanged', changedMeanwhile)}</p>
            <button type="button" id="trainer-meanwhile-show" onClick={onShowSaved}>
              {t('trainerMeanwhileShow')}
            </button>{' '}
            <button type="button" onClick={onKeepMine}>
              {t('trainerMeanwhileKeepMine')}
            </button>
          </div>
        )}
        {followed && (
          <p class="hint" role="status" data-testid="trainer-followed">
            {t('trainerMeanwhileFollowed')}
          </p>
        )}
        {problems.length > 0 && (
          <p class="field-error" role="alert" data-testid="trainer-problem-count">
            {tCount('trainerProblems', problems.length)}
          </p>
        )}
        <fieldset>
          <legend>{t('trainerLanguages')}</legend>
          {pack.languages.map((language) => {
            const id = `trainer-language-${language}`;
            const checked = languages.includes(language);
            return (
              <div class="check" key={language}>
                <input
                  type="checkbox"
                  id={id}
                  checked={checked}
                  // At least one language to write in.
                  disabled={checked && languages.length === 1}
                  onChange={(e) => {
                    const next = e.currentTarget.checked ? pack.languages.filter((l) => l === language || languages.includes(l)) : languages.filter((l) => l !== language);
                    // Answers picked from the pack's options follow: their labels in exactly these languages.
                    onChange(withLanguages(form, next, packOptions(pack)));
                  }}
                />
                <label for={id}>{languageName(language)}</label>
              </div>
            );
          })}
        </fieldset>
        <TextInputs field="title" label={t('trainerTitle')} value={form.title} languages={languages} problems={problems} onChange={(title) => set({ title })} />
        <fieldset>
          <legend>{t('trainerPersona')}</legend>
          <div class="field">
            <label for={inputId('persona.name')}>{t('trainerPersonaName')}</label>
            <input type="text" id={inputId('persona.name')} value={form.persona.name} {...invalidProps('persona.name', problems)} onInput={(e) => setPersona({ name: e.currentTarget.value })} />
            <FieldError field="persona.name" problems={problems} />
          </div>
          <TextInputs field="persona.situation" label={t('trainerSituation')} value={form.persona.situation} languages={languages} multiline problems={problems} onChange={(situation) => setPersona({ situation })} />
          <TextInputs field="persona.wants" label={t('trainerWants')} value={form.persona.wants} languages={languages} multiline problems={problems} onChange={(wants) => setPersona({ wants })} />
          <div class="field">
            <label for={inputId('persona.language')}>{t('trainerClientLanguage')}</label>
            <p class="hint" id={`${inputId('persona.language')}-hint`}>
              {t('trainerClientLanguageHint')}
            </p>
            <input
              type="text"
              id={inputId('persona.language')}
              list="trainer-client-languages"
              value={form.persona.language}
              aria-describedby={`${inputId('persona.language')}-hint`}
              {...invalidProps('persona.language', problems)}
              onInput={(e) => setPersona({ language: e.currentTarget.value })}
            />
            <datalist id="trainer-client-languages">
              {[...pack.languages, ...CLIENT_LANGUAGES.filter((l) => !pack.languages.includes(l))].map((code) => (
                <option key={code} value={code}>
                  {languageName(code)}
                </option>
              ))}
            </datalist>
            <FieldError field="persona.language" problems={problems} />
          </div>
          <div class="field">
            <label for={inputId('persona.interpreter')}>{t('trainerInterpreter')}</label>
            <select id={inputId('persona.interpreter')} value={form.persona.interpreter} onChange={(e) => setPersona({ interpreter: e.currentTarget.value as ScenarioForm['persona']['interpreter'] })}>
              {INTERPRETERS.map((who) => (
                <option key={who} value={who}>
                  {t(`trainerInterpreter_${who.replace('-', '_')}`)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <h5 class="sub">{t('trainerSteps')}</h5>
        {form.steps.map((step, j) => (
          <StepEditor
            key={step.key}
            pack={pack}
            step={step}
            index={j}
            count={form.steps.length}
            languages={languages}
            problems={problems}
            focusAfterRender={focusAfterRender}
            onChange={(changed) => set({ steps: form.steps.map((s, i) => (i === j ? changed : s)) })}
            onMove={(by) => {
              const steps = [...form.steps];
              const [moved] = steps.splice(j, 1);
              steps.splice(j + by, 0, moved!);
              set({ steps });
              focusAfterRender(inputId(`steps.${j + by}.item`));
            }}
            onRemove={() => {
              set({ steps: form.steps.filter((_, i) => i !== j) });
              focusAfterRender(form.steps.length > 1 ? inputId(`steps.${Math.min(j, form.steps.length - 2)}.item`) : inputId('steps'));
            }}
          />
        ))}
        <p>
          <button
            type="button"
            id={inputId('steps')}
            {...(problems.some((p) => p.field === 'steps') && { 'data-problem': 'true', 'aria-describedby': `${inputId('steps')}-error` })}
            onClick={() => {
              set({ steps: [...form.steps, emptyStepForm()] });
              focusAfterRender(inputId(`steps.${form.steps.length}.item`));
            }}
          >
            {t('trainerAddStep')}
          </button>
        </p>
        <FieldError field="steps" problems={problems} />
        <TextInputs field="debrief" label={t('trainerDebrief')} value={form.debrief} languages={languages} multiline problems={problems} onChange={(debrief) => set({ debrief })} />
        <div class="field">
          <label for={inputId('id')}>{t('trainerId')}</label>
          <p class="hint" id={`${inputId('id')}-hint`}>
            {t('trainerIdHint')}
          </p>
          <input type="text" id={inputId('id')} value={form.id} aria-describedby={`${inputId('id')}-hint`} {...invalidProps('id', problems)} onInput={(e) => set({ id: e.currentTarget.value })} />
          <FieldError field="id" problems={problems} />
        </div>
        {problems
          .filter((p) => p.field === 'pack' || p.field === 'scenario')
          .map((p, i) => (
            <p key={i} class="field-error">
              {t(p.message.key, p.message.subs)}
            </p>
          ))}
        <div class="pack-actions">
          <button type="submit">{t('trainerSave')}</button>
          <button type="button" onClick={onCancel}>
            {t('trainerCancel')}
          </button>
        </div>
      </form>
      <ScenarioPreview pack={pack} form={form} />
    </div>
  );
}
