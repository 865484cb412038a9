/**
 * `npm run eval:followups`: how well follow-ups catch what people say.
 * Reads every default pack's example answers and tests/data/disclosures-*.tsv
 * (run against tests/data/eval-pack.yaml, one item per concept), and prints
 * recall and precision per severity and language, per data set, and as its
 * last line one JSON object (criticalRecall, criticalFalseAlarmRate, recall,
 * precision, and the same per data set and, within it, per language).
 *
 * A row expects the strongest follow-up that should come up: critical,
 * warning, info, check-in (a negated mention) or none. "Fires" means info,
 * warning or critical; a check-in is quiet and does not count as firing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeLabel } from '../../utils/normalize-text';
import type { CompiledItem, CompiledPack, EffectiveSeverity } from '../../rules/compiled-pack';
import { compilePack } from '../../rules/compile-pack';
import { evaluateFollowUps } from '../../rules/evaluate-follow-ups';
import { loadPack } from '../../rules/load-pack';
import { exampleAnswer } from '../../rules/run-examples';
import type { RulePack } from '../../rules/pack-schema';

type Outcome = EffectiveSeverity | 'none';
interface Row {
  set: string;
  lang: string;
  expected: Outcome;
  got: Outcome;
  text: string;
  where: string;
}

const RANK: Record<Outcome, number> = { critical: 4, warning: 3, info: 2, 'check-in': 1, none: 0 };
const FIRES = (o: Outcome) => o === 'critical' || o === 'warning' || o === 'info';

const root = join(import.meta.dirname ?? '.', '..', '..');

function load(path: string): RulePack {
  const loaded = loadPack(readFileSync(path, 'utf8'), { fileName: path });
  if (!loaded.ok) throw new Error(`${path}: ${loaded.errors.map((e) => e.message).join('; ')}`);
  return loaded.pack;
}

function strongest(pack: CompiledPack, item: CompiledItem, text: string, followUpId?: string): Outcome {
  const hits = evaluateFollowUps(pack, item, { text, options: normalizeLabel(text) ? [normalizeLabel(text)] : [] });
  let best: Outcome = 'none';
  for (const hit of hits) if ((!followUpId || hit.followUp.id === followUpId) && RANK[hit.severity] > RANK[best]) best = hit.severity;
  return best;
}

/** Each example's fires and notFires, as rows: what should come up for that follow-up, and what did. */
function packExampleRows(file: string): Row[] {
  const pack = load(file);
  const compiled = compilePack(pack);
  const rows: Row[] = [];
  pack.items.forEach((item, i) => {
    const compiledItem = compiled.items[i]!;
    item.examples.forEach((example, j) => {
      const hits = evaluateFollowUps(compiled, compiledItem, exampleAnswer(example));
      const got = (id: string): Outcome => hits.find((h) => h.followUp.id === id)?.severity ?? 'none';
      const where = `${file.split('/').pop()} items[${i}].examples[${j}]`;
      const text = example.text ?? String(example.option ?? example.number);
      for (const expected of example.fires ?? []) {
        const [id = '', severity] = expected.split(':');
        const declared = compiledItem.followUps.find((f) => f.id === id)?.severity ?? 'info';
        rows.push({ set: 'pack examples', lang: example.lang, expected: (severity as Outcome) ?? declared, got: got(id), text, where });
      }
      for (const id of example.notFires ?? []) {
        // A quiet check-in is allowed where a follow-up must not fire.
        const actual = got(id);
        rows.push({ set: 'pack examples', lang: example.lang, expected: 'none', got: actual === 'check-in' ? 'none' : actual, text, where });
      }
      if (example.fires?.length === 0 && example.notFires === undefined) {
        const top = hits.reduce<Outcome>((best, h) => (RANK[h.severity] > RANK[best] ? h.severity : best), 'none');
        rows.push({ set: 'pack examples', lang: example.lang, expected: 'none', got: top, text, where });
      }
    });
  });
  return rows;
}

function disclosureRows(file: string, pack: CompiledPack): Row[] {
  const set = file.split('/').pop()!.replace(/^disclosures-|\.tsv$/g, '');
  const items = new Map(pack.items.map((item) => [item.id, item]));
  const rows: Row[] = [];
  readFileSync(file, 'utf8').split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('item\t')) return;
    const [itemId = '', lang = '', expected = '', ...rest] = line.split('\t');
    const item = items.get(itemId);
    if (!item || !(expected in RANK)) throw new Error(`${file}:${index + 1}: unknown item "${itemId}" or expectation "${expected}"`);
    const text = rest.join('\t');
    rows.push({ set, lang, expected: expected as Outcome, got: strongest(pack, item, text), text, where: `${file.split('/').pop()}:${index + 1}` });
  });
  return rows;
}

interface Figures {
  rows: number;
  criticalRecall: number | null;
  criticalFalseAlarmRate: number | null;
  criticalFalseAlarmsOnOrdinary: number | null;
  recall: number | null;
  precision: number | null;
  exact: number | null;
}

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);

function figures(rows: Row[]): Figures {
  const critical = rows.filter((r) => r.expected === 'critical');
  const negated = rows.filter((r) => r.expected === 'check-in');
  const ordinary = rows.filter((r) => r.expected === 'none');
  const truePositives = rows.filter((r) => FIRES(r.expected) && FIRES(r.got)).length;
  return {
    rows: rows.length,
    criticalRecall: ratio(critical.filter((r) => r.got === 'critical').length, critical.length),
    criticalFalseAlarmRate: ratio(negated.filter((r) => r.got === 'critical').length, negated.length),
    criticalFalseAlarmsOnOrdinary: ratio(ordinary.filter((r) => r.got === 'critical').length, ordinary.length),
    recall: ratio(truePositives, rows.filter((r) => FIRES(r.expected)).length),
    precision: ratio(truePositives, rows.filter((r) => FIRES(r.got)).length),
    exact: ratio(rows.filter((r) => r.expected === r.got).length, rows.length),
  };
}

function table(rows: Row[]): string[] {
  const out: string[] = [];
  const languages = [...new Set(rows.map((r) => r.lang))].sort();
  const fmt = (v: number | null) => (v === null ? '   –' : v.toFixed(2).padStart(4));
  out.push(`  ${'severity'.padEnd(9)} ${'lang'.padEnd(5)} ${'n'.padStart(4)}  recall  precision`);
  for (const severity of ['critical', 'warning', 'info', 'check-in', 'none'] as Outcome[]) {
    for (const lang of ['all', ...languages]) {
      const scope = lang === 'all' ? rows : rows.filter((r) => r.lang === lang);
      const expected = scope.filter((r) => r.expected === severity);
      const predicted = scope.filter((r) => r.got === severity);
      if (expected.length === 0 && predicted.length === 0) continue;
      const hit = expected.filter((r) => r.got === severity).length;
      out.push(`  ${severity.padEnd(9)} ${lang.padEnd(5)} ${String(expected.length).padStart(4)}  ${fmt(ratio(hit, expected.length))}    ${fmt(ratio(hit, predicted.length))}`);
    }
  }
  return out;
}

function main() {
  // Misses of held-out sets are never listed: looking at them would make them tuning data.
  const verbose = process.argv.includes('--misses');
  const packsDir = join(root, 'rules', 'packs');
  const dataDir = join(root, 'tests', 'data');
  const evalPack = compilePack(load(join(dataDir, 'eval-pack.yaml')));
  const rows: Row[] = [
    ...readdirSync(packsDir).filter((f) => /\.ya?ml$/.test(f)).sort().flatMap((f) => packExampleRows(join(packsDir, f))),
    ...readdirSync(dataDir).filter((f) => /^disclosures-.*\.tsv$/.test(f)).sort().flatMap((f) => disclosureRows(join(dataDir, f), evalPack)),
  ];
  const sets = [...new Set(rows.map((r) => r.set))];
  const perSet: Record<string, Figures & { languages: Record<string, Figures> }> = {};
  for (const set of sets) {
    const scope = rows.filter((r) => r.set === set);
    const f = figures(scope);
    const languages = [...new Set(scope.map((r) => r.lang))].sort();
    perSet[set] = { ...f, languages: Object.fromEntries(languages.map((lang) => [lang, figures(scope.filter((r) => r.lang === lang))])) };
    console.log(`${set}: ${f.rows} answers; critical recall ${f.criticalRecall ?? '–'}, critical on negations ${f.criticalFalseAlarmRate ?? '–'}, critical on ordinary answers ${f.criticalFalseAlarmsOnOrdinary ?? '–'}, recall ${f.recall ?? '–'}, precision ${f.precision ?? '–'}`);
    for (const line of table(scope)) console.log(line);
    if (verbose && !set.includes('holdout')) {
      for (const r of scope.filter((r) => r.expected !== r.got)) console.log(`    miss ${r.where} (${r.lang}) expected ${r.expected}, got ${r.got}: ${r.text}`);
    }
  }
  const all = figures(rows);
  console.log(`all: ${all.rows} answers; critical recall ${all.criticalRecall}, critical false alarms on negations ${all.criticalFalseAlarmRate}, recall ${all.recall}, precision ${all.precision}`);
  console.log(JSON.stringify({ ...all, sets: perSet }));
}

main();
