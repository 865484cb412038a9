import { describe, expect, it } from 'vitest';
import { exclusively } from './exclusive';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('exclusively (without Web Locks, as in Node)', () => {
  it('runs holders of one lock one after another, in the order they asked', async () => {
    const trace: string[] = [];
    const holder = (name: string) => async () => {
      trace.push(`${name} in`);
      await tick();
      trace.push(`${name} out`);
      return name;
    };
    expect(await Promise.all([exclusively('x', holder('a')), exclusively('x', holder('b'))])).toEqual(['a', 'b']);
    expect(trace).toEqual(['a in', 'a out', 'b in', 'b out']);
  });

  it('lets go of the lock when a holder fails, and passes the failure on', async () => {
    const failing = exclusively('y', async () => {
      throw new Error('disk full');
    });
    const next = exclusively('y', async () => 'next');
    await expect(failing).rejects.toThrow('disk full');
    expect(await next).toBe('next');
  });

  it('does not hold back another lock', async () => {
    const trace: string[] = [];
    let release!: () => void;
    const held = exclusively('p', () => new Promise<void>((resolve) => (release = resolve)));
    await exclusively('q', async () => void trace.push('q ran'));
    expect(trace).toEqual(['q ran']);
    release();
    await held;
  });
});
