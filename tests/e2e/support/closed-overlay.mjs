import { selectors } from 'playwright-core';

// The overlay lives in a closed shadow root: the host page (and Playwright's
// locators, which read `element.shadowRoot`) cannot see into it. The DevTools
// protocol can. For the tests' locators only, this hands the closed root to
// Playwright's own isolated world (`__playwright_utility_world_…`, where its
// selectors run) as that world's `shadowRoot` of the overlay element. The page's
// main world and the extension's world are untouched: a page script still reads
// `shadowRoot === null` (tests/e2e/overlay-privacy.e2e.ts checks exactly that).

const UTILITY_WORLD = '__playwright_utility_world_';
/**
 * The overlay's element is a plain `<div>` (a child of `<html>`, or of an open modal dialog
 * while one is open) with a closed root: the candidates not exposed yet, whose root the
 * protocol then shows as closed.
 */
const CANDIDATES = `(() => [...document.querySelectorAll(':root > div, dialog > div')]
  .filter((el) => el.shadowRoot === null && !Object.getOwnPropertyDescriptor(el, 'shadowRoot')))()`;
const EXPOSE = 'function (root) { Object.defineProperty(this, "shadowRoot", { get: () => root, configurable: true }); }';

/** The Playwright selector engine name for the overlay's element: `page.locator('coach-overlay=host >> .card')`. */
export const OVERLAY_ENGINE = 'coach-overlay';

/**
 * Finds, in Playwright's utility world, the element `pierceClosedOverlay` exposed; the
 * CSS engine then reads inside it through that world's `shadowRoot`.
 */
const overlayEngine = () => ({
  queryAll(/** @type {Element | Document} */ root) {
    const doc = root.ownerDocument ?? root;
    return [...doc.querySelectorAll(':root > div, dialog > div')].filter(
      (el) => Object.getOwnPropertyDescriptor(el, 'shadowRoot') && (root === doc || root.contains(el)),
    );
  },
  query(/** @type {Element | Document} */ root) {
    return this.queryAll(root)[0] ?? null;
  },
});

let engineRegistered = false;
/** Register the `coach-overlay=` selector engine once per process (before contexts are made). */
export async function registerOverlayEngine() {
  if (engineRegistered) return;
  engineRegistered = true;
  await selectors.register(OVERLAY_ENGINE, overlayEngine, { contentScript: true });
}

/**
 * Keep every page of `context` (now and later) showing the overlay's closed root to Playwright's locators.
 * @param {import('playwright-core').BrowserContext} context
 */
export function pierceClosedOverlay(context) {
  for (const page of context.pages()) void follow(page);
  context.on('page', (page) => void follow(page));
}

/** @param {import('playwright-core').Page} page */
async function follow(page) {
  // A cross-origin frame runs in a process (and protocol target) of its own.
  const followed = new WeakSet();
  const followFrame = (/** @type {import('playwright-core').Frame} */ frame) => {
    if (frame === page.mainFrame() || followed.has(frame)) return;
    followed.add(frame);
    // Not (yet) out of process: its parent's session covers it; asked again when it navigates.
    void followTarget(page, frame).then((attached) => attached || followed.delete(frame));
  };
  page.on('frameattached', followFrame);
  page.on('framenavigated', followFrame);
  await followTarget(page, page);
}

/**
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Page | import('playwright-core').Frame} target
 * @returns {Promise<boolean>} whether the target had a session of its own
 */
async function followTarget(page, target) {
  let cdp;
  try {
    cdp = await page.context().newCDPSession(target);
  } catch {
    return false; // closed already, or a frame in its parent's process
  }
  /** @type {Set<number>} */
  const worlds = new Set();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.name.startsWith(UTILITY_WORLD)) worlds.add(context.id);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => worlds.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  try {
    await cdp.send('Runtime.enable');
    while (!page.isClosed() && ('isDetached' in target ? !target.isDetached() : true)) {
      for (const contextId of [...worlds]) await expose(cdp, contextId).catch(() => worlds.delete(contextId));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } catch {
    // the page closed
  }
  await cdp.detach().catch(() => {});
  return true;
}

/** @param {import('playwright-core').CDPSession} cdp @param {number} contextId */
async function expose(cdp, contextId) {
  const { result } = await cdp.send('Runtime.evaluate', { contextId, expression: CANDIDATES });
  if (!result.objectId) return;
  const { result: items } = await cdp.send('Runtime.getProperties', { objectId: result.objectId, ownProperties: true });
  for (const item of items) {
    const objectId = /^\d+$/.test(item.name) ? item.value?.objectId : undefined;
    if (!objectId) continue;
    const { node } = await cdp.send('DOM.describeNode', { objectId, depth: 1, pierce: true });
    const root = node.shadowRoots?.find((r) => r.shadowRootType === 'closed');
    if (!root) continue;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId, executionContextId: contextId });
    await cdp.send('Runtime.callFunctionOn', { objectId, functionDeclaration: EXPOSE, arguments: [{ objectId: object.objectId }] });
  }
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId }).catch(() => {});
}
