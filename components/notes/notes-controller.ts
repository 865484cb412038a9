/**
 * The side panel's state and actions: which case or interview the notes are
 * filed under, the notes shown, the capture box and its autosave, search, the
 * lock, retention, export and import. Components read the signals and call the
 * methods; all storage goes through utils/notes.
 */
import { batch, computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { NotesDatabase } from '../../utils/db/notes-db';
import type { NoteRecord } from '../../utils/db/records';
import { reopenIfClosed, storageIsFull } from '../../utils/db/storage-health';
import { loadDraft, saveDraft } from '../../utils/notes/drafts';
import { forgetAllEntered, forgetEntered, keepEntered, listEntered } from '../../utils/notes/entered-notes';
import { NotesLockedError, PassphraseRequiredError, type Draft, type Note } from '../../utils/notes/note';
import { fromRecords, toRecord } from '../../utils/notes/note-codec';
import {
  deleteNote as removeNote,
  editNote,
  listCaseNotes,
  MAX_CASE_NOTES,
  newNote,
  restoreNote,
  setPinned,
  storeNotes,
} from '../../utils/notes/note-store';
import { indexInMemory, searchInMemory, searchNotes, type IndexedNote, type SearchResult } from '../../utils/notes/note-search';
import { collectExport, type NotesExport } from '../../utils/notes/notes-export';
import { ImportFormatError, importNotes, parseExport, type ImportResult } from '../../utils/notes/notes-import';
import {
  changePassphrase,
  DEFAULT_AUTO_LOCK_MINUTES,
  LockChangeConflictError,
  readLockParams,
  turnOffLock,
  turnOnLock,
  unlockNotes,
} from '../../utils/notes/notes-lock';
import { chooseRetention, currentRetention, enforceRetention, MANAGED_RETENTION_CACHE_KEY } from '../../utils/notes/retention';
import { retentionPolicy, type RetentionPolicy } from '../../utils/notes/retention-policy';
import type { ManagedPolicy } from '../../utils/policy/managed-policy';
import { cachedManagedPolicy, MANAGED_POLICY_KEY } from '../../utils/policy/policy-store';
import { NotesClock } from '../../utils/notes/notes-clock';
import { PLAIN, type Sealing } from '../../utils/notes/sealing';
import { extractTags } from '../../utils/notes/words';
import { readSetting, writeSetting } from '../../utils/notes/settings';
import type { FocusedItem } from '../../utils/notes/tab-keys';
import { formatDuration } from './format';
import { TabFollower, type NotesTarget } from './tab-follower';
import { WriteBehind } from './write-behind';

export type LockState = 'off' | 'locked' | 'open';

export type { NotesTarget } from './tab-follower';

export type StatusKind = 'saved' | 'deleted' | 'restored' | 'info' | 'error';
export interface Status {
  kind: StatusKind;
  /** i18n key of the message. */
  key: string;
  substitutions?: string[];
  /** The deleted row, while undo is offered. */
  undo?: NoteRecord;
}

/** How long autosave waits after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 300;
/**
 * With the lock open, a save needs encryption first, which a closing panel may not
 * finish: save sooner, so at most the last keystroke or two is at risk.
 */
export const SEALED_AUTOSAVE_DELAY_MS = 50;

/**
 * storage.session key a panel sets when it turns the lock on or off or changes
 * the passphrase, so panels in other windows stop using a key that no longer
 * fits (see followLockChange).
 */
export const LOCK_CHANGE_KEY = 'notes:lock-change';
/**
 * How long a lock change waits after telling other windows, so they save with
 * the key they hold before rows are read; a save later than that still makes the
 * change start over (see resealEverything), one after it finished would not.
 */
const LOCK_CHANGE_GRACE_MS = 300;

export class NotesController {
  readonly ready = signal(false);
  readonly target = signal<NotesTarget | null>(null);
  readonly focus = signal<FocusedItem | null>(null);
  readonly lock = signal<LockState>('off');
  readonly notes = signal<Note[]>([]);
  readonly draftText = signal('');
  /** Off until the adviser asks: a note is not tied to the question on screen by default. */
  readonly linkToItem = signal(false);
  readonly query = signal('');
  readonly results = signal<SearchResult | null>(null);
  /** True while the lock is open and search is decrypting every note for the first time. */
  readonly indexing = signal(false);
  readonly policy = signal<RetentionPolicy>(retentionPolicy(undefined, undefined));
  readonly autoLockMinutes = signal(DEFAULT_AUTO_LOCK_MINUTES);
  /** The organisation's policy requires the passphrase lock: it cannot be turned off. */
  readonly passphraseRequired = signal(false);
  readonly status = signal<Status | null>(null);
  readonly busy = signal(false);
  /** The action running now and those asked after it (see `run`). */
  private actions: Promise<void> = Promise.resolve();
  private queuedActions = 0;
  /** Incremented whenever the note box should take focus. */
  readonly focusCapture = signal(0);

  private key: CryptoKey | null = null;
  /** Tells this panel's own lock announcements apart from other windows'. */
  private readonly panelId = crypto.randomUUID();
  private lockAnnouncements = 0;
  private memoryIndex: Map<string, IndexedNote> | null = null;
  private searchSeq = 0;
  /** Counts "Delete everything": a list read that started before one is dropped. */
  private clears = 0;
  /**
   * Counts notes put on screen as they are stored ({@link showNewNotes}): a list read that started before
   * one is read again, or the note would leave the screen when that read lands (a retention change from
   * the background at start-up, as the adviser's first note was being stored).
   */
  private notesShown = 0;
  private autoLockTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly edits = new Map<string, WriteBehind<Note>>();
  /**
   * Notes entered (Enter pressed) and not yet stored, by id in the order entered,
   * with the box exactly as it was at Enter (put back if the write fails); the
   * notes are also kept in entered-notes.
   */
  private readonly entered = new Map<string, { note: Note; typed: string }>();
  /** The write storing `entered`, while one runs (see storeEnteredNotes). */
  private writing: Promise<void> | undefined;
  /** Stamps notes and drafts, so a draft typed before an Enter is told from one typed after. */
  private readonly clock = new NotesClock();
  private readonly cleanups: (() => void)[] = [];
  private readonly autosaveDelay = () => (this.lock.value === 'open' ? SEALED_AUTOSAVE_DELAY_MS : AUTOSAVE_DELAY_MS);
  private readonly draftSaver = new WriteBehind<Draft>(
    async (draft) => {
      await reopenIfClosed(this.db);
      await saveDraft(this.db, this.sealing(), draft);
    },
    this.autosaveDelay,
    (error) => this.report(error),
  );

  private readonly follower: TabFollower;

  constructor(readonly db: NotesDatabase) {
    this.follower = new TabFollower(db, {
      target: (target) => this.setTarget(target),
      focus: (item) => {
        this.focus.value = item;
      },
      focusRequest: () => {
        this.focusCapture.value++;
      },
    });
  }

  /**
   * True while the organisation requires the passphrase lock and the adviser has not chosen one yet:
   * nothing may be stored until then, because the policy promises notes are never kept in the clear.
   */
  readonly awaitingPassphrase = computed(() => this.passphraseRequired.value && this.lock.value === 'off');

  /**
   * Plain, or sealed with the open key. Throws {@link NotesLockedError} while locked and
   * {@link PassphraseRequiredError} while {@link awaitingPassphrase}, so nothing is written in the clear.
   */
  sealing(): Sealing {
    if (this.lock.value === 'off') {
      if (this.passphraseRequired.value) throw new PassphraseRequiredError();
      return PLAIN;
    }
    if (this.key) return { mode: 'sealed', key: this.key };
    throw new NotesLockedError();
  }

  // ---- start and context -------------------------------------------------

  /** `tabId` fixes the tab (tests open the panel as a page with `?tab=`); else follow the active tab. */
  async start(tabId?: number): Promise<void> {
    this.lock.value = (await readLockParams(this.db)) ? 'locked' : 'off';
    this.autoLockMinutes.value = (await readSetting(this.db, 'autoLockMinutes')) ?? DEFAULT_AUTO_LOCK_MINUTES;
    await enforceRetention(this.db);
    this.policy.value = await currentRetention(this.db);
    this.passphraseRequired.value = (await cachedManagedPolicy()).notesPassphraseRequired === true;
    this.listen();
    await this.follower.start(tabId);
    this.ready.value = true;
  }

  private listen(): void {
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && MANAGED_RETENTION_CACHE_KEY in changes) void this.refreshPolicy();
      if (area === 'local' && MANAGED_POLICY_KEY in changes) {
        const policy = (changes[MANAGED_POLICY_KEY] as { newValue?: ManagedPolicy } | undefined)?.newValue;
        this.passphraseRequired.value = policy?.notesPassphraseRequired === true;
      }
      const lockChange = area === 'session' ? (changes[LOCK_CHANGE_KEY] as { newValue?: { by?: string } } | undefined) : undefined;
      if (lockChange?.newValue && lockChange.newValue.by !== this.panelId) void this.followLockChange();
    };
    browser.storage.onChanged.addListener(onStorage);
    this.cleanups.push(() => browser.storage.onChanged.removeListener(onStorage));

    // The panel may close at any moment: write what is typed now.
    const onHide = () => void this.flushAll();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    this.cleanups.push(() => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    });
  }

  dispose(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.follower.dispose();
    clearTimeout(this.autoLockTimer);
  }

  private async setTarget(next: NotesTarget): Promise<void> {
    await this.draftSaver.flush();
    this.target.value = next;
    await this.loadTarget();
  }

  /** Notes and draft of the current target (nothing while locked or awaiting a required passphrase). */
  private async loadTarget(): Promise<void> {
    const target = this.target.value;
    if (!target || this.lock.value === 'locked' || this.awaitingPassphrase.value) {
      batch(() => {
        this.notes.value = [];
        this.draftText.value = '';
      });
      return;
    }
    const clears = this.clears;
    const shown = this.notesShown;
    // Before the draft is read: storing them removes a draft that holds their text.
    await this.storeLeftEntered().catch((error: unknown) => this.report(error));
    const [notes, draft] = await Promise.all([
      listCaseNotes(this.db, this.sealing(), target.caseKey),
      loadDraft(this.db, this.sealing(), target.caseKey),
    ]);
    if (this.target.value !== target || clears !== this.clears) return; // switched again, or everything deleted, meanwhile
    batch(() => {
      this.notes.value = notes;
      this.draftText.value = draft?.text ?? '';
      this.linkToItem.value = draft?.linkToItem ?? false;
    });
    // A note stored while this read ran: read the list again so it stays on screen.
    if (shown !== this.notesShown) await this.refreshNotes();
  }

  private async refreshNotes(): Promise<void> {
    const target = this.target.value;
    if (!target || this.lock.value === 'locked') return;
    let notes: Note[];
    for (;;) {
      const clears = this.clears;
      const shown = this.notesShown;
      notes = await listCaseNotes(this.db, this.sealing(), target.caseKey);
      // A list read before "Delete everything" finished must not bring the deleted notes back on screen.
      if (clears !== this.clears || this.target.value !== target) return;
      if (shown === this.notesShown) break;
    }
    this.notes.value = notes;
    if (this.query.value) await this.search(this.query.value);
  }

  private async refreshPolicy(): Promise<void> {
    await enforceRetention(this.db);
    this.policy.value = await currentRetention(this.db);
    await this.refreshNotes();
  }

  // ---- capture --------------------------------------------------------------

  inputDraft(text: string): void {
    this.draftText.value = text;
    this.queueDraft();
  }

  setLinkToItem(link: boolean): void {
    this.linkToItem.value = link;
    this.queueDraft();
  }

  private queueDraft(): void {
    const target = this.target.value;
    if (!target) return;
    this.draftSaver.set(this.boxAsDraft(target.caseKey));
  }

  /** The capture box as a draft of `caseKey`, stamped now (when it was typed, not when it is written). */
  private boxAsDraft(caseKey: string): Draft {
    return { caseKey, text: this.draftText.value, linkToItem: this.linkToItem.value, updated: this.clock.now() };
  }

  /**
   * Enter in the note box: the draft becomes a note. The box empties at once, so
   * what the adviser types while the note is being stored is the start of the
   * next one and is never wiped when the save finishes.
   *
   * Before this first awaits, the note (its id and time fixed now) is handed to
   * the browser (utils/notes/entered-notes.ts): a panel closed straight after
   * Enter, or a closing page that never finishes its IndexedDB write, loses
   * nothing, since the next panel stores it. The database write follows, together
   * with every note entered meanwhile (one transaction, so fast typing never
   * builds a queue); it resolves once this note is stored or has failed. A failed
   * write puts the text back in front of whatever was typed since.
   */
  async saveNote(inBox?: string): Promise<void> {
    const target = this.target.value;
    // What the box holds at Enter (the capture box passes it): taken whole, at once.
    const typed = inBox ?? this.draftText.value;
    const text = typed.trim();
    if (!target || text === '') return;
    const focus = this.focus.value;
    const link = this.linkToItem.value && focus ? { packId: focus.packId, itemId: focus.itemId, title: focus.title } : undefined;
    // The pending autosave holds the text being saved; the note's write stores the box as it is then instead.
    this.draftSaver.cancel();
    this.draftText.value = '';
    const note = newNote({ caseKey: target.caseKey, text, ...(link ? { link } : {}), retentionDays: this.policy.value.days, now: this.clock.now() });
    this.entered.set(note.id, { note, typed });
    // Not awaited: the note's own write below does not depend on it. Should the browser
    // refuse it (the 10 MB session quota), the note is only as safe as before.
    keepEntered(note).catch((error: unknown) => console.warn('Notes: could not keep an entered note in session storage', error));
    await this.storeEnteredNotes();
  }

  /**
   * Store every entered note: one write at a time, each taking all notes entered
   * until it starts. Resolves when none is left, or when a write failed.
   */
  private storeEnteredNotes(): Promise<void> {
    if (this.writing) return this.writing;
    if (this.entered.size === 0) return Promise.resolve();
    const writing = (async () => {
      this.busy.value = true;
      try {
        while (this.entered.size > 0 && (await this.writeEntered())) {
          /* the next write takes what was entered during this one */
        }
      } finally {
        // Runs in the same turn as the last check of `entered`: a note entered after it starts a new write.
        this.writing = undefined;
        this.busy.value = this.queuedActions > 0;
      }
    })();
    this.writing = writing;
    return writing;
  }

  /**
   * One transaction: the entered notes and the box as it is now as the draft.
   * False when it failed: the notes of the case on screen are then back in the
   * box, in front of what was typed since; notes of another case stay entered
   * and are tried again with the next write.
   */
  private async writeEntered(): Promise<boolean> {
    const entries = [...this.entered.values()];
    const notes = entries.map((entry) => entry.note);
    const target = this.target.value;
    try {
      await reopenIfClosed(this.db);
      // Never interleaved with a draft autosave, which would bring back a stored note's text.
      await this.draftSaver.exclusive(() => storeNotes(this.db, this.sealing(), notes, target ? this.boxAsDraft(target.caseKey) : undefined));
    } catch (error) {
      const back = entries.filter(({ note }) => note.caseKey === this.target.value?.caseKey);
      if (back.length > 0) {
        for (const { note } of back) this.entered.delete(note.id);
        void forgetEntered(back.map(({ note }) => note.id)).catch(() => undefined); // in the box now: must not come back as a note too
        const since = this.draftText.value;
        const parts = [...back.map((entry) => entry.typed), ...(since.trim() === '' ? [] : [since])];
        this.draftText.value = parts.map((part, i) => (i < parts.length - 1 ? part.trimEnd() : part)).join('\n');
        this.queueDraft();
      }
      await this.report(error);
      return false;
    }
    for (const note of notes) {
      this.entered.delete(note.id);
      this.memoryIndex?.set(note.id, indexInMemory(note));
    }
    // Stored now: a note still kept after this (the panel closed first) is stored once anyway (storeNotes).
    void forgetEntered(notes.map((note) => note.id)).catch(() => undefined);
    this.status.value = { kind: 'saved', key: 'notesStatusSaved' };
    this.showNewNotes(notes);
    if (this.query.value) await this.search(this.query.value);
    return true;
  }

  /**
   * Notes entered in a panel that closed before storing them (or in another
   * window, still storing them): stored now, each once. Kept for later while the
   * notes are locked, as storing needs the key.
   */
  private async storeLeftEntered(): Promise<void> {
    const left = (await listEntered()).filter((note) => !this.entered.has(note.id));
    if (left.length === 0) return;
    await reopenIfClosed(this.db);
    await storeNotes(this.db, this.sealing(), left);
    await forgetEntered(left.map((note) => note.id));
  }

  /**
   * Notes just stored join the list where listCaseNotes would put them (after the
   * pinned ones, newest first), without reading the case's notes again: with
   * hundreds of notes, a re-read and a re-render of every card after each Enter
   * kept the panel busy for longer than the adviser takes to type the next note.
   */
  private showNewNotes(stored: readonly Note[]): void {
    const caseKey = this.target.value?.caseKey;
    const fresh = stored.filter((note) => note.caseKey === caseKey).reverse(); // moved to another case meanwhile: not here
    if (fresh.length === 0) return;
    this.notesShown++;
    const notes = this.notes.value;
    const firstUnpinned = notes.findIndex((shown) => !shown.pinned);
    const at = firstUnpinned === -1 ? notes.length : firstUnpinned;
    this.notes.value = [...notes.slice(0, at), ...fresh, ...notes.slice(at)].slice(0, MAX_CASE_NOTES);
  }

  // ---- edit, pin, delete ----------------------------------------------------

  /**
   * Typing in a note being edited: saved to the note itself as you type. Built
   * from the note as shown, so the save is one write: a panel closing mid-edit
   * has no time for a read first.
   */
  inputEdit(note: Note, text: string): void {
    let saver = this.edits.get(note.id);
    if (!saver) {
      saver = new WriteBehind<Note>(
        async (edited) => {
          await reopenIfClosed(this.db);
          await this.db.notes.put(await toRecord(edited, this.sealing()));
          this.memoryIndex?.set(edited.id, indexInMemory(edited));
        },
        this.autosaveDelay,
        (error) => this.report(error),
      );
      this.edits.set(note.id, saver);
    }
    saver.set({ ...note, text, tags: extractTags(text), updated: Date.now() });
  }

  async finishEdit(note: Note, text: string): Promise<void> {
    if (text.trim() === '') return;
    this.inputEdit(note, text);
    await this.run(async () => {
      await this.edits.get(note.id)?.flush();
      this.edits.delete(note.id);
      this.status.value = { kind: 'saved', key: 'notesStatusSaved' };
      await this.refreshNotes();
    });
  }

  /** Escape while editing: put the text back as it was. */
  async cancelEdit(id: string, original: string): Promise<void> {
    const saver = this.edits.get(id);
    this.edits.delete(id);
    saver?.cancel();
    await this.run(async () => {
      await saver?.flush();
      await editNote(this.db, this.sealing(), id, original);
      await this.refreshNotes();
    });
  }

  async togglePin(note: Note): Promise<void> {
    await this.run(async () => {
      await this.edits.get(note.id)?.flush(); // a pending edit carries the old pin state
      await setPinned(this.db, note.id, !note.pinned);
      const indexed = this.memoryIndex?.get(note.id);
      if (indexed) indexed.note = { ...indexed.note, pinned: !note.pinned };
      this.status.value = { kind: 'info', key: note.pinned ? 'notesStatusUnpinned' : 'notesStatusPinned' };
      await this.refreshNotes();
    });
  }

  async deleteNote(note: Note): Promise<void> {
    const saver = this.edits.get(note.id);
    this.edits.delete(note.id);
    saver?.cancel();
    await this.run(async () => {
      await saver?.flush();
      const record = await removeNote(this.db, note.id);
      this.memoryIndex?.delete(note.id);
      this.status.value = record ? { kind: 'deleted', key: 'notesStatusDeleted', undo: record } : null;
      await this.refreshNotes();
    });
  }

  async undoDelete(): Promise<void> {
    const record = this.status.value?.undo;
    if (!record) return;
    await this.run(async () => {
      await restoreNote(this.db, record);
      if (this.memoryIndex) {
        const [note] = await fromRecords([record], this.sealing());
        if (note) this.memoryIndex.set(note.id, indexInMemory(note));
      }
      this.status.value = { kind: 'restored', key: 'notesStatusRestored' };
      await this.refreshNotes();
    });
  }

  // ---- search -----------------------------------------------------------------

  async search(query: string): Promise<void> {
    this.query.value = query;
    const seq = ++this.searchSeq;
    if (query.trim() === '' || this.lock.value === 'locked') {
      this.results.value = null;
      return;
    }
    try {
      const result =
        this.lock.value === 'open'
          ? searchInMemory((await this.loadMemoryIndex()).values(), query)
          : await searchNotes(this.db, PLAIN, query);
      if (seq === this.searchSeq) this.results.value = result;
    } catch (error) {
      await this.report(error);
    }
  }

  /** With the lock on, search needs every note decrypted once after unlock. */
  private async loadMemoryIndex(): Promise<Map<string, IndexedNote>> {
    if (this.memoryIndex) return this.memoryIndex;
    this.indexing.value = true;
    try {
      const records = await this.db.notes.toArray();
      const notes = await fromRecords(records, this.sealing());
      this.memoryIndex = new Map(notes.map((note) => [note.id, indexInMemory(note)]));
      return this.memoryIndex;
    } finally {
      this.indexing.value = false;
    }
  }

  // ---- lock ---------------------------------------------------------------------

  async unlock(passphrase: string): Promise<boolean> {
    let ok = false;
    await this.run(async () => {
      const key = await unlockNotes(this.db, passphrase);
      if (!key) return;
      ok = true;
      this.key = key;
      this.lock.value = 'open';
      this.status.value = { kind: 'info', key: 'notesStatusUnlocked' };
      this.noteActivity();
      await this.loadTarget();
    });
    return ok;
  }

  async lockNow(): Promise<void> {
    if (this.lock.value !== 'open') return;
    await this.flushAll();
    this.key = null;
    this.memoryIndex = null;
    clearTimeout(this.autoLockTimer);
    batch(() => {
      this.lock.value = 'locked';
      this.notes.value = [];
      this.draftText.value = '';
      this.results.value = null;
      this.query.value = '';
      this.status.value = { kind: 'info', key: 'notesStatusLocked' };
    });
  }

  async enableLock(passphrase: string): Promise<void> {
    await this.run(async () => {
      // Awaiting a required passphrase, nothing could be written yet: what is pending is written sealed below.
      const wasAwaiting = this.awaitingPassphrase.value;
      if (!wasAwaiting) await this.flushAll();
      this.key = await turnOnLock(this.db, passphrase);
      this.lock.value = 'open';
      this.memoryIndex = null;
      // A note refused while awaiting went back into the box: it is stored now, sealed, as the draft.
      if (wasAwaiting && this.draftText.value !== '') this.queueDraft();
      await this.flushAll();
      if (wasAwaiting) await this.loadTarget();
      this.status.value = { kind: 'info', key: 'notesStatusLockOn' };
      this.noteActivity();
      await this.announceLockChange();
    });
  }

  async disableLock(): Promise<void> {
    // Required by the organisation: the button is gone, and this holds for any other caller too.
    if (!this.key || this.passphraseRequired.value) return;
    const key = this.key;
    await this.run(async () => {
      await this.flushAll();
      await this.warnOtherWindows();
      await turnOffLock(this.db, key);
      this.key = null;
      this.memoryIndex = null;
      this.lock.value = 'off';
      clearTimeout(this.autoLockTimer);
      this.status.value = { kind: 'info', key: 'notesStatusLockOff' };
      await this.announceLockChange();
    });
  }

  /** 'wrong-passphrase' is for the form to say; 'failed' was reported on the status line. */
  async changePassphrase(current: string, next: string): Promise<'changed' | 'wrong-passphrase' | 'failed'> {
    let outcome: 'changed' | 'wrong-passphrase' | 'failed' = 'failed';
    await this.run(async () => {
      await this.flushAll();
      const key = await changePassphrase(this.db, current, next, { beforeRewrite: () => this.warnOtherWindows() });
      if (!key) {
        outcome = 'wrong-passphrase';
        return;
      }
      outcome = 'changed';
      this.key = key;
      this.status.value = { kind: 'info', key: 'notesStatusPassphraseChanged' };
      this.noteActivity();
    });
    return outcome;
  }

  /** Before rows are rewritten: other windows save with the key they hold, then let go of it. */
  private async warnOtherWindows(): Promise<void> {
    await this.announceLockChange();
    await new Promise((resolve) => setTimeout(resolve, LOCK_CHANGE_GRACE_MS));
  }

  private announceLockChange(): Promise<void> {
    return browser.storage.session.set({ [LOCK_CHANGE_KEY]: { by: this.panelId, n: ++this.lockAnnouncements } });
  }

  /**
   * Another window turned the lock on or off or is changing the passphrase: save
   * what is typed here with the key in hand (a change in progress starts over to
   * include it), let go of the key, and show the lock as it now is.
   */
  private async followLockChange(): Promise<void> {
    const wasOpen = this.lock.value === 'open';
    await this.flushAll().catch((error: unknown) => this.report(error));
    this.key = null;
    this.memoryIndex = null;
    clearTimeout(this.autoLockTimer);
    const state: LockState = (await readLockParams(this.db)) ? 'locked' : 'off';
    batch(() => {
      this.lock.value = state;
      this.notes.value = [];
      this.draftText.value = '';
      this.results.value = null;
      this.query.value = '';
      if (wasOpen) this.status.value = { kind: 'info', key: 'notesStatusLockChangedElsewhere' };
    });
    if (state === 'off') await this.loadTarget();
  }

  async setAutoLockMinutes(minutes: number): Promise<void> {
    this.autoLockMinutes.value = minutes;
    await writeSetting(this.db, 'autoLockMinutes', minutes);
    this.noteActivity();
  }

  /** Any key or pointer use in the panel: the lock stays open a while longer. */
  noteActivity(): void {
    if (this.lock.value !== 'open') return;
    clearTimeout(this.autoLockTimer);
    this.autoLockTimer = setTimeout(() => void this.lockNow(), this.autoLockMinutes.value * 60_000);
  }

  // ---- retention, export, import, delete all -------------------------------------------

  async setRetention(days: number | undefined): Promise<void> {
    await this.run(async () => {
      await this.flushAll(); // pending edits carry the old expiry
      this.policy.value = await chooseRetention(this.db, days);
      this.status.value = { kind: 'info', key: 'notesStatusRetention', substitutions: [formatDuration(this.policy.value.days, 'day')] };
      await this.refreshNotes();
    });
  }

  async collectExport(): Promise<NotesExport> {
    await this.flushAll();
    return collectExport(this.db, this.sealing());
  }

  async importFile(text: string): Promise<ImportResult | null> {
    let result: ImportResult | null = null;
    await this.run(async () => {
      const parsed = parseExport(text);
      result = { ...(await importNotes(this.db, this.sealing(), parsed.notes, this.policy.value.days)), invalid: parsed.invalid };
      this.memoryIndex = null;
      await this.refreshNotes();
    });
    return result;
  }

  async countAll(): Promise<number> {
    return this.db.notes.count();
  }

  /** The one confirmed action that removes every note, draft, session and kept practice summary (and the lock, if locked). */
  async deleteEverything(): Promise<void> {
    await this.run(async () => {
      this.draftSaver.cancel();
      for (const saver of this.edits.values()) saver.cancel();
      this.edits.clear();
      // Notes entered before this are deleted too: let their write end first, so it cannot land after the clear.
      await this.writing;
      this.entered.clear();
      await forgetAllEntered();
      // Kept practice summaries live under the same retention as notes: everything means them too.
      await this.db.transaction('rw', this.db.notes, this.db.drafts, this.db.sessions, this.db.practiceResults, async () => {
        await Promise.all([this.db.notes.clear(), this.db.drafts.clear(), this.db.sessions.clear(), this.db.practiceResults.clear()]);
      });
      // Forgotten passphrase: deleting everything is the way back to an unlocked panel.
      if (this.lock.value === 'locked') {
        await this.db.settings.delete('lock');
        this.lock.value = 'off';
      }
      this.memoryIndex = this.lock.value === 'open' ? new Map() : null;
      this.clears++;
      batch(() => {
        this.notes.value = [];
        this.draftText.value = '';
        this.results.value = null;
        this.query.value = '';
        this.status.value = { kind: 'deleted', key: 'notesStatusAllDeleted' };
      });
      await this.follower.renewSessionIfShown();
    });
  }

  async newInterview(): Promise<void> {
    await this.run(async () => {
      await this.follower.newSession();
      this.status.value = { kind: 'info', key: 'notesStatusNewInterview' };
      this.focusCapture.value++;
    });
  }

  // ---- helpers ------------------------------------------------------------------------

  /** Write everything typed and not yet stored: entered notes, the draft and notes being edited. */
  flushAll(): Promise<void> {
    // Each flush starts its write synchronously, before this returns.
    const flushes = [this.storeEnteredNotes(), this.draftSaver.flush(), ...[...this.edits.values()].map((saver) => saver.flush())];
    return Promise.all(flushes).then(() => undefined);
  }

  /**
   * The adviser's actions (save an edit, pin, delete, retention, import, delete everything,
   * the lock...) run one at a time, in the order they were asked: a slow disk for one must not
   * let a later one finish first and then be overwritten on the list or the status line.
   * Each action is queued when called, so its own preparation (flushing edits) is in the queue too.
   */
  private run(action: () => Promise<void>): Promise<void> {
    this.queuedActions++;
    this.busy.value = true;
    const done = this.actions.then(() => this.runNow(action));
    const settled = () => {
      if (--this.queuedActions === 0 && !this.writing) this.busy.value = false;
    };
    // A failed action (already reported) does not stop those queued after it.
    this.actions = done.then(settled, settled);
    return done;
  }

  private async runNow(action: () => Promise<void>): Promise<void> {
    try {
      await reopenIfClosed(this.db);
      await action();
    } catch (error) {
      await this.report(error);
    }
  }

  private async report(error: unknown): Promise<void> {
    if (error instanceof PassphraseRequiredError) {
      this.status.value = { kind: 'error', key: 'notesErrorPassphraseFirst' };
      return;
    }
    if (error instanceof NotesLockedError) {
      this.status.value = { kind: 'error', key: 'notesErrorLocked' };
      return;
    }
    if (error instanceof LockChangeConflictError) {
      this.status.value = { kind: 'error', key: 'notesErrorLockConflict' };
      return;
    }
    if (error instanceof ImportFormatError) {
      this.status.value = { kind: 'error', key: 'notesImportInvalid' };
      return;
    }
    if (await storageIsFull(this.db, error)) {
      this.status.value = { kind: 'error', key: 'notesErrorStorageFull' };
      return;
    }
    console.error('Notes:', error);
    this.status.value = { kind: 'error', key: 'notesErrorGeneric' };
  }
}
