/**
 * Where the coach keeps what outlives a card: the interview session (coverage,
 * follow-ups offered and acknowledged, steps ticked), the adviser's preferences,
 * and which item the adviser is on. On a case system's page that is the
 * background (per tab or case, across reloads); on the practice page it is the
 * page's own memory, so a new trainee starts clean (utils/interview/local-link.ts).
 */
import { browser } from 'wxt/browser';
import type { InterviewSession, SessionEvent } from '../../utils/interview/session';
import type { ScreenBox } from '../../utils/dom/field-box';
import { sendMessage } from '../../utils/messages';

export const PREFS_KEY = 'coach:prefs';

export interface CoachPrefs {
  language?: string;
  collapsed?: boolean;
}

export interface CoachLink {
  /** The interview so far (a fresh one when none). */
  loadInterview(): Promise<InterviewSession>;
  /** Record an event; resolves to the session after it (undefined: not known). Ids and states only, never an answer. */
  record(event: SessionEvent): Promise<InterviewSession | undefined>;
  loadPrefs(): Promise<CoachPrefs>;
  savePrefs(prefs: CoachPrefs): void;
  /** The adviser is on this item now (null: on none), so a note can be linked to it. */
  itemShown(itemId: string | null): void;
  /** Report the frame's findings and case identifier to the background (a host page); the practice page does not. */
  reportsToBackground: boolean;
  /**
   * A follow-up was put on the card just now, before it is recorded as offered (which waits
   * until the adviser could see it). The practice page records it at once: its feedback
   * must not depend on where the dock happened to show the card.
   */
  offeredNow?(event: Extract<SessionEvent, { kind: 'follow-up-offered' }>): void;
  /**
   * The page's own parts the overlay must never cover, in viewport pixels, and a way to hear
   * that they moved or changed. The practice page's turn box, its buttons and the client's last
   * reply; none on a case system's page, where the card keeps clear of the field's question
   * and the next field as before.
   */
  pageParts?: {
    boxes(): ScreenBox[];
    /** `listener` is called after each change of the parts; returns the way to stop listening. */
    onChange(listener: () => void): () => void;
  };
}

/** The link of a case system's page: the background keeps the interview of the tab or case. */
export function backgroundLink(packId: string): CoachLink {
  return {
    loadInterview: () => sendMessage('interview:load', { packId }),
    record: (event) => sendMessage('interview:record', { packId, event }),
    loadPrefs: async () => ((await browser.storage.local.get(PREFS_KEY))[PREFS_KEY] ?? {}) as CoachPrefs,
    // The card's language and folding: kept for this page when storage refuses them (a full disk).
    savePrefs: (prefs) => void browser.storage.local.set({ [PREFS_KEY]: prefs }).catch(() => undefined),
    itemShown: (itemId) => void sendMessage('coach:focus', { packId, itemId }).catch(() => undefined),
    reportsToBackground: true,
  };
}
