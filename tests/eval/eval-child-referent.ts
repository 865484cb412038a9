/**
 * `node tests/eval/run.mjs eval-child-referent.ts`: children named only by a name and an age, and adults and
 * look-alike words, read in a field whose question names no child (the work-focused interview's barriers item):
 * tests/data/child-referent-ages.tsv. A "child" line should raise the children-exposed card, an "adult" line
 * should not; every line tells of violence, so the violence card is counted too. Prints figures per split and
 * language and, last, one JSON line. `--misses` lists the dev lines scored wrong (never the held-out ones).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compilePack } from '../../rules/compile-pack';
import { evaluateFollowUps } from '../../rules/evaluate-follow-ups';
import { loadPack } from '../../rules/load-pack';

const root = join(import.meta.dirname ?? '.', '..', '..');
const loaded = loadPack(readFileSync(join(root, 'rules', 'packs', 'work-focused-interview.yaml'), 'utf8'));
if (!loaded.ok) throw new Error('work-focused-interview.yaml does not load');
const pack = compilePack(loaded.pack);
const item = pack.items.find((candidate) => candidate.id === 'barriers')!;

interface Line { expect: string; lang: string; split: string; text: string; child: boolean; violence: boolean }
const lines: Line[] = readFileSync(join(root, 'tests', 'data', 'child-referent-ages.tsv'), 'utf8')
  .split(/\r?\n/)
  .filter((line) => line.trim() !== '' && !line.startsWith('#') && !line.startsWith('expect\t'))
  .map((line) => {
    const [expect = '', lang = '', split = '', text = ''] = line.split('\t');
    const ids = evaluateFollowUps(pack, item, { text, options: [] }).filter((hit) => hit.severity === 'critical').map((hit) => hit.followUp.id);
    return { expect, lang, split, text, child: ids.includes('children-exposed'), violence: ids.includes('violence-mentioned') };
  });

const right = (line: Line) => line.child === (line.expect === 'child');
const figures: Record<string, { n: number; right: number; violence: number }> = {};
for (const line of lines) {
  for (const key of [`${line.split} ${line.expect}`, `${line.split} ${line.expect} ${line.lang}`]) {
    const f = (figures[key] ??= { n: 0, right: 0, violence: 0 });
    f.n++;
    if (right(line)) f.right++;
    if (line.violence) f.violence++;
  }
}
for (const [key, f] of Object.entries(figures).sort()) console.log(`${key.padEnd(20)} ${f.right}/${f.n} right, violence card ${f.violence}/${f.n}`);
if (process.argv.includes('--misses')) for (const line of lines.filter((l) => l.split === 'dev' && !right(l))) console.log(`  miss (${line.expect}): ${line.text}`);
console.log(JSON.stringify(Object.fromEntries(Object.entries(figures).filter(([key]) => key.split(' ').length === 2))));
