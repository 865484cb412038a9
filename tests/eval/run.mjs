// npm run eval:followups: bundle the evaluation (TypeScript, sharing rules/ with the
// extension) with esbuild, as bin/adviser-coach.mjs does, and run it with node.
// `-- --misses` lists each answer whose outcome differs from the expected one (never for
// the held-out sets, which stay unseen).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const result = await build({
  entryPoints: [join(here, 'eval-followups.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  write: false,
  logLevel: 'silent',
  define: { 'import.meta.dirname': JSON.stringify(here) },
});
// Inside the project, so the bundle's external imports resolve from node_modules.
const dir = join(here, '..', '..', 'node_modules', '.cache', 'adviser-coach');
mkdirSync(dir, { recursive: true });
const file = join(dir, `eval-${process.pid}.mjs`);
writeFileSync(file, result.outputFiles[0].text);
try {
  await import(pathToFileURL(file).href);
} finally {
  rmSync(file, { force: true });
}
