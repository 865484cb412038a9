/**
 * Pack file bytes to text: the one decoding used by the CLI (rules/cli) and the
 * extension (a file import, a subscription), so both read a file the same way.
 * UTF-8, with or without a byte-order mark; UTF-16 little- or big-endian when
 * the file starts with its byte-order mark (what Windows editors write when
 * told "Unicode"). Anything else that is not valid UTF-8 is refused in plain
 * words, never guessed at. Pure (TextDecoder is in Node and every browser).
 */

export type DecodedPackFile = { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { ok: false; message: string };

export function decodePackBytes(bytes: Uint8Array): DecodedPackFile {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return decode(bytes.subarray(3), 'utf-8');
  if (a === 0xff && b === 0xfe) return decode(bytes.subarray(2), 'utf-16le');
  if (a === 0xfe && b === 0xff) return decode(bytes.subarray(2), 'utf-16be');
  if (looksLikeUtf16WithoutMark(bytes)) {
    return { ok: false, message: 'the file looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or as UTF-16 with a byte-order mark)' };
  }
  return decode(bytes, 'utf-8');
}

function decode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): DecodedPackFile {
  if (encoding !== 'utf-8' && bytes.byteLength % 2 !== 0) {
    return { ok: false, message: `the file starts as ${encoding.toUpperCase()} text but has an odd number of bytes: it is cut short or not text` };
  }
  try {
    // ignoreBOM: the mark was taken off above; a second one is text (and refused later as an invisible character).
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, message: encoding === 'utf-8' ? 'the file is not UTF-8 text; save it as UTF-8' : `the file is not valid ${encoding.toUpperCase()} text` };
  }
}

/** YAML and JSON start with ASCII: as UTF-16 every other byte of the first characters is 0. */
function looksLikeUtf16WithoutMark(bytes: Uint8Array): boolean {
  if (bytes.byteLength < 4) return false;
  const evenZero = bytes[0] === 0 && bytes[2] === 0 && bytes[1] !== 0;
  const oddZero = bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0;
  return evenZero || oddZero;
}
