import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disableSite, enableSite, forgetSite, isSiteDisabled, listSites, restoreSiteScripts, siteStatus } from './site-access';
import { chooseSitePack, readSitePacks } from './site-packs';

// WXT's fake browser has no permissions or scripting APIs; give it small in-memory ones.
const registered = new Map<string, { id: string; matches?: string[]; allFrames?: boolean; matchOriginAsFallback?: boolean }>();
let granted: string[] = [];
/** The content scripts the manifest declares: a demo build's, on the demo origins. */
let manifestScripts: { matches: string[] }[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  registered.clear();
  granted = [];
  manifestScripts = [{ matches: ['http://127.0.0.1/*', 'http://localhost/*'] }];
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'test', version: '1', content_scripts: manifestScripts });
  Object.assign(fakeBrowser.tabs, { query: vi.fn(async () => [{ id: 7 }, { id: 9 }]), sendMessage: vi.fn(async () => undefined) });
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
  it('a removed site forgets the pack chosen for it, and only its own', async () => {
    await chooseSitePack('https://a.example.org/*', 'ia');
    await chooseSitePack('https://b.example.org/*', 'work');
    await forgetSite('https://a.example.org/*');
    expect(await readSitePacks()).toEqual({ 'https://b.example.org/*': 'work' });
  });

  it('switched on twice at once (the browser\'s grant and the popup\'s click that asked for it): registered once, neither refused', async () => {
    granted = ['https://cases.example.org/*'];
    await expect(Promise.all([enableSite('https://cases.example.org/*'), enableSite('https://cases.example.org/*', 5)])).resolves.toBeDefined();
    expect([...registered.keys()]).toEqual(['coach:https://cases.example.org/*']);
  });

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

  it('switched off, tells the coach in each of the site\'s open tabs to ask for its pack again (it then gets none and leaves)', async () => {
    granted = ['https://cases.example.org/*'];
    await enableSite('https://cases.example.org/*');
    const told: [number, unknown][] = [];
    Object.assign(fakeBrowser.tabs, { sendMessage: vi.fn(async (tabId: number, message: unknown) => void told.push([tabId, message])) });
    await disableSite('https://cases.example.org/*');
    expect(fakeBrowser.tabs.query).toHaveBeenLastCalledWith({ url: 'https://cases.example.org/*' });
    expect(told).toEqual([[7, { type: 'site:switched-off', data: {} }], [9, { type: 'site:switched-off', data: {} }]]);
  });

  it('does not register the demo origins when the manifest covers them (a demo build)', async () => {
    await enableSite('http://127.0.0.1/*');
    expect(registered.size).toBe(0);
  });

  it('registers the demo origins like any site in a production build, which has no static script', async () => {
    manifestScripts = [];
    granted = ['http://127.0.0.1/*'];
    await enableSite('http://127.0.0.1/*');
    expect([...registered.keys()]).toEqual(['coach:http://127.0.0.1/*']);
    expect(await listSites()).toEqual([{ pattern: 'http://127.0.0.1/*', enabled: true, removable: true }]);
  });

  it('without a tab, starts the coach in every open tab of the site (a grant from the browser\'s prompt)', async () => {
    granted = ['https://cases.example.org/*'];
    await enableSite('https://cases.example.org/*');
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ url: 'https://cases.example.org/*' });
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledTimes(2);
  });

  it('lists granted sites only, switched-off ones too, the demo build\'s own as not removable; forgetting one unregisters it', async () => {
    granted = ['https://b.example.org/*', 'http://127.0.0.1/*', 'https://*/*', 'https://a.example.org/*'];
    await enableSite('https://a.example.org/*');
    await disableSite('https://b.example.org/*');
    expect(await listSites()).toEqual([
      { pattern: 'http://127.0.0.1/*', enabled: true, removable: false },
      { pattern: 'https://a.example.org/*', enabled: true, removable: true },
      { pattern: 'https://b.example.org/*', enabled: false, removable: true },
    ]);
    await forgetSite('https://a.example.org/*');
    await forgetSite('https://b.example.org/*');
    expect(registered.size).toBe(0);
    expect(await isSiteDisabled('https://b.example.org/')).toBe(false);
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
