/**
 * Fetch a subscribed pack and its detached signature over HTTP, sending nothing
 * beyond what HTTP needs: no cookies or credentials, no identifiers, no
 * telemetry. The request is conditional (If-None-Match / If-Modified-Since)
 * and its If-None-Match also names the version held, `"adviser-coach:<id>@<version>"`,
 * so a supervisor can read from the pack host's ordinary access log which
 * version each office runs. Every way this can go wrong ends in a refusal
 * (rules/pack-refusal.ts), never an exception; nothing is stored here.
 */
import { PACK_LIMITS } from '../../rules/pack-limits';
import { fileTooLargeMessage } from '../../rules/parse-pack-text';
import { refusal, type PackRefusal } from '../../rules/pack-refusal';
import { sameOrigin } from './pack-url';

/**
 * How long one check (pack and signature together) may take, in ms. Well under Firefox's
 * 30 s idle stop for a non-persistent background (extensions.background.idle.timeout): a
 * pending fetch is no event there, so a check that waited longer died with the background,
 * unrecorded, its back-off never started, and the settings page was left with no answer.
 */
export const FETCH_TIMEOUT_MS = 20_000;
/** A detached signature is a few hundred bytes; anything near this is not one. */
const MAX_SIGNATURE_BYTES = 16_000;

export interface PackRequest {
  url: string;
  signatureUrl: string;
  /** Validators from the last successful fetch. */
  etag?: string;
  lastModified?: string;
  /** The version installed from this URL, named in If-None-Match. */
  held?: { id: string; version: string };
  timeoutMs?: number;
  maxBytes?: number;
}

export type PackResponse =
  | { kind: 'not-modified' }
  | { kind: 'fetched'; bytes: Uint8Array; signature?: string; etag?: string; lastModified?: string; fileName: string }
  | { kind: 'failed'; refusal: PackRefusal };

/** Types a static server gives pack files (JSON, YAML, or a generic one for an unknown extension); HTML is an error or login page. */
const PACK_TYPES = /^(application\/(json|[\w.+-]*\+json|yaml|x-yaml|octet-stream)|text\/(yaml|x-yaml|plain|json))$/;

export const heldVersionTag = (held: { id: string; version: string }) => `"adviser-coach:${held.id}@${held.version}"`;

export async function fetchPack(request: PackRequest): Promise<PackResponse> {
  const { timeoutMs = FETCH_TIMEOUT_MS, maxBytes = PACK_LIMITS.maxFileBytes } = request;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const headers: Record<string, string> = {};
    const tags = [request.etag, request.held && heldVersionTag(request.held)].filter((tag): tag is string => !!tag);
    if (tags.length > 0) headers['If-None-Match'] = tags.join(', ');
    if (request.lastModified) headers['If-Modified-Since'] = request.lastModified;
    const response = await get(request.url, headers, abort.signal);
    if ('refusal' in response) return { kind: 'failed', refusal: response.refusal };
    if (response.status === 304) return { kind: 'not-modified' };
    const problem = checkResponse(request.url, response);
    if (problem) return { kind: 'failed', refusal: problem };
    const body = await readLimited(response, maxBytes);
    if ('refusal' in body) return { kind: 'failed', refusal: body.refusal };

    const signature = await fetchSignature(request.signatureUrl, abort.signal);
    if (typeof signature === 'object') return { kind: 'failed', refusal: signature.refusal };
    return {
      kind: 'fetched',
      bytes: body.bytes,
      ...(signature !== undefined && { signature }),
      ...optional('etag', response.headers.get('ETag')),
      ...optional('lastModified', response.headers.get('Last-Modified')),
      fileName: formatName(response.headers.get('Content-Type'), request.url),
    };
  } catch (error) {
    return { kind: 'failed', refusal: abort.signal.aborted ? refusal('timeout', `${Math.round(timeoutMs / 1000)} s`) : refusal('network', errorText(error)) };
  } finally {
    clearTimeout(timer);
  }
}

async function get(url: string, headers: Record<string, string>, signal: AbortSignal): Promise<Response | { refusal: PackRefusal }> {
  try {
    // no-store: the conditional headers are ours, and the answer (even a 304) comes to us, not a cache.
    return await fetch(url, { headers, signal, cache: 'no-store', credentials: 'omit', redirect: 'follow', referrerPolicy: 'no-referrer' });
  } catch (error) {
    if (signal.aborted) throw error;
    return { refusal: refusal('network', errorText(error)) };
  }
}

function checkResponse(url: string, response: Response): PackRefusal | undefined {
  // A redirect within the pack's own origin is ordinary hosting; one elsewhere could hand over anyone's file.
  if (response.url && !sameOrigin(url, response.url)) return refusal('redirect', new URL(response.url).origin);
  if (!response.ok) return refusal('http', `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const type = (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== '' && !PACK_TYPES.test(type)) return refusal('content-type', type);
  return undefined;
}

/** No signature file (404) is "unsigned", for the caller to refuse; any other failure is a failed fetch. */
async function fetchSignature(url: string, signal: AbortSignal): Promise<string | undefined | { refusal: PackRefusal }> {
  const response = await get(url, {}, signal);
  if ('refusal' in response) return response;
  if (response.status === 404 || response.status === 410) return undefined;
  const problem = checkResponse(url, response);
  if (problem) return { refusal: problem };
  const body = await readLimited(response, MAX_SIGNATURE_BYTES);
  if ('refusal' in body) return { refusal: refusal('signature-bad', 'the signature file is far too large') };
  return new TextDecoder().decode(body.bytes).trim();
}

/** The body, refused as soon as it passes `maxBytes` (a declared length is checked before reading). */
async function readLimited(response: Response, maxBytes: number): Promise<{ bytes: Uint8Array } | { refusal: PackRefusal }> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    return { refusal: refusal('too-large', fileTooLargeMessage(declared)) };
  }
  const reader = response.body?.getReader();
  if (!reader) return { bytes: new Uint8Array(await response.arrayBuffer()) };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return { refusal: refusal('too-large', `more than ${fileTooLargeMessage(total)}`) };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes };
}

/** A name for format detection: the content type when it says JSON or YAML, else the URL's own file name. */
function formatName(contentType: string | null, url: string): string {
  if (/json/i.test(contentType ?? '')) return 'pack.json';
  if (/yaml/i.test(contentType ?? '')) return 'pack.yaml';
  return new URL(url).pathname;
}

function optional<K extends string>(key: K, value: string | null): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
