// The policy's case-system sites: what the one prompt asks for (only sites not yet
// granted), and coaching registered on every granted one the adviser has not switched off.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disableSite } from '../site-access';
import { parseManagedPolicy } from './managed-policy';
import { applyPolicySites, policyOriginsToGrant } from './policy-sites';

const policy = parseManagedPolicy({ caseSystemOrigins: ['https://cases.example.org', 'https://legacy.example.org', 'https://new.example.org'] });
const granted = new Set(['https://cases.example.org/*', 'https://legacy.example.org/*']);

describe('case-system sites set by policy', () => {
  let registered: string[];
  beforeEach(() => {
    fakeBrowser.reset();
    registered = [];
    // A production build: no static content script, so every site is registered at run time.
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Adviser Coach', version: '0.1.0' });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) => origins.every((o) => granted.has(o)));
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) =>
      registered.filter((id) => !filter?.ids || filter.ids.includes(id)).map((id) => ({ id }) as never),
    );
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
      registered.push(...scripts.map((s) => s.id));
    });
    vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockResolvedValue(undefined);
  });

  it('asks, in one prompt, only for the sites the browser has not allowed yet', async () => {
    expect(await policyOriginsToGrant(policy)).toEqual(['https://new.example.org/*']);
  });

  it('coaches on every allowed policy site, except one the adviser switched off', async () => {
    await disableSite('https://legacy.example.org/*');
    await applyPolicySites(policy);
    expect(registered).toEqual(['coach:https://cases.example.org/*']);
  });
});
