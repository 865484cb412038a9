/**
 * `node scripts/train-second-net.mjs`: trains the second net on every row of the repository's answer sets but
 * the held-out files (train.ts `trainSecondNet`, threshold by its fixed leave-one-writer-out rule), writes
 * rules/match/second-net-weights.ts, and prints per concept the features that weigh most towards it, for a
 * methods group to review. Deterministic: the same rows give the same file, byte for byte.
 *
 * Options: --check (write nothing; exit 1 when the committed file differs), --out=PATH.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bucketOf, modelWeights } from '../../rules/match/second-net';
import { labelledRows, SETTINGS, trainable, trainSecondNet } from './train';
import { weightsModule } from './weights-module';

const root = join(import.meta.dirname ?? '.', '..', '..');
const args = new Map(process.argv.slice(2).map((a) => { const [k = '', v = ''] = a.replace(/^--/, '').split('='); return [k, v]; }));
const out = args.get('out') || join(root, 'rules', 'match', 'second-net-weights.ts');

const started = Date.now();
const rows = labelledRows(root);
const models = trainSecondNet(rows, SETTINGS);
const text = weightsModule(models);
const trainRows = rows.filter(trainable);
console.log(`${rows.length} rows, ${trainRows.length} trained on; threshold ${Object.values(models)[0]!.threshold}; ${text.length} bytes`);
for (const [concept, model] of Object.entries(models)) {
  const weights = modelWeights(model);
  // A feature's part in the concept's disclosures: its weight times the disclosures that have it (a bucket's
  // weight alone would also name every rare feature that shares its bucket).
  const count = new Map<string, number>();
  for (const row of trainRows) if (row.item === concept && row.expected === 'critical') for (const f of row.features) count.set(f, (count.get(f) ?? 0) + 1);
  const part = [...count].map(([f, n]) => [f, weights[bucketOf(f, weights.length)]! * model.scale, n] as const);
  const strongest = part.filter(([, w]) => w > 0).sort((a, b) => b[1] * b[2] - a[1] * a[2] || (a[0] < b[0] ? -1 : 1)).slice(0, 20);
  console.log(`${concept}: ${strongest.map(([f, w, n]) => `${f} ${w.toFixed(2)}×${n}`).join(', ')}`);
}
if (args.has('check')) {
  const same = readFileSync(out, 'utf8') === text;
  console.log(same ? `${out} is as trained` : `${out} differs from what training gives`);
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
