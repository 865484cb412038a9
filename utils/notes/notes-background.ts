/**
 * The notes' part of the background: the `case:identified` handler, the daily
 * retention purge, the keyboard command that opens the notes, and forgetting a
 * tab's case when the tab goes. Call `registerNotesBackground()` once, at the top
 * of the background's main, and spread `notesHandlers` into `handleMessages`.
 */
import { browser, type Browser } from 'wxt/browser';
import { notesDb } from '../db/notes-db';
import type { MessageHandlers } from '../messages';
import { forgetTabCase, onCaseIdentified } from './case-identified';
import { enforceRetention, refreshManagedRetention } from './retention';
import { MANAGED_RETENTION_KEY } from './retention-policy';
import { caseKeyOfTab, caseMetaOfTab, focusOfTab, FOCUS_REQUEST_KEY, notesSessionOfTab, type FocusRequest } from './tab-keys';

export const NOTES_PURGE_ALARM = 'notes:purge';
/** Manifest command (wxt.config.ts) that opens the notes with the note box focused. */
export const NOTES_FOCUS_COMMAND = 'notes-focus';
const DAY_MINUTES = 24 * 60;

export const notesHandlers = {
  'case:identified': onCaseIdentified,
} satisfies MessageHandlers;

function purge(): void {
  void enforceRetention(notesDb()).catch((error: unknown) => console.error('Notes purge failed', error));
}

type SidebarAction = { open(): Promise<void> };

/** Open the side panel (Chrome) or sidebar (Firefox) and ask it to focus the note box. */
export function openNotesWithFocus(tab: Browser.tabs.Tab | undefined): void {
  // Both open calls need the command's user gesture: call them before any await.
  const sidebarAction = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  if (browser.sidePanel && tab?.windowId !== undefined) {
    void browser.sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
  } else if (sidebarAction) {
    void sidebarAction.open().catch(() => undefined);
  }
  void (async () => {
    const windowId = tab?.windowId ?? (await browser.windows.getCurrent()).id;
    if (windowId === undefined) return;
    const request: FocusRequest = { windowId, at: Date.now() };
    await browser.storage.session.set({ [FOCUS_REQUEST_KEY]: request });
  })();
}

export function registerNotesBackground(): void {
  void browser.alarms.get(NOTES_PURGE_ALARM).then((alarm) => {
    // Creating it again would push the next run a day further each time the worker starts.
    if (!alarm) void browser.alarms.create(NOTES_PURGE_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === NOTES_PURGE_ALARM) purge();
  });
  // The organisation's limit is read at browser start and install, then cached.
  const readPolicyAndPurge = () => void refreshManagedRetention().then(purge, purge);
  browser.runtime.onStartup.addListener(readPolicyAndPurge);
  browser.runtime.onInstalled.addListener(readPolicyAndPurge);
  browser.storage.onChanged.addListener((changes, area) => {
    // The organisation changed the retention limit: apply it now, not tomorrow.
    const change = changes[MANAGED_RETENTION_KEY];
    if (area === 'managed' && change) void refreshManagedRetention(change).then(purge, purge);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === NOTES_FOCUS_COMMAND) openNotesWithFocus(tab);
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void forgetTabCase(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove([caseKeyOfTab(tabId), caseMetaOfTab(tabId), notesSessionOfTab(tabId), focusOfTab(tabId)]);
  });
}
