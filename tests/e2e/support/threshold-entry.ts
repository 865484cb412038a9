// Bundled into fixture pages by tests/e2e/detection-threshold.e2e.ts: scores every
// field's question texts against every item of a pack, with the matcher's own
// reading, normalisation and weights, so the approximate-match threshold can be
// chosen from measurements.
import type { CompiledPack } from '../../../rules/compiled-pack';
import { createMatchMemo, createPagePackMatcher, matchField, type FieldHit } from '../../../utils/dom/match-fields';
import { scoreCandidates, tuneSimilarity } from '../../../rules/match-label';
import { collectFields, type Field, type GroupIndex } from '../../../utils/dom/list-form-controls';
import { createReadContext } from '../../../utils/dom/read-context';
import { visitQuestionTexts } from '../../../utils/dom/read-field-label';
import { collectShadowRoots, createShadowRootOpener } from '../../../utils/dom/shadow-roots';
import { normalizeLabel } from '../../../utils/normalize-text';

export interface FieldScore {
  /** The item the fixture says this field is (data-expect, or a name prefix), or null. */
  expected: string | null;
  /** Found by a selector or name pattern, or a text matched exactly: approximation is not consulted. */
  exact: boolean;
  texts: string[];
  /** Best similarity to the expected item, over the texts approximate matching looks at. */
  trueScore: number | null;
  /** Best similarity to any other item, and which. */
  impostorScore: number;
  impostor: string | null;
}

/** As utils/dom/match-fields.ts: approximate matching looks at a field's first three texts. */
const APPROXIMATE_TEXTS = 3;

export interface Tuning {
  beta?: number;
  unknownFraction?: number;
  nearWord?: number;
}

/** Score with other similarity settings (to compare alternatives), then restore the defaults. */
export function measureWith(tuning: Tuning, defaults: Tuning, pack: CompiledPack, byName?: Record<string, string>): FieldScore[] {
  tuneSimilarity(tuning);
  try {
    return measure(pack, byName);
  } finally {
    tuneSimilarity(defaults);
  }
}

export function measure(pack: CompiledPack, byName?: Record<string, string>, prefix = ''): FieldScore[] {
  const matcher = createPagePackMatcher(pack);
  const roots: (Document | ShadowRoot)[] = [document];
  const shadow: ShadowRoot[] = [];
  collectShadowRoots(document, createShadowRootOpener(null), shadow);
  roots.push(...shadow);
  const fields: Field[] = [];
  const groups: GroupIndex = new WeakMap();
  const order = { value: 0 };
  for (const root of roots) collectFields(root, fields, groups, order);
  const ctx = createReadContext();

  return fields.map((field) => {
    const expectOf = (c: Element) => {
      if (!byName) return c.getAttribute('data-expect');
      const name = c.getAttribute('name') ?? '';
      return Object.entries(byName).find(([, prefix]) => name.startsWith(prefix))?.[0] ?? null;
    };
    const found = field.controls.map(expectOf).find((e) => e) ?? null;
    const expected = found && !byName ? prefix + found : found;
    const texts: string[] = [];
    const located: FieldHit[] = [];
    matchField(field, matcher, { ctx, memo: createMatchMemo() }, located);
    let exact = located.some((hit) => hit.rule === 'selector' || hit.rule === 'name');
    visitQuestionTexts(field, ctx, (text) => {
      const normalized = normalizeLabel(text);
      if (!normalized) return false;
      if (matcher.labels.exact.has(normalized)) {
        exact = true;
        return true;
      }
      texts.push(normalized);
      return texts.length >= 8;
    });
    const looked = texts.slice(0, APPROXIMATE_TEXTS);
    // Scores per item over the texts approximate matching looks at, as the matcher sees them
    // (labels sharing a word start with the text; any other item cannot be chosen).
    const best = new Map<number, number>();
    for (const text of looked) {
      for (const { item, score } of scoreCandidates(matcher.labels, text)) best.set(item, Math.max(best.get(item) ?? 0, score));
    }
    let trueScore: number | null = expected ? 0 : null;
    let impostorScore = 0;
    let impostor: string | null = null;
    for (const [item, score] of best) {
      const id = pack.items[item]?.id ?? '';
      if (id === expected) trueScore = score;
      else if (score > impostorScore) {
        impostorScore = score;
        impostor = id;
      }
    }
    return { expected, exact, texts: looked, trueScore, impostorScore, impostor };
  });
}

Object.assign(globalThis, { thresholdProbe: { measure, measureWith } });
