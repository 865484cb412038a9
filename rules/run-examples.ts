/**
 * A pack's example answers, run through the same compiler and evaluator the
 * extension uses: each example says which follow-ups must fire (and how
 * strongly) and which must not; this says whether they do. Used by
 * `adviser-coach pack test` and `pack lint`, and by the options page on import.
 */
import { normalizeLabel } from '../utils/normalize-text';
import type { AnswerValue, CompiledPack, EffectiveSeverity, FollowUpHit } from './compiled-pack';
import { compilePack } from './compile-pack';
import { evaluateFollowUps } from './evaluate-follow-ups';
import type { PathKey } from './pack-issues';
import type { PackExample, RulePack } from './pack-schema';

export interface ExampleResult {
  path: PathKey[];
  itemId: string;
  example: PackExample;
  /** What fired: `id:severity`, in pack order. */
  fired: string[];
  /** Empty when the example passes; otherwise one plain sentence per mismatch. */
  problems: string[];
}

export interface ExamplesReport {
  results: ExampleResult[];
  passed: number;
  failed: number;
}

/** The answer an example stands for, as the content script would read it from the form. */
export function exampleAnswer(example: PackExample): AnswerValue {
  if (example.number !== undefined) return { text: String(example.number), options: [], number: example.number };
  if (example.option !== undefined) {
    if (typeof example.option === 'object') return { text: '', options: [], positions: [example.option.position] };
    return { text: example.option, options: [normalizeLabel(example.option)] };
  }
  return { text: example.text ?? '', options: [] };
}

export function hitLabel(hit: FollowUpHit): string {
  return `${hit.followUp.id}:${hit.severity}`;
}

/** Run every example of every item. `compiled` saves compiling again when the caller has it. */
export function runExamples(pack: RulePack, compiled: CompiledPack = compilePack(pack)): ExamplesReport {
  const results: ExampleResult[] = [];
  pack.items.forEach((item, i) => {
    const compiledItem = compiled.items[i];
    if (!compiledItem) return;
    item.examples.forEach((example, j) => {
      const hits = evaluateFollowUps(compiled, compiledItem, exampleAnswer(example));
      const declared = new Map(compiledItem.followUps.map((f) => [f.id, f.severity]));
      results.push({
        path: ['items', i, 'examples', j],
        itemId: item.id,
        example,
        fired: hits.map(hitLabel),
        problems: mismatches(example, hits, declared),
      });
    });
  });
  const failed = results.filter((r) => r.problems.length > 0).length;
  return { results, passed: results.length - failed, failed };
}

function mismatches(example: PackExample, hits: FollowUpHit[], declared: Map<string, EffectiveSeverity>): string[] {
  const problems: string[] = [];
  const fired = new Map(hits.map((hit) => [hit.followUp.id, hit.severity]));
  const got = (id: string) => (fired.has(id) ? `${id}:${fired.get(id)}` : 'nothing');
  for (const expected of example.fires ?? []) {
    const [id = '', severity] = expected.split(':');
    const wanted = severity ?? declared.get(id);
    if (fired.get(id) !== wanted) problems.push(`expected ${id}:${wanted ?? '?'}, got ${got(id)}`);
  }
  for (const id of example.notFires ?? []) {
    const severity = fired.get(id);
    if (severity !== undefined && severity !== 'check-in') problems.push(`expected no ${id}, got ${id}:${severity}`);
  }
  if (example.fires?.length === 0 && example.notFires === undefined && hits.length > 0) {
    problems.push(`expected nothing to fire, got ${hits.map(hitLabel).join(', ')}`);
  }
  return problems;
}

/** One line per example for the CLI: `PASS items[2] psych (sv) "…" → suicide-risk:critical`. */
export function formatExampleResult(result: ExampleResult): string {
  const { example } = result;
  const answer =
    example.text !== undefined
      ? `"${preview(example.text)}"`
      : example.number !== undefined
        ? `number ${example.number}`
        : typeof example.option === 'object'
          ? `option ${example.option?.position}`
          : `option "${example.option}"`;
  const where = `items[${result.path[1]}].examples[${result.path[3]}] ${result.itemId} (${example.lang})`;
  const fired = result.fired.length > 0 ? result.fired.join(', ') : 'nothing';
  return result.problems.length === 0
    ? `PASS ${where} ${answer} → ${fired}`
    : `FAIL ${where} ${answer}: ${result.problems.join('; ')}`;
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
}
