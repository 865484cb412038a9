// esbuild plugin: `import text from './file.yaml?raw'` gives the file's text, as
// Vite does for the extension, so code that imports the built-in packs that way
// (rules/default-packs.ts) bundles for plain node too (the CLI finds the pack a
// practice file names among them). Shared by bin/bundle-node.mjs and scripts/pack-cli.mjs.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export const rawTextPlugin = {
  name: 'raw-text',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)), namespace: 'raw-text' }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};
