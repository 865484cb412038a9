// Bundle one of the project's TypeScript modules into a script a benchmark page can
// load, so benchmarks time the shipped code itself rather than a copy of it.
import { build } from 'esbuild';

/**
 * @param {string} entry path to a .ts module that assigns what it exposes to `globalThis`
 * @returns {Promise<string>} the bundled IIFE
 */
export async function bundleForBrowser(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // WXT's browser wrapper is not needed by DOM-only modules; fail loudly if pulled in.
    logLevel: 'error',
  });
  return result.outputFiles[0]?.text ?? '';
}
