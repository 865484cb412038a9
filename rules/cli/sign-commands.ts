/**
 * `adviser-coach pack keygen | sign | verify`: key files and detached
 * signatures on disk. The format lives in rules/pack-signature.ts and
 * rules/sign-pack.ts; this file only reads and writes files.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { JWK } from 'jose';
import { verifyPackSignature, type TrustedKey } from '../pack-signature';
import { generatePackSigningKeys, signPack } from '../sign-pack';
import { fileProblem, load, ok, type CommandResult } from './pack-commands';

/** Key and signature files are tiny; refuse to read anything large as one. */
const MAX_KEY_FILE_BYTES = 64 * 1024;

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/**
 * Write `<kid>.private.jwk.json` (mode 0600) and `<kid>.public.jwk.json` in `outDir`.
 * Never overwrites: an existing key may be the only copy of a key in use.
 */
export async function writeSigningKeys(outDir: string, keyId: string | undefined): Promise<CommandResult> {
  let keys;
  try {
    keys = await generatePackSigningKeys(keyId);
  } catch (error) {
    return { exitCode: 2, problems: [`adviser-coach: ${(error as Error).message}`], report: [] };
  }
  const privateFile = join(outDir, `${keys.keyId}.private.jwk.json`);
  const publicFile = join(outDir, `${keys.keyId}.public.jwk.json`);
  try {
    await mkdir(outDir, { recursive: true });
    // 'wx': fail if the file exists. The private key is readable by its owner only.
    await writeFile(privateFile, `${JSON.stringify(keys.privateJwk, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') return fileProblem(`${privateFile} already exists; choose another --kid or --out-dir (an existing key is never overwritten)`);
    return fileProblem(`cannot write ${privateFile}: ${code}`);
  }
  try {
    await writeFile(publicFile, `${JSON.stringify(keys.publicJwk, null, 2)}\n`, { flag: 'wx', mode: 0o644 });
  } catch (error) {
    return fileProblem(`wrote ${privateFile}, but cannot write ${publicFile}: ${errorCode(error)}`);
  }
  return ok([
    `key id: ${keys.keyId}`,
    `wrote PRIVATE key ${privateFile}: keep it secret, sign packs with it (pack sign --key)`,
    `wrote public key  ${publicFile}: share it, put it in policy as a trusted key, check signatures with it (pack verify --pubkey)`,
  ]);
}

async function readSmallFile(file: string, what: string): Promise<{ text: string } | { failed: CommandResult }> {
  try {
    const text = await readFile(file, 'utf8');
    if (text.length > MAX_KEY_FILE_BYTES) return { failed: fileProblem(`${file} is too large to be a ${what}`) };
    return { text };
  } catch (error) {
    return { failed: fileProblem(`cannot read ${what} ${file}: ${errorCode(error)}`) };
  }
}

/** Sign a valid pack; writes `<file>.sig` unless `out` names another file. */
export async function signPackFile(file: string, keyFile: string, out: string | undefined): Promise<CommandResult> {
  const pack = await load(file);
  if ('failed' in pack) return pack.failed;
  const key = await readSmallFile(keyFile, 'key file');
  if ('failed' in key) return key.failed;
  let jwk: JWK;
  try {
    jwk = JSON.parse(key.text) as JWK;
  } catch {
    return fileProblem(`${keyFile} is not a JWK key file (JSON); make one with "adviser-coach pack keygen"`);
  }
  const { id, version } = pack.loaded.pack;
  let signature: string;
  try {
    signature = await signPack(pack.bytes, jwk, { id, version });
  } catch (error) {
    return fileProblem(`cannot sign with ${keyFile}: ${(error as Error).message}`);
  }
  const target = out ?? `${file}.sig`;
  try {
    await writeFile(target, `${signature}\n`, 'utf8');
  } catch (error) {
    return fileProblem(`cannot write ${target}: ${errorCode(error)}`);
  }
  return ok([`signed ${id} ${version} with key ${jwk.kid}: wrote ${target}`]);
}

/** A public key file as a trusted key: a JWK names its key in `kid`; a PEM file by its name (`<kid>.public.pem`). */
async function readTrustedKey(file: string): Promise<{ key: TrustedKey } | { failed: CommandResult }> {
  const read = await readSmallFile(file, 'public key');
  if ('failed' in read) return read;
  const text = read.text.trim();
  if (text.startsWith('-----')) return { key: { keyId: basename(file).split('.')[0] ?? file, publicKey: text } };
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    return { failed: fileProblem(`${file} is neither a JWK key file (JSON) nor a PEM public key`) };
  }
  const kid = (jwk as { kid?: unknown } | null)?.kid;
  if (typeof kid !== 'string' || kid === '') return { failed: fileProblem(`${file} has no "kid" (key id); add one that matches the signatures' kid`) };
  return { key: { keyId: kid, publicKey: jwk as JWK } };
}

/** Exit 0 only when one of the public keys made a valid signature for this very file, id and version. */
export async function verifyPackFile(file: string, sigFile: string, pubkeyFiles: string[]): Promise<CommandResult> {
  const pack = await load(file);
  if ('failed' in pack) return pack.failed;
  const signature = await readSmallFile(sigFile, 'signature');
  if ('failed' in signature) return signature.failed;
  const trusted: TrustedKey[] = [];
  for (const pubkeyFile of pubkeyFiles) {
    const key = await readTrustedKey(pubkeyFile);
    if ('failed' in key) return key.failed;
    trusted.push(key.key);
  }
  const { id, version } = pack.loaded.pack;
  const check = await verifyPackSignature(pack.bytes, signature.text, trusted, { id, version });
  if (!check.ok) return { exitCode: 1, problems: [`${file}: signature not valid: ${check.reason}`], report: [] };
  return ok([`${file}: valid signature by key ${check.keyId} for ${id} ${version}`]);
}
