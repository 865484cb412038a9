#!/usr/bin/env node
// The supervisor's CLI (`npx adviser-coach pack validate pack.yaml`). The CLI is
// TypeScript (rules/cli/main.ts) sharing the validator, linter and compiler with
// the extension; this launcher bundles it with esbuild (a devDependency, so it
// is there after `npm ci`) and runs it with plain node, no TS step at run time.
// The bundle is cached under node_modules/.cache by content hash, so parallel
// runs and edited sources are both safe; dependencies stay external and resolve
// from the project's node_modules.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { CLI_BUNDLE_OPTIONS } from '../scripts/cli-bundle-options.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

async function bundle() {
  const result = await build({
    ...CLI_BUNDLE_OPTIONS,
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const dir = join(root, 'node_modules', '.cache', 'adviser-coach');
  const file = join(dir, `cli-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, code);
    renameSync(temporary, file); // atomic: a parallel run sees the whole file or none
  }
  return file;
}

try {
  const { main } = await import(pathToFileURL(await bundle()).href);
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`adviser-coach: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 2;
}
