/**
 * Typed messages between the content script, extension pages and the background.
 * One protocol table; `sendMessage` and `handleMessages` are typed from it, so a
 * sender and its handler cannot disagree about shapes.
 */
import { browser, type Browser } from 'wxt/browser';
import type { CompiledPack, EffectiveSeverity, MatchRule } from '../rules/compiled-pack';
import type { InterviewSession, SessionEvent } from './interview/session';
import type { CoachCommand } from '../entrypoints/content/coach-keys';
import type { SiteEntry, SiteStatus } from './site-access';
import type { CheckResult } from './packs/subscriptions';
import type { ImportResult } from '../rules/import-pack';
import type { ScreenBox } from './dom/field-box';
import type { UnmatchedQuestions } from '../rules/question-like';

/** A pack and how many of its questions a page shows (entrypoints/content/packs-on-page.ts). */
export interface PackOnPage {
  packId: string;
  found: number;
}

/** One pack item found in one frame. Never carries a field's value. */
export interface FieldMatch {
  itemId: string;
  rule: MatchRule;
  /** The label text or selector that matched (host page text, not an answer). */
  matchedText: string;
  /** Which element it was found in (`select#ctl00_Main_ddlHousing`), for supervisors tuning a pack. */
  element?: string;
}

/** What one frame's content script found. */
export interface FrameDetection {
  packId: string;
  packVersion: string;
  frameUrl: string;
  matches: FieldMatch[];
  /**
   * Fields that look like questions and matched no item (utils/dom/unmatched-questions.ts).
   * Host page text: the background keeps it in memory for the tab, never in storage.
   */
  unmatched?: UnmatchedQuestions;
}

/** A tab's unmatched questions, all frames merged (utils/unmatched-store.ts). */
export interface TabUnmatched extends UnmatchedQuestions {
  packId: string;
}

export interface Protocol {
  /** Content script asks which compiled pack applies to its page ('' for a frame that cannot know its page: the tab's page). */
  'pack:for-url': { request: { url: string }; response: CompiledPack | null };
  /** Content script reports what it found in its frame; the background merges per tab. */
  'detection:report': { request: FrameDetection; response: void };
  /**
   * Popup: the fields of a tab's page that look like questions and match no item (null: no
   * frame has reported since the background started; the tab's frames are asked to report again).
   */
  'detection:unmatched': { request: { tabId: number }; response: TabUnmatched | null };
  /** Background asks a tab's frames to report their findings again (it restarted and lost what it kept in memory). */
  'detection:report-again': { request: Record<string, never>; response: void };
  /** A frame's page is going away (an iframe removed, a frame navigating): drop its findings. */
  'detection:withdraw': { request: { packId: string; frameUrl: string }; response: void };
  /**
   * Content script (top frame and any frame the pack's caseId binding reads) reports
   * the case identifier its page shows, from `readCaseIdentifier` in
   * utils/notes/read-case-identifier.ts, or null when it shows none. The background
   * stores only its HMAC (`case:<tabId>` in storage.session), never the identifier.
   */
  'case:identified': { request: { caseIdentifier: string | null; packId: string }; response: void };
  /** Content script loads the interview session of its tab (coverage, open follow-ups). */
  'interview:load': { request: { packId: string }; response: InterviewSession };
  /** Content script records what happened: ids and states only, never an answer. */
  'interview:record': { request: { packId: string; event: SessionEvent }; response: InterviewSession };
  /** Popup: may the coach run on this page's site, and does it? */
  'site:status': { request: { url: string }; response: SiteStatus };
  /** Popup, after the user granted the origin: turn coaching on or off for a site. */
  'site:set-enabled': { request: { pattern: string; enabled: boolean; tabId?: number }; response: void };
  /**
   * Popup or options page: the rule pack to coach with on a site's pages that no pack's host
   * bindings name (`packId` null: none). Refused (rejects) for a pattern that is not one site's
   * origin, a pack not installed, or a sender that is not an extension page.
   */
  'site:choose-pack': { request: { pattern: string; packId: string | null }; response: void };
  /** Content script, for `coach:packs-on-page`: the packs the adviser may choose for a site (installed, switched on). */
  'pack:choosable': { request: Record<string, never>; response: CompiledPack[] };
  /**
   * Popup asks the tab's top frame, on a case system no pack is written for: how many of each
   * choosable pack's questions the page shows (entrypoints/content/packs-on-page.ts), most first.
   */
  'coach:packs-on-page': { request: Record<string, never>; response: PackOnPage[] };
  /** Options page: the sites coaching may run on (granted origins), switched on or off. */
  'sites:list': { request: Record<string, never>; response: SiteEntry[] };
  /** Content script: the adviser is on this item now (null: on none), so a note can link to it. */
  'coach:focus': { request: { packId: string; itemId: string | null }; response: void };
  /** Options page: bring back the built-in packs the adviser removed; answers with the titles added. */
  'packs:restore-defaults': { request: Record<string, never>; response: { restored: string[] } };
  /**
   * Options page: import a pack file (its bytes, base64url), with its detached signature's text if
   * there is one. `dryRun`: check only, and say what installing would change. Answers what the page shows.
   */
  'packs:import-file': { request: { bytes: string; fileName: string; signature?: string; dryRun: boolean }; response: ImportResult };
  /** Options page: remove an installed pack (and its kept copy). The background applies every change to the packs in turn. */
  'packs:remove': { request: { id: string }; response: void };
  /** Options page: swap a pack with its kept copy; answers the version now in force (null: nothing to roll back to). */
  'packs:roll-back': { request: { id: string }; response: string | null };
  /** Options page, undoing a removal: put that pack back at its old place, with its kept copy (false: another change to the packs came after it). */
  'packs:put-back': { request: { id: string }; response: boolean };
  /** Options page: switch a pack on or off. */
  'packs:set-enabled': { request: { id: string; enabled: boolean }; response: void };
  /** Options page: subscribe to a pack URL (checked at once). `problem`: the URL or signature URL is not allowed, or already subscribed. */
  'packs:subscribe': {
    request: { url: string; signatureUrl?: string };
    response: { ok: true; url: string; result?: CheckResult } | { ok: false; problem: 'url' | 'signature-url' | 'exists' };
  };
  /** Options page: the adviser's own subscription ends (the pack it installed stays until removed). */
  'packs:unsubscribe': { request: { url: string }; response: void };
  /** Options page: check a subscription now; null when there is no such subscription. */
  'packs:check-now': { request: { url: string }; response: CheckResult | null };
  /** Options page: install the update waiting for this subscription; null when none waits. */
  'packs:apply-update': { request: { url: string }; response: CheckResult | null };
  /** Options page: drop the waiting update and keep the pack in use; null when none waits. */
  'packs:keep-current': { request: { url: string }; response: CheckResult | null };
  /** Options page, after the adviser allowed the policy's case-system sites: run the coach there. */
  'policy:sites-granted': { request: Record<string, never>; response: void };
  /** Background tells each tab's content script that the installed packs changed: choose again. */
  'packs:changed': { request: Record<string, never>; response: void };
  /**
   * Background tells each frame of a site's open tabs that the site was switched off: choose
   * again (none now: the coach takes its overlay away). Answered once that is done, so the
   * switch is in force before the background goes on (an update right after it unloads the
   * old content script in Firefox, and an overlay not yet taken away would stay).
   */
  'site:switched-off': { request: Record<string, never>; response: void };
  /**
   * Background tells the tab's top frame which of the pack's items the tab's frames
   * found (all frames merged), so one "left to ask" list covers the whole tab.
   */
  'coach:found-in-tab': { request: { packId: string; itemIds: string[] }; response: void };
  /** Content script: the page kept removing the coach's overlay, which now stays out (said in the popup). */
  'coach:silenced': { request: { packId: string }; response: void };
  /** Background forwards a keyboard command to the tab's content script. */
  'coach:command': { request: { command: CoachCommand }; response: void };
  /**
   * A frame's content script asks the tab's top document to draw its card (the field's
   * boxes in the frame's viewport pixels); the background passes it on to frame 0 and
   * answers whether the top document shows it (false: draw it in the frame).
   */
  'frame-card:show': { request: FrameCardShow; response: boolean };
  /** A frame hands its waiting follow-ups to the top document's dock; true when taken. */
  'frame-card:follow-ups': { request: FrameCardFollowUps; response: boolean };
  /** A key the adviser pressed in a frame, for the card or the list the top document shows; true when run. */
  'frame-card:command': { request: FrameCardCommand; response: boolean };
  /**
   * The top document gives the focus back to the field in frame `frameId` (the adviser
   * left the card or list it drew); the background passes it on to that frame.
   */
  'frame-card:focus-field': { request: { frameId: number }; response: void };
  /**
   * The top document's coach started (after the frames' coaches, on a slow load): the
   * background tells the tab's frames, which offer it their card and follow-ups again.
   */
  'frame-card:host-ready': { request: Record<string, never>; response: void };
}

/** Which frame a relayed card comes from, as the top document can recognise it. */
export interface FrameIdentity {
  /** Random per frame; the frame's content script keeps it where only this extension's scripts see it. */
  token: string;
  /** The frame's address (for a frame in another origin, where the token cannot be read). */
  url: string;
  /** The frame's viewport size in CSS pixels, to tell apart frames with the same address. */
  viewport: { width: number; height: number };
  packId: string;
  /** The frame's id in its tab: added by the background (the page cannot set it). */
  frameId?: number;
}

/** The card a frame shows: the item and the field's boxes, in the frame's viewport pixels. */
export interface FrameCardShow extends FrameIdentity {
  /** null: the frame shows no card now. */
  itemId: string | null;
  field: ScreenBox | null;
  keepClear: ScreenBox[];
}

export interface FrameCardFollowUps extends FrameIdentity {
  followUps: { itemId: string; followUpId: string; severity: EffectiveSeverity; stepsDone: number[] }[];
}

export interface FrameCardCommand extends FrameIdentity {
  command: CoachCommand | 'dismiss';
}

export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = Protocol[K]['request'];
export type Response<K extends MessageType> = Protocol[K]['response'];

interface Envelope<K extends MessageType = MessageType> {
  type: K;
  data: Request<K>;
}

/**
 * Rejects (never throws) when the extension is gone: in a content script left behind by
 * an update or reload, `runtime` is undefined or throws "Extension context invalidated".
 */
export function sendMessage<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>> {
  const envelope: Envelope<K> = { type, data };
  try {
    return browser.runtime.sendMessage(envelope) as Promise<Response<K>>;
  } catch (error) {
    return Promise.reject(error);
  }
}

export type MessageHandlers = {
  [K in MessageType]?: (
    data: Request<K>,
    sender: Browser.runtime.MessageSender,
  ) => Response<K> | Promise<Response<K>>;
};

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).type === 'string';
}

/**
 * Register the handlers for the message types this context answers.
 * @param signal when aborted, this context answers no more (a content script left
 *   behind by a newer one in the same frame must not answer in its place)
 */
export function handleMessages(handlers: MessageHandlers, signal?: AbortSignal): void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as
      | ((data: unknown, sender: Browser.runtime.MessageSender) => unknown)
      | undefined;
    if (!handler) return undefined;
    // The polyfill sends back whatever the returned promise resolves to.
    return Promise.resolve(handler(message.data, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
