/**
 * The optional passphrase lock: a key derived with PBKDF2-HMAC-SHA-256 from the
 * adviser's passphrase and a stored random salt, used for AES-GCM. The iteration
 * count is stored with the salt so it can be raised later without locking anyone
 * out. A known text sealed at setup tells a wrong passphrase from a right one.
 */
import { fromUtf8, randomBytes, utf8 } from './bytes';

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;
const CHECK_TEXT = 'adviser-coach-notes-lock';
const CHECK_AAD = 'lock-check';

/** AES-GCM ciphertext with its 96-bit nonce. */
export interface SealedBytes {
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

/** What is stored about the lock: never the passphrase or the key. */
export interface LockParams {
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
  check: SealedBytes;
}

export async function deriveNotesKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  // NFC, so the same passphrase typed on another keyboard layout derives the same key.
  const material = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false, // not extractable: the key can encrypt and decrypt, never be read out
    ['encrypt', 'decrypt'],
  );
}

/**
 * Seal text. `aad` binds the ciphertext to where it belongs (a note's id), so a
 * sealed note cannot be swapped into another row.
 */
export async function sealText(key: CryptoKey, text: string, aad: string): Promise<SealedBytes> {
  const iv = randomBytes(12);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8(aad) }, key, utf8(text));
  return { iv, data: new Uint8Array(data) };
}

/** Open sealed text; throws if the key is wrong or the bytes were changed. */
export async function openText(key: CryptoKey, sealed: SealedBytes, aad: string): Promise<string> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: utf8(aad) }, key, sealed.data);
  return fromUtf8(plain);
}

export async function createLock(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<{ params: LockParams; key: CryptoKey }> {
  const salt = randomBytes(16);
  const key = await deriveNotesKey(passphrase, salt, iterations);
  const check = await sealText(key, CHECK_TEXT, CHECK_AAD);
  return { params: { salt, iterations, check }, key };
}

/** The key for a passphrase, or null when the passphrase is wrong. */
export async function unlockWithPassphrase(params: LockParams, passphrase: string): Promise<CryptoKey | null> {
  const key = await deriveNotesKey(passphrase, params.salt, params.iterations);
  try {
    return (await openText(key, params.check, CHECK_AAD)) === CHECK_TEXT ? key : null;
  } catch {
    return null;
  }
}
