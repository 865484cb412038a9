import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { pickText } from '../../rules/localized-text';
import { t } from '../../utils/i18n';
import type { CoachState } from './coach-state';
import { CoachingCard } from './CoachingCard';
import { CoveragePanel } from './CoveragePanel';
import { FollowUpCard } from './FollowUpCard';
import { keepHostFocus } from './keep-host-focus';
import { renderCounts } from './render-count';
import { GAP, MIN_DOCK_HEIGHT, overlapArea, placeCard, placeDock, type Box } from './place-card';

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
  renderCounts.overlay++;
  const cardRef = useRef<HTMLDivElement>(null);
  const dockRef = useRef<HTMLDivElement>(null);
  const item = state.activeItem.value;
  const anchor = state.anchor.value;
  const visible = !!item && !!anchor && !state.dismissed.value && !state.cardInTop.value;
  // Placed again when the page's own parts move (the practice page's conversation grew).
  void state.mustClear.value;
  // And when the page opens or closes a popup for the field (its list, a date picker).
  void state.hostPopups.value;

  /**
   * The card beside the field, then the dock where it covers none of the field, its
   * question, the next field or the card (components/overlay/place-card.ts). Each gets a
   * maximum height inside the window; what is longer scrolls inside it.
   */
  const place = () => {
    const view = (cardRef.current ?? dockRef.current)?.ownerDocument.defaultView;
    const viewport = { left: 0, top: 0, width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
    const field = state.anchor.value;
    // The page's popups for the field count as both: never covered, and the card goes
    // beyond them (below the list, not between field and list).
    const popups = state.hostPopups.value;
    const mustClear = [...state.mustClear.value, ...popups];
    const keepClear = [...state.keepClear.value, ...popups];
    const avoid: Box[] = [...(field ? [field, ...keepClear] : []), ...mustClear];
    const card = cardRef.current;
    const dock = dockRef.current;
    if (card && field) {
      // Its natural size: the stylesheet's width, the height of all it holds.
      card.style.width = '';
      const size = { width: card.offsetWidth, height: card.scrollHeight };
      let placed = placeCard(field, size, viewport, keepClear, mustClear);
      // A waiting follow-up must always be seen: when the card would leave the dock no
      // room, the card (which scrolls inside itself) gives up the bottom of the window.
      if (dock) {
        const dockSize = { width: dock.offsetWidth, height: dock.scrollHeight };
        const cardBox = { left: placed.left, top: placed.top, width: placed.width, height: Math.min(size.height, placed.maxHeight) };
        if (placeDock(dockSize, viewport, [...avoid, cardBox]).maxHeight < Math.min(dockSize.height, MIN_DOCK_HEIGHT)) {
          const room = Math.min(dockSize.height, Math.floor(viewport.height / 2)) + GAP;
          const smaller = placeCard(field, size, { ...viewport, height: viewport.height - room }, keepClear, mustClear);
          // Only where the smaller card still covers none of the field, its question, the next field or the page's parts.
          const smallerBox = { left: smaller.left, top: smaller.top, width: smaller.width, height: Math.min(size.height, smaller.maxHeight) };
          if (![field, ...keepClear, ...mustClear].some((box) => overlapArea(box, smallerBox) > 0)) placed = smaller;
        }
      }
      let top = placed.top;
      if (placed.width < size.width) {
        card.style.width = `${Math.floor(placed.width)}px`;
        // Narrower is taller: keep the reflowed card inside the window.
        const height = Math.min(card.scrollHeight, placed.maxHeight);
        top = Math.max(viewport.top + GAP, Math.min(top, viewport.top + viewport.height - GAP - height));
      }
      card.style.maxHeight = `${Math.floor(placed.maxHeight)}px`;
      card.style.transform = `translate(${Math.round(placed.left)}px, ${Math.round(top)}px)`;
      card.dataset.side = placed.side;
      const cardBox = { left: placed.left, top, width: card.offsetWidth, height: card.offsetHeight };
      // Nowhere in the window clear of the page's open popup (a small window, a big picker):
      // the card steps aside until the popup closes, rather than take the adviser's click.
      const inTheWay = popups.some((box) => overlapArea(box, cardBox) > 0);
      card.style.visibility = inTheWay ? 'hidden' : '';
      if (!inTheWay) avoid.push(cardBox);
    }
    if (dock) {
      const placed = placeDock({ width: dock.offsetWidth, height: dock.scrollHeight }, viewport, avoid);
      dock.style.maxHeight = `${Math.floor(Math.max(0, placed.maxHeight))}px`;
      dock.style.transform = `translate(${Math.round(placed.left)}px, ${Math.round(placed.top)}px)`;
      dock.dataset.side = placed.side;
    }
  };

  // After each render (the field moved, another card), and whenever the card or the dock
  // changes size by itself (why we ask opened, a follow-up came, the list opened) or the window does.
  useLayoutEffect(place);
  useEffect(() => {
    const view = (cardRef.current ?? dockRef.current)?.ownerDocument.defaultView ?? window;
    const observer = new view.ResizeObserver(() => place());
    // The layers themselves too: what they hold can change shape without being replaced
    // (a pre-check or a checklist appearing once the interview session has loaded).
    for (const layer of [cardRef.current, dockRef.current]) {
      if (!layer) continue;
      observer.observe(layer);
      for (const child of layer.children) observer.observe(child);
    }
    view.addEventListener('resize', place);
    return () => {
      observer.disconnect();
      view.removeEventListener('resize', place);
    };
    // Observed again only when what the layers hold is replaced (another card, a follow-up more or less).
  }, [visible, item?.id, state.collapsed.value, state.followUps.value.length, state.coverage.value.length > 0]);

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
  // No counter on the case system's pages that hold none of the pack's questions.
  // One list per tab, in the top frame (covering the frames' questions too).
  const showCoverage = state.showsCoverage && state.coverage.value.length > 0 &&
    (state.onScreen.value.size > 0 || state.foundInTab.value.size > 0);

  return (
    <div class="overlay">
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="live-polite">{announce}</div>
      <div class="visually-hidden" role="alert" aria-live="assertive" data-testid="live-assertive">
        {critical ? pickText(critical.followUp.prompt, languages) : ''}
      </div>

      {visible && item && (
        <div class="card-layer" ref={cardRef}>
          {state.collapsed.value ? (
            <button type="button" class="marker-button" onMouseDown={keepHostFocus} onClick={actions.expand} aria-label={t('coachExpand')} title={t('coachExpand')}>
              ?
            </button>
          ) : (
            <CoachingCard state={state} item={item} actions={actions} />
          )}
        </div>
      )}

      {/* Follow-ups wait here until acknowledged, with what is left to ask: beside the form, not over it. */}
      {(state.followUps.value.length > 0 || showCoverage) && (
        <div class="dock" ref={dockRef}>
          {state.followUps.value.map((active, index) => (
            <FollowUpCard
              key={`${active.item.id}/${active.followUp.id}`}
              state={state}
              active={active}
              onStep={(step, done) => actions.toggleStep(index, step, done)}
              onAcknowledge={() => actions.acknowledge(index)}
            />
          ))}
          {showCoverage && <CoveragePanel state={state} onToggle={actions.toggleCoverage} onGoTo={actions.goTo} />}
        </div>
      )}
    </div>
  );
}
