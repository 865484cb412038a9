/**
 * The background's memory of each tab's unmatched questions (fields that look like
 * questions and match no pack item), per frame. Host page text: kept in memory only,
 * never in storage, and dropped when the tab's page or the tab goes, or the
 * background stops (the popup then asks the tab's frames to report again).
 */
import { MAX_LISTED_UNMATCHED, type UnmatchedQuestions } from '../rules/question-like';
import type { TabUnmatched } from './messages';

export interface FrameUnmatched extends UnmatchedQuestions {
  frameId: number;
  frameUrl: string;
  packId: string;
}

/**
 * One frame's latest list into a tab's: it replaces that frame's earlier one; a list for
 * another pack than the others' replaces them all (they matched against the old pack). Pure.
 */
export function withFrameUnmatched(frames: readonly FrameUnmatched[], next: FrameUnmatched): FrameUnmatched[] {
  return [...frames.filter((frame) => frame.frameId !== next.frameId && frame.packId === next.packId), next];
}

/**
 * The tab's list from its frames': the top frame's first, then the others' by frame id; the
 * first `limit` questions and the total of all. Undefined when no frame reported. Pure.
 */
export function mergeUnmatched(frames: readonly FrameUnmatched[], limit = MAX_LISTED_UNMATCHED): TabUnmatched | undefined {
  const first = frames[0];
  if (!first) return undefined;
  const ordered = [...frames].sort((a, b) => a.frameId - b.frameId);
  return {
    packId: first.packId,
    total: ordered.reduce((sum, frame) => sum + frame.total, 0),
    questions: ordered.flatMap((frame) => frame.questions).slice(0, limit),
  };
}

const byTab = new Map<number, FrameUnmatched[]>();

export function recordUnmatched(tabId: number, frame: FrameUnmatched): void {
  byTab.set(tabId, withFrameUnmatched(byTab.get(tabId) ?? [], frame));
}

/** A frame's page at `frameUrl` went away: its list goes too (a newer page of the frame stays). */
export function withdrawUnmatched(tabId: number, frameId: number, frameUrl: string): void {
  const frames = byTab.get(tabId);
  if (!frames) return;
  const left = frames.filter((frame) => frame.frameId !== frameId || frame.frameUrl !== frameUrl);
  if (left.length > 0) byTab.set(tabId, left);
  else byTab.delete(tabId);
}

export function forgetUnmatched(tabId: number): void {
  byTab.delete(tabId);
}

export function unmatchedInTab(tabId: number): TabUnmatched | undefined {
  return mergeUnmatched(byTab.get(tabId) ?? []);
}
