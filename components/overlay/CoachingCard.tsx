import type { CompiledItem, LocalizedText } from '../../rules/compiled-pack';
import { pickText } from '../../rules/localized-text';
import { t, textDirection } from '../../utils/i18n';
import type { CoachState } from './coach-state';
import { keepHostFocus } from './keep-host-focus';

interface Props {
  state: CoachState;
  item: CompiledItem;
  actions: { nextRewording(): void; toggleWhy(): void; nextLanguage(): void; collapse(): void; dismiss(): void; confirmPrecheck(sectionId: string): void };
}

const EYEBROW = { open: 'coachAskOpenly', direct: 'coachAskDirectly', fact: 'coachAskFact' } as const;

/**
 * The rewording of the question the adviser is on (open, or direct for a safety
 * question asked plainly on purpose), what to say first, why it is asked, and the
 * official wording; above them, the section's pre-check until the adviser confirms it.
 */
export function CoachingCard({ state, item, actions }: Props) {
  const languages = [state.language.value, ...state.pack.languages];
  const text = (value: LocalizedText | undefined) => pickText(value, languages);
  const count = item.rewordings.length;
  const rewording = count > 0 ? item.rewordings[state.rewordingIndex.value % count] : undefined;
  const why = item.why;
  const whyId = `why-${item.id}`;
  const otherLanguages = state.pack.languages.length > 1;
  const kind = rewording?.kind ?? 'open';
  const precheck = state.pendingPrecheck.value;
  const precheckId = `precheck-${precheck?.id ?? ''}`;

  return (
    <section class="card" role="region" aria-label={t('coachCardLabel', text(item.question))} data-item-id={item.id} dir={textDirection(state.language.value)}>
      <header class="card-head">
        <span class="eyebrow" data-testid="rewording-kind">{t(EYEBROW[kind])}</span>
        {count > 1 && (
          <span class="count" aria-hidden="true">
            {(state.rewordingIndex.value % count) + 1}/{count}
          </span>
        )}
        <span class="spacer" />
        {otherLanguages && (
          <button type="button" class="chip" onMouseDown={keepHostFocus} onClick={actions.nextLanguage} aria-label={t('coachLanguageButton', state.language.value.toUpperCase())}>
            {state.language.value.toUpperCase()}
          </button>
        )}
        <button type="button" class="icon" onMouseDown={keepHostFocus} onClick={actions.collapse} aria-label={t('coachCollapse')} title={t('coachCollapse')}>
          –
        </button>
        <button type="button" class="icon" onMouseDown={keepHostFocus} onClick={actions.dismiss} aria-label={t('coachDismiss')} title={t('coachDismiss')}>
          ×
        </button>
      </header>

      {precheck?.precheck && (
        <div class="precheck" role="group" aria-labelledby={precheckId} tabIndex={-1} data-testid="precheck" data-section-id={precheck.id}>
          <p class="precheck-title" id={precheckId}>{t('coachPrecheckTitle')}</p>
          <ul lang={state.language.value}>
            {precheck.precheck.map((check, i) => <li key={i}>{text(check)}</li>)}
          </ul>
          <button type="button" class="link" onMouseDown={keepHostFocus} onClick={() => actions.confirmPrecheck(precheck.id)}>
            {t('coachPrecheckDone')}
          </button>
        </div>
      )}
      {item.sayFirst && (
        <p class="say-first" data-testid="say-first">
          <span class="label">{t('coachSayFirst')}</span> <span lang={state.language.value}>{text(item.sayFirst)}</span>
        </p>
      )}
      {rewording ? (
        <>
          <p class="rewording" lang={state.language.value} data-testid="rewording" data-kind={kind}>
            {text(rewording.text)}
          </p>
          {rewording.whenToUse && <p class="when">{text(rewording.whenToUse)}</p>}
        </>
      ) : (
        <p class="rewording">{text(item.question)}</p>
      )}
      {item.worry && (
        <p class="worry">
          <span class="label">{t('coachAsWorry')}</span> {text(item.worry)}
        </p>
      )}

      <div class="row">
        {count > 1 && (
          <button type="button" class="link" onMouseDown={keepHostFocus} onClick={actions.nextRewording}>
            {t('coachNextRewording')} <kbd>Alt+Shift+N</kbd>
          </button>
        )}
        {why && (
          <button type="button" class="link" aria-expanded={state.whyOpen.value} aria-controls={whyId} onMouseDown={keepHostFocus} onClick={actions.toggleWhy}>
            {t('coachWhyWeAsk')} <kbd>Alt+Shift+W</kbd>
          </button>
        )}
      </div>
      {why && state.whyOpen.value && (
        <dl class="why" id={whyId} data-testid="why">
          <dt>{t('coachWhyPurpose')}</dt>
          <dd>{text(why.purpose)}</dd>
          {why.basis && (<><dt>{t('coachWhyBasis')}</dt><dd>{text(why.basis)}</dd></>)}
          {why.whoSees && (<><dt>{t('coachWhyWhoSees')}</dt><dd>{text(why.whoSees)}</dd></>)}
          {why.whatNext && (<><dt>{t('coachWhyWhatNext')}</dt><dd>{text(why.whatNext)}</dd></>)}
        </dl>
      )}
      <p class="official">
        <span class="label">{t('coachOfficialQuestion')}</span> {text(item.question)}
      </p>
    </section>
  );
}
