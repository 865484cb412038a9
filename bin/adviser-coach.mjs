#!/usr/bin/env node
// The supervisor's CLI (`npx adviser-coach pack validate pack.yaml`). The CLI is
// TypeScript (rules/cli/main.ts) sharing the validator, linter and compiler with
// the extension; this launcher bundles it with esbuild (a devDependency, so it
// is there after `npm ci`; bin/bundle-node.mjs) and runs it with plain node, no
// TS step at run time. Dependencies stay external and resolve from the
// project's node_modules.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForNode, projectRoot } from './bundle-node.mjs';

try {
  const { main } = await import(pathToFileURL(await bundleForNode(join(projectRoot, 'rules', 'cli', 'main.ts'), 'cli')).href);
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`adviser-coach: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 2;
}
