/**
 * Content script: runs in the case system's pages. Reads the host form (never
 * writes it), matches its fields to the pack for this URL, reports what it found
 * to the background and draws the overlay in its own shadow root.
 * No web storage here: the host origin owns it (see the security boundary).
 */
import { render, h } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../../utils/messages';
import { listFormControls } from '../../utils/dom/list-form-controls';
import { matchControls } from '../../rules/match-controls';
import { mountOverlay } from '../../components/overlay/mount-overlay';
import { FieldMarkers } from '../../components/overlay/FieldMarkers';
import { DEMO_MATCHES } from '../../utils/demo-origins';

export default defineContentScript({
  matches: DEMO_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  async main() {
    const pack = await sendMessage('pack:for-url', { url: location.href });
    if (!pack) return;
    const matches = matchControls(listFormControls(document), pack);
    const overlay = mountOverlay(document);
    render(h(FieldMarkers, { matches }), overlay.shadow);
    await sendMessage('detection:report', {
      packId: pack.id,
      packVersion: pack.version,
      frameUrl: location.href,
      matches: matches.map(({ itemId, rule, matchedText }) => ({ itemId, rule, matchedText })),
    });
  },
});
