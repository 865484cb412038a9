/**
 * The one gate every pack from outside the extension passes, from a file or a
 * URL: read, validate, check the signature, compare with what is installed. Pure
 * (WebCrypto only), so each refusal is tested in Node; storage
 * is written by the caller only when the answer is `install`, so a refused pack
 * never costs the pack in force.
 */
import type { CompiledPack } from './compiled-pack';
import { compilePack } from './compile-pack';
import { isStale } from './compiler-stamp';
import { decodePackBytes } from './decode-pack-file';
import { diffPacks, type PackDiff } from './pack-diff';
import { formatIssue, type PackIssue } from './pack-issues';
import { addPack } from './pack-library';
import { PACK_LIMITS } from './pack-limits';
import type { PackSource, SignatureState } from './pack-provenance';
import { refusal, type PackRefusal } from './pack-refusal';
import type { PackLibrary, PackWithDocument } from './pack-store';
import { validatePackValue } from './load-pack';
import type { RulePack } from './pack-schema';
import { detectFormat, fileTooLargeMessage, parsePackText } from './parse-pack-text';
import { readPackSignature, verifyPackSignature, type TrustedKey } from './pack-signature';
import { compareVersions } from './semver';

export interface PackCandidate {
  bytes: Uint8Array;
  /** For telling JSON from YAML when there is no content type to go by. */
  fileName?: string;
  /** The detached signature's text; undefined when there is none. */
  signature?: string;
  source: Exclude<PackSource, 'built-in'>;
}

export interface AcceptanceRules {
  trustedKeys: TrustedKey[];
  /** Organisation policy: every pack must be signed, even a file import. */
  requireSignature: boolean;
  /** Organisation policy: a version older than the installed one may replace it. */
  allowDowngrade: boolean;
  extensionVersion: string;
  /** A subscription already bound to a pack: the URL must keep serving that pack. */
  expectedId?: string;
  /**
   * Ids held by a built-in pack or the organisation's (rules/pack-store.ts
   * `readProtectedPackIds`): a pack with one of them is taken only with a
   * signature verified by a key trusted for that id, so an unsigned file cannot
   * pass itself off as the pack the extension or the organisation provides.
   */
  protectedIds?: ReadonlyMap<string, 'built-in' | 'policy'>;
}

export type Acceptance =
  | { kind: 'install'; pack: CompiledPack; library: PackLibrary; signature: SignatureState; replaced?: CompiledPack; diff?: PackDiff; source: RulePack }
  /** The installed version is the one offered: nothing to do. */
  | { kind: 'unchanged'; pack: CompiledPack }
  | { kind: 'refused'; refusal: PackRefusal; errors?: PackIssue[]; signature?: SignatureState };

/**
 * The installed library, or how to read it: a file refused before it is compared with what is
 * installed (too large, unreadable, invalid, badly signed, a protected id) never has it read.
 */
export type LibraryToCompare = PackLibrary | (() => Promise<PackLibrary>);

export async function acceptPack(
  candidate: PackCandidate,
  libraryToCompare: LibraryToCompare,
  rules: AcceptanceRules,
): Promise<Acceptance> {
  if (candidate.bytes.byteLength > PACK_LIMITS.maxFileBytes) {
    return refused(refusal('too-large', fileTooLargeMessage(candidate.bytes.byteLength)));
  }
  const decoded = decodePackBytes(candidate.bytes);
  if (!decoded.ok) return refused(refusal('syntax', decoded.message), [{ severity: 'error', path: [], message: decoded.message }]);
  const text = decoded.text;
  const parsed = parsePackText(text, detectFormat(text, candidate.fileName));
  if (!parsed.ok) return refused(refusal('syntax', firstProblem(parsed.issues)), parsed.issues);
  const loaded = validatePackValue(parsed.parsed.value, parsed.parsed.locate, parsed.parsed.explain);
  if (!loaded.ok) return refused(refusal('schema', firstProblem(loaded.errors)), loaded.errors);
  const { id, version } = loaded.pack;

  if (rules.expectedId !== undefined && rules.expectedId !== id) {
    return refused(refusal('different-pack', `${id} instead of ${rules.expectedId}`));
  }
  const signature = await checkSignature(candidate, rules, { id, version });
  if (signature.state === 'failed') return { kind: 'refused', refusal: signature.refusal, signature };
  const owner = rules.protectedIds?.get(id);
  if (owner && signature.state !== 'verified') {
    const whose = owner === 'built-in' ? 'a pack that comes with Adviser Coach' : 'a pack your organisation set';
    return { kind: 'refused', refusal: refusal('protected-id', `"${id}" is the id of ${whose}; only a version signed with a key trusted for it may replace it`), signature };
  }

  const library = typeof libraryToCompare === 'function' ? await libraryToCompare() : libraryToCompare;
  const installed = library.installed.find((p) => p.id === id);
  // The same version from a subscription is nothing new, unless the installed one was compiled by another version (addPack).
  if (installed && candidate.source !== 'file' && compareVersions(version, installed.version) === 0 && !isStale(installed)) return { kind: 'unchanged', pack: installed };
  // The document goes with the compiled pack to storage, so a later version can compile it again.
  const pack: PackWithDocument = { ...compilePack(loaded.pack), packDocument: loaded.pack };
  const decision = addPack(library, pack, loaded.pack.minExtensionVersion, rules.extensionVersion, { allowDowngrade: rules.allowDowngrade });
  if (!decision.ok) {
    const issue: PackIssue = { severity: 'error', path: [decision.field], message: decision.message, ...loaded.locate([decision.field]) };
    const code = decision.field === 'minExtensionVersion' ? 'extension-too-old' : installed?.version === version ? 'same-version' : 'older';
    return { kind: 'refused', refusal: refusal(code, decision.message), errors: [issue], signature };
  }
  return {
    kind: 'install',
    pack,
    library: decision.library,
    signature,
    source: loaded.pack,
    ...(installed && { replaced: installed, diff: diffPacks(installed, pack) }),
  };
}

async function checkSignature(
  candidate: PackCandidate,
  rules: AcceptanceRules,
  expected: { id: string; version: string },
): Promise<SignatureState> {
  if (candidate.signature === undefined) {
    // Unsigned packs come only from a file the adviser picked, and only where policy allows them.
    if (candidate.source !== 'file') return failed(refusal('signature-missing'));
    if (rules.requireSignature) return failed(refusal('unsigned-not-allowed'));
    return { state: 'unsigned' };
  }
  const result = await verifyPackSignature(candidate.bytes, candidate.signature, rules.trustedKeys, expected);
  if (result.ok) return { state: 'verified', keyId: result.keyId };
  // A sound signature by a key nobody trusts reads differently to the adviser from a broken one.
  const header = readPackSignature(candidate.signature);
  const untrusted = header.ok && !rules.trustedKeys.some((key) => key.keyId === header.header.kid);
  return failed(refusal(untrusted ? 'untrusted-key' : 'signature-bad', result.reason));
}

const failed = (why: PackRefusal): SignatureState => ({ state: 'failed', refusal: why });

function refused(why: PackRefusal, errors?: PackIssue[]): Acceptance {
  return errors ? { kind: 'refused', refusal: why, errors } : { kind: 'refused', refusal: why };
}

function firstProblem(issues: PackIssue[]): string {
  return issues[0] ? formatIssue(issues[0]) : 'unknown problem';
}
