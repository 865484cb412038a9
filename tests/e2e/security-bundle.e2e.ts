// The security boundary, 6: the built content script never references the host
// origin's storage or Dexie. The lint rule covers entrypoints/content/ only; the
// bundle also holds the overlay, utils/dom, rules/ and every dependency they pull
// in, so this checks what actually ships into the host page. No browser needed:
// it reads .output/chrome-mv3 (run `npx wxt build` first).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_DIR } from './support/launch-browser.mjs';

interface Manifest {
  content_scripts?: { js?: string[] }[];
}

/**
 * Whole-word identifiers a minifier keeps (globals and property names are not
 * renamed): the host origin's web storage, cookies, IndexedDB by any name, the
 * Cache API, WebSQL, and Dexie itself.
 */
const FORBIDDEN: [string, RegExp][] = [
  ['indexedDB', /\bindexedDB\b/],
  ['IDB* (IndexedDB interfaces)', /\bIDB[A-Z]\w*/],
  ['localStorage', /\blocalStorage\b/],
  ['sessionStorage', /\bsessionStorage\b/],
  ['document.cookie / .cookie', /\bcookie\b/],
  ['cookieStore', /\bcookieStore\b/],
  ['caches (Cache API)', /\bcaches\b/],
  ['openDatabase (WebSQL)', /\bopenDatabase\b/],
  ['Dexie', /\bdexie\b/i],
];

function contentScriptFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(CHROME_EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
  const declared = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  // Also whatever else sits in content-scripts/ (a future chunk, a second script).
  const folder = readdirSync(join(CHROME_EXTENSION_DIR, 'content-scripts'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `content-scripts/${file}`);
  return [...new Set([...declared, ...folder])];
}

/**
 * A long string literal of base64 only (the second net's weights, rules/match/second-net-weights.ts): data, which
 * no code can reach an API through (the content script runs no eval), and whose random letters may spell "IDBx".
 */
const BASE64_LITERAL = /(["'`])[A-Za-z0-9+/]{1000,}={0,2}\1/g;

/** Each hit with a little context, so a failure says where. */
function findings(bundle: string): string[] {
  const code = bundle.replace(BASE64_LITERAL, '""');
  const found: string[] = [];
  for (const [name, pattern] of FORBIDDEN) {
    const global = new RegExp(pattern.source, `${pattern.flags}g`);
    for (const match of code.matchAll(global)) {
      found.push(`${name}: …${code.slice(Math.max(0, match.index - 60), match.index + match[0].length + 60)}…`);
    }
  }
  return found;
}

describe('6. the content script bundle', () => {
  it('is content-scripts/content.js, and it references no web storage, cookies, IndexedDB or Dexie', () => {
    const files = contentScriptFiles();
    expect(files).toEqual(['content-scripts/content.js']);
    for (const file of files) {
      const code = readFileSync(join(CHROME_EXTENSION_DIR, file), 'utf8');
      expect(code.length).toBeGreaterThan(10_000); // the real bundle, not an empty stub
      expect(findings(code), file).toEqual([]);
    }
  });

  it('the check finds each of them (so a clean result means something)', () => {
    const samples = [
      'a.indexedDB.open("x")', 'new IDBKeyRange', 'window.localStorage.setItem', 'sessionStorage.clear()', 'e.cookie="a=b"',
      'cookieStore.get', 'caches.open("v1")', 'openDatabase("x")', 'class Dexie{}',
    ];
    expect(samples.map((sample) => findings(sample).length)).toEqual(samples.map(() => 1));
    // The webextension-polyfill's API table names `cookies` (the extension API, metadata only): not a hit.
    expect(findings('cookies:{get:{minArgs:1,maxArgs:1},getAllCookieStores:{minArgs:0}}')).toEqual([]);
    // Base64 weights are data, not a reference; code right beside them is still read.
    const weights = `\`${'A'.repeat(600)}+IDBQ${'z'.repeat(600)}==\``;
    expect(findings(`w:{weights:${weights}}`)).toEqual([]);
    expect(findings(`w:{weights:${weights}},x=new IDBKeyRange`)).toHaveLength(1);
  });

  it('leaves the pack validator\'s CSS selector parser out (the page\'s own browser checks selectors there)', () => {
    // Messages only css-selector-parser holds; the background and options bundles do hold them.
    const parser = /css-selector-parser|Unknown pseudo-class/;
    for (const file of contentScriptFiles()) expect(parser.test(readFileSync(join(CHROME_EXTENSION_DIR, file), 'utf8')), file).toBe(false);
    expect(parser.test(readFileSync(join(CHROME_EXTENSION_DIR, 'background.js'), 'utf8'))).toBe(true);
  });
});
