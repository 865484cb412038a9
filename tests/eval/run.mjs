// npm run eval:followups (and eval:labels, which names its script: `run.mjs eval-labels.ts`):
// bundle the evaluation (TypeScript, sharing rules/ with the extension) as the CLI is
// bundled (bin/bundle-node.mjs) and run it with node.
// `-- --misses` lists each answer whose outcome differs from the expected one (never
// for the held-out sets, which stay unseen).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from '../../bin/bundle-node.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const script = process.argv.slice(2).find((arg) => arg.endsWith('.ts')) ?? 'eval-followups.ts';
const bundle = await bundleForNode(join(here, script), 'eval', { 'import.meta.dirname': JSON.stringify(here) });
await import(pathToFileURL(bundle).href);
