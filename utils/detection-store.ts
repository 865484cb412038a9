/**
 * The per-tab detection report, merged from every frame's content script and kept
 * in `storage.session` under `detection:<tabId>` (gone when the browser closes).
 * Only item ids, match rules and label texts: never a field value.
 */
import { browser } from 'wxt/browser';
import type { FieldMatch, FrameDetection } from './messages';

export interface FrameReport extends FieldMatch {
  frameId: number;
  frameUrl: string;
}

export interface DetectionReport {
  packId: string;
  packVersion: string;
  updatedAt: number;
  /** Item id → where it was found (first frame wins; frame 0 is the top document). */
  found: Record<string, FrameReport>;
  /** Items of the pack found in no frame. Filled by `withMissing`. */
  missing: string[];
}

export const detectionKey = (tabId: number) => `detection:${tabId}`;

/** Merge one frame's findings into a tab's report. Pure, so it is unit-tested directly. */
export function mergeFrameDetection(
  previous: DetectionReport | undefined,
  frameId: number,
  detection: FrameDetection,
  allItemIds: string[],
  now = Date.now(),
): DetectionReport {
  const samePack =
    previous && previous.packId === detection.packId && previous.packVersion === detection.packVersion;
  const found: Record<string, FrameReport> = {};
  // Keep other frames' findings; this frame's latest report replaces its own.
  if (samePack) {
    for (const [itemId, report] of Object.entries(previous.found)) {
      if (report.frameId !== frameId) found[itemId] = report;
    }
  }
  for (const match of detection.matches) {
    const existing = found[match.itemId];
    if (!existing || frameId < existing.frameId) {
      found[match.itemId] = { ...match, frameId, frameUrl: detection.frameUrl };
    }
  }
  return {
    packId: detection.packId,
    packVersion: detection.packVersion,
    updatedAt: now,
    found,
    missing: allItemIds.filter((id) => !(id in found)),
  };
}

/**
 * Drop what one frame reported from the page at `frameUrl` (that page went away);
 * the other frames' findings, and a newer page of the same frame, stay.
 */
export function withdrawFrameDetection(
  previous: DetectionReport,
  frameId: number,
  frameUrl: string,
  allItemIds: string[],
  now = Date.now(),
): DetectionReport {
  const found: Record<string, FrameReport> = {};
  for (const [itemId, report] of Object.entries(previous.found)) {
    if (report.frameId !== frameId || report.frameUrl !== frameUrl) found[itemId] = report;
  }
  const ids = allItemIds.length > 0 ? allItemIds : [...Object.keys(previous.found), ...previous.missing];
  return { ...previous, updatedAt: now, found, missing: ids.filter((id) => !(id in found)) };
}

const queues = new Map<number, Promise<void>>();

/**
 * Read, change and write a tab's report, one change at a time per tab: frames
 * report concurrently, and two interleaved read-modify-writes would lose one.
 * `update` returns the new report, `null` to delete it, or `undefined` to leave it.
 */
export function updateDetection(
  tabId: number,
  update: (previous: DetectionReport | undefined) => DetectionReport | null | undefined | Promise<DetectionReport | null | undefined>,
): Promise<void> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(async () => {
    const next = await update(await readDetection(tabId));
    if (next === null) await clearDetection(tabId);
    else if (next !== undefined) await writeDetection(tabId, next);
  });
  const settled = run.catch(() => {});
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return run;
}

export async function readDetection(tabId: number): Promise<DetectionReport | undefined> {
  const key = detectionKey(tabId);
  const stored = await browser.storage.session.get(key);
  return stored[key] as DetectionReport | undefined;
}

export async function writeDetection(tabId: number, report: DetectionReport): Promise<void> {
  await browser.storage.session.set({ [detectionKey(tabId)]: report });
}

export async function clearDetection(tabId: number): Promise<void> {
  await browser.storage.session.remove(detectionKey(tabId));
}
