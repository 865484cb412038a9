// The text of rules/match/second-net-weights.ts for trained models (write-weights.ts), shared with the test that
// the committed file is what training gives (tests/unit/second-net-weights.test.ts).
import { bucketOf, type SecondNetModel } from '../../rules/match/second-net';
import { SETTINGS } from './train';

/** FNV-1a (the net's own hash) of the models as JSON, hex: another training gives another stamp. */
const stampOf = (text: string): string => bucketOf(text, 2 ** 32).toString(16).padStart(8, '0');

/** The module as written: one model per line, so a change of training shows as a change of those lines. */
export function weightsModule(models: Record<string, SecondNetModel>): string {
  const stamp = stampOf(JSON.stringify(models));
  const lines = Object.entries(models).map(([concept, m]) => `    ${JSON.stringify(concept)}: { bias: ${m.bias}, threshold: ${m.threshold}, scale: ${m.scale}, weights: ${JSON.stringify(m.weights)} },`);
  return [
    '// Written by `node scripts/train-second-net.mjs` (scripts/second-net/write-weights.ts): do not edit by hand.',
    `// Settings ${JSON.stringify(SETTINGS)}; weights as signed bytes (base64), one per bucket.`,
    "import type { SecondNet } from './second-net';",
    '',
    '/** The second net as trained on the repository\'s answer sets (rules/match/second-net.ts). */',
    'export const SECOND_NET: SecondNet = {',
    `  stamp: ${JSON.stringify(stamp)},`,
    '  models: {',
    ...lines,
    '  },',
    '};',
    '',
  ].join('\n');
}

