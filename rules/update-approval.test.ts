import { describe, expect, it } from 'vitest';
import type { PackDiff } from './pack-diff';
import { otherQuestionDetailsChanged, reasonsToWait } from './update-approval';

const diff = (change: Partial<PackDiff> = {}): PackDiff => ({
  fromVersion: '1.0.0',
  toVersion: '1.1.0',
  added: [],
  removed: [],
  changed: [],
  wordingsChanged: [],
  followUpConditionsChanged: [],
  followUpResourcesChanged: [],
  ...change,
});

const later = (d: PackDiff) => reasonsToWait({ source: 'url', diff: d });

describe('which subscribed updates wait for the adviser', () => {
  it('waits for added questions', () => {
    expect(later(diff({ added: ['a', 'b'] }))).toEqual(['added-questions']);
  });

  it('waits for a changed rewording, question text or why-we-ask text', () => {
    expect(later(diff({ changed: ['b'], wordingsChanged: ['b'] }))).toEqual(['changed-wordings']);
  });

  it('waits for a question changed in another way (how it is found, its options), named as such', () => {
    expect(later(diff({ changed: ['a', 'b'], wordingsChanged: ['a'] }))).toEqual(['changed-wordings', 'other-question-details']);
    expect(otherQuestionDetailsChanged(diff({ changed: ['a', 'b', 'c'], wordingsChanged: ['a'], followUpConditionsChanged: ['c'] }))).toEqual(['b']);
  });

  it('waits for a new version that changes no question (title, where it applies, scenarios)', () => {
    expect(later(diff())).toEqual(['pack-details']);
  });

  it('waits for changed follow-up conditions, changed helplines, removed questions and an older version, those first', () => {
    const all = diff({
      fromVersion: '2.0.0',
      toVersion: '1.9.0',
      added: ['n'],
      removed: ['a'],
      changed: ['b', 'c', 'd'],
      wordingsChanged: ['d'],
      followUpConditionsChanged: ['b'],
      followUpResourcesChanged: ['c'],
    });
    expect(later(all)).toEqual(['follow-up-conditions', 'safety-resources', 'removed-questions', 'older-version', 'added-questions', 'changed-wordings']);
  });

  it('every kind of change from the adviser’s own subscription waits', () => {
    const kinds: Partial<PackDiff>[] = [{}, { added: ['a'] }, { removed: ['a'] }, { changed: ['a'] }, { changed: ['a'], wordingsChanged: ['a'] }, { changed: ['a'], followUpConditionsChanged: ['a'] }, { toVersion: '0.9.0' }];
    for (const kind of kinds) expect(later(diff(kind)).length, JSON.stringify(kind)).toBeGreaterThan(0);
  });

  it('never waits for the organisation’s packs, nor for a pack whose id is new to the adviser (it replaces nothing)', () => {
    const risky = diff({ added: ['n'], removed: ['a'], changed: ['b'], wordingsChanged: ['b'], followUpConditionsChanged: ['b'] });
    expect(reasonsToWait({ source: 'policy', diff: risky })).toEqual([]);
    expect(reasonsToWait({ source: 'policy', diff: diff({ added: ['a'] }) })).toEqual([]);
    expect(reasonsToWait({ source: 'url' })).toEqual([]);
  });

  it('reads a diff stored before helplines and words were compared', () => {
    const { followUpResourcesChanged: _resources, wordingsChanged: _words, ...old } = diff({ removed: ['a'], changed: ['b'] });
    expect(later(old)).toEqual(['removed-questions', 'changed-wordings']);
  });
});
