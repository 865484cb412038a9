// node scripts/train-second-net.mjs [--check] [--out=PATH]: bundle and run scripts/second-net/write-weights.ts,
// which trains the second net and writes rules/match/second-net-weights.ts.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from '../bin/bundle-node.mjs';

const here = join(dirname(fileURLToPath(import.meta.url)), 'second-net');
const bundle = await bundleForNode(join(here, 'write-weights.ts'), 'second-net-train', { 'import.meta.dirname': JSON.stringify(here) });
await import(pathToFileURL(bundle).href);
