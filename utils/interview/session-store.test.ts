import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSession, purgeIdleSessions, recordSessionEvent, sessionKeyForTab } from './session-store';
import { SESSION_IDLE_LIMIT_MS } from './session';
import { readTabContext } from '../notes/tab-context';

beforeEach(() => fakeBrowser.reset());

describe('interview session store', () => {
  it('keeps one session per tab across page loads, shared with notes, until a case key is known', async () => {
    const first = await sessionKeyForTab(7, 100);
    expect(first).toMatch(/^s:/);
    expect(await sessionKeyForTab(7, 200)).toBe(first);
    expect((await readTabContext(7)).sessionKey).toBe(first);
    await fakeBrowser.storage.session.set({ 'case:7': 'c:hmac123' });
    expect(await sessionKeyForTab(7, 300)).toBe('c:hmac123');
  });

  it('applies events in order even when they arrive together', async () => {
    await Promise.all([
      recordSessionEvent(1, 'p', { kind: 'seen', itemIds: ['a'] }, 10),
      recordSessionEvent(1, 'p', { kind: 'answered', itemId: 'a', answered: true }, 11),
      recordSessionEvent(1, 'p', { kind: 'seen', itemIds: ['b'] }, 12),
    ]);
    const session = await loadSession(1, 'p', 13);
    expect(session.seen).toEqual(['a', 'b']);
    expect(session.answered).toEqual(['a']);
  });

  it('goes on counting coverage when the disk is full, and stores it all once there is room', async () => {
    await recordSessionEvent(3, 'p', { kind: 'seen', itemIds: ['a'] }, 10);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('IO error: .../000004.log: FILE_ERROR_NO_SPACE'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await recordSessionEvent(3, 'p', { kind: 'answered', itemId: 'a', answered: true }, 11)).answered).toEqual(['a']);
    expect((await recordSessionEvent(3, 'p', { kind: 'seen', itemIds: ['b'] }, 12)).seen).toEqual(['a', 'b']);
    expect((await loadSession(3, 'p', 13)).answered).toEqual(['a']);
    set.mockRestore();
    const session = await recordSessionEvent(3, 'p', { kind: 'seen', itemIds: ['c'] }, 14);
    expect(await fakeBrowser.storage.local.get(`interview:${session.key}`)).toEqual({ [`interview:${session.key}`]: session });
    expect(session).toMatchObject({ seen: ['a', 'b', 'c'], answered: ['a'] });
  });

  it('starts afresh after the idle limit and purges idle sessions', async () => {
    await recordSessionEvent(2, 'p', { kind: 'seen', itemIds: ['a'] }, 1000);
    const later = 1000 + SESSION_IDLE_LIMIT_MS + 1;
    expect(await purgeIdleSessions(later)).toBe(1);
    expect((await loadSession(2, 'p', later)).seen).toEqual([]);
  });
});
