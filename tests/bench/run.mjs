// `npm run bench`: prints median and p95 figures for the budgets in design.md and
// the issues. Not a pass/fail test: timings depend on the machine.
// `npm run bench -- --json` also prints every figure as one JSON object on the last line.
// `npm run bench -- --only notes` runs the sections whose file name contains "notes".
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;

const sectionsDir = fileURLToPath(new URL('./sections/', import.meta.url));
const files = (await readdir(sectionsDir)).filter((f) => f.endsWith('.mjs') && (!only || f.includes(only))).sort();

/** @type {Record<string, number>} */
const figures = {};
for (const file of files) {
  const section = await import(new URL(`./sections/${file}`, import.meta.url).href);
  console.log(`\n## ${section.title ?? file}`);
  const result = await section.run({ log: (/** @type {string} */ line) => console.log(line) });
  Object.assign(figures, result);
}
if (json) console.log(JSON.stringify(figures));
