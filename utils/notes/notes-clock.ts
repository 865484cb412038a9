/**
 * Times for the notes and drafts one panel writes: milliseconds since the epoch,
 * each strictly later than the one before.
 *
 * Why: storeNotes (note-store.ts) tells a draft typed before an Enter from one
 * typed after it by comparing the draft's time with the note's; with Date.now()
 * a key and the Enter after it can fall in the same millisecond. Also keeps
 * notes entered in one millisecond in the order they were entered.
 */
export class NotesClock {
  private last = 0;

  now(): number {
    this.last = Math.max(Date.now(), this.last + 1);
    return this.last;
  }
}
