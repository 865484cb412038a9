/**
 * `node scripts/second-net/cross-validate.mjs`: does the second net catch what the rules miss on writing it
 * never saw, and at what cost? Nested leave-one-writer-set-out cross-validation: for each outside writer's
 * set in turn, the threshold is chosen by the same rule as for the committed weights (train.ts
 * `chooseThreshold`) from an inner leave-one-writer-out over the OTHER writers' sets only, the models are
 * trained on every other trainable row, and the held-out set is measured: critical recall of the rules
 * alone and with the net, and critical cards on ordinary answers and on negations alone and with it.
 * Then the committed procedure (trainSecondNet) on all trainable rows, measured on the repository's
 * held-out sets (never tuned on by the rules, never trained on by the net). Figures only, never rows.
 *
 * --first-seen=FILE: each writer set's rows with the outcome of the rules as they were when the set was
 * added, before any tuning on it (lines "set<TAB>item<TAB>outcome<TAB>text", made by
 * scripts/second-net/first-seen-rules.sh): what the net adds on misses of writing the rules never saw.
 *
 * Options: --buckets=N --rounds=N --l2=X (training settings, train.ts SETTINGS by default); --leave-out=SET,SET (sets not
 * read at all, e.g. second-net-ordinary for the figures without it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chooseThreshold, figuresAt, heldOutPredictions, labelledRows, scoreRows, SETTINGS, trainable, trainModels, trainSecondNet, WRITER_SETS,
  type Figures, type LabelledRow, type ScoredRow,
} from './train';

const args = new Map(process.argv.slice(2).map((a) => { const [k = '', v = ''] = a.replace(/^--/, '').split('='); return [k, v]; }));
const settings = {
  ...SETTINGS,
  ...(args.has('rounds') && { rounds: Number(args.get('rounds')) }),
  ...(args.has('l2') && { l2: Number(args.get('l2')) }),
  ...(args.has('buckets') && { buckets: Number(args.get('buckets')) }),
};
const root = join(import.meta.dirname ?? '.', '..', '..');
const started = Date.now();
const rows = labelledRows(root, (args.get('leave-out') ?? '').split(',').filter(Boolean));

const ratio = (n: number, d: number) => (d === 0 ? '   –' : (n / d).toFixed(3));
function line(name: string, f: Figures, threshold: string): string {
  const misses = f.critical - f.rulesCaught;
  return `${name.padEnd(16)} t=${threshold.padEnd(5)} critical n=${String(f.critical).padStart(4)}: rules ${ratio(f.rulesCaught, f.critical)}, +net ${ratio(f.rulesCaught + f.netCaught, f.critical)}` +
    ` | rules' misses ${String(misses).padStart(3)}, net catches ${String(f.netCaught).padStart(3)} (${ratio(f.netCaught, misses)})` +
    ` | critical on ordinary n=${f.ordinary}: ${ratio(f.rulesOnOrdinary, f.ordinary)} -> ${ratio(f.rulesOnOrdinary + f.netOnOrdinary, f.ordinary)}` +
    ` | on negations n=${f.negations}: ${ratio(f.rulesOnNegations, f.negations)} -> ${ratio(f.rulesOnNegations + f.netOnNegations, f.negations)}`;
}
const sum = (list: Figures[]): Figures =>
  list.reduce((a, b) => Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof Figures] + b[k as keyof Figures]])) as unknown as Figures);

console.log(`settings ${JSON.stringify(settings)}; ${rows.length} rows, ${rows.filter(trainable).length} trainable`);
const pooled: Figures[] = [];
const pooledScored: { scored: ScoredRow[]; threshold: number }[] = [];
const firstSeen = new Map<string, LabelledRow['rules']>();
if (args.get('first-seen')) {
  for (const entry of readFileSync(args.get('first-seen')!, 'utf8').split('\n').filter(Boolean)) {
    const [set = '', item = '', outcome = '', ...text] = entry.split('\t');
    firstSeen.set(`${set}\t${item}\t${text.join('\t')}`, outcome as LabelledRow['rules']);
  }
}
const firstSeenPooled: Figures[] = [];
for (const set of WRITER_SETS) {
  const others = rows.filter((r) => r.set !== set);
  const threshold = chooseThreshold([...heldOutPredictions(others, WRITER_SETS.filter((w) => w !== set), settings).values()].flat());
  const models = trainModels(others.filter(trainable), settings);
  const scored = scoreRows(models, rows.filter((r) => r.set === set));
  const f = figuresAt(scored, threshold);
  pooled.push(f);
  pooledScored.push({ scored, threshold });
  console.log(line(set, f, threshold.toFixed(2)));
  const before = rows.filter((r) => r.set === set).map((r) => ({ ...r, rules: firstSeen.get(`${r.set}\t${r.item}\t${r.text}`) ?? ('?' as LabelledRow['rules']) }));
  if (before.some((r) => (r.rules as string) !== '?')) {
    const fs = figuresAt(scoreRows(models, before), threshold);
    firstSeenPooled.push(fs);
    console.log(line(`  first seen`, fs, threshold.toFixed(2)));
  }
}
console.log(line('pooled', sum(pooled), 'fold'));
if (firstSeenPooled.length > 0) console.log(line('pooled first seen', sum(firstSeenPooled), 'fold'));
for (const concept of ['suicide', 'self-harm', 'domestic-violence', 'child-exposed-to-violence']) {
  console.log(line(`  ${concept}`.slice(0, 16), sum(pooledScored.map(({ scored, threshold }) => figuresAt(scored.filter((s) => s.row.item === concept), threshold))), 'fold'));
}

const committed = trainSecondNet(rows, settings);
const threshold = Object.values(committed)[0]!.threshold;
const size = JSON.stringify(committed).length;
console.log(`all trainable rows: threshold ${threshold} (chosen by leave-one-writer-out over all ${WRITER_SETS.length} sets), ${size} bytes as JSON`);
const holdoutScored = scoreRows(new Map(Object.entries(committed)), rows.filter((r) => r.set.includes('holdout')));
console.log(line('held-out sets', figuresAt(holdoutScored, threshold), threshold.toFixed(2)));
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
