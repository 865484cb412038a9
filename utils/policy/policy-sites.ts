/**
 * Case-system sites the organisation's policy switches coaching on for. A
 * policy cannot grant an extension host access in Chrome or Edge (only the
 * browser's own permission prompt can, for an extension that is not part of
 * the browser), so the policy's origins are asked for in one prompt from the
 * popup or options page (`permissions.request` needs the adviser's click);
 * once granted, the background runs the coach there like any site switched
 * on by hand. Sites the adviser switched off stay off.
 */
import { browser } from 'wxt/browser';
import { enableSite, isSiteDisabled } from '../site-access';
import type { ManagedPolicy } from './managed-policy';

/** The policy's origins the browser does not let the extension read yet: what the one prompt asks for. */
export async function policyOriginsToGrant(policy: ManagedPolicy): Promise<string[]> {
  const missing: string[] = [];
  for (const pattern of policy.caseSystemOrigins) {
    if (!(await browser.permissions.contains({ origins: [pattern] }))) missing.push(pattern);
  }
  return missing;
}

/** Background: run the coach on each granted policy origin the adviser has not switched off. */
export async function applyPolicySites(policy: ManagedPolicy): Promise<void> {
  for (const pattern of policy.caseSystemOrigins) {
    if (!(await browser.permissions.contains({ origins: [pattern] }))) continue;
    if (await isSiteDisabled(pattern.replace('/*', '/'))) continue;
    await enableSite(pattern);
  }
}
