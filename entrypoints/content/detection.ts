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
  /** The first scan is done and reported. */
  ready: Promise<void>;
  /** The frame's URL may have changed without a new document (history API): report where the fields are now. */
  navigated(): void;
  /** Report the findings now even if unchanged (the background lost the unmatched questions it keeps in memory). */
  reportAgain(): void;
  /** Stop detecting and withdraw this frame's findings (another pack takes over, or none). */
  stop(): void;
}

/** Coalesce bursts of changes into one report. */
const REPORT_DELAY_MS = 150;

/**
 * The URL a pack is chosen by: an about:blank or srcdoc frame belongs to the page
 * that made it. A sandboxed one (opaque origin) cannot read its parent's URL, and
 * its referrer may be cut to the origin: '' asks the background to use the page
 * the frame is embedded in.
 */
function pageUrl(): string {
  if (location.protocol !== 'about:') return location.href;
  try {
    return window.parent.location.href;
  } catch {
    return '';
  }
}

/** Where in the tab the fields were found, without the query (it may hold a case number). */
function frameLabel(): string {
  return location.protocol === 'about:' ? location.href : `${location.origin}${location.pathname}`;
}

const exposed = globalThis as { adviserCoachDetection?: Detection };

/** The pack for this frame's page now (null: none, or the site is switched off). */
export function choosePack(): Promise<CompiledPack | null> {
  return sendMessage('pack:for-url', { url: pageUrl() });
}

/**
 * Start finding `pack`'s items in this frame and keep the background's report of them current.
 * @param reports false on the practice page: its simulated form is no case system's tab to report
 */
export function startDetection(pack: CompiledPack, reports = true): Detection {
  const detector = createFieldDetector({
    pack,
    onError: (error) => console.debug('[Adviser Coach] detection:', error),
  });
  const listening = new AbortController();

  let timer = 0;
  let lastUrl = location.href;
  /** Where this frame's findings were last reported from: what a withdrawal names. */
  let reportedFrameUrl = frameLabel();
  /** What was reported last: a page that re-renders the same form over and over is not reported again each time. */
  let lastReport = '';
  /** Counts reports, so one that finished its sliced work after a newer one started is dropped. */
  let reportsStarted = 0;
  const report = async (again = false) => {
    timer = 0;
    if (!reports) return;
    const mine = ++reportsStarted;
    const matches = detector.matches().map(({ itemId, rule, matchedText, control }) => ({
      itemId,
      rule,
      matchedText,
      element: describeControl(control),
    }));
    // Worked out here, after the scan or pass and off its path, in slices (the budget in design.md is the scan's).
    const unmatched = await detector.findUnmatchedQuestions();
    if (!unmatched || mine !== reportsStarted || listening.signal.aborted) return;
    lastUrl = location.href;
    reportedFrameUrl = frameLabel();
    const findings = { packId: pack.id, packVersion: pack.version, frameUrl: reportedFrameUrl, matches, unmatched };
    const key = JSON.stringify(findings);
    if (key === lastReport && !again) return;
    lastReport = key;
    void sendMessage('detection:report', findings).catch(() => {
      // The extension was reloaded or the background is restarting: report again at the next change.
      lastReport = '';
    });
  };
  const scheduleReport = () => {
    if (!timer) timer = window.setTimeout(() => void report(), REPORT_DELAY_MS);
  };
  detector.onChange(scheduleReport);
  // A field added or removed that matches nothing changes what the popup lists, not the matches.
  detector.onFieldsChange(scheduleReport);
  const withdraw = () => {
    if (!reports) return;
    lastReport = '';
    void sendMessage('detection:withdraw', { packId: pack.id, frameUrl: reportedFrameUrl }).catch(() => {});
  };
  // This frame's page is going away (an iframe removed, a frame navigating): its findings go too.
  window.addEventListener('pagehide', withdraw, { signal: listening.signal });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) void report(true); // back from the back-forward cache: the findings were withdrawn
  }, { signal: listening.signal });

  const ready = detector.ready.then(() => {
    if (listening.signal.aborted) return;
    void report();
    // For debugging and the browser tests: visible only in the extension's isolated
    // world (DevTools: pick "Adviser Coach" in the console's context menu), never to the page.
    exposed.adviserCoachDetection = detection;
  });

  const detection: Detection = {
    pack,
    detector,
    ready,
    navigated: () => {
      if (location.href !== lastUrl) scheduleReport();
    },
    reportAgain: () => {
      void ready.then(() => {
        if (!listening.signal.aborted) void report(true);
      });
    },
    stop: () => {
      listening.abort();
      window.clearTimeout(timer);
      detector.stop();
      withdraw();
      if (exposed.adviserCoachDetection === detection) delete exposed.adviserCoachDetection;
    },
  };
  return detection;
}
