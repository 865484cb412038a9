// Load one of the project's TypeScript modules in Node for a benchmark (Node 20 runs no
// TypeScript): bundled with esbuild into the project's own cache folder, so its packages
// resolve from the project's node_modules. Plain `.mjs` modules it imports (the browser
// launchers, which find the project from their own place) stay where they are.
import { mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { compilerStampDefine } from '../../bin/compiler-stamp.mjs';

const PROJECT_DIR = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CACHE_DIR = join(PROJECT_DIR, 'node_modules', '.cache', 'adviser-coach-bench');

/** Plain modules stay external, imported from where they are. */
const keepPlainModules = {
  name: 'keep-plain-modules',
  setup(builder) {
    builder.onResolve({ filter: /\.mjs$/ }, (args) => ({ path: resolve(args.resolveDir, args.path), external: true }));
  },
};

/**
 * @param {string} entry absolute path of a .ts module
 * @returns {Promise<any>} its exports
 */
export async function importTypeScript(entry) {
  await mkdir(CACHE_DIR, { recursive: true });
  const outfile = join(CACHE_DIR, basename(entry).replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    define: compilerStampDefine(),
    plugins: [keepPlainModules],
    logLevel: 'error',
  });
  return import(`${pathToFileURL(outfile).href}?at=${Date.now()}`);
}
