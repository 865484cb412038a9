import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NOTES_PURGE_ALARM, openNotesWithFocus, registerNotesBackground } from './notes-background';
import { MANAGED_RETENTION_CACHE_KEY } from './retention';
import { FOCUS_REQUEST_KEY } from './tab-keys';

describe('notes background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no commands API; the real one calls this listener.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  });

  it('schedules one daily purge and keeps an existing schedule', async () => {
    registerNotesBackground();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(NOTES_PURGE_ALARM)).toBeDefined());
    const first = await fakeBrowser.alarms.get(NOTES_PURGE_ALARM);
    expect(first?.periodInMinutes).toBe(24 * 60);
    registerNotesBackground(); // the service worker woke up again
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await fakeBrowser.alarms.get(NOTES_PURGE_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
  });

  it('reads the organisation policy at start-up, and follows a policy change without reading again', async () => {
    await fakeBrowser.storage.managed.set({ notesRetentionDays: 14 });
    registerNotesBackground();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(MANAGED_RETENTION_CACHE_KEY))[MANAGED_RETENTION_CACHE_KEY]).toBe(14));
    const read = vi.spyOn(fakeBrowser.storage.managed, 'get');
    await fakeBrowser.storage.onChanged.trigger({ notesRetentionDays: { oldValue: 14, newValue: 7 } }, 'managed');
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(MANAGED_RETENTION_CACHE_KEY))[MANAGED_RETENTION_CACHE_KEY]).toBe(7));
    expect(read).not.toHaveBeenCalled();
  });

  it('forgets a closed tab\u2019s case, session and focus', async () => {
    registerNotesBackground();
    await fakeBrowser.storage.session.set({ 'case:5': 'c:x', 'case-meta:5': {}, 'notes-session:5': 's:y', 'focus:5': {}, 'case:6': 'c:z' });
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'case:6': 'c:z' }));
  });

  it('opens the side panel in the command\u2019s window and asks it to focus the note box', async () => {
    const open = vi.fn(() => Promise.resolve());
    (fakeBrowser as unknown as { sidePanel: unknown }).sidePanel = { open };
    openNotesWithFocus({ windowId: 3 } as never);
    expect(open).toHaveBeenCalledWith({ windowId: 3 }); // synchronously, inside the user gesture
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.session.get(FOCUS_REQUEST_KEY))[FOCUS_REQUEST_KEY]).toMatchObject({ windowId: 3 }),
    );
  });
});
