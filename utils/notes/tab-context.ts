/**
 * What the side panel files notes under for a tab: the case key the background
 * stored, else the tab's interview session (created on first need), plus the item
 * the adviser is on. Extension pages only: reads `storage.session`.
 */
import { browser } from 'wxt/browser';
import type { NotesDatabase } from '../db/notes-db';
import { exclusively } from '../exclusive';
import { makeSessionKey } from './note-id';
import { caseKeyOfTab, caseMetaOfTab, focusOfTab, notesSessionOfTab, type CaseMeta, type FocusedItem } from './tab-keys';

export interface TabContext {
  caseKey?: string;
  meta?: CaseMeta;
  sessionKey?: string;
  focus?: FocusedItem;
}

function isFocusedItem(value: unknown): value is FocusedItem {
  const item = value as FocusedItem | null | undefined;
  return !!item && typeof item.packId === 'string' && typeof item.itemId === 'string' && typeof item.title === 'object' && item.title !== null;
}

export async function readTabContext(tabId: number): Promise<TabContext> {
  const keys = [caseKeyOfTab(tabId), caseMetaOfTab(tabId), notesSessionOfTab(tabId), focusOfTab(tabId)];
  const stored = await browser.storage.session.get(keys);
  const caseKey = stored[caseKeyOfTab(tabId)];
  const sessionKey = stored[notesSessionOfTab(tabId)];
  const focus = stored[focusOfTab(tabId)];
  return {
    ...(typeof caseKey === 'string' && caseKey.startsWith('c:') ? { caseKey } : {}),
    ...(stored[caseMetaOfTab(tabId)] ? { meta: stored[caseMetaOfTab(tabId)] as CaseMeta } : {}),
    ...(typeof sessionKey === 'string' ? { sessionKey } : {}),
    // The overlay writes this; anything malformed is treated as "no item".
    ...(isFocusedItem(focus) ? { focus } : {}),
  };
}

/** Does a storage.session change concern this tab's notes context? */
export function touchesTabContext(changedKeys: string[], tabId: number): boolean {
  const keys = new Set([caseKeyOfTab(tabId), caseMetaOfTab(tabId), notesSessionOfTab(tabId), focusOfTab(tabId)]);
  return changedKeys.some((key) => keys.has(key));
}

/**
 * The tab's interview session for notes, created when first needed. One caller at a
 * time per tab: the side panel (which reads again on every change of the tab's
 * context, its own first write included) and the background (interview coverage)
 * both ask at the panel's first open, and two sessions made at once split the notes
 * and moved what the adviser had begun typing to the one the panel then left.
 */
export function ensureNotesSession(db: NotesDatabase, tabId: number, now = Date.now()): Promise<string> {
  return exclusively(sessionLockOfTab(tabId), async () => {
    const existing = (await readTabContext(tabId)).sessionKey;
    if (existing && (await db.sessions.get(existing))) {
      await db.sessions.update(existing, { lastActive: now });
      return existing;
    }
    return createNotesSession(db, tabId, now);
  });
}

/** "New interview": later notes on this tab go to a fresh session. */
export function startNewNotesSession(db: NotesDatabase, tabId: number, now = Date.now()): Promise<string> {
  return exclusively(sessionLockOfTab(tabId), () => createNotesSession(db, tabId, now));
}

/** The lock of a tab's session; Web Locks are not re-entrant, so only the two exported functions take it. */
const sessionLockOfTab = (tabId: number) => `notes-session-of-tab-${tabId}`;

async function createNotesSession(db: NotesDatabase, tabId: number, now: number): Promise<string> {
  const id = makeSessionKey();
  await db.sessions.put({ id, started: now, lastActive: now });
  await browser.storage.session.set({ [notesSessionOfTab(tabId)]: id });
  return id;
}
