import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hasInstalledPacksRecord, packForUrl, readPackLibrary, writeInstalledPacks, writePackLibrary } from './pack-store';
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

  it('keeps install order between equally specific patterns', () => {
    const other = compiledPack('other', '1.0.0', ['http://localhost/*']);
    expect(packForUrl([demo, other], 'http://localhost/x')?.id).toBe('demo');
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
