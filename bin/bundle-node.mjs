// Bundle a TypeScript entry of the project with esbuild for plain node and write it
// under node_modules/.cache/adviser-coach, named by content hash, so parallel runs
// and edited sources are both safe and the bundle's external imports resolve from
// the project's node_modules. Shared by bin/adviser-coach.mjs and tests/eval/run.mjs.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compilerStampDefine } from './compiler-stamp.mjs';
import { rawTextPlugin } from './raw-text-plugin.mjs';

export const projectRoot = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * @param entry path of the .ts entry
 * @param name file-name prefix of the cached bundle ("cli", "eval")
 * @param define esbuild `define` replacements, besides the compiler's stamp (bin/compiler-stamp.mjs)
 * @returns the path of the bundle, ready for `import(pathToFileURL(path))`
 */
export async function bundleForNode(entry, name, define = {}) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    define: { ...compilerStampDefine(), ...define },
    plugins: [rawTextPlugin],
  });
  const code = result.outputFiles[0].text;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const dir = join(projectRoot, 'node_modules', '.cache', 'adviser-coach');
  const file = join(dir, `${name}-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, code);
    renameSync(temporary, file); // atomic: a parallel run sees the whole file or none
  }
  return file;
}
