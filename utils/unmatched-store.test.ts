import { describe, expect, it } from 'vitest';
import { forgetUnmatched, mergeUnmatched, recordUnmatched, unmatchedInTab, withdrawUnmatched, type FrameUnmatched } from './unmatched-store';

const frame = (frameId: number, frameUrl: string, labels: string[], total = labels.length, packId = 'p'): FrameUnmatched => ({
  frameId,
  frameUrl,
  packId,
  total,
  questions: labels.map((label) => ({ label, kind: 'text', options: [] })),
});
const labels = (tabId: number) => unmatchedInTab(tabId)?.questions.map((q) => q.label);

describe("a tab's unmatched questions, kept in the background's memory", () => {
  it('merges the frames, the top frame first, with the total of all and the first 50 listed', () => {
    const merged = mergeUnmatched([frame(4, 'https://x/f', ['c'], 30), frame(0, 'https://x/', Array.from({ length: 50 }, (_, i) => `q${i}`), 70)]);
    expect(merged?.total).toBe(100);
    expect(merged?.questions).toHaveLength(50);
    expect(merged?.questions[0]?.label).toBe('q0');
    expect(mergeUnmatched([])).toBeUndefined();
  });

  it("replaces a frame's list with its latest, drops it when its page goes, and forgets the tab", () => {
    recordUnmatched(7, frame(0, 'https://x/', ['a']));
    recordUnmatched(7, frame(3, 'https://x/f', ['b']));
    recordUnmatched(7, frame(0, 'https://x/', ['a2']));
    expect(labels(7)).toEqual(['a2', 'b']);
    withdrawUnmatched(7, 3, 'https://x/other');
    expect(labels(7)).toEqual(['a2', 'b']);
    withdrawUnmatched(7, 3, 'https://x/f');
    expect(labels(7)).toEqual(['a2']);
    // A list against another pack replaces the lists against the old one.
    recordUnmatched(7, frame(3, 'https://x/f', ['new'], 1, 'other'));
    expect(unmatchedInTab(7)).toMatchObject({ packId: 'other', total: 1 });
    expect(labels(7)).toEqual(['new']);
    recordUnmatched(8, frame(0, 'https://y/', ['kept']));
    forgetUnmatched(7);
    expect(unmatchedInTab(7)).toBeUndefined();
    expect(labels(8)).toEqual(['kept']);
  });
});
