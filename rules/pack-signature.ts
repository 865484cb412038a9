/**
 * Checking a pack's detached signature against trusted public keys. Pure
 * WebCrypto (through `jose`): runs in Node 20, the extension's background and
 * the options page, never in the content script.
 *
 * The format is a standard one so that tools outside this project can make and
 * check signatures (docs/pack-format.md, "Signing a pack"):
 * - a JSON Web Signature (RFC 7515) in compact serialization with a DETACHED
 *   payload (RFC 7515 appendix F): `<protected header>..<signature>`, the middle
 *   part left empty because the payload travels as the pack file itself;
 * - the payload is the pack file's exact bytes (YAML or JSON, as published);
 * - algorithm EdDSA with an Ed25519 key (RFC 8037); keys are JWKs (RFC 7517);
 * - the protected header names the key (`kid`) and the pack (`packId`,
 *   `packVersion`). The header is signed too, so a signature made for one pack
 *   or version cannot vouch for another: the caller passes the id and version
 *   it read from the bytes, and they must equal the header's.
 */
import { base64url, compactVerify, errors as joseErrors, importJWK, importSPKI, type JWK } from 'jose';

/** The JWS `alg` we write. `Ed25519` (RFC 9864's fully specified name) is accepted as the same. */
export const PACK_SIGNATURE_ALG = 'EdDSA';
const ACCEPTED_ALGS = [PACK_SIGNATURE_ALG, 'Ed25519'];

/** A signature file is a few hundred bytes; anything far bigger is not one of ours. */
const MAX_SIGNATURE_CHARS = 8_192;

/** A public key that may sign packs. */
export interface TrustedKey {
  /** Must equal the `kid` in the signatures this key makes. */
  keyId: string;
  /**
   * The Ed25519 public key: a JWK object (`{ kty: "OKP", crv: "Ed25519", x }`),
   * the same JWK as JSON text, or an SPKI PEM (`-----BEGIN PUBLIC KEY-----`).
   */
  publicKey: JWK | string;
  /** When given, the key is trusted only for packs with these ids. */
  packIds?: string[];
}

/** What a signature claims, read from its protected header (not yet verified). */
export interface PackSignatureHeader {
  alg: string;
  kid: string;
  packId: string;
  packVersion: string;
}

export type SignatureCheck = { ok: true; keyId: string } | { ok: false; reason: string };

/**
 * Read a detached pack signature's protected header, without verifying it.
 * Surrounding whitespace (a trailing newline in a .sig file) is ignored.
 * @returns the header, or a plain-English reason why this is not a pack signature.
 */
export function readPackSignature(signature: string): { ok: true; header: PackSignatureHeader; protectedPart: string; signaturePart: string } | { ok: false; reason: string } {
  const malformed = (why: string) => ({ ok: false as const, reason: `the signature is malformed: ${why}` });
  if (typeof signature !== 'string') return malformed('it is not text');
  const text = signature.trim();
  if (text === '') return malformed('the signature file is empty');
  if (text.length > MAX_SIGNATURE_CHARS) return malformed(`it is ${text.length} characters long; a pack signature is well under ${MAX_SIGNATURE_CHARS}`);
  const parts = text.split('.');
  if (parts.length !== 3) return malformed('expected a detached JWS of the form <header>..<signature>');
  const [protectedPart = '', payloadPart, signaturePart = ''] = parts;
  if (payloadPart !== '') {
    return malformed('it carries its own copy of the payload; a pack signature is detached (<header>..<signature>, middle part empty)');
  }
  if (!/^[A-Za-z0-9_-]+$/.test(protectedPart) || !/^[A-Za-z0-9_-]+$/.test(signaturePart)) {
    return malformed('its parts are not base64url text');
  }
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(protectedPart)));
  } catch {
    return malformed('its header is not base64url-encoded JSON');
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return malformed('its header is not a JSON object');
  const h = header as Record<string, unknown>;
  if (typeof h.alg !== 'string' || !ACCEPTED_ALGS.includes(h.alg)) {
    return malformed(`its algorithm is ${JSON.stringify(h.alg)}; pack signatures use "${PACK_SIGNATURE_ALG}" (Ed25519)`);
  }
  if (h.b64 !== undefined && h.b64 !== true) return malformed('it uses an unencoded payload ("b64": false), which pack signatures do not');
  for (const field of ['kid', 'packId', 'packVersion'] as const) {
    if (typeof h[field] !== 'string' || h[field] === '') return malformed(`its header has no "${field}"`);
  }
  return {
    ok: true,
    header: { alg: h.alg, kid: h.kid as string, packId: h.packId as string, packVersion: h.packVersion as string },
    protectedPart,
    signaturePart,
  };
}

/**
 * Verify a pack file's detached signature.
 *
 * @param packBytes the pack file exactly as fetched or read (the signed payload)
 * @param signature the detached JWS text (`<header>..<signature>`)
 * @param trustedKeys the keys allowed to sign packs (policy, settings); several at once during a key rotation
 * @param expected the id and version read from `packBytes`; the signature must have been made for them
 * @returns `{ ok: true, keyId }` for a valid signature by a trusted key, otherwise
 *   `{ ok: false, reason }` in plain English (malformed, untrusted key, key not
 *   trusted for this pack, made for another pack or version, does not match).
 *   Never throws.
 */
export async function verifyPackSignature(
  packBytes: Uint8Array,
  signature: string,
  trustedKeys: readonly TrustedKey[],
  expected: { id: string; version: string },
): Promise<SignatureCheck> {
  const read = readPackSignature(signature);
  if (!read.ok) return read;
  const { header } = read;

  // The claims are checked before the cryptography so the reason names the usual mistake
  // (a new version published with the old signature) rather than just "does not match".
  if (header.packId !== expected.id) {
    return { ok: false, reason: `the signature was made for pack "${header.packId}", not "${expected.id}"; one pack's signature cannot vouch for another` };
  }
  if (header.packVersion !== expected.version) {
    return {
      ok: false,
      reason: `the signature was made for version ${header.packVersion} of the pack, but the file is version ${expected.version}; sign the new version`,
    };
  }

  if (trustedKeys.length === 0) return { ok: false, reason: `the pack is signed by key "${header.kid}", but no signing keys are trusted` };
  const sameId = trustedKeys.filter((key) => key.keyId === header.kid);
  if (sameId.length === 0) {
    const known = trustedKeys.map((key) => `"${key.keyId}"`).join(', ');
    return { ok: false, reason: `the pack is signed by key "${header.kid}", which is not a trusted key (trusted: ${known})` };
  }
  const forThisPack = sameId.filter((key) => key.packIds === undefined || key.packIds.includes(expected.id));
  if (forThisPack.length === 0) {
    const allowed = [...new Set(sameId.flatMap((key) => key.packIds ?? []))].map((id) => `"${id}"`).join(', ');
    return { ok: false, reason: `key "${header.kid}" is trusted only for the packs ${allowed}, not for "${expected.id}"` };
  }

  const jws = `${read.protectedPart}.${base64url.encode(packBytes)}.${read.signaturePart}`;
  let unreadableKey: string | undefined;
  for (const trusted of forThisPack) {
    const key = await importTrustedKey(trusted);
    if (!key.ok) {
      unreadableKey = key.reason;
      continue;
    }
    try {
      await compactVerify(jws, key.key, { algorithms: ACCEPTED_ALGS });
      return { ok: true, keyId: trusted.keyId };
    } catch (error) {
      if (!(error instanceof joseErrors.JWSSignatureVerificationFailed)) {
        return { ok: false, reason: `the signature is malformed: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
  }
  if (unreadableKey !== undefined && forThisPack.length === 1) return { ok: false, reason: unreadableKey };
  return {
    ok: false,
    reason: `the signature does not match the pack file: the file was changed after signing, or it was signed with another key than the trusted key "${header.kid}"`,
  };
}

/**
 * Turn a trusted key's text or JWK into a WebCrypto verification key. Refuses
 * private keys: only the public half belongs in policy or settings.
 */
export async function importTrustedKey(trusted: TrustedKey): Promise<{ ok: true; key: CryptoKey } | { ok: false; reason: string }> {
  const unreadable = (why: string) => ({ ok: false as const, reason: `the trusted key "${trusted.keyId}" cannot be used: ${why}` });
  let jwk: unknown = trusted.publicKey;
  try {
    if (typeof jwk === 'string') {
      const text = jwk.trim();
      if (text.startsWith('-----BEGIN PUBLIC KEY-----')) {
        return { ok: true, key: (await importSPKI(text, PACK_SIGNATURE_ALG)) as CryptoKey };
      }
      if (text.startsWith('-----')) return unreadable('it is PEM text but not a public key (-----BEGIN PUBLIC KEY-----)');
      jwk = JSON.parse(text);
    }
  } catch (error) {
    return unreadable(`it is neither a JWK (JSON) nor a PEM public key (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof jwk !== 'object' || jwk === null) return unreadable('it is not a JWK');
  const { kty, crv, x, d } = jwk as Record<string, unknown>;
  if (d !== undefined) return unreadable('it is a PRIVATE key; trust only the public key file');
  if (kty !== 'OKP' || crv !== 'Ed25519' || typeof x !== 'string') return unreadable('it is not an Ed25519 public key ({ "kty": "OKP", "crv": "Ed25519", "x": … })');
  try {
    // Only the members that define the key: a key file's own "key_ops" or "alg" must not narrow what it can verify.
    return { ok: true, key: (await importJWK({ kty, crv, x }, PACK_SIGNATURE_ALG)) as CryptoKey };
  } catch (error) {
    return unreadable(error instanceof Error ? error.message : String(error));
  }
}
