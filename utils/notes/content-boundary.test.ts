// The security boundary, checked on the import graph: nothing the content script
// bundles may open the notes database, read the install secret or touch the notes
// store. (The browser test checks the built file as well.)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CONTENT_ENTRY = fileURLToPath(new URL('../../entrypoints/content/index.ts', import.meta.url));

async function contentImports(): Promise<{ files: string[]; packages: string[] }> {
  const result = await build({
    entryPoints: [CONTENT_ENTRY],
    bundle: true,
    write: false,
    metafile: true,
    packages: 'external', // npm packages are recorded, not bundled
    logLevel: 'silent',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    plugins: [
      {
        // Styles and text imported for the overlay are not code.
        name: 'assets-external',
        setup(builder) {
          builder.onResolve({ filter: /\.css$|\?(inline|raw)$/ }, (args) => ({ path: args.path, external: true }));
        },
      },
    ],
  });
  const inputs = result.metafile.inputs;
  return {
    files: Object.keys(inputs),
    packages: Object.values(inputs).flatMap((input) => input.imports.filter((i) => i.external).map((i) => i.path)),
  };
}

describe('content script imports', () => {
  it('include no database, no crypto secret and no notes store', async () => {
    const { files, packages } = await contentImports();
    expect(files.length).toBeGreaterThan(3);
    expect(packages.filter((path) => path === 'dexie' || path.startsWith('dexie/'))).toEqual([]);
    const forbidden = files.filter((file) => /(^|\/)utils\/(db|crypto)\//.test(file) || (/(^|\/)utils\/notes\//.test(file) && !file.endsWith('read-case-identifier.ts')));
    expect(forbidden).toEqual([]);
  }, 30_000);

  it('include no open/closed question classifier (the practice page and the linter use it; advisers on a host page pay nothing for it)', async () => {
    const { files } = await contentImports();
    expect(files.filter((file) => /(^|\/)rules\/question-(form|eval)/.test(file))).toEqual([]);
  }, 30_000);
});
