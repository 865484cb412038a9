// Bundle one of the project's TypeScript modules into a script a benchmark page can
// load, so benchmarks time the shipped code itself rather than a copy of it.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { compilerStampDefine } from '../../bin/compiler-stamp.mjs';

/** Vite's `?inline` / `?raw` imports (CSS and pack sources as strings), for esbuild. */
const viteTextImports = {
  name: 'vite-text-imports',
  setup(builder) {
    builder.onResolve({ filter: /\?(inline|raw)$/ }, (args) => ({
      path: new URL(args.path.replace(/\?(inline|raw)$/, ''), `file://${args.resolveDir}/`).pathname,
      namespace: 'vite-text',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'vite-text' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

/**
 * @param {string} entry path to a .ts module that assigns what it exposes to `globalThis`
 * @param {{ alias?: Record<string, string> }} [options] e.g. replace `wxt/browser` where no extension API exists
 * @returns {Promise<string>} the bundled IIFE
 */
export async function bundleForBrowser(entry, { alias } = {}) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias,
    define: compilerStampDefine(),
    plugins: [viteTextImports],
    logLevel: 'error',
  });
  return result.outputFiles[0]?.text ?? '';
}
