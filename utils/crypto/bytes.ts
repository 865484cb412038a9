/** Byte helpers for WebCrypto and messages: UTF-8, base64url, random bytes. */

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

export function fromUtf8(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): string {
  return decoder.decode(bytes);
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** Uint8Array's own base64 (ES2026: Chromium 140, Firefox 133), where there is one. */
type WithBase64 = Uint8Array & { toBase64?(options: { alphabet: 'base64url'; omitPadding: boolean }): string };

export function toBase64Url(bytes: ArrayBuffer | Uint8Array): string {
  const view: WithBase64 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  // Native where it exists: a pack file of 1 MB through the loop below kept a page busy for about 45 ms.
  if (typeof view.toBase64 === 'function') return view.toBase64({ alphabet: 'base64url', omitPadding: true });
  let binary = '';
  for (let at = 0; at < view.length; at += 0x2000) binary += String.fromCharCode.apply(null, view.subarray(at, at + 0x2000) as unknown as number[]);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
