import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetAllEntered, forgetEntered, keepEntered, listEntered } from './entered-notes';
import { newNote } from './note-store';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('entered notes', () => {
  it('keeps notes in session storage, lists them oldest first and forgets them by id', async () => {
    const later = newNote({ caseKey: 'c:1', text: 'later', retentionDays: 30, now: 2_000 });
    const earlier = newNote({ caseKey: 's:2', text: 'earlier', retentionDays: 30, now: 1_000 });
    await keepEntered(later);
    await keepEntered(earlier);
    expect(await listEntered()).toEqual([earlier, later]);
    await forgetEntered([earlier.id, 'no-such-note']);
    expect(await listEntered()).toEqual([later]);
  });

  it('forgets every kept note and nothing else of the session', async () => {
    await fakeBrowser.storage.session.set({ 'case:5': 'c:x' });
    await keepEntered(newNote({ caseKey: 'c:x', text: 'a', retentionDays: 30 }));
    await keepEntered(newNote({ caseKey: 'c:x', text: 'b', retentionDays: 30 }));
    await forgetAllEntered();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'case:5': 'c:x' });
  });
});
