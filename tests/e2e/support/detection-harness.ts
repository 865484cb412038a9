// Browser-test helpers for field detection: install packs through the extension's
// service worker, and look at what the content script found in each frame, with
// element identity, by evaluating in the extension's isolated world over CDP (the
// content script leaves `adviserCoachDetection` there; the page cannot see it).
import type { Frame, Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch-browser.mjs';
import type { CompiledPack } from '../../../rules/compiled-pack';

export const WORLD_NAME = 'Adviser Coach';

/**
 * Let the background finish its first-run work (installing the default packs,
 * once at start and again from onInstalled) before a test replaces the installed
 * packs, so they are not overwritten afterwards, or reads what the popup says of
 * them. Finished means: the defaults' record is written (rules/install-default-packs.ts
 * writes it after the packs) and nothing changed for 600 ms. The ceiling is wide: on a
 * loaded machine the first install took longer than the 4 s this once waited, and the
 * popup then said no pack was installed.
 */
export async function settleFirstRun(browser: ExtensionBrowser, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const now = await browser.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(['packs:defaults', 'packs:installed'])));
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    } else if (Date.now() - stableSince > 600 && now.includes('"packs:defaults"')) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Install exactly these packs (replacing any), and make sure they stay installed. */
export async function installPacks(browser: ExtensionBrowser, packs: CompiledPack[]): Promise<void> {
  const ids = packs.map((p) => p.id).join(',');
  for (let attempt = 0; attempt < 10; attempt++) {
    await browser.worker.evaluate(async (value) => {
      await chrome.storage.local.set({ 'packs:installed': value });
    }, packs);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stored = await browser.worker.evaluate(async () =>
      (((await chrome.storage.local.get('packs:installed'))['packs:installed'] ?? []) as { id: string }[]).map((p) => p.id).join(','),
    );
    if (stored === ids) return;
  }
  throw new Error(`could not install packs ${ids}`);
}

export interface ControlSnapshot {
  expect: string | null;
  /** data-stem: the stem item a row control also answers. */
  stem?: string | null;
  name: string | null;
  described: string;
  connected: boolean;
}

export interface MatchSnapshot {
  itemId: string;
  rule: string;
  matchedText: string;
  controls: ControlSnapshot[];
}

export interface FrameSnapshot {
  url: string;
  matches: MatchSnapshot[];
  /** data-expect item id → how many controls carry it (document, open and closed shadow roots). */
  expected: Record<string, number>;
  /** name → item id, for pages that cannot carry data-expect (the demo). */
  stats: { fields: number; roots: number; fullScans: number; incrementalPasses: number; lastPassFields: number; longestWorkMs: number };
}

// Runs in the isolated world; must be self-contained.
const SNAPSHOT = `(() => {
  const detection = globalThis.adviserCoachDetection;
  if (!detection) return null;
  const open = (el) => el.shadowRoot || (chrome.dom && chrome.dom.openOrClosedShadowRoot ? chrome.dom.openOrClosedShadowRoot(el) : null);
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i].querySelectorAll('*')) {
      if (el.localName === 'div' && !el.shadowRoot && el.parentElement === document.documentElement) continue; // the overlay
      let root = null;
      try { root = open(el); } catch (e) {}
      if (root) roots.push(root);
    }
  }
  const expected = {};
  for (const root of roots) for (const el of root.querySelectorAll('[data-expect],[data-stem]')) {
    for (const id of [el.getAttribute('data-expect'), el.getAttribute('data-stem')]) if (id) expected[id] = (expected[id] || 0) + 1;
  }
  const describe = (el) => {
    let out = el.localName;
    if (el.id) out += '#' + el.id; else if (el.getAttribute('name')) out += '[name="' + el.getAttribute('name') + '"]';
    else if (el.getAttribute('role')) out += '[role=' + el.getAttribute('role') + ']';
    const root = el.getRootNode();
    if (root !== document && root.host) out += ' in <' + root.host.localName + '>';
    return out;
  };
  const matches = detection.detector.matches().map((m) => ({
    itemId: m.itemId, rule: m.rule, matchedText: m.matchedText,
    controls: m.controls.map((c) => ({ expect: c.getAttribute('data-expect'), stem: c.getAttribute('data-stem'), name: c.getAttribute('name'), described: describe(c), connected: c.isConnected })),
  }));
  return JSON.stringify({ url: location.href, matches, expected, stats: detection.detector.stats() });
})()`;

async function evaluateInWorld(page: Page, frame: Frame | null): Promise<FrameSnapshot[]> {
  return (await evaluateInExtensionWorld(page, frame, SNAPSHOT)).map((value) => JSON.parse(value) as FrameSnapshot);
}

/**
 * Evaluate `expression` (self-contained, returning a string or null) in the content
 * script's isolated world of each frame of `page` in one process (`frame`: an
 * out-of-process frame's). Where the overlay's closed shadow root is open to read
 * (`chrome.dom.openOrClosedShadowRoot`).
 */
export async function evaluateInExtensionWorld(page: Page, frame: Frame | null, expression: string): Promise<string[]> {
  const session = await page.context().newCDPSession(frame ?? page);
  const contexts: { id: number; name: string; frameId?: string }[] = [];
  session.on('Runtime.executionContextCreated', (event) => {
    const context = event.context as { id: number; name: string; auxData?: { frameId?: string } };
    contexts.push({ id: context.id, name: context.name, frameId: context.auxData?.frameId });
  });
  session.on('Runtime.executionContextDestroyed', (event) => {
    const index = contexts.findIndex((c) => c.id === event.executionContextId);
    if (index >= 0) contexts.splice(index, 1);
  });
  try {
    await session.send('Runtime.enable');
    const out: string[] = [];
    for (const context of contexts.filter((c) => c.name === WORLD_NAME)) {
      try {
        const result = await session.send('Runtime.evaluate', { contextId: context.id, expression, returnByValue: true });
        const value = result.result.value as string | null | undefined;
        if (value) out.push(value);
      } catch {
        // the frame navigated meanwhile
      }
    }
    return out;
  } finally {
    await session.detach().catch(() => {});
  }
}

/** What the content script found right now, per frame (top document first). */
export async function detectionSnapshots(page: Page): Promise<FrameSnapshot[]> {
  const snapshots = await evaluateInWorld(page, null);
  // Cross-origin frames run in their own process, with their own CDP target.
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    try {
      snapshots.push(...(await evaluateInWorld(page, frame)));
    } catch {
      // not an out-of-process frame: already covered by the page's session
    }
  }
  return snapshots;
}

/**
 * Every match's controls carry data-expect equal to its item (or, with `byName`,
 * a name starting with the item's prefix), every marked control is matched, and
 * no other control is. Returns the problems found (empty when exact).
 */
export function detectionProblems(snapshots: FrameSnapshot[], options: { byName?: Record<string, string> } = {}): string[] {
  const problems: string[] = [];
  for (const frame of snapshots) {
    const where = new URL(frame.url).pathname || frame.url;
    const expected: Record<string, number> = { ...frame.expected };
    if (options.byName) for (const key of Object.keys(expected)) delete expected[key];
    const matched = new Set<string>();
    for (const match of frame.matches) {
      matched.add(match.itemId);
      for (const control of match.controls) {
        const ok = options.byName
          ? !!control.name && control.name.startsWith(options.byName[match.itemId] ?? '\u0000')
          : control.expect === match.itemId || control.stem === match.itemId;
        if (!ok) problems.push(`${where}: ${match.itemId} (${match.rule}, "${match.matchedText}") matched ${control.described}, expected ${control.expect ?? 'no item'}`);
        if (!control.connected) problems.push(`${where}: ${match.itemId} holds a control no longer in the page`);
      }
      const want = options.byName ? undefined : expected[match.itemId];
      if (want !== undefined && want !== match.controls.length) {
        problems.push(`${where}: ${match.itemId} matched ${match.controls.length} controls, expected ${want}: ${match.controls.map((c) => c.described).join(', ')}`);
      }
    }
    for (const itemId of Object.keys(expected)) if (!matched.has(itemId)) problems.push(`${where}: ${itemId} not found`);
  }
  return problems;
}

/** Poll until `ready(snapshots)` holds (or the time is up), returning the last snapshots. */
export async function waitForSnapshots(
  page: Page,
  ready: (snapshots: FrameSnapshot[]) => boolean,
  timeoutMs = 8000,
): Promise<FrameSnapshot[]> {
  const deadline = Date.now() + timeoutMs;
  let snapshots: FrameSnapshot[] = [];
  while (Date.now() < deadline) {
    snapshots = await detectionSnapshots(page);
    if (ready(snapshots)) return snapshots;
    await page.waitForTimeout(100);
  }
  return snapshots;
}

/**
 * Snapshots in which detection has settled with no problems and the `require`d
 * items are found (or the last ones, to report what is wrong).
 */
export function waitForExactDetection(
  page: Page,
  frames = 1,
  options: { byName?: Record<string, string>; require?: string[]; timeoutMs?: number } = {},
) {
  return waitForSnapshots(
    page,
    (snapshots) =>
      snapshots.length >= frames &&
      detectionProblems(snapshots, options).length === 0 &&
      (options.require ?? []).every((id) => snapshots.some((s) => s.matches.some((m) => m.itemId === id))),
    options.timeoutMs,
  );
}
