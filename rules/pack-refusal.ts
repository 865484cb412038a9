/**
 * Why a pack from a file or a URL was not installed, as a code the interface
 * words in the adviser's language (`packRefusal_<code>` in _locales) plus an
 * optional technical detail (an HTTP status, the validator's first error). In
 * every case the pack already installed stays in force.
 */
import { saysStorageIsFull } from '../utils/db/storage-health';

export type PackRefusalCode =
  | 'network' // no answer: offline, DNS, connection refused, blocked
  | 'timeout' // the server took too long
  | 'http' // an HTTP error status (detail: the status)
  | 'redirect' // sent to another origin
  | 'content-type' // not JSON, YAML or text
  | 'too-large'
  | 'syntax' // not readable JSON or YAML
  | 'schema' // readable, but not a valid pack (detail: the first problem)
  | 'signature-missing'
  | 'signature-bad' // altered, or signed for another pack or version
  | 'untrusted-key' // a valid signature by a key not on the trusted list
  | 'unsigned-not-allowed' // policy requires signatures, or unsigned from anywhere but a file
  | 'same-version' // a file with the version already installed
  | 'older' // older than the installed version and downgrades are not allowed
  | 'different-pack' // the URL now serves a pack with another id
  | 'protected-id' // unsigned, with the id of a built-in pack or the organisation's
  | 'extension-too-old' // the pack needs a newer Adviser Coach (detail: the version)
  | 'imports-not-allowed' // policy turned file imports off
  | 'changed-meanwhile' // the installed version changed while the file was checked (another import, an update, a removal)
  | 'storage-full' // the disk (or the browser's storage quota) is full, so nothing was stored
  | 'not-stored'; // the browser refused to store it for another reason (detail: its words)

export interface PackRefusal {
  code: PackRefusalCode;
  detail?: string;
}

export const refusal = (code: PackRefusalCode, detail?: string): PackRefusal => (detail === undefined ? { code } : { code, detail });

/**
 * Why the browser did not store a pack, from the error its storage threw (or that
 * error's text, after crossing a message): `storage-full` when the disk or a quota
 * is full (utils/db/storage-health.ts, which needs no detail: the words say what to
 * do), else `not-stored` with the browser's words for whoever looks into it.
 */
export function notStoredRefusal(error: unknown): PackRefusal {
  if (saysStorageIsFull(error)) return refusal('storage-full');
  return refusal('not-stored', error instanceof Error ? error.message : String(error));
}
