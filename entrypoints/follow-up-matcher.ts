/**
 * The follow-up matcher, built as a script of its own rather than into the content script:
 * it is most of the content script's weight (its word rules, negation and idiom tables) and
 * only a frame where a pack applies needs it. The background injects this file into that frame
 * when its content script asks (`follow-ups:matcher`, scripting.executeScript, the content
 * script's isolated world: the page never sees it, and it is no web-accessible resource).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { followUpMatcher } from '../rules/evaluate-follow-ups';
import { placeFollowUpMatcher } from '../utils/follow-up-matcher-slot';

export default defineUnlistedScript(() => {
  placeFollowUpMatcher(followUpMatcher);
});
