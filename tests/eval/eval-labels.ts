/**
 * `npm run eval:labels`: how often a host's own wording of a default pack's
 * question finds its item, and how often a look-alike label takes one it must not.
 *
 * Data: tests/data/label-wordings.tsv (our own host wordings: each must find its
 * item) and tests/data/label-lookalikes.tsv (labels that must find nothing, "-",
 * or the item named). Columns: half (tune | held), pack (sa | wfi), lang, kind
 * (the host control: textarea, select, radio, text, date), expect, label. The
 * halves were fixed before the matcher was changed; only the tuning half's misses
 * are ever listed (`-- --misses`).
 *
 * Each label is matched as a page field with that one label is: exactly, else
 * approximately (rules/match-controls.ts), with the field's control kind.
 * Prints recall and false matches per half (and for the safety-critical items),
 * and as its last line one JSON object with the same figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compilePack } from '../../rules/compile-pack';
import type { CompiledPack } from '../../rules/compiled-pack';
import { loadPack } from '../../rules/load-pack';
import { createMatchMemo, createPackMatcher, matchQuestionText, type AnswerForm, type PackMatcher } from '../../rules/match-controls';

const root = join(import.meta.dirname ?? '.', '..', '..');
const PACKS: Record<string, string> = {
  sa: 'social-assistance-initial-assessment.yaml',
  wfi: 'work-focused-interview.yaml',
};

interface Row {
  half: string;
  pack: string;
  lang: string;
  kind: string;
  expect: string;
  label: string;
}

function readRows(file: string): Row[] {
  const [header, ...lines] = readFileSync(join(root, 'tests', 'data', file), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const columns = (header as string).split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])) as unknown as Row;
  });
}

function compiled(file: string): CompiledPack {
  const loaded = loadPack(readFileSync(join(root, 'rules', 'packs', file), 'utf8'), { fileName: file });
  if (!loaded.ok) throw new Error(`${file}: ${loaded.errors.map((e) => e.message).join('; ')}`);
  return compilePack(loaded.pack);
}

/** The host control's answer form (as utils/dom/control-kinds.ts `answerForm` reads it from the page). */
const FORMS: Record<string, AnswerForm> = { textarea: 'free', text: 'free', date: 'free', select: 'choice', radio: 'choice', checkbox: 'choice' };

const matchers = new Map<string, PackMatcher>(Object.entries(PACKS).map(([key, file]) => [key, createPackMatcher(compiled(file))]));

/** The item id a field labelled `row.label` gets, or '-' for none. */
function found(row: Row): string {
  const matcher = matchers.get(row.pack);
  if (!matcher) throw new Error(`unknown pack ${row.pack}`);
  const hit = matchQuestionText(createMatchMemo(), matcher, row.label, FORMS[row.kind]);
  return hit ? (matcher.pack.items[hit.item]?.id ?? '?') : '-';
}

function isSafety(row: Row): boolean {
  const item = matchers.get(row.pack)?.pack.items.find((i) => i.id === row.expect);
  return item?.sensitivity === 'safety-critical';
}

const showMisses = process.argv.includes('--misses');
const wordings = readRows('label-wordings.tsv');
const lookalikes = readRows('label-lookalikes.tsv');
const figures: Record<string, unknown> = {};
for (const half of ['tune', 'held']) {
  const w = wordings.filter((r) => r.half === half);
  const l = lookalikes.filter((r) => r.half === half);
  const wGot = w.map((r) => ({ r, got: found(r) }));
  const lGot = l.map((r) => ({ r, got: found(r) }));
  const hit = wGot.filter(({ r, got }) => got === r.expect);
  const wrong = wGot.filter(({ r, got }) => got !== '-' && got !== r.expect);
  const safety = wGot.filter(({ r }) => isSafety(r));
  const safetyHit = safety.filter(({ r, got }) => got === r.expect);
  const falseLook = lGot.filter(({ r, got }) => got !== '-' && got !== r.expect);
  const lookRight = lGot.filter(({ r, got }) => got === r.expect);
  console.log(`${half}: wordings found ${hit.length}/${w.length} (recall ${(hit.length / w.length).toFixed(3)}); ` +
    `safety items ${safetyHit.length}/${safety.length}; wordings given a wrong item ${wrong.length}; ` +
    `look-alikes given an item they must not take ${falseLook.length}/${l.length} (right ${lookRight.length}/${l.length})`);
  if (showMisses && half === 'tune') {
    for (const { r, got } of [...wGot, ...lGot]) if (got !== r.expect) console.log(`  miss [${r.pack} ${r.lang} ${r.kind}] "${r.label}": expected ${r.expect}, got ${got}`);
  }
  figures[half] = {
    recall: +(hit.length / w.length).toFixed(3),
    safetyRecall: +(safetyHit.length / safety.length).toFixed(3),
    wrongItem: wrong.length,
    falseMatches: falseLook.length,
    lookalikes: l.length,
    wordings: w.length,
  };
}
console.log(JSON.stringify(figures));
