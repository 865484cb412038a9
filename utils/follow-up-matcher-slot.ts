/**
 * Where the follow-up matcher waits in a frame's isolated world (the content script's, never the
 * page's): entrypoints/follow-up-matcher.ts, injected by the background, puts it here, and the
 * content script of the same frame takes it (entrypoints/content/follow-up-matcher-link.ts).
 *
 * Each carries the compiler stamp of its build: after an update the frame may still hold the old
 * version's matcher, which must not judge packs the new compiler made.
 */
import type { FollowUpMatcher } from '../rules/follow-up-matcher';
import { COMPILER_STAMP } from '../rules/compiler-stamp';

const SLOT = Symbol.for('adviser-coach.follow-up-matcher');

interface Placed {
  compiler: string;
  matcher: FollowUpMatcher;
}

const scope = globalThis as { [SLOT]?: Placed };

/** Called by the injected matcher script. */
export function placeFollowUpMatcher(matcher: FollowUpMatcher): void {
  scope[SLOT] = { compiler: COMPILER_STAMP, matcher };
}

/** The matcher of this build in this frame, or undefined while none was delivered. */
export function placedFollowUpMatcher(): FollowUpMatcher | undefined {
  const placed = scope[SLOT];
  return placed?.compiler === COMPILER_STAMP ? placed.matcher : undefined;
}

/** This content script is retired (an update, a reload): a newer one must not take its build's matcher. */
export function clearFollowUpMatcher(): void {
  delete scope[SLOT];
}
