// Trigger phrases: what one evaluation of a free-text follow-up costs with 10 and with
// 1,000 phrases, on a short answer and on a 20,000-character one (Node, the shipped
// rules/ code). Matching uses an index (rules/match/phrase-index.ts), so the cost
// should follow the answer's length, not the number of phrases.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from '../../../bin/bundle-node.mjs';
import { fmt, round, summarize } from '../stats.mjs';

export const title = 'Trigger phrases: one follow-up evaluation, 10 vs 1,000 phrases (median / p95)';

export async function run({ log }) {
  const bench = await import(pathToFileURL(await bundleForNode(fileURLToPath(new URL('./phrases.entry.ts', import.meta.url)), 'bench-phrases')).href);
  const figures = {};
  for (const [kind, count] of [['spread', 10], ['spread', 1000], ['shared', 10], ['shared', 300], ['shared', 1000]]) {
    const item = bench.itemWith(count, kind);
    for (const [name, text] of Object.entries(bench.answers)) {
      // The first evaluation builds the index (the content script does that in idle time).
      const buildStart = performance.now();
      bench.evaluate(item, text);
      const first = performance.now() - buildStart;
      const runs = name === 'short' ? 400 : 40;
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        bench.evaluate(item, text);
        samples.push(performance.now() - start);
      }
      const s = summarize(samples);
      const note = count > 100 ? ' [one text condition of more than 100 is refused by the validator; the pack figures below are a valid list]' : '';
      log(`${String(count).padStart(5)} ${kind} phrases, ${name} answer (${text.length} chars): ${fmt(s.median)} / ${fmt(s.p95)} (first, with indexing: ${fmt(first)})${note}`);
      figures[`phrases_${kind}_${count}_${name}_median_ms`] = round(s.median);
      figures[`phrases_${kind}_${count}_${name}_p95_ms`] = round(s.p95);
    }
  }
  // A whole pack: 5,000 phrases (the most a pack may have) in one follow-up's index vs 10,
  // measured alternately in the same run so the ratio does not follow the machine's load.
  const small = bench.packWith(10);
  const large = bench.packWith(5000);
  for (const [name, text] of Object.entries(bench.answers)) {
    bench.evaluateIn(small.pack, small.item, text);
    bench.evaluateIn(large.pack, large.item, text);
    const runs = name === 'short' ? 400 : 40;
    const samples = { small: [], large: [] };
    for (let i = 0; i < runs; i++) {
      for (const [size, { pack, item }] of [['small', small], ['large', large]]) {
        const start = performance.now();
        bench.evaluateIn(pack, item, text);
        samples[size].push(performance.now() - start);
      }
    }
    const s = summarize(samples.small);
    const l = summarize(samples.large);
    const ratio = l.median / s.median;
    log(`pack of 5,000 phrases (most sharing a first word) vs 10, ${name} answer (${text.length} chars): ${fmt(l.median)} vs ${fmt(s.median)}, ratio ${ratio.toFixed(2)}`);
    figures[`phrases_pack_5000_${name}_median_ms`] = round(l.median);
    figures[`phrases_pack_10_${name}_median_ms`] = round(s.median);
    figures[`phrases_pack_ratio_${name}`] = Math.round(ratio * 100) / 100;
  }
  return figures;
}
