// A pack that reuses the id of a built-in pack or the organisation's is refused unless
// it is signed by a key trusted for that id; "Restore the built-in packs" compares
// versions and sources, not only ids.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importPackText } from './import-pack';
import { installDefaultPacks, restoreDefaultPacks, restoreDefaults } from './install-default-packs';
import { provenanceKey } from './pack-provenance';
import { readPackLibrary, readPackProvenance, readPackSources } from './pack-store';
import { generatePackSigningKeys, signPack } from './sign-pack';
import { compiledPack } from './test-packs';

const BUILT_IN = 'adviser-coach.social-assistance-ia';
const builtInText = readFileSync(new URL('./packs/social-assistance-initial-assessment.yaml', import.meta.url), 'utf8');
/** The shipped version, read from the pack so a release of the built-in pack does not break these tests. */
const BUILT_IN_VERSION: string = /^version:\s*(\S+)/m.exec(builtInText)![1]!;
const lookAlike = (version: string) => builtInText.replace(/^version: .*$/m, `version: ${version}`);
const installed = async () => (await readPackLibrary()).installed.map((p) => `${p.id}@${p.version}`);

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Adviser Coach', version: '0.1.0' });
  await installDefaultPacks();
});

describe('a pack with the id of a built-in pack', () => {
  it('is refused from an unsigned file, however high its version, and the built-in pack stays', async () => {
    const result = await importPackText(lookAlike('99.0.0'), 'copy.yaml', '0.1.0');
    expect(result).toMatchObject({ ok: false, refusal: { code: 'protected-id', detail: expect.stringContaining('comes with Adviser Coach') } });
    expect(await installed()).toContain(`${BUILT_IN}@${BUILT_IN_VERSION}`);
  });

  it('is taken when signed by a trusted key (for all packs, or for this id), not by a key trusted only for other packs', async () => {
    const keys = await generatePackSigningKeys('office');
    const text = lookAlike('99.0.0');
    const signature = await signPack(new TextEncoder().encode(text), keys.privateJwk, { id: BUILT_IN, version: '99.0.0' });
    const narrow = await importPackText(text, 'copy.yaml', '0.1.0', { signature, trustedKeys: [{ keyId: 'office', publicKey: keys.publicJwk, packIds: ['example.other'] }] });
    expect(narrow).toMatchObject({ ok: false, refusal: { code: 'signature-bad' } });
    const scoped = await importPackText(text, 'copy.yaml', '0.1.0', { signature, trustedKeys: [{ keyId: 'office', publicKey: keys.publicJwk, packIds: [BUILT_IN] }] });
    expect(scoped).toMatchObject({ ok: true, signature: { state: 'verified', keyId: 'office' } });
    expect(await installed()).toContain(`${BUILT_IN}@99.0.0`);
  });

  it('an unsigned pack with the id of the organisation’s pack is refused too', async () => {
    await fakeBrowser.storage.local.set({ 'packs:provenance': { [provenanceKey(BUILT_IN, BUILT_IN_VERSION)]: { source: 'policy', url: 'https://packs.example.org/ia.json', signature: { state: 'verified', keyId: 'org' }, installedAt: 1 } } });
    await fakeBrowser.storage.local.set({ 'packs:defaults': { extensionVersion: '0.1.0', offered: [] } });
    const result = await importPackText(lookAlike('99.0.0'), 'copy.yaml', '0.1.0');
    expect(result).toMatchObject({ ok: false, refusal: { code: 'protected-id', detail: expect.stringContaining('your organisation set') } });
  });

  it('other ids stay free to import unsigned', async () => {
    const result = await importPackText(lookAlike('1.0.0').replace(`id: ${BUILT_IN}`, 'id: example.own-copy'), 'copy.yaml', '0.1.0');
    expect(result.ok).toBe(true);
  });
});

describe('"Restore the built-in packs"', () => {
  it('replaces a pack that took a built-in id (another version or source), keeps it for roll back, and then says all are there', async () => {
    const keys = await generatePackSigningKeys('office');
    const text = lookAlike('99.0.0');
    const signature = await signPack(new TextEncoder().encode(text), keys.privateJwk, { id: BUILT_IN, version: '99.0.0' });
    expect((await importPackText(text, 'copy.yaml', '0.1.0', { signature, trustedKeys: [{ keyId: 'office', publicKey: keys.publicJwk }] })).ok).toBe(true);

    const restored = await restoreDefaultPacks();
    expect(restored.map((p) => `${p.id}@${p.version}`)).toEqual([`${BUILT_IN}@${BUILT_IN_VERSION}`]);
    expect(await installed()).toContain(`${BUILT_IN}@${BUILT_IN_VERSION}`);
    expect((await readPackLibrary()).previous[BUILT_IN]?.version).toBe('99.0.0');
    const sourceOf = await readPackSources();
    expect(sourceOf((await readPackLibrary()).installed.find((p) => p.id === BUILT_IN)!)).toBe('built-in');
    expect(Object.keys(await readPackProvenance())).toEqual([provenanceKey(BUILT_IN, '99.0.0')]);
    expect(await restoreDefaultPacks()).toEqual([]);
  });

  it('leaves the organisation’s pack under a built-in id alone, and adds back a removed one', () => {
    const defaults = [compiledPack('d1', '1.1.0'), compiledPack('d2', '1.0.0')];
    const library = { installed: [compiledPack('d1', '5.0.0')], previous: {} };
    const { library: after, restored } = restoreDefaults(library, defaults, (pack) => (pack.id === 'd1' ? 'policy' : 'built-in'));
    expect(after.installed.map((p) => `${p.id}@${p.version}`)).toEqual(['d1@5.0.0', 'd2@1.0.0']);
    expect(restored.map((p) => p.id)).toEqual(['d2']);
    // Same id and version, but from a file: not the built-in one.
    const same = restoreDefaults({ installed: [compiledPack('d2', '1.0.0')], previous: {} }, [compiledPack('d2', '1.0.0')], () => 'file');
    expect(same.restored.map((p) => p.id)).toEqual(['d2']);
  });
});
