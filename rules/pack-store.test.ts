import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import {
  hasInstalledPacksRecord,
  packForUrl,
  packsForPage,
  packsForUrl,
  readInstalledPacks,
  readPackForUrl,
  readPackLibrary,
  readPackLibrarySummary,
  setPackEnabled,
  summaryOf,
  writePackLibrary,
} from './pack-store';
import { compiledPack } from './test-packs';
import type { PackSource } from './pack-provenance';
import { chooseSitePack, readSitePacks } from '../utils/site-packs';
import { parseManagedPolicy } from '../utils/policy/managed-policy';

describe('packsForPage: a pack written for the page, else the one the adviser chose for its site', () => {
  const ia = compiledPack('ia', '1.0.0', ['https://cases.lindholm.example/*']);
  const work = compiledPack('work', '1.0.0', ['http://127.0.0.1/work-focused/*']);
  const newSystem = 'https://socialtjanst.example.se/arende/42?flik=halsa';

  it('a pack whose host bindings name the page comes first, whatever was chosen for the site', () => {
    expect(packsForPage([ia, work], 'https://cases.lindholm.example/case/7', 'work')).toEqual({ packs: [ia], by: 'named' });
    expect(packsForPage([ia, work], 'http://127.0.0.1:8417/work-focused/a.html', 'ia')).toEqual({ packs: [work], by: 'named' });
  });

  it('on a case system no pack names, the chosen pack; none chosen (or not installed, or switched off): none', () => {
    expect(packsForPage([ia, work], newSystem, 'work')).toEqual({ packs: [work], by: 'chosen' });
    expect(packsForPage([ia, work], newSystem, undefined)).toEqual({ packs: [], by: 'none' });
    expect(packsForPage([ia], newSystem, 'work')).toEqual({ packs: [], by: 'none' });
    expect(packsForPage([], newSystem, 'ia')).toEqual({ packs: [], by: 'none' });
  });
});

describe('packForUrl', () => {
  const demo = compiledPack('demo', '1.0.0', ['http://127.0.0.1/*', 'http://localhost/*']);
  const work = compiledPack('work', '1.0.0', ['http://127.0.0.1/work-focused/*']);

  it('finds the pack whose pattern matches', () => {
    expect(packForUrl([demo, work], 'http://127.0.0.1:8417/demo/intake-1.html?case=1')?.id).toBe('demo');
    expect(packForUrl([demo, work], 'https://elsewhere.example/')).toBeNull();
  });

  it('prefers the most specific pattern, whatever the install order', () => {
    expect(packForUrl([demo, work], 'http://127.0.0.1:8417/work-focused/interview.html')?.id).toBe('work');
    expect(packForUrl([work, demo], 'http://127.0.0.1:8417/work-focused/interview.html')?.id).toBe('work');
  });

  it("between equally specific patterns: policy over the adviser's own over built-in, then by id, whatever the install order", () => {
    const builtIn = compiledPack('zz-built-in', '1.0.0', ['http://localhost/*']);
    const imported = compiledPack('mine', '1.0.0', ['http://localhost/*']);
    const subscribed = compiledPack('aa-subscribed', '1.0.0', ['http://localhost/*']);
    const policy = compiledPack('org', '1.0.0', ['http://localhost/*']);
    const sources: Record<string, PackSource> = { 'zz-built-in': 'built-in', mine: 'file', 'aa-subscribed': 'url', org: 'policy' };
    const sourceOf = (pack: { id: string }) => sources[pack.id] ?? 'file';
    const url = 'http://localhost/x';
    expect(packForUrl([builtIn, imported], url, sourceOf)?.id).toBe('mine');
    expect(packForUrl([imported, builtIn], url, sourceOf)?.id).toBe('mine');
    expect(packForUrl([builtIn, imported, policy], url, sourceOf)?.id).toBe('org');
    // Two of the adviser's own: by id, deterministic.
    expect(packsForUrl([imported, builtIn, subscribed], url, sourceOf).map((p) => p.id)).toEqual(['aa-subscribed', 'mine', 'zz-built-in']);
    expect(packsForUrl([subscribed, builtIn, imported], url, sourceOf).map((p) => p.id)).toEqual(['aa-subscribed', 'mine', 'zz-built-in']);
    // Specificity still comes first: a built-in for the exact path beats an import for the whole site.
    const specific = compiledPack('specific', '1.0.0', ['http://localhost/x*']);
    expect(packForUrl([imported, specific], url, (p) => (p.id === 'specific' ? 'built-in' : 'file'))?.id).toBe('specific');
  });
});

describe('pack library in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('tells a first run from an emptied library', async () => {
    expect(await hasInstalledPacksRecord()).toBe(false);
    await writePackLibrary({ installed: [], previous: {} });
    expect(await hasInstalledPacksRecord()).toBe(true);
  });

  it('writes installed packs and roll-back copies together', async () => {
    await writePackLibrary({ installed: [compiledPack('a', '2.0.0')], previous: { a: compiledPack('a', '1.0.0') } });
    const library = await readPackLibrary();
    expect(library.installed.map((p) => p.version)).toEqual(['2.0.0']);
    expect(library.previous.a?.version).toBe('1.0.0');
  });

  it('a change that is stored is not reported as failed when only tidying the old copies fails (a full disk); they go with the next write', async () => {
    await writePackLibrary({ installed: [compiledPack('a', '1.0.0')], previous: {} });
    const remove = vi.spyOn(browser.storage.local, 'remove').mockRejectedValueOnce(new Error('IO error: .../000004.log: FILE_ERROR_NO_SPACE'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(writePackLibrary({ installed: [], previous: {} })).resolves.toBeUndefined();
    expect(remove).toHaveBeenCalled();
    expect((await readPackLibrary()).installed).toEqual([]);
    const bodies = async () => Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith('packs:pack:'));
    expect(await bodies()).toHaveLength(1);
    await writePackLibrary({ installed: [compiledPack('b', '1.0.0')], previous: {} });
    expect(await bodies()).toEqual([expect.stringMatching(/^packs:pack:b@1\.0\.0:/)]);
  });

  /** What storage listeners (background, options page, popup) are sent by `change`, in bytes of JSON. */
  async function sentToListeners(change: () => Promise<void>): Promise<{ keys: string[]; bytes: number }> {
    const sent: Record<string, unknown>[] = [];
    const listen = (changes: Record<string, unknown>) => void sent.push(changes);
    browser.storage.onChanged.addListener(listen);
    await change();
    browser.storage.onChanged.removeListener(listen);
    return { keys: sent.flatMap((changes) => Object.keys(changes)), bytes: sent.reduce((sum, changes) => sum + JSON.stringify(changes).length, 0) };
  }

  it('a removal, roll back or reorder sends storage listeners only the small list of references, never the packs', async () => {
    const big = (id: string, version: string) => ({ ...compiledPack(id, version), cues: 'x'.repeat(200_000) }) as unknown as ReturnType<typeof compiledPack>;
    await writePackLibrary({ installed: [big('a', '2.0.0'), big('b', '1.0.0'), big('c', '1.0.0')], previous: { a: big('a', '1.0.0') } });
    const library = await readPackLibrary();
    const removal = await sentToListeners(() => writePackLibrary({ installed: library.installed.filter((p) => p.id !== 'b'), previous: library.previous }));
    // The list changes at once (a few hundred bytes); the removed pack's body is dropped after it (its old value goes with that).
    expect(removal.bytes - 200_000).toBeLessThan(4_000);
    expect(removal.keys.filter((key) => key.startsWith('packs:pack:')).length).toBe(1);
    const rollBack = await sentToListeners(async () => {
      const now = await readPackLibrary();
      await writePackLibrary({ installed: [now.previous.a!, now.installed[1]!], previous: { a: now.installed[0]! } });
    });
    expect(rollBack.bytes).toBeLessThan(4_000);
    expect((await readInstalledPacks()).map((p) => `${p.id}@${p.version}`)).toEqual(['a@1.0.0', 'c@1.0.0']);
    expect((await readPackLibrary()).previous.a?.version).toBe('2.0.0');
    // Nothing left behind: only the bodies in use (a 1.0.0, c, and a 2.0.0 kept) are stored.
    expect(Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith('packs:pack:')).length).toBe(3);
  });

  it('reads a library stored as whole packs (before references), and writes references from then on', async () => {
    await browser.storage.local.set({ 'packs:installed': [compiledPack('a', '2.0.0')], 'packs:previous': { a: compiledPack('a', '1.0.0') } });
    const library = await readPackLibrary();
    expect(library.installed.map((p) => p.version)).toEqual(['2.0.0']);
    expect(library.previous.a?.version).toBe('1.0.0');
    await writePackLibrary(library);
    const stored = await browser.storage.local.get(['packs:installed', 'packs:previous']);
    expect(stored['packs:installed']).toEqual([expect.objectContaining({ id: 'a', version: '2.0.0', body: expect.stringMatching(/^packs:pack:a@2\.0\.0:/) as unknown })]);
    expect(await readPackLibrary()).toEqual(library);
  });

  it('sends listeners a new pack as one string (JSON text), never as objects, and reads it back the same', async () => {
    const pack = compiledPack('a', '1.0.0');
    const sent: Record<string, { newValue?: unknown; oldValue?: unknown }>[] = [];
    const listen = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => void sent.push(changes);
    browser.storage.onChanged.addListener(listen);
    await writePackLibrary({ installed: [pack], previous: {} });
    await writePackLibrary({ installed: [], previous: {} });
    browser.storage.onChanged.removeListener(listen);
    const bodies = sent.flatMap((changes) => Object.entries(changes)).filter(([key]) => key.startsWith('packs:pack:'));
    expect(bodies.map(([, change]) => typeof (change.newValue ?? change.oldValue))).toEqual(['string', 'string']);
    await writePackLibrary({ installed: [pack], previous: {} });
    expect(await readInstalledPacks()).toEqual([pack]);
  });

  it('lists the library from the references alone: no pack body is read', async () => {
    await writePackLibrary({ installed: [compiledPack('a', '2.0.0'), compiledPack('b', '1.0.0')], previous: { a: compiledPack('a', '1.0.0') } });
    const get = vi.spyOn(browser.storage.local, 'get');
    const summary = await readPackLibrarySummary();
    const keysRead = get.mock.calls.flatMap(([keys]) => [keys ?? []].flat());
    get.mockRestore();
    expect(keysRead.filter((key) => typeof key === 'string' && key.startsWith('packs:pack:'))).toEqual([]);
    expect(summary.installed).toEqual([summaryOf(compiledPack('a', '2.0.0')), summaryOf(compiledPack('b', '1.0.0'))]);
    expect(summary.previous).toEqual({ a: summaryOf(compiledPack('a', '1.0.0')) });
    expect(summary.installed[0]).toMatchObject({ id: 'a', version: '2.0.0', itemCount: compiledPack('a', '2.0.0').items.length });
  });

  it('lists references stored before they carried a summary (and bodies stored as objects) by reading those bodies', async () => {
    const pack = compiledPack('a', '1.0.0');
    await browser.storage.local.set({ 'packs:installed': [{ id: 'a', version: '1.0.0', hostPatterns: pack.hostPatterns, body: 'packs:pack:a@1.0.0:old' }], 'packs:pack:a@1.0.0:old': pack });
    expect((await readPackLibrarySummary()).installed).toEqual([summaryOf(pack)]);
    expect(await readInstalledPacks()).toEqual([pack]);
  });

  it('chooses the pack for a page from the references, reading only that pack', async () => {
    const demo = compiledPack('demo', '1.0.0', ['http://127.0.0.1/*']);
    const work = compiledPack('work', '1.0.0', ['http://127.0.0.1/work-focused/*']);
    await writePackLibrary({ installed: [demo, work], previous: {} });
    const get = vi.spyOn(browser.storage.local, 'get');
    const bodiesRead = () => get.mock.calls.flatMap(([keys]) => [keys ?? []].flat()).filter((key): key is string => typeof key === 'string' && key.startsWith('packs:pack:'));
    expect((await readPackForUrl('http://127.0.0.1:8417/work-focused/a.html'))?.id).toBe('work');
    expect(bodiesRead()).toEqual([expect.stringMatching(/^packs:pack:work@/)]);
    get.mockRestore();
    await setPackEnabled('work', false);
    expect((await readPackForUrl('http://127.0.0.1:8417/work-focused/a.html'))?.id).toBe('demo');
    expect(await readPackForUrl('https://elsewhere.example/')).toBeNull();
  });

  it('coaches a site no pack names with the pack chosen for that site only, while it is installed and on', async () => {
    const demo = compiledPack('demo', '1.0.0', ['http://127.0.0.1/*']);
    const work = compiledPack('work', '1.0.0', ['http://127.0.0.1/work-focused/*']);
    await writePackLibrary({ installed: [demo, work], previous: {} });
    expect(await readPackForUrl('https://cases.nordvik.example/sak/1')).toBeNull();
    await chooseSitePack('https://cases.nordvik.example/*', 'work');
    expect(await readSitePacks()).toEqual({ 'https://cases.nordvik.example/*': 'work' });
    expect((await readPackForUrl('https://cases.nordvik.example/sak/1'))?.id).toBe('work');
    // Another site, and the same host over http, are other sites.
    expect(await readPackForUrl('https://other.nordvik.example/sak/1')).toBeNull();
    expect(await readPackForUrl('http://cases.nordvik.example/sak/1')).toBeNull();
    // A page a pack names keeps that pack.
    await chooseSitePack('http://127.0.0.1/*', 'work');
    expect((await readPackForUrl('http://127.0.0.1:8417/demo/intake-1.html'))?.id).toBe('demo');
    await setPackEnabled('work', false);
    expect(await readPackForUrl('https://cases.nordvik.example/sak/1')).toBeNull();
    await setPackEnabled('work', true);
    await chooseSitePack('https://cases.nordvik.example/*', null);
    expect(await readPackForUrl('https://cases.nordvik.example/sak/1')).toBeNull();
    expect(await readSitePacks()).toEqual({ 'http://127.0.0.1/*': 'work' });
  });

  it('coaches with no chosen pack while the organisation\'s policy does not let advisers choose (allowAdviserSitePacks false); the choice is kept for when it does', async () => {
    const work = compiledPack('work', '1.0.0', ['http://127.0.0.1/work-focused/*']);
    await writePackLibrary({ installed: [work], previous: {} });
    await chooseSitePack('https://cases.nordvik.example/*', 'work');
    await browser.storage.local.set({ 'policy:managed': parseManagedPolicy({ allowAdviserSitePacks: false }) });
    expect(await readPackForUrl('https://cases.nordvik.example/sak/1')).toBeNull();
    expect(await readSitePacks()).toEqual({});
    await browser.storage.local.set({ 'policy:managed': parseManagedPolicy({ allowAdviserSitePacks: true }) });
    expect((await readPackForUrl('https://cases.nordvik.example/sak/1'))?.id).toBe('work');
  });
});
