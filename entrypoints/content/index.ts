/**
 * Content script: runs in the case system's pages, in every frame. Reads the
 * host form (never writes it), matches its fields to the pack for this URL,
 * reports what it found to the background and coaches in its own overlay.
 * No web storage here: the host origin owns it (see the security boundary).
 */
import { h, render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { FieldMarkers } from '../../components/overlay/FieldMarkers';
import { mountOverlay } from '../../components/overlay/mount-overlay';
import { DEMO_MATCHES } from '../../utils/demo-origins';
import { handleMessages, sendMessage } from '../../utils/messages';
import { readCaseIdentifier } from '../../utils/notes/read-case-identifier';
import { startCoach } from './coach';
import { startDetection } from './detection';

export default defineContentScript({
  matches: DEMO_MATCHES,
  allFrames: true,
  // Forms in about:blank / srcdoc frames written by the page itself.
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    const detection = await startDetection();
    if (!detection) return;
    const { pack, detector } = detection;

    // File notes and the interview under this case before the session is loaded.
    // The identifier goes to the background, which keeps only its keyed hash.
    if (pack.caseId && window === window.top) {
      const caseIdentifier = readCaseIdentifier(document, pack.caseId, location.href);
      await sendMessage('case:identified', { caseIdentifier, packId: pack.id }).catch(() => undefined);
    }

    const overlay = mountOverlay(document);
    const markerLayer = document.createElement('div');
    const appLayer = document.createElement('div');
    overlay.shadow.append(markerLayer, appLayer);
    // Markers read every found field's box: at most once per frame, however many changes arrive.
    let markerFrame = 0;
    const drawMarkers = () => {
      markerFrame ||= requestAnimationFrame(() => {
        markerFrame = 0;
        render(h(FieldMarkers, { matches: detector.matches() }), markerLayer);
      });
    };
    detector.onChange(drawMarkers);
    window.addEventListener('resize', drawMarkers, { passive: true });
    drawMarkers();

    const coach = startCoach(document, pack, detector, overlay, appLayer, (itemId) => {
      void sendMessage('coach:focus', { packId: pack.id, itemId }).catch(() => undefined);
    });
    handleMessages({
      'coach:command': ({ command }) => {
        // Every frame hears a command; the one the adviser is working in acts.
        if (document.hasFocus()) coach.runCommand(command);
      },
    });

    ctx.onInvalidated(() => {
      detector.stop();
      overlay.remove();
    });
  },
});
