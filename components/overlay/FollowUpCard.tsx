import { useState } from 'preact/hooks';
import type { LocalizedText } from '../../rules/compiled-pack';
import { pickText } from '../../rules/localized-text';
import { t, textDirection } from '../../utils/i18n';
import type { ActiveFollowUp, CoachState } from './coach-state';

interface Props {
  state: CoachState;
  active: ActiveFollowUp;
  /** Record that it was offered and which next step was chosen (null: none). */
  onAcknowledge(nextStep: number | null): void;
}

/**
 * What to say after a sensitive answer. Stays until acknowledged. It never moves
 * focus itself; Alt+Shift+F takes the adviser here when they choose.
 */
export function FollowUpCard({ state, active, onAcknowledge }: Props) {
  const { followUp, item } = active;
  const [step, setStep] = useState<number | null>(null);
  const languages = [state.language.value, ...state.pack.languages];
  const text = (value: LocalizedText | undefined) => pickText(value, languages);
  const headingId = `fu-${item.id}-${followUp.id}`;

  return (
    <section
      class={`followup severity-${followUp.severity}`}
      role="region"
      aria-labelledby={headingId}
      data-follow-up-id={followUp.id}
      data-severity={followUp.severity}
      dir={textDirection(state.language.value)}
      tabIndex={-1}
    >
      <h2 id={headingId} class="followup-title">
        <span class="severity-badge">{t(`coachSeverity_${followUp.severity}`)}</span> {text(item.question)}
      </h2>
      <p class="prompt" lang={state.language.value} data-testid="follow-up-prompt">
        {text(followUp.prompt)}
      </p>
      {followUp.resources.length > 0 && (
        <div class="resources">
          <h3>{t('coachResources')}</h3>
          <ul>
            {followUp.resources.map((resource, i) => (
              <li key={i}>
                <strong>{text(resource.name)}</strong>
                {resource.phone && (<> · <a href={`tel:${resource.phone.replace(/[^\d+]/g, '')}`}>{resource.phone}</a></>)}
                {resource.url && /^https?:\/\//.test(resource.url) && (
                  <> · <a href={resource.url} target="_blank" rel="noopener noreferrer">{resource.url}</a></>
                )}
                {resource.hours && <> · {text(resource.hours)}</>}
                {resource.example && <span class="example">{t('coachResourceExample')}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {followUp.nextSteps.length > 0 && (
        <fieldset class="steps">
          <legend>{t('coachNextSteps')}</legend>
          {followUp.nextSteps.map((nextStep, i) => (
            <label key={i}>
              <input type="radio" name={headingId} checked={step === i} onChange={() => setStep(i)} /> {text(nextStep)}
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" class="primary" onClick={() => onAcknowledge(step)}>
        {t('coachAcknowledge')}
      </button>
    </section>
  );
}
