import { describe, expect, it } from 'vitest';
import { applySessionEvent, newSession, openFollowUps } from './session';

describe('interview session', () => {
  const start = newSession('c:abc', 'pack', 1);

  it('records items seen and answered without duplicates, and un-answers a cleared field', () => {
    let s = applySessionEvent(start, { kind: 'seen', itemIds: ['a', 'b'] }, 2);
    s = applySessionEvent(s, { kind: 'seen', itemIds: ['b', 'c'] }, 3);
    expect(s.seen).toEqual(['a', 'b', 'c']);
    s = applySessionEvent(s, { kind: 'answered', itemId: 'a', answered: true }, 4);
    expect(s.answered).toEqual(['a']);
    expect(applySessionEvent(s, { kind: 'answered', itemId: 'a', answered: true }, 5)).toBe(s);
    s = applySessionEvent(s, { kind: 'answered', itemId: 'a', answered: false }, 6);
    expect(s.answered).toEqual([]);
    expect(s.updatedAt).toBe(6);
  });

  it('keeps an offered follow-up open until acknowledged, with the chosen next step', () => {
    let s = applySessionEvent(start, { kind: 'follow-up-offered', itemId: 'psy', followUpId: 'f1' }, 2);
    s = applySessionEvent(s, { kind: 'follow-up-offered', itemId: 'psy', followUpId: 'f1' }, 3);
    expect(openFollowUps(s)).toHaveLength(1);
    s = applySessionEvent(s, { kind: 'follow-up-acknowledged', itemId: 'psy', followUpId: 'f1', nextStep: 1 }, 4);
    expect(openFollowUps(s)).toHaveLength(0);
    expect(s.followUps).toEqual([{ itemId: 'psy', followUpId: 'f1', offeredAt: 2, acknowledgedAt: 4, nextStep: 1 }]);
    // Offered again later (a new answer): a new record.
    s = applySessionEvent(s, { kind: 'follow-up-offered', itemId: 'psy', followUpId: 'f1' }, 5);
    expect(openFollowUps(s)).toHaveLength(1);
  });

  it('never holds anything but ids, times and step numbers', () => {
    let s = applySessionEvent(start, { kind: 'follow-up-acknowledged', itemId: 'x', followUpId: 'y', nextStep: null }, 2);
    s = applySessionEvent(s, { kind: 'answered', itemId: 'x', answered: true }, 3);
    const values = JSON.stringify(s).match(/"[^"]*"/g) ?? [];
    const allowed = new Set(['"key"', '"c:abc"', '"packId"', '"pack"', '"startedAt"', '"updatedAt"', '"seen"', '"answered"', '"followUps"', '"itemId"', '"x"', '"followUpId"', '"y"', '"offeredAt"', '"acknowledgedAt"', '"nextStep"']);
    expect(values.filter((v) => !allowed.has(v))).toEqual([]);
  });
});
