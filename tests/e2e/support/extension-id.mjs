// The Chrome extension id a manifest `key` gives: SHA-256 of the DER public key,
// the first 32 hex digits written with the letters a-p.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_EXTENSION_DIR } from './launch-browser.mjs';

/** @param {string} base64Key */
export function extensionIdFromKey(base64Key) {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** The id of the built Chrome extension, from its manifest's key. */
export function builtExtensionId(extensionDir = CHROME_EXTENSION_DIR) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  if (!manifest.key) throw new Error('the built manifest has no "key": rebuild with "npx wxt build"');
  return extensionIdFromKey(manifest.key);
}
