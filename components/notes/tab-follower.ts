/**
 * Which tab the side panel serves, and what its notes are filed under there: the
 * case the background recorded for the tab, else the tab's interview session.
 * Follows the active tab of the panel's window, case changes in the tab, the item
 * the adviser is on, and the keyboard command's request to focus the note box.
 */
import { browser } from 'wxt/browser';
import type { NotesDatabase } from '../../utils/db/notes-db';
import { ensureNotesSession, readTabContext, startNewNotesSession, touchesTabContext } from '../../utils/notes/tab-context';
import { FOCUS_REQUEST_KEY, type FocusedItem, type FocusRequest } from '../../utils/notes/tab-keys';

export interface NotesTarget {
  kind: 'case' | 'session';
  caseKey: string;
}

export interface TabFollowerEvents {
  /** The notes shown should now be those of `target`. */
  target(target: NotesTarget): Promise<void>;
  /** The item the adviser is on in the tab (or none). */
  focus(item: FocusedItem | null): void;
  /** The keyboard command asked for the note box. */
  focusRequest(): void;
}

/** A page reload briefly removes the tab's case key; wait before showing the session instead. */
const CASE_GONE_GRACE_MS = 1500;
/** A focus request counts if the panel opens within this time (the command opened it). */
const FOCUS_REQUEST_FRESH_MS = 5000;

export class TabFollower {
  private tabId: number | undefined;
  private windowId: number | undefined;
  private followActiveTab = true;
  private current: NotesTarget | null = null;
  private caseGoneTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly db: NotesDatabase,
    private readonly events: TabFollowerEvents,
  ) {}

  /** `tabId` fixes the tab (tests open the panel as a page with `?tab=`); else follow the active tab. */
  async start(tabId?: number): Promise<void> {
    if (tabId !== undefined) {
      this.followActiveTab = false;
      this.tabId = tabId;
      this.windowId = (await browser.tabs.get(tabId).catch(() => undefined))?.windowId;
    } else {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      this.tabId = tab?.id;
      this.windowId = tab?.windowId;
    }
    this.listen();
    await this.refresh();
    const request = (await browser.storage.session.get(FOCUS_REQUEST_KEY))[FOCUS_REQUEST_KEY] as FocusRequest | undefined;
    if (request && request.windowId === this.windowId && Date.now() - request.at < FOCUS_REQUEST_FRESH_MS) this.events.focusRequest();
  }

  dispose(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    clearTimeout(this.caseGoneTimer);
  }

  /** "New interview": later notes on this tab go to a fresh session. */
  async newSession(): Promise<void> {
    if (this.tabId === undefined) return;
    await this.show({ kind: 'session', caseKey: await startNewNotesSession(this.db, this.tabId) });
  }

  /** After "delete everything": the tab's session is gone with its notes. */
  async renewSessionIfShown(): Promise<void> {
    if (this.current?.kind === 'session') await this.newSession();
  }

  private listen(): void {
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'session') return;
      const keys = Object.keys(changes);
      if (this.tabId !== undefined && touchesTabContext(keys, this.tabId)) void this.refresh();
      if (keys.includes(FOCUS_REQUEST_KEY)) {
        const request = (changes[FOCUS_REQUEST_KEY] as { newValue?: FocusRequest }).newValue;
        if (request && request.windowId === this.windowId) this.events.focusRequest();
      }
    };
    browser.storage.onChanged.addListener(onStorage);
    this.cleanups.push(() => browser.storage.onChanged.removeListener(onStorage));

    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (!this.followActiveTab || info.windowId !== this.windowId) return;
      this.tabId = info.tabId;
      void this.refresh();
    };
    browser.tabs.onActivated.addListener(onActivated);
    this.cleanups.push(() => browser.tabs.onActivated.removeListener(onActivated));
  }

  private async refresh(): Promise<void> {
    const tabId = this.tabId;
    if (tabId === undefined) return;
    const context = await readTabContext(tabId);
    this.events.focus(context.focus ?? null);
    if (context.caseKey) {
      clearTimeout(this.caseGoneTimer);
      this.caseGoneTimer = undefined;
      await this.show({ kind: 'case', caseKey: context.caseKey });
      return;
    }
    if (this.current?.kind === 'case') {
      // Moving to the next page of a form removes the case for a moment: no flicker to the session.
      this.caseGoneTimer ??= setTimeout(() => {
        this.caseGoneTimer = undefined;
        void this.fallBackToSession(tabId);
      }, CASE_GONE_GRACE_MS);
      return;
    }
    await this.fallBackToSession(tabId);
  }

  private async fallBackToSession(tabId: number): Promise<void> {
    if ((await readTabContext(tabId)).caseKey) return this.refresh();
    await this.show({ kind: 'session', caseKey: await ensureNotesSession(this.db, tabId) });
  }

  private async show(target: NotesTarget): Promise<void> {
    if (this.current && this.current.kind === target.kind && this.current.caseKey === target.caseKey) return;
    this.current = target;
    await this.events.target(target);
  }
}
