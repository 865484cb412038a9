// The security boundary, 6: the built content script never references the host
// origin's storage or Dexie. The lint rule covers entrypoints/content/ only; the
// bundle also holds the overlay, utils/dom, rules/ and every dependency they pull
// in, so this checks what actually ships into the host page. Also what must stay
// out of it for its size (design.md, Budgets): the second net's weights, which
// travel in the compiled pack. No browser needed: it reads .output/chrome-mv3
// (run `npx wxt build` first).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECOND_NET } from '../../rules/match/second-net-weights';
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

/** Each hit with a little context, so a failure says where. */
function findings(code: string): string[] {
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
  });

  it('leaves the pack validator\'s CSS selector parser out (the page\'s own browser checks selectors there)', () => {
    // Messages only css-selector-parser holds; the background and options bundles do hold them.
    const parser = /css-selector-parser|Unknown pseudo-class/;
    for (const file of contentScriptFiles()) expect(parser.test(readFileSync(join(CHROME_EXTENSION_DIR, file), 'utf8')), file).toBe(false);
    expect(parser.test(readFileSync(join(CHROME_EXTENSION_DIR, 'background.js'), 'utf8'))).toBe(true);
  });

  it('carries none of the second net\'s weights: they travel in the compiled pack (rules/pack-second-net.ts)', () => {
    // Any piece of a model's base64 (one is a 22 kB literal), and any long base64 literal at all (a retrained net
    // has other bytes; the weights would come back as such a literal).
    const pieces = Object.values(SECOND_NET.models).flatMap((model) => [model.weights.slice(0, 64), model.weights.slice(-64)]);
    const base64Literal = /(["'`])[A-Za-z0-9+/]{1000,}={0,2}\1/;
    for (const file of contentScriptFiles()) {
      const code = readFileSync(join(CHROME_EXTENSION_DIR, file), 'utf8');
      expect(pieces.filter((piece) => code.includes(piece)), file).toEqual([]);
      expect(code.match(base64Literal)?.[0].slice(0, 80), file).toBeUndefined();
    }
    // The background compiles packs, so it does hold them: the check reads what it means to.
    const background = readFileSync(join(CHROME_EXTENSION_DIR, 'background.js'), 'utf8');
    expect(pieces.every((piece) => background.includes(piece))).toBe(true);
    expect(base64Literal.test(background)).toBe(true);
  });
});
