import type { Locator, Page } from 'playwright-core';
import { evaluateInExtensionWorld } from './detection-harness';
import { OVERLAY_HOST_IN_EXTENSION_WORLD } from './host-probes';

/**
 * The texts of an overlay locator's matches, one by one: `allTextContents` reads
 * from the page's own world, which cannot see into the overlay's closed root
 * (tests/e2e/support/closed-overlay.mjs shows it to Playwright's locators only).
 */
export async function overlayTexts(locator: Locator): Promise<string[]> {
  const texts: string[] = [];
  for (let i = 0, n = await locator.count(); i < n; i++) texts.push((await locator.nth(i).textContent()) ?? '');
  return texts;
}

/**
 * What has focus inside the overlay's closed root, as `tag[type].class`, or '' when
 * nothing there has it. Read in the content script's world, which alone can open
 * the root (`chrome.dom.openOrClosedShadowRoot`); the page's world sees `null`.
 */
export async function overlayFocus(page: Page): Promise<string> {
  const [found] = await evaluateInExtensionWorld(page, null, `(() => {
    const host = ${OVERLAY_HOST_IN_EXTENSION_WORLD};
    const el = host && chrome.dom.openOrClosedShadowRoot(host)?.activeElement;
    if (!el) return '';
    const type = el.getAttribute('type');
    const className = typeof el.className === 'string' && el.className ? '.' + el.className.split(' ')[0] : '';
    return el.tagName.toLowerCase() + (type ? '[' + type + ']' : '') + className;
  })()`);
  return found ?? '';
}
