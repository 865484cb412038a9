// npm run eval:questions:cv: bundle the experiment (TypeScript, sharing rules/ with the extension) as the CLI is
// bundled (bin/bundle-node.mjs) and run it with node; arguments pass through (an AnnoMI-style TSV file).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from '../../bin/bundle-node.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const bundle = await bundleForNode(join(here, 'question-form-cv.ts'), 'question-cv', { 'import.meta.dirname': JSON.stringify(here) });
await import(pathToFileURL(bundle).href);
