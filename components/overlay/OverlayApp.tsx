import { useLayoutEffect, useRef } from 'preact/hooks';
import { pickText } from '../../rules/localized-text';
import { t } from '../../utils/i18n';
import type { CoachState } from './coach-state';
import { CoachingCard } from './CoachingCard';
import { CoveragePanel } from './CoveragePanel';
import { FollowUpCard } from './FollowUpCard';
import { keepHostFocus } from './keep-host-focus';
import { placeCard } from './place-card';

export interface OverlayActions {
  nextRewording(): void;
  toggleWhy(): void;
  nextLanguage(): void;
  collapse(): void;
  expand(): void;
  dismiss(): void;
  acknowledge(index: number): void;
  /** Tick or untick next step `step` of open follow-up `index`. */
  toggleStep(index: number, step: number, done: boolean): void;
  confirmPrecheck(sectionId: string): void;
  toggleCoverage(): void;
  goTo(itemId: string): void;
}

interface Props {
  state: CoachState;
  actions: OverlayActions;
}

/** Everything the adviser sees over the host page: card, follow-ups, what is left to ask. */
export function OverlayApp({ state, actions }: Props) {
  const cardRef = useRef<HTMLDivElement>(null);
  const item = state.activeItem.value;
  const anchor = state.anchor.value;
  const visible = !!item && !!anchor && !state.dismissed.value;

  // Place the card beside the field after each render, from its measured size.
  useLayoutEffect(() => {
    const el = cardRef.current;
    if (!el || !anchor) return;
    const view = el.ownerDocument.defaultView;
    const viewport = { left: 0, top: 0, width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
    const placed = placeCard(anchor, { width: el.offsetWidth, height: el.offsetHeight }, viewport, state.keepClear.value);
    el.style.transform = `translate(${Math.round(placed.left)}px, ${Math.round(placed.top)}px)`;
    el.dataset.side = placed.side;
  });

  const languages = [state.language.value, ...state.pack.languages];
  // A pending pre-check is read out before the question, as it is shown above it.
  const precheck = state.pendingPrecheck.value?.precheck;
  const announce = item && visible && !state.collapsed.value
    ? [
        precheck ? `${t('coachPrecheckTitle')}: ${precheck.map((check) => pickText(check, languages)).join(' ')}` : '',
        pickText(item.rewordings[state.rewordingIndex.value % Math.max(1, item.rewordings.length)]?.text ?? item.question, languages),
      ].filter(Boolean).join(' ')
    : '';
  const critical = state.followUps.value.find((f) => f.severity === 'critical');
  const followUps = state.followUps.value.map((active, index) => (
    <FollowUpCard
      key={`${active.item.id}/${active.followUp.id}`}
      state={state}
      active={active}
      onStep={(step, done) => actions.toggleStep(index, step, done)}
      onAcknowledge={() => actions.acknowledge(index)}
    />
  ));

  return (
    <div class="overlay">
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="live-polite">{announce}</div>
      <div class="visually-hidden" role="alert" aria-live="assertive" data-testid="live-assertive">
        {critical ? pickText(critical.followUp.prompt, languages) : ''}
      </div>

      {visible && item && (
        <div class="card-layer" ref={cardRef}>
          {/* A waiting follow-up travels with the adviser, above the card, until acknowledged. */}
          {followUps}
          {state.collapsed.value ? (
            <button type="button" class="marker-button" onMouseDown={keepHostFocus} onClick={actions.expand} aria-label={t('coachExpand')} title={t('coachExpand')}>
              ?
            </button>
          ) : (
            <CoachingCard state={state} item={item} actions={actions} />
          )}
        </div>
      )}

      {!visible && state.followUps.value.length > 0 && <div class="followup-dock">{followUps}</div>}

      {state.coverage.value.length > 0 && (
        <CoveragePanel state={state} onToggle={actions.toggleCoverage} onGoTo={actions.goTo} />
      )}
    </div>
  );
}
