// The compiler stamp (rules/compiler-stamp.ts): a hash, taken when the code is built, over every
// source file that validating and compiling a pack reads (rules/load-pack.ts and
// rules/compile-pack.ts, followed through their imports: the lexicon, the word classes, the
// stemming and pronoun rules, the second net's weights…) and the versions of the npm packages
// they import. Whatever changes what the compiler makes of a pack changes one of those files, so
// nobody has to remember to bump a number; a change that makes no difference (a comment) costs
// one needless recompile of the stored packs, once. Shared by every build that bundles the
// compiler: wxt.config.ts, vitest configs, bin/bundle-node.mjs, scripts/pack-cli.mjs,
// tests/bench/bundle-for-browser.mjs (each defines `__COMPILER_STAMP__`; one that forgets fails
// at load with a ReferenceError, not silently).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** The modules a recompile runs (rules/recompile-pack.ts): validation, then compiling. */
export const COMPILER_ENTRIES = ['rules/load-pack.ts', 'rules/compile-pack.ts'];

/**
 * A statement at the start of a line: `import … from '…'` or `export … from '…'` (over line
 * breaks: an import clause holds no quote), and `import '…'`. Quoted words in the lexicon's data
 * are not statements. The compiler imports nothing dynamically (a test says so).
 */
const SPECIFIERS = /^(?:(?:import|export)\s[^'";]*?\bfrom\s*|import\s*)['"]([^'"]+)['"]/gm;

/** The file a relative specifier names (TypeScript's resolution for this project: no extension, or a folder's index). */
function resolveRelative(fromFile, specifier) {
  const base = join(dirname(fromFile), specifier.replace(/\?[a-z]+$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`compiler stamp: cannot resolve ${specifier} from ${relative(root, fromFile)}`);
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/**
 * @param {string} [projectRoot] the folder holding rules/ and node_modules/
 * @returns {{ stamp: string, files: string[], packages: string[] }} the stamp (16 hex digits) and what it covers, sorted
 */
export function computeCompilerStamp(projectRoot = root) {
  const seen = new Set();
  const packages = new Map();
  const queue = COMPILER_ENTRIES.map((entry) => join(projectRoot, entry));
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) continue; // a text file imported `?raw` is hashed, not followed
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIERS)) {
      if (specifier.startsWith('.')) queue.push(resolveRelative(file, specifier));
      else {
        const name = packageName(specifier);
        const manifest = join(projectRoot, 'node_modules', name, 'package.json');
        packages.set(name, existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : 'missing');
      }
    }
  }
  const files = [...seen].map((file) => relative(projectRoot, file).split('\\').join('/')).sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(projectRoot, file))).update('\0');
  const packageList = [...packages].map(([name, version]) => `${name}@${version}`).sort();
  for (const entry of packageList) hash.update(`${entry}\0`);
  return { stamp: hash.digest('hex').slice(0, 16), files, packages: packageList };
}

/** `define` for Vite, Vitest and esbuild: the stamp as a string literal. */
export function compilerStampDefine(projectRoot = root) {
  return { __COMPILER_STAMP__: JSON.stringify(computeCompilerStamp(projectRoot).stamp) };
}
