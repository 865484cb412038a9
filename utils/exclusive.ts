/**
 * Run `work` while holding the lock `name`: one holder at a time across every
 * page and worker of the extension (the Web Locks API, shared by one origin),
 * so a check-then-create cannot interleave between the side panel and the
 * background. Where the API is missing (Node, in unit tests) the lock holds
 * within this JavaScript realm only.
 *
 * @returns what `work` resolves to; rejects as `work` does, and the lock is let go either way.
 */
export function exclusively<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  // request() resolves to what the callback's promise resolves to; TypeScript's lib types it one level deeper.
  if (locks) return locks.request(name, work) as unknown as Promise<T>;
  const before = realmQueue.get(name) ?? Promise.resolve();
  const mine = before.then(work);
  const settled = mine.then(
    () => undefined,
    () => undefined,
  );
  realmQueue.set(name, settled);
  void settled.then(() => {
    if (realmQueue.get(name) === settled) realmQueue.delete(name);
  });
  return mine;
}

/** Fallback lock: the last holder's end, by lock name. */
const realmQueue = new Map<string, Promise<void>>();
