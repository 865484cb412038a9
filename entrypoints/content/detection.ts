/**
 * Field detection in this frame: ask the background which pack applies, start
 * the detector, and keep the background's per-tab report up to date (this
 * frame's part of it). Every frame of a granted host runs this; the background
 * merges the frames (utils/detection-store.ts).
 */
import type { CompiledPack } from '../../rules/compiled-pack';
import { createFieldDetector, type FieldDetector } from '../../utils/dom/field-detector';
import { describeControl } from '../../utils/dom/describe-control';
import { sendMessage } from '../../utils/messages';

export interface Detection {
  pack: CompiledPack;
  detector: FieldDetector;
}

/** Coalesce bursts of changes into one report. */
const REPORT_DELAY_MS = 150;

/** The URL a pack is chosen by: an about:blank or srcdoc frame belongs to the page that made it. */
function pageUrl(): string {
  if (location.protocol !== 'about:') return location.href;
  try {
    return window.parent.location.href;
  } catch {
    return document.referrer || location.href;
  }
}

/** Where in the tab the fields were found, without the query (it may hold a case number). */
function frameLabel(): string {
  return location.protocol === 'about:' ? location.href : `${location.origin}${location.pathname}`;
}

const STARTED = Symbol.for('adviser-coach.detection');

export async function startDetection(): Promise<Detection | null> {
  // Injected twice into one frame (the static script, then `scripting.executeScript` when a
  // site is switched on): the first run keeps detecting, the second does nothing.
  const scope = globalThis as { [STARTED]?: boolean };
  if (scope[STARTED]) return null;
  scope[STARTED] = true;
  const pack = await sendMessage('pack:for-url', { url: pageUrl() });
  if (!pack) {
    // Nothing to do here (no pack, or the site is switched off): a later injection may start.
    scope[STARTED] = false;
    return null;
  }
  const detector = createFieldDetector({
    pack,
    onError: (error) => console.debug('[Adviser Coach] detection:', error),
  });

  let timer = 0;
  let lastUrl = location.href;
  const report = () => {
    timer = 0;
    lastUrl = location.href;
    void sendMessage('detection:report', {
      packId: pack.id,
      packVersion: pack.version,
      frameUrl: frameLabel(),
      matches: detector.matches().map(({ itemId, rule, matchedText, control }) => ({
        itemId,
        rule,
        matchedText,
        element: describeControl(control),
      })),
    }).catch(() => {
      // The extension was reloaded or the background is restarting: the next change reports again.
    });
  };
  const scheduleReport = () => {
    if (!timer) timer = window.setTimeout(report, REPORT_DELAY_MS);
  };
  detector.onChange(scheduleReport);
  // A client-side navigation (history API) changes the frame's URL without a new content script.
  const onNavigate = () => {
    if (location.href !== lastUrl) scheduleReport();
  };
  window.addEventListener('popstate', onNavigate);
  const navigation = (window as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', onNavigate);

  // This frame's page is going away (an iframe removed, a frame navigating): its findings go too.
  window.addEventListener('pagehide', () => {
    void sendMessage('detection:withdraw', { packId: pack.id, frameUrl: frameLabel() }).catch(() => {});
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) report(); // back from the back-forward cache
  });

  await detector.ready;
  report();

  // For debugging and the browser tests: visible only in the extension's isolated
  // world (DevTools: pick "Adviser Coach" in the console's context menu), never to the page.
  (globalThis as { adviserCoachDetection?: Detection }).adviserCoachDetection = { pack, detector };
  return { pack, detector };
}
