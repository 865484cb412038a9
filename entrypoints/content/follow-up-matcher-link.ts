/**
 * The follow-up matcher for this frame. The content script is built without it (most of its weight,
 * needed only where a pack applies): the background injects entrypoints/follow-up-matcher.ts into
 * this frame on request, into this isolated world, from the extension's own files (no network, no
 * web-accessible resource, nothing the page can reach).
 *
 * A service worker that is stopped or stops halfway is woken by the next message: a few tries, a
 * little apart; after them the caller asks again later (the coach does at the next answer).
 */
import type { FollowUpMatcher } from '../../rules/follow-up-matcher';
import { placedFollowUpMatcher } from '../../utils/follow-up-matcher-slot';
import { sendMessage } from '../../utils/messages';

/** Pauses before each try, in ms: at once, then a little apart. */
const TRIES_AFTER_MS = [0, 250, 1000, 3000];

let delivering: Promise<FollowUpMatcher> | null = null;

async function deliver(): Promise<FollowUpMatcher> {
  let lastError: unknown = new Error('the follow-up matcher was not delivered');
  for (const pause of TRIES_AFTER_MS) {
    if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
    const placed = placedFollowUpMatcher();
    if (placed) return placed;
    try {
      await sendMessage('follow-ups:matcher', {});
    } catch (error) {
      lastError = error;
      continue;
    }
    const delivered = placedFollowUpMatcher();
    if (delivered) return delivered;
  }
  throw lastError;
}

/**
 * Resolves to the matcher once it is in this frame (at once when it is already); rejects when the
 * background could not deliver it after a few tries. Every caller in the frame shares one request.
 */
export function deliveredFollowUpMatcher(): Promise<FollowUpMatcher> {
  const placed = placedFollowUpMatcher();
  if (placed) return Promise.resolve(placed);
  delivering ??= deliver().finally(() => {
    delivering = null;
  });
  return delivering;
}
