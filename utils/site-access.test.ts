import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disableSite, enableSite, isSiteDisabled, restoreSiteScripts, siteStatus } from './site-access';

// WXT's fake browser has no permissions or scripting APIs; give it small in-memory ones.
const registered = new Map<string, { id: string; matches?: string[]; allFrames?: boolean; matchOriginAsFallback?: boolean }>();
let granted: string[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  registered.clear();
  granted = [];
  Object.assign(fakeBrowser, {
    permissions: {
      contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.includes(o)),
      getAll: async () => ({ origins: granted }),
    },
    scripting: {
      getRegisteredContentScripts: async (filter?: { ids?: string[] }) =>
        [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      registerContentScripts: vi.fn(async (scripts: { id: string; matches?: string[] }[]) => {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          registered.set(s.id, s);
        }
      }),
      unregisterContentScripts: async ({ ids = [] }: { ids?: string[] }) => ids.forEach((id) => registered.delete(id)),
      executeScript: vi.fn(async () => []),
    },
  });
});

describe('site access', () => {
  it('registers the content script for a granted site once, and runs it in the current tab', async () => {
    granted = ['https://cases.example.org/*'];
    await enableSite('https://cases.example.org/*', 5);
    await enableSite('https://cases.example.org/*', 5);
    expect([...registered.keys()]).toEqual(['coach:https://cases.example.org/*']);
    // Every frame, including about:blank/srcdoc frames the case system writes itself.
    expect(registered.get('coach:https://cases.example.org/*')).toMatchObject({ allFrames: true, matchOriginAsFallback: true });
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledTimes(2);
    expect(await siteStatus('https://cases.example.org/case/1')).toEqual({ pattern: 'https://cases.example.org/*', granted: true, enabled: true });
  });

  it('switches a site off and on without losing its permission', async () => {
    granted = ['https://cases.example.org/*'];
    await enableSite('https://cases.example.org/*');
    await disableSite('https://cases.example.org/*');
    expect(registered.size).toBe(0);
    expect(await isSiteDisabled('https://cases.example.org/x')).toBe(true);
    expect((await siteStatus('https://cases.example.org/x')).enabled).toBe(false);
    await enableSite('https://cases.example.org/*');
    expect(await isSiteDisabled('https://cases.example.org/x')).toBe(false);
  });

  it('does not register the demo origins, which the manifest covers', async () => {
    await enableSite('http://127.0.0.1/*');
    expect(registered.size).toBe(0);
  });

  it('restores registrations for granted sites only, skipping wildcards and switched-off sites', async () => {
    granted = ['https://a.example.org/*', 'https://b.example.org/*', 'https://*/*', 'http://127.0.0.1/*'];
    await disableSite('https://b.example.org/*');
    await restoreSiteScripts();
    expect([...registered.keys()]).toEqual(['coach:https://a.example.org/*']);
  });

  it('reports pages the coach can never run on', async () => {
    expect(await siteStatus('chrome://extensions')).toEqual({ pattern: null, granted: false, enabled: false });
  });
});
