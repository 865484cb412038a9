/**
 * Which public keys may sign packs. The organisation's policy list wins when it
 * has one (shown locked); otherwise the adviser's own list, kept in
 * storage.local, to which a supervisor's public key file is added from the
 * options page. Several keys at once: a rotation lists the old and new key
 * until every pack is signed with the new one.
 */
import { browser } from 'wxt/browser';
import { importTrustedKey, type TrustedKey } from '../../rules/pack-signature';
import { KEY_ID_PATTERN } from '../../rules/sign-pack';
import type { ManagedPolicy } from '../policy/managed-policy';

export const TRUSTED_KEYS_KEY = 'packs:trustedKeys';

export async function readAdviserKeys(): Promise<TrustedKey[]> {
  return ((await browser.storage.local.get(TRUSTED_KEYS_KEY))[TRUSTED_KEYS_KEY] as TrustedKey[] | undefined) ?? [];
}

export async function writeAdviserKeys(keys: TrustedKey[]): Promise<void> {
  await browser.storage.local.set({ [TRUSTED_KEYS_KEY]: keys });
}

/** The keys in force: the policy's when it sets any, else the adviser's. */
export function effectiveTrustedKeys(policy: ManagedPolicy, adviserKeys: TrustedKey[]): TrustedKey[] {
  return policy.trustedKeys.length > 0 ? policy.trustedKeys : adviserKeys;
}

export async function currentTrustedKeys(policy: ManagedPolicy): Promise<TrustedKey[]> {
  return effectiveTrustedKeys(policy, await readAdviserKeys());
}

export type KeyFileResult = { ok: true; key: TrustedKey } | { ok: false; problem: 'unreadable' | 'private' | 'no-key-id' };

/**
 * A public key file as `adviser-coach pack keygen` writes it (an Ed25519 JWK
 * with its `kid`). A private key is refused: it must never leave the
 * supervisor's hands, and trusting it here would mean it had.
 */
export async function readPublicKeyFile(text: string): Promise<KeyFileResult> {
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  if (typeof jwk !== 'object' || jwk === null) return { ok: false, problem: 'unreadable' };
  const { d, kid } = jwk as Record<string, unknown>;
  if (d !== undefined) return { ok: false, problem: 'private' };
  if (typeof kid !== 'string' || !KEY_ID_PATTERN.test(kid)) return { ok: false, problem: 'no-key-id' };
  const key: TrustedKey = { keyId: kid, publicKey: text.trim() };
  return (await importTrustedKey(key)).ok ? { ok: true, key } : { ok: false, problem: 'unreadable' };
}

/** Add or replace (same key id) a key in the adviser's list. */
export function withKey(keys: TrustedKey[], key: TrustedKey): TrustedKey[] {
  return [...keys.filter((k) => k.keyId !== key.keyId), key];
}
