import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePack } from './compile-pack';
import { loadPack } from './load-pack';
import { diffPacks, isEmptyDiff } from './pack-diff';

const minimal = readFileSync(new URL('./fixtures/minimal-pack.yaml', import.meta.url), 'utf8');
const compile = (text: string) => {
  const loaded = loadPack(text, { fileName: 'pack.yaml' });
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
  return compilePack(loaded.pack);
};
const withItem = (text: string, item: string) => `${text}${item}`;
const income = (when: string) =>
  `  - id: income\n    question: Monthly income\n    rewordings:\n      - text: What do you live on each month?\n    followUps:\n      - id: no-income\n        when: ${when}\n        severity: warning\n        prompt: Ask about emergency support.\n`;

describe('what a new version of a pack changes', () => {
  it('lists added, removed and changed questions, and changed follow-up conditions on their own', () => {
    const before = compile(withItem(minimal, income('{ number: { max: 1 } }')));
    const after = compile(
      withItem(minimal.replace('version: 0.1.0', 'version: 0.2.0').replace('  - id: housing', '  - id: dwelling'), income('{ number: { max: 100 } }')),
    );
    expect(diffPacks(before, after)).toEqual({
      fromVersion: '0.1.0',
      toVersion: '0.2.0',
      added: ['dwelling'],
      removed: ['housing'],
      changed: ['income'],
      wordingsChanged: [],
      followUpConditionsChanged: ['income'],
      followUpResourcesChanged: [],
    });
  });

  it('finds no change when only the version and the key order differ (storage may reorder keys)', () => {
    const before = compile(minimal);
    const reordered = JSON.parse(JSON.stringify(before), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as typeof before;
    const diff = diffPacks(reordered, compile(minimal.replace('version: 0.1.0', 'version: 0.1.1')));
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.followUpConditionsChanged).toEqual([]);
  });

  it('names a changed helpline of a follow-up on its own, and not a follow-up merely added', () => {
    const withLine = (phone: string) => `${income('{ number: { max: 1 } }').trimEnd()}\n        resources:\n          - name: Money advice line\n            phone: "${phone}"\n`;
    const before = compile(withItem(minimal, withLine('+46 8 111 111')));
    const after = compile(withItem(minimal.replace('version: 0.1.0', 'version: 0.2.0'), withLine('+46 8 222 222')));
    expect(diffPacks(before, after)).toMatchObject({ changed: ['income'], followUpConditionsChanged: [], followUpResourcesChanged: ['income'] });
    const added = compile(withItem(minimal.replace('version: 0.1.0', 'version: 0.2.0'), income('{ number: { max: 1 } }')));
    expect(diffPacks(compile(minimal), added).followUpResourcesChanged).toEqual([]);
  });

  it('names questions whose words changed (question, rewording, why we ask), and not one only found another way', () => {
    const before = compile(withItem(minimal, income('{ number: { max: 1 } }')));
    const next = minimal.replace('version: 0.1.0', 'version: 0.2.0');
    const reworded = compile(withItem(next.replace('How are things with where you live', 'Tell me about where you live'), income('{ number: { max: 1 } }')));
    expect(diffPacks(before, reworded)).toMatchObject({ changed: ['housing'], wordingsChanged: ['housing'] });
    const retold = compile(withItem(next.replace('Current housing situation', 'Where the client lives now'), income('{ number: { max: 1 } }')));
    expect(diffPacks(before, retold).wordingsChanged).toEqual(['housing']);
    const why = compile(withItem(next.replace('    rewordings:\n      - text: How', '    why:\n      purpose: To find the right housing support.\n    rewordings:\n      - text: How'), income('{ number: { max: 1 } }')));
    expect(diffPacks(before, why)).toMatchObject({ changed: ['housing'], wordingsChanged: ['housing'] });
    const found = compile(withItem(next.replace('  - id: housing\n', '  - id: housing\n    locators:\n      name: ["housing"]\n'), income('{ number: { max: 1 } }')));
    expect(diffPacks(before, found)).toMatchObject({ changed: ['housing'], wordingsChanged: [] });
  });
});
