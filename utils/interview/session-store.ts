/**
 * Interview sessions in extension storage (background only). One per case when
 * the page shows a case identifier (keyed by its HMAC, see notes), else one per
 * tab, so coverage survives reloads and the pages of a multi-page form.
 */
import { browser } from 'wxt/browser';
import { notesDb } from '../db/notes-db';
import { ensureNotesSession, readTabContext } from '../notes/tab-context';
import { applySessionEvent, newSession, SESSION_IDLE_LIMIT_MS, type InterviewSession, type SessionEvent } from './session';

const storageKey = (sessionKey: string) => `interview:${sessionKey}`;

/**
 * The session key for a tab: its case key (`c:<HMAC>`) when the page shows a case
 * identifier, else the tab's interview session (`s:<id>`), the same one its notes
 * are filed under, so "new interview" in the side panel starts both afresh.
 */
export async function sessionKeyForTab(tabId: number, now = Date.now()): Promise<string> {
  const context = await readTabContext(tabId);
  return context.caseKey ?? ensureNotesSession(notesDb(), tabId, now);
}

/**
 * Sessions storage would not take (a full disk), by session key: kept in this
 * worker's memory so coverage goes on through the interview, and stored by the
 * next write of that session that succeeds.
 */
const unstored = new Map<string, InterviewSession>();

async function read(sessionKey: string): Promise<InterviewSession | undefined> {
  const key = storageKey(sessionKey);
  return unstored.get(sessionKey) ?? ((await browser.storage.local.get(key))[key] as InterviewSession | undefined);
}

async function write(session: InterviewSession): Promise<void> {
  try {
    await browser.storage.local.set({ [storageKey(session.key)]: session });
    unstored.delete(session.key);
  } catch (error) {
    unstored.set(session.key, session);
    console.warn('Adviser Coach: the interview session is kept in memory only for now', error);
  }
}

/** The current session for a tab and pack; a stale one (idle over 12 h or another pack) starts afresh. */
export async function loadSession(tabId: number, packId: string, now = Date.now()): Promise<InterviewSession> {
  const key = await sessionKeyForTab(tabId, now);
  const session = await read(key);
  if (session && session.packId === packId && now - session.updatedAt < SESSION_IDLE_LIMIT_MS) return session;
  const fresh = newSession(key, packId, now);
  await write(fresh);
  return fresh;
}

// Events from one page arrive in bursts; apply them one at a time per session.
const queues = new Map<number, Promise<unknown>>();

export function recordSessionEvent(tabId: number, packId: string, event: SessionEvent, now = Date.now()): Promise<InterviewSession> {
  const run = async () => {
    const session = await loadSession(tabId, packId, now);
    const next = applySessionEvent(session, event, now);
    if (next !== session) await write(next);
    return next;
  };
  const result = (queues.get(tabId) ?? Promise.resolve()).then(run, run);
  const settled = result.catch(() => undefined);
  queues.set(tabId, settled);
  // Forget a tab's queue once it is idle, so closed tabs leave nothing behind.
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return result;
}

/** Delete sessions idle past the limit (called from the daily alarm and at start-up). */
export async function purgeIdleSessions(now = Date.now()): Promise<number> {
  const all = await browser.storage.local.get(null);
  const stale = Object.entries(all)
    .filter(([key, value]) => key.startsWith('interview:') && now - (value as InterviewSession).updatedAt >= SESSION_IDLE_LIMIT_MS)
    .map(([key]) => key);
  if (stale.length) await browser.storage.local.remove(stale);
  return stale.length;
}
