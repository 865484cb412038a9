// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NotesDatabase } from '../../utils/db/notes-db';
import { dropNotesDb, freshNotesDb } from '../../utils/notes/test-db';
import { listEntered } from '../../utils/notes/entered-notes';
import { keepPracticeSummary } from '../../utils/practice/practice-results';
import { NotesController } from './notes-controller';

let db: NotesDatabase;
let controller: NotesController;
/** The tab showing case `c:test-case`. */
let caseTab: number;

beforeEach(async () => {
  fakeBrowser.reset();
  db = await freshNotesDb();
  const tab = await fakeBrowser.tabs.create({ url: 'https://cases.example.org/intake' });
  await fakeBrowser.storage.session.set({ [`case:${tab.id}`]: 'c:test-case' });
  caseTab = tab.id!;
  controller = new NotesController(db);
  await controller.start(caseTab);
});

/** The next notes-database transaction waits until `release()`: a slow or busy disk. */
function holdNextTransaction(): { release: () => void } {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  vi.spyOn(db, 'transaction').mockImplementationOnce(((...args: unknown[]) => gate.then(() => transaction(...args))) as never);
  return { release };
}

afterEach(async () => {
  vi.restoreAllMocks();
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

  it('keeps what is typed while a note is being saved, and stores it as the next draft', async () => {
    controller.inputDraft('First note');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const put = db.notes.put.bind(db.notes);
    // Hold the note's write until the adviser has typed on (a slow disk, or the lock's encryption).
    vi.spyOn(db.notes, 'put').mockImplementation((...args: Parameters<typeof put>) => gate.then(() => put(...args)) as ReturnType<typeof put>);
    const saving = controller.saveNote();
    expect(controller.draftText.value).toBe('');
    controller.inputDraft('Sec');
    controller.inputDraft('Second no');
    release();
    await saving;
    expect(controller.draftText.value).toBe('Second no');
    await controller.flushAll();
    expect(controller.notes.value.map((n) => n.text)).toEqual(['First note']);
    expect((await db.drafts.get('c:test-case'))?.text).toBe('Second no');
  });

  it('saves notes typed without pause in order, each whole, none twice', async () => {
    const saves: Promise<void>[] = [];
    for (const text of ['one', 'two', 'three', 'four']) {
      controller.inputDraft(text);
      saves.push(controller.saveNote());
    }
    await Promise.all(saves);
    await controller.flushAll();
    expect(controller.notes.value.map((n) => n.text).sort()).toEqual(['four', 'one', 'three', 'two']);
    expect(await db.notes.count()).toBe(4);
    expect(await db.drafts.count()).toBe(0);
    expect(controller.draftText.value).toBe('');
  });

  it('puts the text back in front of later typing when the save fails, and saves it once there is room', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    controller.inputDraft('Rent arrears since May');
    const full = new DOMException('The disk is full', 'QuotaExceededError');
    const add = vi.spyOn(db.notes, 'bulkAdd').mockRejectedValueOnce(full);
    const saving = controller.saveNote();
    controller.inputDraft('and');
    await saving;
    expect(controller.status.value).toMatchObject({ kind: 'error', key: 'notesErrorStorageFull' });
    expect(controller.draftText.value).toBe('Rent arrears since May\nand');
    expect(await db.notes.count()).toBe(0);
    add.mockRestore();
    await controller.saveNote();
    expect(controller.notes.value.map((n) => n.text)).toEqual(['Rent arrears since May\nand']);
    expect(controller.status.value?.kind).toBe('saved');
  });

  it('hands each note to the browser at Enter, before any write, and lets go of it once stored', async () => {
    const hold = holdNextTransaction();
    const keep = vi.spyOn(fakeBrowser.storage.session, 'set');
    controller.inputDraft('Rent paid late');
    const saving = controller.saveNote();
    // Called in the Enter handler's own turn: nothing the page does after it can stop it.
    expect(keep).toHaveBeenCalledTimes(1);
    expect((await listEntered()).map((note) => note.text)).toEqual(['Rent paid late']);
    hold.release();
    await saving;
    expect((await db.notes.toArray()).map((row) => row.text)).toEqual(['Rent paid late']);
    await vi.waitFor(async () => expect(await listEntered()).toEqual([]));
  });

  it('stores the notes entered during a write together, in one more transaction', async () => {
    const hold = holdNextTransaction();
    const transactions = vi.spyOn(db, 'transaction');
    const saves = ['one', 'two', 'three', 'four', 'five'].map((text) => {
      controller.inputDraft(text);
      return controller.saveNote();
    });
    hold.release();
    await Promise.all(saves);
    expect(transactions).toHaveBeenCalledTimes(2); // 'one', then the four entered while it was written
    expect(controller.notes.value.map((n) => n.text)).toEqual(['five', 'four', 'three', 'two', 'one']);
    expect((await db.notes.toArray()).map((row) => row.text)).toEqual(['one', 'two', 'three', 'four', 'five']);
  });

  it('a panel opened after one closed before its writes finished stores its notes once each and drops the draft that held them', async () => {
    const hold = holdNextTransaction();
    controller.inputDraft('first note, being written');
    void controller.saveNote();
    // The autosave had stored the start of the next note before it was entered too.
    await db.drafts.put({ caseKey: 'c:test-case', updated: Date.now() - 1, text: 'sec', linkToItem: false });
    controller.inputDraft('second note');
    void controller.saveNote();
    controller.inputDraft('third note');
    void controller.saveNote();
    controller.dispose(); // closed straight after Enter: its writes never finish here

    const reopened = new NotesController(db);
    await reopened.start(caseTab);
    try {
      expect(reopened.notes.value.map((n) => n.text)).toEqual(['third note', 'second note', 'first note, being written']);
      expect(reopened.draftText.value).toBe('');
      expect(await db.drafts.count()).toBe(0);
      expect(await listEntered()).toEqual([]);
      // The closed panel's write, if it still lands, stores nothing twice.
      hold.release();
      await vi.waitFor(async () => expect(await listEntered()).toEqual([]));
      await controller.flushAll();
      expect((await db.notes.toArray()).map((row) => row.text).sort()).toEqual(['first note, being written', 'second note', 'third note']);
    } finally {
      reopened.dispose();
    }
  });

  it('keeps text typed after the last Enter when a reopened panel stores the notes left behind', async () => {
    const hold = holdNextTransaction();
    controller.inputDraft('entered');
    void controller.saveNote();
    controller.dispose();
    // Typed after that Enter and autosaved (here by another window, later on the same clock).
    await db.drafts.put({ caseKey: 'c:test-case', updated: Date.now() + 1_000, text: 'typed after', linkToItem: false });
    const reopened = new NotesController(db);
    await reopened.start(caseTab);
    try {
      expect(reopened.notes.value.map((n) => n.text)).toEqual(['entered']);
      expect(reopened.draftText.value).toBe('typed after');
    } finally {
      hold.release();
      reopened.dispose();
    }
  });

  it('keeps a note just stored on screen when a list read that started before it lands after it', async () => {
    // The background caches the organisation's retention at start-up; the panel then reads its list again.
    // Here that read takes its rows before the adviser's first note is stored and lands after it.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let read: Promise<unknown> | undefined;
    const where = db.notes.where.bind(db.notes) as (index: string) => any; // eslint-disable-line @typescript-eslint/no-explicit-any
    vi.spyOn(db.notes, 'where').mockImplementation(((index: string) => {
      const real = where(index);
      if (index !== '[caseKey+pinned+updated]' || read) return real;
      const late = (collection: any): any => // eslint-disable-line @typescript-eslint/no-explicit-any
        new Proxy(collection, {
          get: (target, key) =>
            key === 'toArray'
              ? () => ((read = target.toArray()), gate.then(() => read))
              : (...args: unknown[]) => late(target[key](...args)),
        });
      return late(real);
    }) as never);
    await fakeBrowser.storage.local.set({ 'notes:managedRetentionDays': null });
    await vi.waitFor(() => expect(read).toBeDefined());
    controller.inputDraft('Call the landlord about the deposit');
    await controller.saveNote();
    expect(controller.notes.value.map((n) => n.text)).toEqual(['Call the landlord about the deposit']);
    release();
    await read;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(controller.notes.value.map((n) => n.text)).toEqual(['Call the landlord about the deposit']);
  });

  it('takes the note from the box as it is at Enter', async () => {
    controller.inputDraft('Rent a');
    // A key already in the box whose input event has not reached the controller yet.
    await controller.saveNote('Rent ar');
    expect(controller.notes.value.map((n) => n.text)).toEqual(['Rent ar']);
    expect(controller.draftText.value).toBe('');
  });

  it('writes what is typed at once when the page is hidden', async () => {
    controller.inputDraft('mid-wor');
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(async () => expect((await db.drafts.get('c:test-case'))?.text).toBe('mid-wor'));
  });

  it('"Delete everything" deletes the kept practice summaries too', async () => {
    controller.inputDraft('a note');
    await controller.saveNote();
    const summary = { packId: 'p', packVersion: '1.0.0', scenarioId: 's', scenarioTitle: 'T', clientName: 'A', language: 'en', startedAt: 0, endedAt: 1, steps: [], goalsMet: 0, goalsMissed: 0 };
    await keepPracticeSummary(db, summary);
    await keepPracticeSummary(db, { ...summary, scenarioId: 't' });
    await controller.deleteEverything();
    expect([await db.notes.count(), await db.practiceResults.count()]).toEqual([0, 0]);
  });

  it('applies actions asked one after another in that order, whatever each one\u2019s disk time', async () => {
    controller.inputDraft('a note');
    await controller.saveNote();
    // The retention change waits on the disk; "Delete everything" is confirmed meanwhile.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const put = db.settings.put.bind(db.settings);
    vi.spyOn(db.settings, 'put').mockImplementationOnce(((...args: Parameters<typeof put>) => gate.then(() => put(...args))) as never);
    const retention = controller.setRetention(7);
    const deletion = controller.deleteEverything();
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await Promise.all([retention, deletion]);
    expect(controller.status.value?.key).toBe('notesStatusAllDeleted');
    expect(controller.notes.value).toEqual([]);
    expect(controller.policy.value.days).toBe(7);
    expect(controller.busy.value).toBe(false);
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

  it('changes the passphrase; a wrong current one changes nothing', async () => {
    await controller.enableLock('a long passphrase');
    controller.inputDraft('typed with the lock open');
    expect(await controller.changePassphrase('not the passphrase', 'a brand new passphrase')).toBe('wrong-passphrase');
    expect(await controller.changePassphrase('a long passphrase', 'a brand new passphrase')).toBe('changed');
    expect(controller.status.value?.key).toBe('notesStatusPassphraseChanged');
    await controller.lockNow();
    expect(await controller.unlock('a long passphrase')).toBe(false);
    expect(await controller.unlock('a brand new passphrase')).toBe(true);
    expect(controller.draftText.value).toBe('typed with the lock open');
  });

  it('reports a failed change on the status line and keeps the old passphrase', async () => {
    await controller.enableLock('a long passphrase');
    vi.spyOn(db.drafts, 'bulkPut').mockRejectedValueOnce(new Error('Transaction aborted'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await controller.changePassphrase('a long passphrase', 'a brand new passphrase')).toBe('failed');
    expect(controller.status.value).toMatchObject({ kind: 'error', key: 'notesErrorGeneric' });
    await controller.lockNow();
    expect(await controller.unlock('a long passphrase')).toBe(true);
  });

  it('in another window: saves what is typed there with its key, then asks for the new passphrase', async () => {
    const tabId = (await fakeBrowser.tabs.query({}))[0]!.id!;
    const other = new NotesController(db);
    await other.start(tabId);
    try {
      await controller.enableLock('a long passphrase');
      await vi.waitFor(() => expect(other.lock.value).toBe('locked'));
      expect(await other.unlock('a long passphrase')).toBe(true);
      other.inputDraft('typed in the other window'); // not yet saved: autosave waits for a pause

      expect(await controller.changePassphrase('a long passphrase', 'a brand new passphrase')).toBe('changed');
      expect(other.lock.value).toBe('locked');
      expect(other.status.value?.key).toBe('notesStatusLockChangedElsewhere');
      expect(await other.unlock('a brand new passphrase')).toBe(true);
      expect(other.draftText.value).toBe('typed in the other window');
    } finally {
      other.dispose();
    }
  });

  it('in another window: follows the lock being turned off', async () => {
    const tabId = (await fakeBrowser.tabs.query({}))[0]!.id!;
    await controller.enableLock('a long passphrase');
    const other = new NotesController(db);
    await other.start(tabId);
    try {
      expect(await other.unlock('a long passphrase')).toBe(true);
      other.inputDraft('typed in the other window');
      await controller.disableLock();
      await vi.waitFor(() => expect(other.lock.value).toBe('off'));
      await vi.waitFor(() => expect(other.draftText.value).toBe('typed in the other window'));
      expect((await db.drafts.toArray()).map((row) => [row.text, row.sealed])).toEqual([['typed in the other window', undefined]]);
    } finally {
      other.dispose();
    }
  });

  it('stores nothing in the clear while a passphrase the organisation requires is not yet chosen', async () => {
    await fakeBrowser.storage.local.set({ 'policy:managed': { packSubscriptions: [], trustedKeys: [], caseSystemOrigins: [], problems: [], notesPassphraseRequired: true } });
    await vi.waitFor(() => expect(controller.awaitingPassphrase.value).toBe(true));
    controller.inputDraft('Client mentioned the rent arrears');
    await controller.saveNote();
    await controller.flushAll().catch(() => undefined);
    expect(await db.notes.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
    expect(await listEntered()).toEqual([]);
    expect(controller.status.value).toMatchObject({ kind: 'error', key: 'notesErrorPassphraseFirst' });

    // Once chosen, what was typed is kept, sealed.
    await controller.enableLock('a long passphrase');
    expect(controller.awaitingPassphrase.value).toBe(false);
    await controller.saveNote();
    await controller.flushAll();
    const stored = JSON.stringify([await db.notes.toArray(), await db.drafts.toArray()]);
    expect(stored).not.toContain('rent arrears');
    expect(controller.notes.value.map((note) => note.text)).toEqual(['Client mentioned the rent arrears']);
  });

  it('keeps the passphrase lock on when the organisation requires it, and follows the policy live', async () => {
    await fakeBrowser.storage.local.set({ 'policy:managed': { packSubscriptions: [], trustedKeys: [], caseSystemOrigins: [], problems: [], notesPassphraseRequired: true } });
    await vi.waitFor(() => expect(controller.passphraseRequired.value).toBe(true));
    await controller.enableLock('a long passphrase');
    await controller.disableLock();
    expect(controller.lock.value).toBe('open');
    await fakeBrowser.storage.local.set({ 'policy:managed': { packSubscriptions: [], trustedKeys: [], caseSystemOrigins: [], problems: [] } });
    await vi.waitFor(() => expect(controller.passphraseRequired.value).toBe(false));
    await controller.disableLock();
    expect(controller.lock.value).toBe('off');
  });
});
