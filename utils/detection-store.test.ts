import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergeFrameDetection, readDetection, updateDetection, withdrawFrameDetection } from './detection-store';
import type { FrameDetection } from './messages';

const ITEMS = ['a', 'b', 'c', 'd'];
const frame = (frameUrl: string, ...itemIds: string[]): FrameDetection => ({
  packId: 'p',
  packVersion: '1.0.0',
  frameUrl,
  matches: itemIds.map((itemId) => ({ itemId, rule: 'label-exact', matchedText: itemId.toUpperCase() })),
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the per-tab detection report', () => {
  it('merges frames: each frame replaces its own findings, the top frame wins an item found twice, the rest is missing', () => {
    let report = mergeFrameDetection(undefined, 3, frame('https://x/frame', 'b', 'c'), ITEMS, 1);
    report = mergeFrameDetection(report, 0, frame('https://x/top', 'a', 'b'), ITEMS, 2);
    expect(Object.keys(report.found).sort()).toEqual(['a', 'b', 'c']);
    expect(report.found.b).toMatchObject({ frameId: 0, frameUrl: 'https://x/top' });
    expect(report.missing).toEqual(['d']);
    // The frame reports again (its page changed): only its latest findings count.
    report = mergeFrameDetection(report, 3, frame('https://x/frame', 'd'), ITEMS, 3);
    expect(Object.keys(report.found).sort()).toEqual(['a', 'b', 'd']);
    expect(report.missing).toEqual(['c']);
  });

  it('forgets a frame whose page went away', () => {
    let report = mergeFrameDetection(undefined, 0, frame('https://x/top', 'a'), ITEMS, 1);
    report = mergeFrameDetection(report, 5, frame('https://x/frame', 'b', 'c'), ITEMS, 2);
    report = withdrawFrameDetection(report, 5, 'https://x/other', ITEMS, 3);
    expect(Object.keys(report.found).sort()).toEqual(['a', 'b', 'c']); // another page of that frame: kept
    report = withdrawFrameDetection(report, 5, 'https://x/frame', ITEMS, 4);
    expect(Object.keys(report.found)).toEqual(['a']);
    expect(report.missing).toEqual(['b', 'c', 'd']);
  });

  it('a report for another pack (or version) starts over', () => {
    const first = mergeFrameDetection(undefined, 0, frame('https://x/top', 'a'), ITEMS, 1);
    const other = mergeFrameDetection(first, 2, { ...frame('https://x/f', 'b'), packVersion: '2.0.0' }, ITEMS, 2);
    expect(Object.keys(other.found)).toEqual(['b']);
  });

  it('keeps concurrent updates of one tab from overwriting each other', async () => {
    await Promise.all(
      [0, 1, 2, 3].map((frameId) =>
        updateDetection(7, async (previous) => {
          await new Promise((resolve) => setTimeout(resolve, 5 - frameId));
          return mergeFrameDetection(previous, frameId, frame(`https://x/${frameId}`, ITEMS[frameId] as string), ITEMS);
        }),
      ),
    );
    const report = await readDetection(7);
    expect(Object.keys(report?.found ?? {}).sort()).toEqual(ITEMS);
    await updateDetection(7, () => null);
    expect(await readDetection(7)).toBeUndefined();
  });
});
