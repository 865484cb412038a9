// How the supervisors' CLI is bundled with esbuild: its entry point and target.
// Shared by the launcher in a clone (bin/adviser-coach.mjs) and the installable
// package (scripts/pack-cli.mjs), so both run the same code on the same Node.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

export const CLI_BUNDLE_OPTIONS = {
  entryPoints: [join(root, 'rules', 'cli', 'main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
};
