/**
 * Pack signatures: what is accepted, what is refused and why, and that the
 * format is the standard one (checked with Node's own crypto, not only jose).
 */
import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { base64url, CompactSign, compactVerify, exportSPKI, importJWK, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPackSignature, verifyPackSignature, type TrustedKey } from './pack-signature';
import { generatePackSigningKeys, signPack, type PackSigningKeys } from './sign-pack';

const ROOT = resolve(import.meta.dirname, '..');
const packText = readFileSync(resolve(ROOT, 'rules/packs/social-assistance-initial-assessment.yaml'), 'utf8');
const PACK = { id: 'adviser-coach.social-assistance-ia', version: '1.0.0' };
const bytes = (text: string) => new TextEncoder().encode(text);
const v100 = bytes(packText);
const v110 = bytes(packText.replace(/^version: .*$/m, 'version: "1.1.0"').replace('rewordings:', 'rewordings: # reworded\n   '));
const trust = (keys: PackSigningKeys, packIds?: string[]): TrustedKey => ({ keyId: keys.keyId, publicKey: keys.publicJwk, ...(packIds && { packIds }) });

let alpha: PackSigningKeys;
let beta: PackSigningKeys;
beforeAll(async () => {
  alpha = await generatePackSigningKeys('methods-2026');
  beta = await generatePackSigningKeys('methods-2027');
});

function reason(check: Awaited<ReturnType<typeof verifyPackSignature>>): string {
  expect(check.ok).toBe(false);
  return check.ok ? '' : check.reason;
}

describe('verifyPackSignature', () => {
  it('accepts the exact bytes signed by a trusted key, and names the key', async () => {
    const signature = await signPack(v100, alpha.privateJwk, PACK);
    expect(signature).toMatch(/^[\w-]+\.\.[\w-]+$/);
    expect(await verifyPackSignature(v100, signature, [trust(alpha)], PACK)).toEqual({ ok: true, keyId: 'methods-2026' });
    expect(await verifyPackSignature(v100, `${signature}\n`, [trust(alpha)], PACK)).toEqual({ ok: true, keyId: 'methods-2026' });
  });

  it('refuses a pack with one byte changed', async () => {
    const signature = await signPack(v100, alpha.privateJwk, PACK);
    for (const at of [0, Math.floor(v100.length / 2), v100.length - 1]) {
      const tampered = v100.slice();
      tampered[at] = (tampered[at] ?? 0) ^ 0x01;
      expect(reason(await verifyPackSignature(tampered, signature, [trust(alpha)], PACK))).toMatch(/does not match the pack file/);
    }
    const longer = new Uint8Array([...v100, 0x0a]);
    expect(reason(await verifyPackSignature(longer, signature, [trust(alpha)], PACK))).toMatch(/does not match/);
  });

  it('refuses a signature made with another key that carries the trusted key id', async () => {
    const impostor = await generatePackSigningKeys('methods-2026');
    const signature = await signPack(v100, impostor.privateJwk, PACK);
    expect(reason(await verifyPackSignature(v100, signature, [trust(alpha)], PACK))).toMatch(/does not match .* another key than the trusted key "methods-2026"/);
  });

  it('refuses a signature by a key that is not trusted, naming both', async () => {
    const signature = await signPack(v100, beta.privateJwk, PACK);
    expect(reason(await verifyPackSignature(v100, signature, [trust(alpha)], PACK))).toBe(
      'the pack is signed by key "methods-2027", which is not a trusted key (trusted: "methods-2026")',
    );
    expect(reason(await verifyPackSignature(v100, signature, [], PACK))).toMatch(/no signing keys are trusted/);
  });

  it('cannot replay an old version\'s signature for a new version', async () => {
    const old = await signPack(v100, alpha.privateJwk, PACK);
    const newer = { ...PACK, version: '1.1.0' };
    expect(reason(await verifyPackSignature(v110, old, [trust(alpha)], newer))).toBe(
      'the signature was made for version 1.0.0 of the pack, but the file is version 1.1.0; sign the new version',
    );
    // Editing the header to claim the new version breaks the signature, which covers the header.
    const read = readPackSignature(old);
    if (!read.ok) throw new Error(read.reason);
    const forged = `${base64url.encode(JSON.stringify({ ...read.header, packVersion: '1.1.0' }))}..${read.signaturePart}`;
    expect(reason(await verifyPackSignature(v110, forged, [trust(alpha)], newer))).toMatch(/does not match the pack file/);
    expect(reason(await verifyPackSignature(v100, forged, [trust(alpha)], newer))).toMatch(/does not match the pack file/);
  });

  it('cannot use one pack\'s signature for another pack', async () => {
    const other = { id: 'adviser-coach.work-focused-interview', version: '1.0.0' };
    const signature = await signPack(v100, alpha.privateJwk, other);
    expect(reason(await verifyPackSignature(v100, signature, [trust(alpha)], PACK))).toBe(
      'the signature was made for pack "adviser-coach.work-focused-interview", not "adviser-coach.social-assistance-ia"; one pack\'s signature cannot vouch for another',
    );
  });

  it('trusts several keys at once and says which one signed', async () => {
    const keys = [trust(alpha), trust(beta)];
    expect(await verifyPackSignature(v100, await signPack(v100, alpha.privateJwk, PACK), keys, PACK)).toEqual({ ok: true, keyId: 'methods-2026' });
    expect(await verifyPackSignature(v100, await signPack(v100, beta.privateJwk, PACK), keys, PACK)).toEqual({ ok: true, keyId: 'methods-2027' });
  });

  it('supports rotation: both keys during the change-over, then the old one retired', async () => {
    const oldSignature = await signPack(v100, alpha.privateJwk, PACK);
    const newer = { ...PACK, version: '1.1.0' };
    const newSignature = await signPack(v110, beta.privateJwk, newer);
    // 1. publish the new public key alongside the old one: both signatures verify.
    const during = [trust(alpha), trust(beta)];
    expect((await verifyPackSignature(v100, oldSignature, during, PACK)).ok).toBe(true);
    expect((await verifyPackSignature(v110, newSignature, during, newer)).ok).toBe(true);
    // 2. retire the old key: what it signed is no longer accepted, the new key's is.
    const after = [trust(beta)];
    expect(reason(await verifyPackSignature(v100, oldSignature, after, PACK))).toMatch(/signed by key "methods-2026", which is not a trusted key/);
    expect(await verifyPackSignature(v110, newSignature, after, newer)).toEqual({ ok: true, keyId: 'methods-2027' });
  });

  it('honours a key trusted only for certain pack ids', async () => {
    const signature = await signPack(v100, alpha.privateJwk, PACK);
    expect((await verifyPackSignature(v100, signature, [trust(alpha, [PACK.id])], PACK)).ok).toBe(true);
    expect(reason(await verifyPackSignature(v100, signature, [trust(alpha, ['org.housing'])], PACK))).toBe(
      'key "methods-2026" is trusted only for the packs "org.housing", not for "adviser-coach.social-assistance-ia"',
    );
  });

  it('accepts the public key as JWK JSON text or SPKI PEM, and refuses a private key as trusted key', async () => {
    const signature = await signPack(v100, alpha.privateJwk, PACK);
    const pem = await exportSPKI((await importJWK({ ...alpha.publicJwk, key_ops: undefined }, 'EdDSA', { extractable: true })) as CryptoKey);
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    for (const publicKey of [JSON.stringify(alpha.publicJwk), pem]) {
      expect(await verifyPackSignature(v100, signature, [{ keyId: alpha.keyId, publicKey }], PACK)).toEqual({ ok: true, keyId: alpha.keyId });
    }
    expect(reason(await verifyPackSignature(v100, signature, [{ keyId: alpha.keyId, publicKey: alpha.privateJwk }], PACK))).toMatch(
      /trusted key "methods-2026" cannot be used: it is a PRIVATE key/,
    );
    expect(reason(await verifyPackSignature(v100, signature, [{ keyId: alpha.keyId, publicKey: 'not a key' }], PACK))).toMatch(
      /cannot be used: it is neither a JWK/,
    );
    expect(reason(await verifyPackSignature(v100, signature, [{ keyId: alpha.keyId, publicKey: { kty: 'EC', crv: 'P-256', x: 'a', y: 'b' } }], PACK))).toMatch(
      /not an Ed25519 public key/,
    );
  });

  it.each<[string, string | (() => Promise<string>), RegExp]>([
    ['empty', '', /malformed: the signature file is empty/],
    ['not JWS', 'hello world', /malformed: expected a detached JWS/],
    ['attached payload', 'eyJhbGciOiJFZERTQSJ9.cGF5bG9hZA.c2ln', /carries its own copy of the payload/],
    ['not base64url', 'ey+J..abc', /not base64url/],
    ['header not JSON', `${base64url.encode('nope')}..abc`, /header is not base64url-encoded JSON/],
    ['header an array', `${base64url.encode('[]')}..abc`, /header is not a JSON object/],
    ['alg none', `${base64url.encode(JSON.stringify({ alg: 'none', kid: 'k', packId: PACK.id, packVersion: '1.0.0' }))}..abc`, /algorithm is "none"/],
    ['HMAC', `${base64url.encode(JSON.stringify({ alg: 'HS256', kid: 'k', packId: PACK.id, packVersion: '1.0.0' }))}..abc`, /algorithm is "HS256"/],
    ['no kid', `${base64url.encode(JSON.stringify({ alg: 'EdDSA', packId: PACK.id, packVersion: '1.0.0' }))}..abc`, /header has no "kid"/],
    ['no pack id', `${base64url.encode(JSON.stringify({ alg: 'EdDSA', kid: 'methods-2026', packVersion: '1.0.0' }))}..abc`, /header has no "packId"/],
    ['unencoded payload', `${base64url.encode(JSON.stringify({ alg: 'EdDSA', b64: false, crit: ['b64'], kid: 'k', packId: PACK.id, packVersion: '1.0.0' }))}..abc`, /"b64": false/],
    ['far too long', `${'a'.repeat(9000)}..abc`, /characters long/],
    [
      'signature bytes cut short',
      async () => (await signPack(v100, alpha.privateJwk, PACK)).slice(0, -10),
      /does not match|malformed/,
    ],
  ])('refuses a malformed signature: %s', async (_name, signature, expected) => {
    const text = typeof signature === 'string' ? signature : await signature();
    expect(reason(await verifyPackSignature(v100, text, [trust(alpha)], PACK))).toMatch(expected);
  });
});

describe('the signature is a standard detached JWS', () => {
  it('verifies with Node\'s own Ed25519 over "<header>.<base64url(pack bytes)>"', async () => {
    const signature = await signPack(v100, alpha.privateJwk, PACK);
    const [header = '', , sig = ''] = signature.split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'EdDSA', kid: 'methods-2026', packId: PACK.id, packVersion: '1.0.0' });
    const publicKey = createPublicKey({ key: alpha.publicJwk as JsonWebKey, format: 'jwk' });
    const signingInput = Buffer.from(`${header}.${Buffer.from(v100).toString('base64url')}`);
    expect(nodeVerify(null, signingInput, publicKey, Buffer.from(sig, 'base64url'))).toBe(true);
    expect(nodeVerify(null, Buffer.concat([signingInput, Buffer.from('x')]), publicKey, Buffer.from(sig, 'base64url'))).toBe(false);
  });

  it('accepts a signature made with plain jose as the README shows (sign, then drop the middle part)', async () => {
    const key = await importJWK(beta.privateJwk as JWK, 'EdDSA');
    const attached = await new CompactSign(v110).setProtectedHeader({ alg: 'EdDSA', kid: beta.keyId, packId: PACK.id, packVersion: '1.1.0' }).sign(key);
    const [h, , s] = attached.split('.');
    expect(await verifyPackSignature(v110, `${h}..${s}`, [trust(beta)], { ...PACK, version: '1.1.0' })).toEqual({ ok: true, keyId: beta.keyId });
    // and the other way: ours checks out with plain jose once the payload is put back
    const ours = (await signPack(v110, beta.privateJwk, { ...PACK, version: '1.1.0' })).split('.');
    const { payload } = await compactVerify(`${ours[0]}.${base64url.encode(v110)}.${ours[2]}`, beta.publicJwk as JWK, { algorithms: ['EdDSA'] });
    expect(payload).toEqual(v110);
  });
});

describe('generatePackSigningKeys', () => {
  it('makes key files a person can tell apart, the public one without the secret', async () => {
    expect(alpha.privateJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: 'methods-2026', key_ops: ['sign'], comment: expect.stringMatching(/^PRIVATE/) });
    expect(typeof alpha.privateJwk.d).toBe('string');
    expect(alpha.publicJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: 'methods-2026', x: alpha.privateJwk.x, key_ops: ['verify'], comment: expect.stringMatching(/^PUBLIC/) });
    expect(alpha.publicJwk.d).toBeUndefined();
  });

  it('names a key by its thumbprint when no id is given, and refuses unsafe ids', async () => {
    const keys = await generatePackSigningKeys();
    expect(keys.keyId).toMatch(/^[\w-]{16}$/);
    expect(keys.publicJwk.kid).toBe(keys.keyId);
    await expect(generatePackSigningKeys('../etc/passwd')).rejects.toThrow(/key id/);
  });

  it('refuses to sign with a public key', async () => {
    await expect(signPack(v100, alpha.publicJwk, PACK)).rejects.toThrow(/public key; signing needs the private key/);
  });
});
