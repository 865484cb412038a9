import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './bytes';

describe('base64url', () => {
  // Node 20 has no Uint8Array.prototype.toBase64: this is the sliced fallback older browsers run.
  it('round-trips every byte value and a file of 1 MB, as Node encodes it', () => {
    const every = Uint8Array.from({ length: 256 }, (_, i) => i);
    const large = Uint8Array.from({ length: 1_000_003 }, (_, i) => (i * 7919) % 251);
    for (const bytes of [new Uint8Array(0), every, large]) {
      const text = toBase64Url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(Buffer.from(fromBase64Url(text)).equals(bytes)).toBe(true);
    }
  });
});
