// rules/ is the pack model and pure matching, shared by the extension, the CLI and
// the practice page: it must run in Node, so no file in it (tests aside) may reach
// for the DOM or import the page side (utils/dom), which uses rules, never the reverse.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const RULES = new URL('.', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The code without comments (a comment may well say "document frequency"). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** What a rules file must not do, as [reason, pattern]. */
const FORBIDDEN: [string, RegExp][] = [
  ['uses document', /\bdocument\b/],
  ['uses window', /\bwindow\b/],
  ['uses Element', /\bElement\b/],
  ['imports from utils/dom', /from\s+['"][^'"]*utils\/dom\b/],
];

function domUses(text: string): string[] {
  const source = code(text);
  return FORBIDDEN.filter(([, pattern]) => pattern.test(source)).map(([reason]) => reason);
}

describe('rules/ stays free of the DOM', () => {
  it('no rules file (tests aside) uses document, window, Element or imports utils/dom', () => {
    const offenders = sourceFiles(RULES)
      .map((path) => ({ file: relative(RULES, path), uses: domUses(readFileSync(path, 'utf8')) }))
      .filter((f) => f.uses.length > 0);
    expect(offenders).toEqual([]);
  });

  it('the check sees each kind of use, and not a word in a comment', () => {
    expect(domUses("const f = document.createDocumentFragment();")).toEqual(['uses document']);
    expect(domUses("if (typeof window !== 'undefined') {}")).toEqual(['uses window']);
    expect(domUses('function f(control: Element) {}')).toEqual(['uses Element']);
    expect(domUses("import { tidyText } from '../utils/dom/read-text';")).toEqual(['imports from utils/dom']);
    expect(domUses('// weighs words by document frequency\n/* the window of a match */ const x = 1;')).toEqual([]);
  });
});
