/**
 * Case keys: notes are filed under HMAC-SHA-256(install secret, scope + case
 * identifier), so the same case finds its notes again while the database never
 * holds the identifier. The secret is per install, so a key means nothing
 * elsewhere, and case numbers (a small, guessable space) cannot be tested
 * against the database without it.
 */
import { toBase64Url, utf8 } from './bytes';

/** Prefix of case keys; interview-session keys start with `s:`. */
export const CASE_KEY_PREFIX = 'c:';
/** A case identifier is a short code; anything longer is not one. */
export const MAX_CASE_IDENTIFIER_CHARS = 200;

/** The HMAC key from the install secret's raw bytes. Not extractable once imported. */
export function importCaseKeySecret(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/**
 * One spelling per case: "  ab-123 " and "AB-123" are the same case. Returns ''
 * when there is no usable identifier.
 */
export function normalizeCaseIdentifier(identifier: string): string {
  const normalized = identifier.normalize('NFKC').trim().replace(/\s+/g, ' ').toUpperCase();
  return normalized.length > MAX_CASE_IDENTIFIER_CHARS ? '' : normalized;
}

/**
 * The case key for an identifier read on a page, or null when there is none.
 * `scope` (the case system's origin) keeps case 123 of one system apart from case
 * 123 of another.
 */
export async function caseKeyFor(secret: CryptoKey, scope: string, identifier: string): Promise<string | null> {
  const normalized = normalizeCaseIdentifier(identifier);
  if (normalized === '') return null;
  const mac = await crypto.subtle.sign('HMAC', secret, utf8(`${scope}\n${normalized}`));
  return CASE_KEY_PREFIX + toBase64Url(mac);
}
