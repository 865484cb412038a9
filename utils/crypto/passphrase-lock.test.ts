import { describe, expect, it } from 'vitest';
import { createLock, openText, PBKDF2_ITERATIONS, sealText, unlockWithPassphrase } from './passphrase-lock';

// Fewer iterations keep the suite fast; one test runs the real count.
const FAST = 1000;

describe('passphrase lock', () => {
  it('round-trips text through AES-GCM with the derived key', async () => {
    const { key } = await createLock('correct horse battery staple', FAST);
    const sealed = await sealText(key, 'Mentioned debts — follow up #housing', 'note-1');
    expect(sealed.iv).toHaveLength(12);
    expect(new TextDecoder().decode(sealed.data)).not.toContain('debts');
    expect(await openText(key, sealed, 'note-1')).toBe('Mentioned debts — follow up #housing');
  });

  it('unlocks with the right passphrase and refuses a wrong one', async () => {
    const { params } = await createLock('rätt lösenfras', FAST);
    expect(await unlockWithPassphrase(params, 'fel lösenfras')).toBeNull();
    const key = await unlockWithPassphrase(params, 'rätt lösenfras');
    expect(key).not.toBeNull();
    // Decomposed "ä" (a + combining diaeresis) is the same passphrase.
    expect(await unlockWithPassphrase(params, 'ra\u0308tt lo\u0308senfras')).not.toBeNull();
  });

  it('cannot open a note with a key from a wrong passphrase', async () => {
    const { params, key } = await createLock('first', FAST);
    const sealed = await sealText(key, 'secret', 'note-1');
    const { key: otherKey } = await createLock('second', FAST);
    await expect(openText(otherKey, sealed, 'note-1')).rejects.toThrow();
    expect(params.salt).toHaveLength(16);
  });

  it('binds a sealed note to its id', async () => {
    const { key } = await createLock('pass', FAST);
    const sealed = await sealText(key, 'secret', 'note-1');
    await expect(openText(key, sealed, 'note-2')).rejects.toThrow();
  });

  it('uses a fresh nonce for every seal', async () => {
    const { key } = await createLock('pass', FAST);
    const a = await sealText(key, 'same', 'n');
    const b = await sealText(key, 'same', 'n');
    expect(a.iv).not.toEqual(b.iv);
  });

  it('stores the current iteration count and salt, never the passphrase', async () => {
    const { params, key } = await createLock('long enough passphrase');
    expect(params.iterations).toBe(PBKDF2_ITERATIONS);
    expect(key.extractable).toBe(false);
    expect(JSON.stringify(params)).not.toContain('long enough');
  });
});
