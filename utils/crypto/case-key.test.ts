import { describe, expect, it } from 'vitest';
import { randomBytes } from './bytes';
import { caseKeyFor, importCaseKeySecret, normalizeCaseIdentifier } from './case-key';

const ORIGIN = 'https://cases.example.org';

describe('case keys', () => {
  it('gives the same case the same key, and never contains the identifier', async () => {
    const secret = await importCaseKeySecret(randomBytes(32));
    const first = await caseKeyFor(secret, ORIGIN, '2024-00123');
    const again = await caseKeyFor(secret, ORIGIN, '  2024-00123 ');
    expect(first).toMatch(/^c:[A-Za-z0-9_-]{43}$/);
    expect(again).toBe(first);
    expect(first).not.toContain('2024');
    expect(first).not.toContain('00123');
  });

  it('tells cases, case systems and installs apart', async () => {
    const raw = randomBytes(32);
    const secret = await importCaseKeySecret(raw);
    const otherInstall = await importCaseKeySecret(randomBytes(32));
    const key = await caseKeyFor(secret, ORIGIN, 'AB-1');
    expect(await caseKeyFor(secret, ORIGIN, 'AB-2')).not.toBe(key);
    expect(await caseKeyFor(secret, 'https://other.example.org', 'AB-1')).not.toBe(key);
    expect(await caseKeyFor(otherInstall, ORIGIN, 'AB-1')).not.toBe(key);
    // Same secret bytes imported again (next browser start): same key.
    expect(await caseKeyFor(await importCaseKeySecret(raw), ORIGIN, 'ab-1')).toBe(key);
  });

  it('has no key without a usable identifier', async () => {
    const secret = await importCaseKeySecret(randomBytes(32));
    expect(await caseKeyFor(secret, ORIGIN, '   ')).toBeNull();
    expect(await caseKeyFor(secret, ORIGIN, 'x'.repeat(500))).toBeNull();
  });

  it('normalises spelling variants of one identifier', () => {
    expect(normalizeCaseIdentifier(' ab\u00a0 12 ')).toBe('AB 12');
    expect(normalizeCaseIdentifier('ＡＢ１２')).toBe('AB12'); // full-width digits from some IMEs
  });

  it('uses a key that cannot be read out', async () => {
    const secret = await importCaseKeySecret(randomBytes(32));
    expect(secret.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', secret)).rejects.toThrow();
  });
});
