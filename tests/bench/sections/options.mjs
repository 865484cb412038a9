// `npm run bench -- --only options`: the options page's long tasks while packs come in
// (options.node.ts; TypeScript, so loaded through esbuild).
import { fileURLToPath } from 'node:url';
import { importTypeScript } from '../import-typescript.mjs';

const section = await importTypeScript(fileURLToPath(new URL('./options.node.ts', import.meta.url)));

export const title = section.title;
/** @param {{ log: (line: string) => void }} context */
export const run = (context) => section.run(context);
