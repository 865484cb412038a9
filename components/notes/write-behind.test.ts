import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WriteBehind } from './write-behind';

describe('WriteBehind', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the latest value once typing pauses', async () => {
    const writes: string[] = [];
    const saver = new WriteBehind<string>(async (v) => void writes.push(v), 300);
    saver.set('h');
    saver.set('he');
    saver.set('hel');
    await vi.advanceTimersByTimeAsync(299);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toEqual(['hel']);
  });

  it('flush starts the write synchronously, without waiting for the timer', () => {
    const write = vi.fn(async () => undefined);
    const saver = new WriteBehind<string>(write, 300);
    saver.set('mid-wor');
    void saver.flush();
    expect(write).toHaveBeenCalledWith('mid-wor');
  });

  it('never lets an older value overwrite a newer one', async () => {
    const stored: string[] = [];
    let release: () => void = () => undefined;
    const saver = new WriteBehind<string>(
      (v) =>
        new Promise<void>((resolve) => {
          release = () => {
            stored.push(v);
            resolve();
          };
        }),
      10,
    );
    saver.set('a');
    const first = saver.flush();
    saver.set('ab');
    const second = saver.flush();
    release(); // 'a' lands
    await vi.advanceTimersByTimeAsync(0);
    release(); // then 'ab'
    await Promise.all([first, second]);
    expect(stored).toEqual(['a', 'ab']);
  });

  it('cancel drops a pending value', async () => {
    const write = vi.fn(async () => undefined);
    const saver = new WriteBehind<string>(write, 300);
    saver.set('x');
    saver.cancel();
    await vi.advanceTimersByTimeAsync(500);
    expect(write).not.toHaveBeenCalled();
  });

  it('runs an exclusive task between writes: none overlaps it, later values wait for it', async () => {
    const events: string[] = [];
    let release: () => void = () => undefined;
    const saver = new WriteBehind<string>(async (v) => void events.push(`write ${v}`), 300);
    const task = saver.exclusive(async () => {
      events.push('task start');
      await new Promise<void>((resolve) => (release = resolve));
      events.push('task end');
      return 42;
    });
    saver.set('typed meanwhile');
    void saver.flush();
    await vi.advanceTimersByTimeAsync(1000);
    expect(events).toEqual(['task start']);
    release();
    expect(await task).toBe(42);
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual(['task start', 'task end', 'write typed meanwhile']);
  });
});
