// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NotesDatabase } from '../../utils/db/notes-db';
import { dropNotesDb, freshNotesDb } from '../../utils/notes/test-db';
import { NotesController } from './notes-controller';

let db: NotesDatabase;
let controller: NotesController;

beforeEach(async () => {
  fakeBrowser.reset();
  db = await freshNotesDb();
  const tab = await fakeBrowser.tabs.create({ url: 'https://cases.example.org/intake' });
  await fakeBrowser.storage.session.set({ [`case:${tab.id}`]: 'c:test-case' });
  controller = new NotesController(db);
  await controller.start(tab.id);
});

afterEach(async () => {
  controller.dispose();
  vi.useRealTimers();
  await dropNotesDb(db);
});

describe('NotesController', () => {
  it('files notes under the tab\u2019s case and clears the draft once saved', async () => {
    expect(controller.target.value).toEqual({ kind: 'case', caseKey: 'c:test-case' });
    controller.inputDraft('Worried about rent');
    await controller.flushAll();
    expect((await db.drafts.get('c:test-case'))?.text).toBe('Worried about rent');
    await controller.saveNote();
    expect(controller.notes.value.map((n) => n.text)).toEqual(['Worried about rent']);
    expect(await db.drafts.count()).toBe(0);
    expect(controller.draftText.value).toBe('');
  });

  it('writes what is typed at once when the page is hidden', async () => {
    controller.inputDraft('mid-wor');
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(async () => expect((await db.drafts.get('c:test-case'))?.text).toBe('mid-wor'));
  });

  it('undoes a delete', async () => {
    controller.inputDraft('keep me');
    await controller.saveNote();
    const [note] = controller.notes.value;
    await controller.deleteNote(note!);
    expect(controller.notes.value).toEqual([]);
    expect(controller.status.value?.undo?.id).toBe(note!.id);
    await controller.undoDelete();
    expect(controller.notes.value).toEqual([note]);
  });

  it('locks itself after the chosen minutes without use, keeping the draft sealed', async () => {
    await controller.enableLock('a long passphrase');
    expect(controller.lock.value).toBe('open');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await controller.setAutoLockMinutes(5);
    controller.inputDraft('typed before the lock closed');
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    controller.noteActivity(); // used again: the clock starts over
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    expect(controller.lock.value).toBe('open');
    await vi.advanceTimersByTimeAsync(60_000 + 10);
    await vi.waitFor(() => expect(controller.lock.value).toBe('locked'));
    expect(controller.draftText.value).toBe('');
    const draft = await db.drafts.get('c:test-case');
    expect(draft?.text).toBe('');
    expect(draft?.sealed).toBeDefined();
  });
});
