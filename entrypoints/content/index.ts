/**
 * Content script: runs in the case system's pages, in every frame. Reads the
 * host form (never writes it), matches its fields to the pack for this URL,
 * reports what it found to the background and draws the overlay in its own
 * shadow root. No web storage here: the host origin owns it (see the security boundary).
 */
import { render, h } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountOverlay } from '../../components/overlay/mount-overlay';
import { FieldMarkers } from '../../components/overlay/FieldMarkers';
import { DEMO_MATCHES } from '../../utils/demo-origins';
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
    const { detector } = detection;
    const overlay = mountOverlay(document);
    const draw = () => render(h(FieldMarkers, { matches: [...detector.matches()] }), overlay.shadow);
    detector.onChange(draw);
    draw();
    ctx.onInvalidated(() => {
      detector.stop();
      overlay.remove();
    });
  },
});
