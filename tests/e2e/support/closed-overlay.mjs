// The overlay lives in a closed shadow root: the host page (and Playwright's
// locators, which read `element.shadowRoot`) cannot see into it. The DevTools
// protocol can. For the tests' locators only, this hands the closed root to
// Playwright's own isolated world (`__playwright_utility_world_…`, where its
// selectors run) as that world's `shadowRoot` of the overlay element. The page's
// main world and the extension's world are untouched: a page script still reads
// `shadowRoot === null` (tests/e2e/overlay-privacy.e2e.ts checks exactly that).

const UTILITY_WORLD = '__playwright_utility_world_';
const UNSEEN_HOST = `(() => {
  const host = document.querySelector('adviser-coach-overlay');
  return host && !Object.getOwnPropertyDescriptor(host, 'shadowRoot') ? host : null;
})()`;
const EXPOSE = 'function (root) { Object.defineProperty(this, "shadowRoot", { get: () => root, configurable: true }); }';

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
  const { result } = await cdp.send('Runtime.evaluate', { contextId, expression: UNSEEN_HOST });
  if (!result.objectId) return;
  const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, depth: 1, pierce: true });
  const root = node.shadowRoots?.[0];
  if (!root) return;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId, executionContextId: contextId });
  await cdp.send('Runtime.callFunctionOn', { objectId: result.objectId, functionDeclaration: EXPOSE, arguments: [{ objectId: object.objectId }] });
}
