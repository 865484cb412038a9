import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hasInstalledPacksRecord, packForUrl, packsForUrl, readPackLibrary, writeInstalledPacks, writePackLibrary } from './pack-store';
import { compiledPack } from './test-packs';

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

  it('between equally specific patterns: policy over import over built-in, then by id, whatever the install order', () => {
    const builtIn = { ...compiledPack('zz-built-in', '1.0.0', ['http://localhost/*']), source: 'built-in' as const };
    const imported = { ...compiledPack('mine', '1.0.0', ['http://localhost/*']), source: 'import' as const };
    const unrecorded = compiledPack('aa-old-import', '1.0.0', ['http://localhost/*']);
    const policy = { ...compiledPack('org', '1.0.0', ['http://localhost/*']), source: 'policy' as const };
    const url = 'http://localhost/x';
    expect(packForUrl([builtIn, imported], url)?.id).toBe('mine');
    expect(packForUrl([imported, builtIn], url)?.id).toBe('mine');
    expect(packForUrl([builtIn, imported, policy], url)?.id).toBe('org');
    // Two imports: by id, deterministic.
    expect(packsForUrl([imported, builtIn, unrecorded], url).map((p) => p.id)).toEqual(['aa-old-import', 'mine', 'zz-built-in']);
    expect(packsForUrl([unrecorded, builtIn, imported], url).map((p) => p.id)).toEqual(['aa-old-import', 'mine', 'zz-built-in']);
    // Specificity still comes first: a built-in for the exact path beats an import for the whole site.
    const specific = { ...compiledPack('specific', '1.0.0', ['http://localhost/x*']), source: 'built-in' as const };
    expect(packForUrl([imported, specific], url)?.id).toBe('specific');
  });
});

describe('pack library in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('tells a first run from an emptied library', async () => {
    expect(await hasInstalledPacksRecord()).toBe(false);
    await writeInstalledPacks([]);
    expect(await hasInstalledPacksRecord()).toBe(true);
  });

  it('writes installed packs and roll-back copies together', async () => {
    await writePackLibrary({ installed: [compiledPack('a', '2.0.0')], previous: { a: compiledPack('a', '1.0.0') } });
    const library = await readPackLibrary();
    expect(library.installed.map((p) => p.version)).toEqual(['2.0.0']);
    expect(library.previous.a?.version).toBe('1.0.0');
  });
});
