/**
 * The background's half of delivering the follow-up matcher (entrypoints/follow-up-matcher.ts) to a
 * content script that asks for it: injected into the asking frame only, into the content script's
 * isolated world, from the extension's own file. Never into an extension page, never on a page's word.
 */
import { browser, type Browser } from 'wxt/browser';

/** The built matcher script (WXT writes an unlisted script at the output's root). */
export const FOLLOW_UP_MATCHER_FILE = '/follow-up-matcher.js';

/**
 * Runs the matcher script in the sender's frame; resolves once it ran there.
 * @throws when the sender is no content script in a tab, or the browser refuses the injection
 */
export async function deliverFollowUpMatcher(sender: Browser.runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || frameId === undefined) throw new Error('the follow-up matcher goes to a content script only');
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: [FOLLOW_UP_MATCHER_FILE],
    // The content script asks once the document is parsed: run now, not at idle (after every image).
    injectImmediately: true,
  });
}
