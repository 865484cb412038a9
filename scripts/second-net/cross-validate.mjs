// node scripts/second-net/cross-validate.mjs [--keep=N] [--rounds=N] [--l2=X]: bundle and run cross-validate.ts.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from '../../bin/bundle-node.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const bundle = await bundleForNode(join(here, 'cross-validate.ts'), 'second-net-cv', { 'import.meta.dirname': JSON.stringify(here) });
await import(pathToFileURL(bundle).href);
