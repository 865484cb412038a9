/**
 * Content script: runs in the case system's pages, in every frame. Reads the
 * host form (never writes it), matches its fields to the pack for this URL,
 * reports what it found to the background and coaches in its own overlay.
 * No web storage here: the host origin owns it (see the security boundary).
 *
 * A single-page case system moves between assessments without loading a new
 * document (history API): when the URL changes, the pack is chosen again, and
 * a different one replaces the coach for the old one.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { CompiledPack } from '../../rules/compiled-pack';
import { isReleaseMode } from '../../utils/build-mode';
import { DEMO_MATCHES } from '../../utils/demo-origins';
import { isFrameElement } from '../../utils/dom/frame-element';
import { listenAgain, listenFirst, onPageEvent } from '../../utils/dom/page-events';
import { onDocumentRewritten } from '../../utils/dom/document-rewrites';
import { handleMessages } from '../../utils/messages';
import { removeLeftBehindOverlays } from '../../components/overlay/mount-overlay';
import { renderCounts, type RenderCounts } from '../../components/overlay/render-count';
import { choosePack } from './detection';
import { packsOnPage } from './packs-on-page';
import { startSession, type Session } from './session';

/** What a second injection into the same frame finds: the first script, which keeps the frame. */
interface FrameCoach {
  recheck(): void;
}
const FRAME_COACH = Symbol.for('adviser-coach.frame');
/**
 * Set while a newer copy of this script starts in the frame (from its module's first line
 * until its `main`): WXT's "newer script started" DOM event, which retires an older copy,
 * is let through only then. A page can name that event (the extension id is public) and
 * dispatch it to stop the coach; a page script cannot set this mark in our world.
 */
const STARTING = Symbol.for('adviser-coach.starting');
(globalThis as { [STARTING]?: boolean })[STARTING] = true;

/** Waiting for DOMContentLoaded: woken too when `document.open()` erased that listener. */
const waitingForParse = new Set<() => void>();

/** The document's HTML is parsed (where `document_idle` used to start the coach), or it was written anew: look again. */
const parsedOrRewritten = () =>
  new Promise<void>((resolve) => {
    if (document.readyState !== 'loading') return resolve();
    const done = () => {
      waitingForParse.delete(done);
      resolve();
    };
    waitingForParse.add(done);
    document.addEventListener('DOMContentLoaded', done, { once: true });
  });

/** The document's HTML is parsed, also one written with `document.open/write/close`. */
async function parsed(): Promise<void> {
  while (document.readyState === 'loading') await parsedOrRewritten();
}

/**
 * The pack in use is the one chosen: same id and version, compiled by the same compiler (a stored
 * pack compiled again by a newer version keeps its id and version but matches differently).
 */
const samePack = (a: CompiledPack | null, b: CompiledPack | null | undefined) =>
  a !== null && b != null && a.id === b.id && a.version === b.version && a.compiler === b.compiler;

export default defineContentScript({
  matches: DEMO_MATCHES,
  allFrames: true,
  // Forms in about:blank / srcdoc frames written by the page itself, also sandboxed ones
  // (an opaque origin: matched by the origin of the page that made the frame).
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  // At the document's start, before any page script, only to be the first to hear the
  // page's events (utils/dom/page-events.ts); the coach itself starts once the document is parsed.
  runAt: 'document_start',
  // WXT would also announce each start in a window message: the page would read the extension's id and that event's name there.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const scope = globalThis as { [FRAME_COACH]?: FrameCoach; [STARTING]?: boolean };
    delete scope[STARTING];
    const retireEvent = (ctx.constructor as { SCRIPT_STARTED_MESSAGE_TYPE?: string }).SCRIPT_STARTED_MESSAGE_TYPE;
    // Heard on window, before WXT's listener on document: one the page made up goes no further.
    const stopMadeUpRetire = (event: Event) => {
      if (!scope[STARTING]) event.stopImmediatePropagation();
    };
    if (retireEvent) window.addEventListener(retireEvent, stopMadeUpRetire, { capture: true, signal: ctx.signal });
    // Injected twice into one frame (the static script, then `scripting.executeScript` when a
    // site is switched on): the first run keeps the frame and looks for its pack again.
    const running = scope[FRAME_COACH];
    if (running) {
      running.recheck();
      return;
    }
    // An earlier copy's coach that can no longer act (Firefox unloads it outright) must not
    // go on showing its card and markers beside this one's.
    removeLeftBehindOverlays(document);

    let session: Session | null = null;
    /** The URL the pack was last chosen for. */
    let chosenFor = '';
    let checking: Promise<void> | null = null;
    let checkAgain = false;
    /** The document was written anew (document.open): the session in it is gone with its elements. */
    let rewritten = false;

    async function choose(): Promise<void> {
      await parsed(); // a navigation or a message before the page is parsed waits for it
      chosenFor = location.href;
      const pack = await choosePack().catch(() => null);
      if (ctx.isInvalid || (!rewritten && samePack(pack, session?.pack))) return;
      rewritten = false;
      session?.stop();
      session = null;
      const started = pack ? await startSession(pack, onFieldsChanged) : null;
      // Retired while it started (a newer copy came into the frame: the one injected into open
      // tabs at install beside the manifest's own, an update): the clean-up already ran and
      // found no session, so this one would go on as a second coach with the newer one.
      if (ctx.isInvalid) started?.stop();
      else session = started;
    }
    function recheck(): Promise<void> {
      if (checking) {
        checkAgain = true; // one more look when this one is done: the URL may have moved on again
        return checking;
      }
      checking = choose().catch((error: unknown) => console.debug('[Adviser Coach] start:', error)).finally(() => {
        checking = null;
        if (checkAgain) {
          checkAgain = false;
          void recheck();
        }
      });
      return checking;
    }
    function onNavigate() {
      session?.detection.navigated();
      if (location.href !== chosenFor) void recheck();
    }
    // Browsers without the Navigation API tell nothing of pushState: a re-rendered page is the sign.
    function onFieldsChanged() {
      if (location.href !== chosenFor) void recheck();
    }
    scope[FRAME_COACH] = { recheck: () => void recheck() };
    // For the browser tests and the demo: how often the overlay drew, in this isolated world only.
    if (!isReleaseMode(import.meta.env.MODE)) (globalThis as { adviserCoachRenders?: RenderCounts }).adviserCoachRenders = renderCounts;

    // The extension updated or reloaded while this page stayed open: this script is left
    // behind (runtime.id undefined, messaging throws). At the adviser's next move it takes
    // its overlay away before any of its own listeners run (these run first: registered
    // first, same phase), so it shows no card and throws nothing. The new version is
    // started in the tab by the background (runtime.onInstalled).
    listenFirst(window);
    const retireIfLeftBehind = () => void ctx.isInvalid;
    for (const type of ['focusin', 'mouseover', 'input', 'change', 'click', 'keydown', 'keyup', 'scroll'] as const) {
      onPageEvent(window, type, retireIfLeftBehind, { signal: ctx.signal, untrusted: true });
    }

    window.addEventListener('popstate', onNavigate);
    // A frame the page writes whole (document.open/write/close), once or again: the same window and
    // document object, new elements, and none of our listeners left. Listen again and start anew.
    onDocumentRewritten(document, () => {
      listenAgain(window);
      if (retireEvent) window.addEventListener(retireEvent, stopMadeUpRetire, { capture: true, signal: ctx.signal });
      window.addEventListener('popstate', onNavigate);
      for (const wake of [...waitingForParse]) wake();
      rewritten = true;
      void recheck();
    }, ctx.signal);
    const navigation = (window as Window & { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', onNavigate);
    handleMessages({
      'coach:command': ({ command }) => {
        // Every frame hears a command; the one the adviser is working in acts (a document
        // around the focused frame has focus too, but its active element is the frame).
        if (document.hasFocus() && !isFrameElement(document.activeElement)) session?.coach.runCommand(command);
      },
      // A frame's card, follow-ups and keys, for the top document to draw and run (frame-card-host.ts).
      'frame-card:show': (card) => session?.coach.frameCards?.show(card) ?? false,
      'frame-card:follow-ups': (offer) => session?.coach.frameCards?.takeFollowUps(offer) ?? false,
      'frame-card:command': (request) => session?.coach.frameCards?.command(request) ?? false,
      'frame-card:focus-field': () => session?.coach.returnFocus(),
      'frame-card:host-ready': () => session?.coach.offerCardToTop(),
      // The popup, on a case system no pack is written for: which packs ask this page's questions (sent to frame 0 only).
      'coach:packs-on-page': () => packsOnPage(),
      // A pack was updated, rolled back, switched off: the new version replaces the coach in place.
      'packs:changed': () => void recheck(),
      // Answered when the coach has looked again and, switched off, left the page.
      'site:switched-off': () => recheck(),
      'detection:report-again': () => session?.detection.reportAgain(),
      'coach:found-in-tab': ({ packId, itemIds }) => {
        if (window === window.top && session?.pack.id === packId) session.coach.foundInTab(itemIds);
      },
    }, ctx.signal);
    ctx.onInvalidated(() => {
      session?.stop();
      session = null;
      window.removeEventListener('popstate', onNavigate);
      navigation?.removeEventListener('navigatesuccess', onNavigate);
      delete scope[FRAME_COACH];
    });

    await recheck();
  },
});
