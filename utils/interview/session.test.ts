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

  it('keeps an offered follow-up open until acknowledged, with the next steps ticked as a checklist', () => {
    let s = applySessionEvent(start, { kind: 'follow-up-offered', itemId: 'psy', followUpId: 'f1' }, 2);
    s = applySessionEvent(s, { kind: 'follow-up-offered', itemId: 'psy', followUpId: 'f1' }, 3);
    expect(openFollowUps(s)).toHaveLength(1);
    // Several steps may be done, in any order; unticking one takes it off again.
    s = applySessionEvent(s, { kind: 'follow-up-step', itemId: 'psy', followUpId: 'f1', step: 2, done: true }, 4);
    s = applySessionEvent(s, { kind: 'follow-up-step', itemId: 'psy', followUpId: 'f1', step: 0, done: true }, 4);
    s = applySessionEvent(s, { kind: 'follow-up-step', itemId: 'psy', followUpId: 'f1', step: 1, done: true }, 4);
    expect(applySessionEvent(s, { kind: 'follow-up-step', itemId: 'psy', followUpId: 'f1', step: 1, done: true }, 5)).toBe(s);
    s = applySessionEvent(s, { kind: 'follow-up-step', itemId: 'psy', followUpId: 'f1', step: 1, done: false }, 4);
    expect(openFollowUps(s)[0]?.stepsDone).toEqual([0, 2]);
    s = applySessionEvent(s, { kind: 'follow-up-acknowledged', itemId: 'psy', followUpId: 'f1' }, 4);
    expect(openFollowUps(s)).toHaveLength(0);
    expect(s.followUps).toEqual([{ itemId: 'psy', followUpId: 'f1', raisedAt: 2, offeredAt: 2, acknowledgedAt: 4, stepsDone: [0, 2] }]);
    // A step ticked after acknowledging is kept on that record.
    s = applySessionEvent(s, { kind: 'follow-up-step', itemId: 'psy', followUpId: 'f1', step: 3, done: true }, 5);
    expect(s.followUps[0]?.stepsDone).toEqual([0, 2, 3]);
    // Offered again later (a new answer): a new record.
    s = applySessionEvent(s, { kind: 'follow-up-offered', itemId: 'psy', followUpId: 'f1' }, 5);
    expect(openFollowUps(s)).toHaveLength(1);
  });

  it('keeps a raised follow-up waiting before it was seen, and records it as offered only when seen', () => {
    let s = applySessionEvent(start, { kind: 'follow-up-raised', itemId: 'psy', followUpId: 'f1', checkIn: true }, 2);
    expect(openFollowUps(s)).toEqual([{ itemId: 'psy', followUpId: 'f1', raisedAt: 2, checkIn: true }]);
    expect(applySessionEvent(s, { kind: 'follow-up-raised', itemId: 'psy', followUpId: 'f1', checkIn: true }, 3)).toBe(s);
    // The answer became a real disclosure before the card was seen: raised to its severity, still unseen.
    s = applySessionEvent(s, { kind: 'follow-up-raised', itemId: 'psy', followUpId: 'f1' }, 3);
    expect(openFollowUps(s)).toEqual([{ itemId: 'psy', followUpId: 'f1', raisedAt: 2 }]);
    s = applySessionEvent(s, { kind: 'follow-up-offered', itemId: 'psy', followUpId: 'f1' }, 4);
    expect(openFollowUps(s)).toEqual([{ itemId: 'psy', followUpId: 'f1', raisedAt: 2, offeredAt: 4 }]);
    // Seen again, or raised again after being seen: nothing changes.
    expect(applySessionEvent(s, { kind: 'follow-up-offered', itemId: 'psy', followUpId: 'f1' }, 5)).toBe(s);
    expect(applySessionEvent(s, { kind: 'follow-up-raised', itemId: 'psy', followUpId: 'f1' }, 5)).toBe(s);
  });

  it('counts a follow-up whose step was ticked or that was acknowledged as seen, even before the look for it on screen', () => {
    let s = applySessionEvent(start, { kind: 'follow-up-raised', itemId: 'psy', followUpId: 'f1' }, 2);
    s = applySessionEvent(s, { kind: 'follow-up-step', itemId: 'psy', followUpId: 'f1', step: 0, done: true }, 3);
    expect(s.followUps).toEqual([{ itemId: 'psy', followUpId: 'f1', raisedAt: 2, offeredAt: 3, stepsDone: [0] }]);
    s = applySessionEvent(start, { kind: 'follow-up-raised', itemId: 'psy', followUpId: 'f1' }, 2);
    s = applySessionEvent(s, { kind: 'follow-up-acknowledged', itemId: 'psy', followUpId: 'f1' }, 4);
    expect(s.followUps).toEqual([{ itemId: 'psy', followUpId: 'f1', raisedAt: 2, offeredAt: 4, acknowledgedAt: 4 }]);
  });

  it('records a confirmed pre-check once per section, also in a session stored before pre-checks existed', () => {
    const old = { ...start };
    delete old.prechecked;
    let s = applySessionEvent(old, { kind: 'precheck-done', sectionId: 'safety' }, 2);
    expect(s.prechecked).toEqual(['safety']);
    expect(applySessionEvent(s, { kind: 'precheck-done', sectionId: 'safety' }, 3)).toBe(s);
    s = applySessionEvent(s, { kind: 'precheck-done', sectionId: 'health' }, 3);
    expect(s.prechecked).toEqual(['safety', 'health']);
  });

  it('never holds anything but ids, times and step numbers', () => {
    let s = applySessionEvent(start, { kind: 'follow-up-acknowledged', itemId: 'x', followUpId: 'y' }, 2);
    s = applySessionEvent(s, { kind: 'follow-up-step', itemId: 'x', followUpId: 'y', step: 1, done: true }, 2);
    s = applySessionEvent(s, { kind: 'answered', itemId: 'x', answered: true }, 3);
    s = applySessionEvent(s, { kind: 'follow-up-raised', itemId: 'x', followUpId: 'y' }, 3);
    s = applySessionEvent(s, { kind: 'precheck-done', sectionId: 'z' }, 3);
    const values = JSON.stringify(s).match(/"[^"]*"/g) ?? [];
    const allowed = new Set(['"key"', '"c:abc"', '"packId"', '"pack"', '"startedAt"', '"updatedAt"', '"seen"', '"answered"', '"followUps"', '"itemId"', '"x"', '"followUpId"', '"y"', '"raisedAt"', '"offeredAt"', '"acknowledgedAt"', '"stepsDone"', '"prechecked"', '"z"']);
    expect(values.filter((v) => !allowed.has(v))).toEqual([]);
  });
});
