import type { LocalizedText } from '../../rules/compiled-pack';
import { pickText } from '../../rules/localized-text';
import { t, tCount } from '../../utils/i18n';
import type { CoachState, CoverageState } from './coach-state';

interface Props {
  state: CoachState;
  onToggle(): void;
  /** Scroll to the item's field and show its card. */
  onGoTo(itemId: string): void;
}

const STATE_LABEL: Record<CoverageState, string> = {
  'not-asked': 'coachStateNotAsked',
  'on-screen': 'coachStateOnScreen',
  answered: 'coachStateAnswered',
};

/** Required questions still open, by section, so the adviser can follow the conversation in any order. */
export function CoveragePanel({ state, onToggle, onGoTo }: Props) {
  const languages = [state.language.value, ...state.pack.languages];
  const text = (value: LocalizedText | undefined) => pickText(value, languages);
  const open = state.coverageOpen.value;
  return (
    <aside class={`coverage ${open ? 'open' : ''}`} aria-label={t('coachCoverageTitle')}>
      <button type="button" class="coverage-toggle" aria-expanded={open} aria-controls="coverage-list" onClick={onToggle}>
        {state.remaining.value === 0 ? t('coachCoverageDone') : tCount('coachCoverageRemaining', state.remaining.value)}
      </button>
      {open && (
        <div id="coverage-list" class="coverage-list">
          {state.coverage.value.map(({ section, items }) => (
            <section key={section?.id ?? 'this-page'}>
              <h3>{section ? text(section.title) : t('coachCoverageThisPage')}</h3>
              <ul>
                {items.map(({ item, state: itemState }) => {
                  // Only fields on this page can be scrolled to; the rest stay listed, readable, inert.
                  const reachable = state.onScreen.value.has(item.id);
                  return (
                  <li key={item.id} class={`state-${itemState}`} data-item-id={item.id} data-state={itemState}>
                    <button type="button" aria-disabled={!reachable} onClick={() => reachable && onGoTo(item.id)}>
                      <span class="state-icon" aria-hidden="true">{itemState === 'answered' ? '✓' : itemState === 'on-screen' ? '●' : '○'}</span>
                      <span class="item-text">{text(item.question)}</span>
                      <span class="visually-hidden">, {t(STATE_LABEL[itemState])}</span>
                    </button>
                  </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      )}
    </aside>
  );
}
