import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NOTES_PURGE_ALARM, openNotesWithFocus, registerNotesBackground } from './notes-background';
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
