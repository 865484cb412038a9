/**
 * Making pack signing keys and signatures (the CLI's `pack keygen` and
 * `pack sign`). The format is described in rules/pack-signature.ts, which
 * checks what this writes. WebCrypto through `jose`, no Node-only API.
 */
import { calculateJwkThumbprint, CompactSign, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { PACK_SIGNATURE_ALG, type PackSignatureHeader } from './pack-signature';

/**
 * Marks a key file for the person holding it; JWK allows extra members (RFC 7517 §4)
 * and verifiers ignore them.
 */
const PRIVATE_NOTE = 'PRIVATE Adviser Coach pack-signing key. Keep it secret: whoever has it can sign packs your organisation trusts. Never publish it or put it in policy.';
const PUBLIC_NOTE = 'PUBLIC Adviser Coach pack-verification key. Safe to share: put it in policy (trusted keys) so the extension accepts packs signed with the matching private key.';

/** A JWK as `pack keygen` writes it: the key plus a note for the person holding the file. */
export type PackKeyFile = JWK & { comment: string };

export interface PackSigningKeys {
  keyId: string;
  /** `{ kty: "OKP", crv: "Ed25519", x, d, kid, alg: "EdDSA", use: "sig", key_ops: ["sign"], comment }` */
  privateJwk: PackKeyFile;
  /** The same without `d`, and `key_ops: ["verify"]`. */
  publicJwk: PackKeyFile;
}

/** Key ids go into file names and policy: keep them to a safe, readable alphabet. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * A new Ed25519 key pair.
 * @param keyId the `kid` signatures will carry; defaults to the first 16
 *   characters of the public key's RFC 7638 thumbprint, so it names the key.
 * @throws Error when `keyId` has characters other than letters, digits, `.`, `_`, `-`.
 */
export async function generatePackSigningKeys(keyId?: string): Promise<PackSigningKeys> {
  if (keyId !== undefined && !KEY_ID_PATTERN.test(keyId)) {
    throw new Error(`the key id "${keyId}" must be 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit`);
  }
  const { privateKey } = await generateKeyPair(PACK_SIGNATURE_ALG, { crv: 'Ed25519', extractable: true });
  const exported = await exportJWK(privateKey);
  const { kty, crv, x, d } = exported;
  const kid = keyId ?? (await calculateJwkThumbprint({ kty, crv, x })).slice(0, 16);
  const common = { kty, crv, x, kid, alg: PACK_SIGNATURE_ALG, use: 'sig' };
  return {
    keyId: kid,
    privateJwk: { ...common, d, key_ops: ['sign'], comment: PRIVATE_NOTE },
    publicJwk: { ...common, key_ops: ['verify'], comment: PUBLIC_NOTE },
  };
}

/**
 * Sign a pack file's bytes for the given pack id and version.
 * @param privateJwk an Ed25519 private JWK with a `kid` (as `pack keygen` writes)
 * @returns the detached JWS `<header>..<signature>`; its header is
 *   `{ alg: "EdDSA", kid, packId, packVersion }`.
 * @throws Error with a plain reason when the key is not an Ed25519 private key with a kid.
 */
export async function signPack(packBytes: Uint8Array, privateJwk: JWK, pack: { id: string; version: string }): Promise<string> {
  const { kty, crv, x, d, kid } = privateJwk;
  if (kty !== 'OKP' || crv !== 'Ed25519' || typeof x !== 'string') throw new Error('the key is not an Ed25519 key ({ "kty": "OKP", "crv": "Ed25519", … })');
  if (typeof d !== 'string') throw new Error('the key is a public key; signing needs the private key file');
  if (typeof kid !== 'string' || !KEY_ID_PATTERN.test(kid)) throw new Error('the key has no usable "kid" (key id)');
  const key = await importJWK({ kty, crv, x, d }, PACK_SIGNATURE_ALG);
  const header: PackSignatureHeader & Record<string, string> = { alg: PACK_SIGNATURE_ALG, kid, packId: pack.id, packVersion: pack.version };
  const jws = await new CompactSign(packBytes).setProtectedHeader(header).sign(key);
  const [protectedPart, , signaturePart] = jws.split('.');
  return `${protectedPart}..${signaturePart}`;
}
