/**
 * The background's side of "the page shows case X": turn the identifier into a
 * case key and remember it for the tab. The identifier itself is used here, in
 * memory, and never stored or logged.
 */
import { browser, type Browser } from 'wxt/browser';
import { caseKeyFor } from '../crypto/case-key';
import { installSecret } from '../crypto/install-secret';
import { caseKeyOfTab, caseMetaOfTab, type CaseMeta } from './tab-keys';

export interface CaseReport {
  /** The case key of what the frame shows, or null when it shows none. */
  caseKey: string | null;
  packId: string;
  frameId: number;
  now: number;
}

export interface TabCase {
  caseKey?: string;
  meta?: CaseMeta;
}

export type CaseUpdate = { action: 'set'; caseKey: string; meta: CaseMeta } | { action: 'clear' } | { action: 'keep' };

/**
 * Pure: what one frame's report does to the tab's case. A frame that shows no
 * case clears only a case it reported itself: an iframe without the header must
 * not wipe the case the top frame shows.
 */
export function nextTabCase(current: TabCase, report: CaseReport): CaseUpdate {
  if (report.caseKey !== null) {
    if (current.caseKey === report.caseKey && current.meta?.frameId === report.frameId) return { action: 'keep' };
    const since = current.caseKey === report.caseKey && current.meta ? current.meta.since : report.now;
    return { action: 'set', caseKey: report.caseKey, meta: { packId: report.packId, frameId: report.frameId, since } };
  }
  if (current.caseKey !== undefined && current.meta?.frameId === report.frameId) return { action: 'clear' };
  return { action: 'keep' };
}

/** The origin that showed the identifier: case 123 of one case system is not case 123 of another. */
export function reportingOrigin(sender: Browser.runtime.MessageSender): string {
  const withOrigin = sender as Browser.runtime.MessageSender & { origin?: string };
  if (withOrigin.origin) return withOrigin.origin;
  try {
    return sender.url ? new URL(sender.url).origin : '';
  } catch {
    return '';
  }
}

// Frames of one tab report at once; one read-modify-write at a time per tab.
const queues = new Map<number, Promise<unknown>>();

/** Handler for the `case:identified` message. */
export function onCaseIdentified(
  request: { caseIdentifier: string | null; packId: string },
  sender: Browser.runtime.MessageSender,
): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return Promise.resolve();
  const run = async () => {
    const identifier = typeof request.caseIdentifier === 'string' ? request.caseIdentifier : '';
    const caseKey = identifier ? await caseKeyFor(await installSecret(), reportingOrigin(sender), identifier) : null;
    const stored = await browser.storage.session.get([caseKeyOfTab(tabId), caseMetaOfTab(tabId)]);
    const update = nextTabCase(
      { caseKey: stored[caseKeyOfTab(tabId)] as string | undefined, meta: stored[caseMetaOfTab(tabId)] as CaseMeta | undefined },
      { caseKey, packId: request.packId, frameId: sender.frameId ?? 0, now: Date.now() },
    );
    if (update.action === 'set') {
      await browser.storage.session.set({ [caseKeyOfTab(tabId)]: update.caseKey, [caseMetaOfTab(tabId)]: update.meta });
    } else if (update.action === 'clear') {
      await browser.storage.session.remove([caseKeyOfTab(tabId), caseMetaOfTab(tabId)]);
    }
  };
  const result = (queues.get(tabId) ?? Promise.resolve()).then(run, run);
  queues.set(tabId, result.catch(() => undefined));
  return result;
}

/** A new page in the tab's top frame: its case is whatever the new page reports. */
export async function forgetTabCase(tabId: number): Promise<void> {
  await browser.storage.session.remove([caseKeyOfTab(tabId), caseMetaOfTab(tabId)]);
}
