import type { LocalizedText } from '../../rules/compiled-pack';
import { pickText, shownInLanguage } from '../../rules/localized-text';
import { t, textDirection } from '../../utils/i18n';
import type { ActiveFollowUp, CoachState } from './coach-state';
import { keepHostFocus } from './keep-host-focus';

interface Props {
  state: CoachState;
  active: ActiveFollowUp;
  /** Tick or untick a next step (kept in the interview session). */
  onStep(step: number, done: boolean): void;
  /** Record that it was offered. */
  onAcknowledge(): void;
}

/**
 * What to say after a sensitive answer: a one-line summary, then the detail, the
 * safety resources and the next steps as a checklist. Stays until acknowledged. It
 * never moves focus itself; Alt+Shift+F takes the adviser here when they choose,
 * and a mouse click on a checkbox leaves focus in the host field.
 */
export function FollowUpCard({ state, active, onStep, onAcknowledge }: Props) {
  const { followUp, item, severity } = active;
  // A negated mention: one quiet line instead of the safety card.
  const checkIn = severity === 'check-in';
  const languages = [state.language.value, ...state.pack.languages];
  const text = (value: LocalizedText | undefined) => pickText(value, languages);
  const headingId = `fu-${item.id}-${followUp.id}`;
  // A pack used in two countries lists each one's services under its language.
  const resources = followUp.resources.filter((resource) => shownInLanguage(resource.languages, state.language.value));

  return (
    <section
      class={`followup severity-${severity}`}
      role="region"
      aria-labelledby={headingId}
      data-item-id={item.id}
      data-follow-up-id={followUp.id}
      data-severity={severity}
      dir={textDirection(state.language.value)}
      tabIndex={-1}
    >
      <h2 id={headingId} class="followup-title">
        <span class="severity-badge">{t(`coachSeverity_${severity.replace('-', '_')}`)}</span> {text(item.question)}
      </h2>
      {!checkIn && followUp.summary && (
        <p class="summary" lang={state.language.value} data-testid="follow-up-summary">
          {text(followUp.summary)}
        </p>
      )}
      <p class="prompt" lang={checkIn ? undefined : state.language.value} data-testid="follow-up-prompt">
        {checkIn ? t('coachCheckIn') : text(followUp.prompt)}
      </p>
      {!checkIn && resources.length > 0 && (
        <div class="resources">
          <h3>{t('coachResources')}</h3>
          <ul>
            {resources.map((resource, i) => (
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
      {!checkIn && followUp.nextSteps.length > 0 && (
        <fieldset class="steps">
          <legend>{t('coachNextSteps')}</legend>
          {followUp.nextSteps.map((nextStep, i) => (
            <label key={i} onMouseDown={keepHostFocus}>
              <input
                type="checkbox"
                checked={active.stepsDone.includes(i)}
                onChange={(event) => onStep(i, event.currentTarget.checked)}
              />{' '}
              <span lang={state.language.value}>{text(nextStep)}</span>
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" class="primary" onClick={() => onAcknowledge()}>
        {t('coachAcknowledge')}
      </button>
    </section>
  );
}
