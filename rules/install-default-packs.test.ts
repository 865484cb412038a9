import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installDefaultPacks, mergeDefaultPacks, restoreDefaultPacks } from './install-default-packs';
import { readDefaultPacksState, readPackLibrary, writePackLibrary } from './pack-store';
import { compiledPack } from './test-packs';

const versions = (packs: { id: string; version: string }[]) => packs.map((p) => `${p.id}@${p.version}`);

describe('mergeDefaultPacks', () => {
  const defaults = [compiledPack('d1', '1.1.0'), compiledPack('d2', '1.0.0')];

  it('installs every default on first run', () => {
    expect(versions(mergeDefaultPacks(null, [], defaults).installed)).toEqual(['d1@1.1.0', 'd2@1.0.0']);
  });

  it('updates an older default and keeps it for roll back, leaving imported packs alone', () => {
    const merged = mergeDefaultPacks({ installed: [compiledPack('mine'), compiledPack('d1', '1.0.0'), compiledPack('d2')], previous: {} }, ['d1', 'd2'], defaults);
    expect(versions(merged.installed)).toEqual(['mine@1.0.0', 'd1@1.1.0', 'd2@1.0.0']);
    expect(merged.previous.d1?.version).toBe('1.0.0');
  });

  it('does not bring back a default the adviser removed, but adds one new in this version', () => {
    const merged = mergeDefaultPacks({ installed: [compiledPack('mine')], previous: {} }, ['d1'], defaults);
    expect(versions(merged.installed)).toEqual(['mine@1.0.0', 'd2@1.0.0']);
  });

  it('respects a newer import and a roll back away from the bundled version', () => {
    const newer = mergeDefaultPacks({ installed: [compiledPack('d1', '2.0.0'), compiledPack('d2')], previous: {} }, ['d1', 'd2'], defaults);
    expect(versions(newer.installed)).toEqual(['d1@2.0.0', 'd2@1.0.0']);
    const rolledBack = mergeDefaultPacks({ installed: [compiledPack('d1', '1.0.0')], previous: { d1: compiledPack('d1', '1.1.0') } }, ['d1', 'd2'], defaults);
    expect(versions(rolledBack.installed)).toEqual(['d1@1.0.0']);
  });
});

describe('installDefaultPacks', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.1.0' } as ReturnType<typeof fakeBrowser.runtime.getManifest>);
  });

  it('installs the bundled defaults on first run and records them', async () => {
    await installDefaultPacks();
    const library = await readPackLibrary();
    expect(library.installed.map((p) => p.id)).toEqual(['adviser-coach.social-assistance-ia', 'adviser-coach.work-focused-interview']);
    expect(await readDefaultPacksState()).toEqual({ extensionVersion: '0.1.0', offered: library.installed.map((p) => p.id) });
  });

  it('leaves an emptied library empty on the next start', async () => {
    await installDefaultPacks();
    await writePackLibrary({ installed: [], previous: {} });
    await installDefaultPacks();
    expect((await readPackLibrary()).installed).toEqual([]);
  });

  it('restores removed defaults on request, leaving the others and imported packs as they are', async () => {
    await installDefaultPacks();
    const [assessment, interview] = (await readPackLibrary()).installed;
    const imported = compiledPack('imported.pack');
    await writePackLibrary({ installed: [imported, interview!], previous: {} });
    const restored = await restoreDefaultPacks();
    expect(restored.map((p) => p.id)).toEqual([assessment!.id]);
    expect((await readPackLibrary()).installed.map((p) => p.id)).toEqual(['imported.pack', interview!.id, assessment!.id]);
    expect(await restoreDefaultPacks()).toEqual([]); // all there: nothing written twice
    expect((await readPackLibrary()).installed).toHaveLength(3);
  });

  it('reinstalls when storage was cleared', async () => {
    await installDefaultPacks();
    await fakeBrowser.storage.local.clear();
    await installDefaultPacks();
    expect((await readPackLibrary()).installed).toHaveLength(2);
  });
});
