// The compiler's stamp changes whenever compiling could give another result, without anybody
// remembering to bump it: it is a hash over the files validating and compiling read, taken at
// build time (bin/compiler-stamp.mjs), and every compiled pack carries it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { computeCompilerStamp } from '../bin/compiler-stamp.mjs';
import { PROJECT_ROOT } from '../tests/unit/locale-messages';
import { compilePack } from './compile-pack';
import { COMPILER_STAMP } from './compiler-stamp';
import { loadPack } from './load-pack';

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The files the stamp covers, copied to a folder of their own (with the versions of the packages they use). */
function copyOfCompiler(): { root: string; files: string[] } {
  const { files, packages } = computeCompilerStamp(PROJECT_ROOT);
  const root = mkdtempSync(join(tmpdir(), 'compiler-stamp-'));
  copies.push(root);
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(PROJECT_ROOT, file), join(root, file));
  }
  for (const entry of packages) {
    const name = entry.slice(0, entry.lastIndexOf('@'));
    mkdirSync(join(root, 'node_modules', name), { recursive: true });
    cpSync(join(PROJECT_ROOT, 'node_modules', name, 'package.json'), join(root, 'node_modules', name, 'package.json'));
  }
  return { root, files };
}

describe('the compiler stamp', () => {
  it('is the hash this build was given, and every compiled pack carries it', () => {
    expect(COMPILER_STAMP).toMatch(/^[0-9a-f]{16}$/);
    expect(COMPILER_STAMP).toBe(computeCompilerStamp(PROJECT_ROOT).stamp);
    const loaded = loadPack(readFileSync(join(PROJECT_ROOT, 'rules/fixtures/mentions-pack.yaml'), 'utf8'));
    if (!loaded.ok) throw new Error('fixture');
    expect(compilePack(loaded.pack).compiler).toBe(COMPILER_STAMP);
  });

  it('covers validation, compiling, the lexicon and its word classes, the stemming and the second net’s weights', () => {
    const { files, packages } = computeCompilerStamp(PROJECT_ROOT);
    for (const file of ['rules/load-pack.ts', 'rules/pack-schema.ts', 'rules/compile-pack.ts', 'rules/compile-condition.ts', 'rules/lexicon/suicide.ts', 'rules/lexicon/word-classes/index.ts', 'rules/match/stem.ts', 'rules/match/second-net-weights.ts', 'utils/normalize-text.ts']) {
      expect(files).toContain(file);
    }
    expect(packages.some((entry) => entry.startsWith('@orama/stemmers@'))).toBe(true);
    // Not what runs answers against a compiled pack (that ships in the content script, always current).
    expect(files).not.toContain('rules/evaluate-follow-ups.ts');
  });

  it('changes when a word list, a compiling rule or a stemmer version changes; not when unrelated code does', () => {
    const { root } = copyOfCompiler();
    const before = computeCompilerStamp(root).stamp;
    appendFileSync(join(root, 'rules/lexicon/substance-use.ts'), '\n// one more word\n');
    const afterLexicon = computeCompilerStamp(root).stamp;
    expect(afterLexicon).not.toBe(before);
    appendFileSync(join(root, 'rules/compile-cues.ts'), '\n');
    const afterCompiler = computeCompilerStamp(root).stamp;
    expect(afterCompiler).not.toBe(afterLexicon);
    const manifest = join(root, 'node_modules/@orama/stemmers/package.json');
    writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), version: '99.0.0' }));
    const afterStemmer = computeCompilerStamp(root).stamp;
    expect(afterStemmer).not.toBe(afterCompiler);
    mkdirSync(join(root, 'components'), { recursive: true });
    writeFileSync(join(root, 'components/unrelated.tsx'), 'export const x = 1;\n');
    expect(computeCompilerStamp(root).stamp).toBe(afterStemmer);
  });

  it('follows every import: none of the files it covers imports anything dynamically', () => {
    for (const file of computeCompilerStamp(PROJECT_ROOT).files) {
      expect(readFileSync(join(PROJECT_ROOT, file), 'utf8'), file).not.toMatch(/\bimport\s*\(/);
    }
  });
});
