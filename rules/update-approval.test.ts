import { describe, expect, it } from 'vitest';
import type { PackDiff } from './pack-diff';
import { reasonsToWait } from './update-approval';

const diff = (change: Partial<PackDiff> = {}): PackDiff => ({
  fromVersion: '1.0.0',
  toVersion: '1.1.0',
  added: [],
  removed: [],
  changed: [],
  followUpConditionsChanged: [],
  followUpResourcesChanged: [],
  ...change,
});

describe('which subscribed updates wait for the adviser', () => {
  it('applies added and reworded questions at once', () => {
    expect(reasonsToWait({ source: 'url', firstFromThisAddress: false, diff: diff({ added: ['a'], changed: ['b'] }) })).toEqual([]);
  });

  it('waits for changed follow-up conditions, changed helplines, removed questions and an older version', () => {
    const all = diff({ fromVersion: '2.0.0', toVersion: '1.9.0', removed: ['a'], followUpConditionsChanged: ['b'], followUpResourcesChanged: ['c'] });
    expect(reasonsToWait({ source: 'url', firstFromThisAddress: false, diff: all })).toEqual(['follow-up-conditions', 'safety-resources', 'removed-questions', 'older-version']);
  });

  it('never waits for the organisation’s packs, a new subscription’s first pack, or a pack not installed before', () => {
    const risky = diff({ removed: ['a'], followUpConditionsChanged: ['b'] });
    expect(reasonsToWait({ source: 'policy', firstFromThisAddress: false, diff: risky })).toEqual([]);
    expect(reasonsToWait({ source: 'url', firstFromThisAddress: true, diff: risky })).toEqual([]);
    expect(reasonsToWait({ source: 'url', firstFromThisAddress: false })).toEqual([]);
  });

  it('reads a diff stored before helplines were compared', () => {
    const { followUpResourcesChanged: _dropped, ...old } = diff({ removed: ['a'] });
    expect(reasonsToWait({ source: 'url', firstFromThisAddress: false, diff: old })).toEqual(['removed-questions']);
  });
});
