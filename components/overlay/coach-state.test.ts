import { describe, expect, it } from 'vitest';
import type { CompiledPack } from '../../rules/compiled-pack';
import { newSession } from '../../utils/interview/session';
import { createCoachState } from './coach-state';

/** Two sections: only "safety" asks for a pre-check. */
function pack(): CompiledPack {
  const item = (id: string, sectionId: string) => ({
    id, sectionId, question: { en: id }, required: true, sensitivity: 'none' as const,
    locators: { selectors: [], namePatterns: [], labels: [id] }, rewordings: [{ text: { en: `How ${id}?` } }], followUps: [],
  });
  return {
    format: 1, id: 'p', version: '1.0.0', title: { en: 'P' }, languages: ['en'], hostPatterns: [],
    sections: [
      { id: 'money', title: { en: 'Money' }, itemIds: ['rent'] },
      { id: 'safety', title: { en: 'Safety' }, itemIds: ['violence', 'safe-home'], precheck: [{ en: 'Is the client alone?' }] },
    ],
    items: [item('rent', 'money'), item('violence', 'safety'), item('safe-home', 'safety')],
  };
}

describe('pending pre-check', () => {
  it('is the section\'s pre-check at any of its fields, until confirmed on this page', () => {
    const state = createCoachState(pack(), 'en');
    expect(state.pendingPrecheck.value).toBeNull();
    // Unknown until the interview session has loaded.
    state.activeItemId.value = 'violence';
    expect(state.pendingPrecheck.value).toBeNull();
    state.session.value = newSession('t:1', 'p', 1);
    state.activeItemId.value = 'rent';
    expect(state.pendingPrecheck.value).toBeNull();
    state.activeItemId.value = 'safe-home';
    expect(state.pendingPrecheck.value?.id).toBe('safety');
    state.activeItemId.value = 'violence';
    expect(state.pendingPrecheck.value?.precheck).toEqual([{ en: 'Is the client alone?' }]);
    state.prechecksDone.value = new Set(['safety']);
    expect(state.pendingPrecheck.value).toBeNull();
  });

  it('stays confirmed for the interview: a session that recorded it shows none', () => {
    const state = createCoachState(pack(), 'en');
    state.activeItemId.value = 'violence';
    state.session.value = { ...newSession('t:1', 'p', 1), prechecked: ['safety'] };
    expect(state.pendingPrecheck.value).toBeNull();
    // A session stored before pre-checks existed has no list: the pre-check shows.
    const old = newSession('t:2', 'p', 1);
    delete old.prechecked;
    state.session.value = old;
    expect(state.pendingPrecheck.value?.id).toBe('safety');
  });
});
