/** Which URLs a pack may be fetched from. */

/**
 * HTTPS anywhere; plain HTTP only on this computer (127.0.0.1, localhost), for
 * testing a pack before publishing it. No credentials in the URL.
 */
export function isAllowedPackUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return url.hostname !== '';
  return url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
}

export const sameOrigin = (a: string, b: string) => new URL(a).origin === new URL(b).origin;
