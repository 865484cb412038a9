/**
 * Autosave for text being typed: the latest value is written shortly after the
 * last change, one write in flight at a time, and `flush()` starts a write at
 * once (the panel calls it on pagehide and visibilitychange, when it may be about
 * to close). A write never runs with a value older than one already written.
 */
export class WriteBehind<T> {
  private pending: { value: T } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;

  constructor(
    private readonly write: (value: T) => Promise<void>,
    /** A function when the delay depends on state (shorter while the lock is open). */
    private readonly delayMs: number | (() => number),
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  set(value: T): void {
    this.pending = { value };
    if (this.timer !== undefined) clearTimeout(this.timer);
    const delay = typeof this.delayMs === 'function' ? this.delayMs() : this.delayMs;
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  get dirty(): boolean {
    return this.pending !== undefined;
  }

  /** Write now whatever is pending; resolves when everything set so far is stored. */
  flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.inFlight) return this.inFlight.then(() => this.flush());
    const next = this.pending;
    if (!next) return Promise.resolve();
    this.pending = undefined;
    // Started synchronously: during pagehide there may be no later task to start it in.
    const run = this.write(next.value).catch(this.onError);
    this.inFlight = run.then(() => {
      this.inFlight = undefined;
    });
    return this.inFlight.then(() => this.flush());
  }

  /**
   * Run `task` while no write of this saver is in flight: it starts after the
   * current write, and writes set meanwhile start only after it ends. The note
   * save uses it so a draft autosave never lands between the note and its draft.
   */
  async exclusive<R>(task: () => Promise<R>): Promise<R> {
    while (this.inFlight) await this.inFlight;
    const run = task();
    const done = run.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight = done.then(() => {
      if (this.inFlight === guarded) this.inFlight = undefined;
    });
    const guarded = this.inFlight;
    return run;
  }

  /** Forget a pending value without writing it (the note was saved or the edit cancelled). */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
  }
}
