/**
 * Why a pack from a file or a URL was not installed, as a code the interface
 * words in the adviser's language (`packRefusal_<code>` in _locales) plus an
 * optional technical detail (an HTTP status, the validator's first error). In
 * every case the pack already installed stays in force.
 */

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
  | 'not-stored'; // the browser refused to store it (detail: why, e.g. the disk is full)

export interface PackRefusal {
  code: PackRefusalCode;
  detail?: string;
}

export const refusal = (code: PackRefusalCode, detail?: string): PackRefusal => (detail === undefined ? { code } : { code, detail });
