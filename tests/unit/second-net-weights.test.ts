// The committed weights of the second net (rules/match/second-net-weights.ts) are exactly what
// `node scripts/train-second-net.mjs` gives from the repository's answer sets: retraining reproduces the file
// byte for byte, so the weights bundled with the matcher can be traced to their data and settings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelledRows, trainSecondNet } from '../../scripts/second-net/train';
import { weightsModule } from '../../scripts/second-net/weights-module';

const root = join(__dirname, '..', '..');

describe('the second net as committed', () => {
  it('is what training on the repository rows gives, byte for byte', () => {
    const committed = readFileSync(join(root, 'rules', 'match', 'second-net-weights.ts'), 'utf8');
    expect(weightsModule(trainSecondNet(labelledRows(root)))).toBe(committed);
  }, 600_000);
});
