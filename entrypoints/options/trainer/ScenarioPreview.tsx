import type { CompiledPack } from '../../../rules/compiled-pack';
import { t, tCount } from '../../../utils/i18n';
import type { FormText, ScenarioForm } from './scenario-form';
import { goalKey } from './StepEditor';
import { languageName, packText, shownText } from './trainer-words';

/** A text as written, in its own language (`lang`), or a quiet "not written yet". */
function Written({ text, languages }: { text: FormText; languages: string[] }) {
  const shown = shownText(text, languages);
  return shown.text ? <span lang={shown.lang}>{shown.text}</span> : <span class="muted">{t('trainerNotWritten')}</span>;
}

/**
 * The scenario as the adviser will meet it, beside the form and updated as the
 * trainer types: who the client is and, step by step, the question, what they
 * say, what goes into the form, other answers and the goals. Text only.
 */
export function ScenarioPreview({ pack, form }: { pack: CompiledPack; form: ScenarioForm }) {
  const interpreter = t(`trainerInterpreter_${form.persona.interpreter.replace('-', '_')}`);
  return (
    <aside class="scenario-preview" aria-labelledby="trainer-preview-heading" data-testid="trainer-preview">
      <h4 id="trainer-preview-heading">{t('trainerPreview')}</h4>
      <p class="preview-title" data-testid="preview-title">
        <Written languages={form.languages} text={form.title} />
      </p>
      <dl class="pack-facts">
        <dt>{t('trainerPersonaName')}</dt>
        <dd data-testid="preview-name">{form.persona.name || <span class="muted">{t('trainerNotWritten')}</span>}</dd>
        <dt>{t('trainerSituation')}</dt>
        <dd>
          <Written languages={form.languages} text={form.persona.situation} />
        </dd>
        <dt>{t('trainerWants')}</dt>
        <dd>
          <Written languages={form.languages} text={form.persona.wants} />
        </dd>
        <dt>{t('trainerClientLanguage')}</dt>
        <dd>{form.persona.language ? languageName(form.persona.language) : ''}</dd>
        <dt>{t('trainerInterpreter')}</dt>
        <dd>{interpreter}</dd>
      </dl>
      <p class="muted">{tCount('trainerStepCount', form.steps.length)}</p>
      <ol class="preview-steps" data-testid="preview-steps">
        {form.steps.map((step) => {
          const item = pack.items.find((candidate) => candidate.id === step.item);
          const value = shownText(step.value, form.languages);
          return (
            <li key={step.key}>
              <p class="preview-question">
                {item ? packText(pack, item.question) : <span class="muted">{t('trainerNoItemYet')}</span>}
                {step.disclosure && <span class="badge badge-disclosure"> {t('trainerDisclosureBadge')}</span>}
              </p>
              <p>
                {t('trainerPreviewSays', form.persona.name || '…')} <Written languages={form.languages} text={step.says} />
              </p>
              {value.text && (
                <p>
                  {t('trainerPreviewValue')} <span lang={value.lang}>{value.text}</span>
                </p>
              )}
              {step.variants.length > 0 && (
                <ul>
                  {step.variants.map((variant) => (
                    <li key={variant.key}>
                      {[variant.asked && t(variant.asked === 'open' ? 'trainerAskedOpen' : 'trainerAskedClosed'), variant.why && t(variant.why === 'explained' ? 'trainerWhyExplained' : 'trainerWhyNotExplained')]
                        .filter(Boolean)
                        .join(', ')}
                      : <Written languages={form.languages} text={variant.says} />
                    </li>
                  ))}
                </ul>
              )}
              {step.goals.length > 0 && <p class="muted">{t('trainerPreviewGoals', step.goals.map((goal) => t(goalKey(goal))).join('; '))}</p>}
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
