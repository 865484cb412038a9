/**
 * One pack at work in one frame: detection, the field markers and the coach,
 * in the extension's overlay. Stopped as a whole when the page moves to a URL
 * another pack (or none) is for.
 */
import { h, render } from 'preact';
import { FieldMarkers, markerAnchor, markerSpots, sameSpots, type MarkerSpot } from '../../components/overlay/FieldMarkers';
import { createInViewTracker } from '../../utils/dom/in-view';
import { mountOverlay } from '../../components/overlay/mount-overlay';
import { onPageEvent } from '../../utils/dom/page-events';
import type { CompiledPack } from '../../rules/compiled-pack';
import type { ControlMatch } from '../../utils/dom/field-detector';
import { sendMessage } from '../../utils/messages';
import { readCaseIdentifier } from '../../utils/notes/read-case-identifier';
import { startCoach, type Coach } from './coach';
import { backgroundLink, type CoachLink } from './coach-link';
import { startDetection, type Detection } from './detection';

export interface Session {
  pack: CompiledPack;
  detection: Detection;
  coach: Coach;
  stop(): void;
}

/**
 * @param onFieldsChanged told after each change of what was found (the frame watches its URL by it)
 * @param link where the interview is kept: the background (a case system's page, the default)
 *   or the practice page's memory (entrypoints/practice), which runs this same session on its
 *   simulated form
 */
export async function startSession(pack: CompiledPack, onFieldsChanged: () => void, link: CoachLink = backgroundLink(pack.id)): Promise<Session> {
  const detection = startDetection(pack, link.reportsToBackground);
  const { detector } = detection;
  await detection.ready;

  // File notes and the interview under this case before the session is loaded.
  // The identifier goes to the background, which keeps only its keyed hash.
  if (link.reportsToBackground && pack.caseId && window === window.top) {
    const caseIdentifier = readCaseIdentifier(document, pack.caseId, location.href);
    await sendMessage('case:identified', { caseIdentifier, packId: pack.id }).catch(() => undefined);
  }

  const overlay = mountOverlay(document, {
    // Said in the popup: the adviser knows why the coach is gone from this page.
    onGivenUp: () => void sendMessage('coach:silenced', { packId: pack.id }).catch(() => undefined),
  });
  const markerLayer = document.createElement('div');
  const appLayer = document.createElement('div');
  overlay.shadow.append(markerLayer, appLayer);
  // Markers read every found field's box: at most once per frame, however many changes arrive.
  // A field scrolled out of sight (in the window or an inner scrolling pane) has no marker.
  // Drawn again only when a marker comes, goes or moves: a page that replaces its form with an
  // equal one (new elements, same questions in the same places) costs a reading of the boxes only.
  let markerFrame = 0;
  let drawn: MarkerSpot[] | null = null;
  const drawMarkers = () => {
    markerFrame ||= requestAnimationFrame(() => {
      markerFrame = 0;
      const matches = detector.matches();
      // Fields the page removed that detection has not followed yet (its publication draws
      // again): the markers stay as they were rather than go and come back.
      if (drawn && matches.some((match) => !match.control.isConnected)) return;
      // A field the browser has not placed in or out of sight yet (the page just re-created it)
      // keeps its question's marker as it was until it has.
      const drewBefore = new Set(drawn?.map((spot) => spot.itemId));
      const inSight = (match: ControlMatch) => {
        const anchor = markerAnchor(match);
        return inView.isKnown(anchor) ? !inView.isHidden(anchor) : !drawn || drewBefore.has(match.itemId);
      };
      const spots = markerSpots(matches.filter(inSight));
      if (drawn && sameSpots(spots, drawn)) return;
      drawn = spots;
      render(h(FieldMarkers, { spots }), markerLayer);
    });
  };
  const inView = createInViewTracker(drawMarkers);
  const stopMarkers = detector.onChange(() => {
    inView.track(detector.matches().map(markerAnchor));
    drawMarkers();
  });
  const stopWatching = detector.onChange(onFieldsChanged);
  const listening = new AbortController();
  window.addEventListener('resize', drawMarkers, { passive: true, signal: listening.signal });
  // Scroll does not bubble: any scrolling pane's is heard on the way down.
  onPageEvent(window, 'scroll', drawMarkers, { signal: listening.signal, untrusted: true });
  inView.track(detector.matches().map(markerAnchor));
  drawMarkers();

  const coach = startCoach(document, pack, detector, overlay, appLayer, link);

  return {
    pack,
    detection,
    coach,
    stop() {
      // First what the adviser sees: a coach left behind by an extension update must
      // leave the page even if the rest of the clean-up fails.
      overlay.remove();
      coach.stop();
      stopMarkers();
      stopWatching();
      listening.abort();
      inView.stop();
      cancelAnimationFrame(markerFrame);
      render(null, markerLayer);
      detection.stop();
    },
  };
}
