import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { importPackFile, importPackText, putBackRemovedPack, removeInstalledPack, rollBackInstalledPack } from './import-pack';
import { formatIssue } from './pack-issues';
import { COMPILER_STAMP } from './compiler-stamp';
import { readPackLibrary, readPackLibrarySummary, readPackProvenance, writePackLibrary } from './pack-store';
import { generatePackSigningKeys, signPack } from './sign-pack';

const minimal = readFileSync(new URL('./fixtures/minimal-pack.yaml', import.meta.url), 'utf8');
const version = (v: string) => minimal.replace('version: 0.1.0', `version: ${v}`);
const installed = async () => (await readPackLibrary()).installed.map((p) => `${p.id}@${p.version}`);

describe('importing a pack in the extension', () => {
  beforeEach(() => fakeBrowser.reset());

  it('validates, compiles and installs a pack', async () => {
    const result = await importPackText(minimal, 'minimal.yaml', '0.1.0');
    expect(result.ok && result.pack.id).toBe('example.minimal');
    expect(await installed()).toEqual(['example.minimal@0.1.0']);
  });

  it('runs the pack\'s example answers and reports those that fail', async () => {
    const mentions = readFileSync(new URL('./fixtures/mentions-pack.yaml', import.meta.url), 'utf8');
    const good = await importPackText(mentions, 'mentions.yaml', '0.1.0');
    expect(good.ok && good.examples).toEqual({ total: 12, passed: 12, failures: [] });
    const wrong = await importPackText(mentions.replace('version: 0.1.0', 'version: 0.2.0').replace('text: "I like painting", fires: []', 'text: "I like painting", fires: [health]'), 'mentions.yaml', '0.1.0');
    expect(wrong.ok && wrong.examples.passed).toBe(11);
    expect(wrong.ok && wrong.examples.failures).toEqual(['FAIL items[0].examples[4] wellbeing (en) "I like painting": expected health:info, got nothing']);
  });

  it('refuses a pack the disk has no room for in plain words, and the previous version stays installed and whole', async () => {
    await importPackText(minimal, 'minimal.yaml', '0.1.0');
    const before = await browser.storage.local.get(null);
    // Chromium's storage.local on a full disk (tests/e2e/pack-storage-full.e2e.ts); then a quota, as Chromium words it.
    for (const message of ['IO error: .../000004.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)', 'QUOTA_BYTES quota exceeded']) {
      const set = vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error(message));
      const result = await importPackText(version('0.2.0'), 'minimal.yaml', '0.1.0');
      set.mockRestore();
      expect(result).toEqual({ ok: false, refusal: { code: 'storage-full' }, errors: [] });
      expect(await browser.storage.local.get(null)).toEqual(before);
      expect((await readPackLibrary()).installed.map((p) => `${p.id}@${p.version}`)).toEqual(['example.minimal@0.1.0']);
    }
    // With room again, the same file installs.
    expect((await importPackText(version('0.2.0'), 'minimal.yaml', '0.1.0')).ok).toBe(true);
  });

  it('refuses an invalid pack with its errors, and the previous good pack stays', async () => {
    await importPackText(minimal, 'minimal.yaml', '0.1.0');
    const result = await importPackText(version('0.2.0').replace('rewordings:', 'rewording:'), 'minimal.yaml', '0.1.0');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map(formatIssue)).toContain('items[0].rewording: unknown field "rewording" (did you mean "rewordings"?) (line 15, column 5)');
    expect(await installed()).toEqual(['example.minimal@0.1.0']);
  });

  it('refuses malformed and oversized files without touching storage', async () => {
    expect((await importPackText('id: [', 'bad.yaml', '0.1.0')).ok).toBe(false);
    const big = new Blob(['x'.repeat(1_000_001)]);
    const result = await importPackFile(Object.assign(big, { name: 'big.yaml' }));
    expect(!result.ok && result.errors[0]?.message).toMatch(/at most 1\.0 MB/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('reads no installed pack body for a file refused before it is compared with them, and reads them for one that is', async () => {
    await importPackText(minimal, 'minimal.yaml', '0.1.0');
    const bodyReads = (keys: unknown) => (keys === null ? ['everything'] : [keys].flat().filter((key) => typeof key === 'string' && key.startsWith('packs:pack:')));
    const get = vi.spyOn(browser.storage.local, 'get');
    const readsOf = async (text: string) => {
      get.mockClear();
      const result = await importPackText(text, 'minimal.yaml', '0.1.0');
      return { ok: result.ok, bodies: get.mock.calls.flatMap(([keys]) => bodyReads(keys)).length };
    };
    expect(await readsOf('id: [')).toEqual({ ok: false, bodies: 0 });
    expect(await readsOf(version('0.2.0').replace('rewordings:', 'rewording:'))).toEqual({ ok: false, bodies: 0 });
    expect(await readsOf(version('0.2.0').replace('id: example.minimal', 'id: "bad id"'))).toEqual({ ok: false, bodies: 0 });
    // Compared with the installed version: the same version again is refused, a newer one installed.
    expect((await readsOf(minimal)).bodies).toBeGreaterThan(0);
    expect(await readsOf(version('0.2.0'))).toMatchObject({ ok: true });
    get.mockRestore();
    expect(await installed()).toEqual(['example.minimal@0.2.0']);
  });

  it('replaces with a newer version, rolls back with one call, and removes', async () => {
    await importPackText(minimal, 'minimal.yaml', '0.1.0');
    const newer = await importPackText(version('0.2.0'), 'minimal.yaml', '0.1.0');
    expect(newer.ok && newer.replacedVersion).toBe('0.1.0');
    expect(await installed()).toEqual(['example.minimal@0.2.0']);
    expect(await rollBackInstalledPack('example.minimal')).toBe('0.1.0');
    expect(await installed()).toEqual(['example.minimal@0.1.0']);
    await removeInstalledPack('example.minimal');
    expect(await readPackLibrary()).toEqual({ installed: [], previous: {} });
  });

  it('a removal is undone from what the background kept (the page holds no pack), only while it is the last change, and its copies go with the next change', async () => {
    const stored = async () => Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith('packs:pack:')).length;
    await importPackText(minimal, 'minimal.yaml', '0.1.0');
    await importPackText(version('0.2.0'), 'minimal.yaml', '0.1.0');
    await importPackText(minimal.replace('id: example.minimal', 'id: example.other'), 'other.yaml', '0.1.0');
    await removeInstalledPack('example.minimal');
    expect(await installed()).toEqual(['example.other@0.1.0']);
    // Both versions of the removed pack stay stored while the removal can be undone.
    expect(await stored()).toBe(3);
    expect(await putBackRemovedPack('example.other')).toBe(false);
    expect(await putBackRemovedPack('example.minimal')).toBe(true);
    expect(await installed()).toEqual(['example.minimal@0.2.0', 'example.other@0.1.0']);
    expect((await readPackLibrary()).previous['example.minimal']?.version).toBe('0.1.0');
    // Undone once: not again.
    expect(await putBackRemovedPack('example.minimal')).toBe(false);
    await removeInstalledPack('example.minimal');
    await removeInstalledPack('example.other');
    // Only the last removal can be undone, so the first one's copies are gone.
    expect(await stored()).toBe(1);
    expect(await putBackRemovedPack('example.minimal')).toBe(false);
    expect(await putBackRemovedPack('example.other')).toBe(true);
    expect(await installed()).toEqual(['example.other@0.1.0']);
    // Any other change after a removal (here an import) ends its undo and frees its storage.
    await removeInstalledPack('example.other');
    await importPackText(minimal, 'minimal.yaml', '0.1.0');
    expect(await putBackRemovedPack('example.other')).toBe(false);
    expect(await installed()).toEqual(['example.minimal@0.1.0']);
    expect(await stored()).toBe(1);
  });

  describe('changes asked for at once all take effect (none writes back a library read before another)', () => {
    const other = (id: string) => minimal.replace('id: example.minimal', `id: ${id}`);
    beforeEach(async () => {
      for (const id of ['example.minimal', 'example.second', 'example.third']) await importPackText(other(id), `${id}.yaml`, '0.1.0');
    });

    it('two removals in quick succession both stay removed', async () => {
      await Promise.all([removeInstalledPack('example.minimal'), removeInstalledPack('example.third')]);
      expect(await installed()).toEqual(['example.second@0.1.0']);
    });

    it('a removal while another file is being checked and installed: both take effect', async () => {
      const [imported] = await Promise.all([importPackText(other('example.fourth'), 'fourth.yaml', '0.1.0'), removeInstalledPack('example.second')]);
      expect(imported.ok).toBe(true);
      expect(await installed()).toEqual(['example.minimal@0.1.0', 'example.third@0.1.0', 'example.fourth@0.1.0']);
    });

    it('two files of one pack at once: the first is installed, the second is refused in plain words, nothing half-written', async () => {
      const [first, second] = await Promise.all([
        importPackText(version('0.2.0'), 'minimal.yaml', '0.1.0'),
        importPackText(version('0.3.0'), 'minimal.yaml', '0.1.0'),
      ]);
      expect(first.ok).toBe(true);
      expect(!second.ok && second.refusal.code).toBe('changed-meanwhile');
      expect(await installed()).toEqual(['example.minimal@0.2.0', 'example.second@0.1.0', 'example.third@0.1.0']);
    });

    it('an undone removal, a roll back and a removal at once: each applied to the library the one before left', async () => {
      await importPackText(version('0.2.0'), 'minimal.yaml', '0.1.0');
      await removeInstalledPack('example.second');
      await Promise.all([
        putBackRemovedPack('example.second'),
        rollBackInstalledPack('example.minimal'),
        removeInstalledPack('example.third'),
      ]);
      expect(await installed()).toEqual(['example.minimal@0.1.0', 'example.second@0.1.0']);
      expect((await readPackLibrary()).previous['example.minimal']?.version).toBe('0.2.0');
    });
  });

  it('refuses the installed version again, pointing at the version line', async () => {
    await importPackText(minimal, 'minimal.yaml', '0.1.0');
    const again = await importPackText(minimal, 'minimal.yaml', '0.1.0');
    expect(!again.ok && formatIssue(again.errors[0]!)).toBe('version: version 0.1.0 of this pack is already installed; raise the version to replace it (line 3, column 10)');
  });

  describe('signatures and the organisation’s policy', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const sign = async (text: string, keys: Awaited<ReturnType<typeof generatePackSigningKeys>>, v = '0.1.0') =>
      signPack(bytes(text), keys.privateJwk, { id: 'example.minimal', version: v });

    it('a file with a valid signature by a trusted key is installed as verified', async () => {
      const keys = await generatePackSigningKeys('methods-2026');
      const result = await importPackText(minimal, 'minimal.yaml', '0.1.0', { signature: await sign(minimal, keys), trustedKeys: [{ keyId: keys.keyId, publicKey: keys.publicJwk }] });
      expect(result.ok && result.signature).toEqual({ state: 'verified', keyId: 'methods-2026' });
      expect((await readPackProvenance())['example.minimal@0.1.0']).toMatchObject({ source: 'file', signature: { state: 'verified', keyId: 'methods-2026' } });
    });

    it('a file without a signature is installed as unsigned, unless policy requires signatures', async () => {
      const refused = await importPackText(minimal, 'minimal.yaml', '0.1.0', { requireSignedPacks: true });
      expect(!refused.ok && refused.refusal.code).toBe('unsigned-not-allowed');
      expect(await installed()).toEqual([]);
      const accepted = await importPackText(minimal, 'minimal.yaml', '0.1.0');
      expect(accepted.ok && accepted.signature).toEqual({ state: 'unsigned' });
      expect((await readPackProvenance())['example.minimal@0.1.0']?.signature).toEqual({ state: 'unsigned' });
    });

    it('refuses a file whose signature is bad or by an untrusted key, even where unsigned files are allowed', async () => {
      const keys = await generatePackSigningKeys('methods-2026');
      const stranger = await generatePackSigningKeys('stranger');
      const trustedKeys = [{ keyId: keys.keyId, publicKey: keys.publicJwk }];
      const altered = await importPackText(minimal.replace('Minimal example', 'Altered'), 'minimal.yaml', '0.1.0', { signature: await sign(minimal, keys), trustedKeys });
      expect(!altered.ok && altered.refusal.code).toBe('signature-bad');
      const untrusted = await importPackText(minimal, 'minimal.yaml', '0.1.0', { signature: await sign(minimal, stranger), trustedKeys });
      expect(!untrusted.ok && untrusted.refusal.code).toBe('untrusted-key');
      expect(await installed()).toEqual([]);
    });

    it('refuses every file when policy turns imports off', async () => {
      const result = await importPackText(minimal, 'minimal.yaml', '0.1.0', { allowFileImports: false });
      expect(!result.ok && result.refusal.code).toBe('imports-not-allowed');
      expect(await installed()).toEqual([]);
    });

    it('an older version is refused unless policy allows downgrades', async () => {
      await importPackText(version('0.2.0'), 'minimal.yaml', '0.1.0');
      const refused = await importPackText(minimal, 'minimal.yaml', '0.1.0');
      expect(!refused.ok && refused.refusal.code).toBe('older');
      const allowed = await importPackText(minimal, 'minimal.yaml', '0.1.0', { allowDowngrades: true });
      expect(allowed.ok && allowed.replacedVersion).toBe('0.2.0');
      expect(await installed()).toEqual(['example.minimal@0.1.0']);
    });

    it('a dry run says what a replacement changes and installs nothing', async () => {
      await importPackText(minimal, 'minimal.yaml', '0.1.0');
      const preview = await importPackText(version('0.2.0').replace('How are things', 'How is it'), 'minimal.yaml', '0.1.0', { dryRun: true });
      expect(preview.ok && preview.diff).toMatchObject({ fromVersion: '0.1.0', toVersion: '0.2.0', changed: ['housing'] });
      expect(await installed()).toEqual(['example.minimal@0.1.0']);
    });
  });
});

describe('importing the same version of a pack another version compiled', () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes its place (the roll-back copy untouched), so a pack stored without its document gets this version’s matching; a current one is still refused', async () => {
    await importPackText(version('0.1.0'), 'minimal.yaml', '0.1.0');
    await importPackText(version('0.2.0'), 'minimal.yaml', '0.1.0');
    // As a version before documents were kept stored 0.2.0: no stamp, no document.
    const library = await readPackLibrary();
    const { compiler: _stamp, ...unstamped } = library.installed[0]!;
    await writePackLibrary({ installed: [unstamped], previous: library.previous });

    const again = await importPackText(version('0.2.0'), 'minimal.yaml', '0.1.0');
    expect(again.ok && again.replacedVersion).toBe('0.2.0');
    const after = await readPackLibrary();
    expect(after.installed.map((p) => `${p.id}@${p.version}:${p.compiler}`)).toEqual([`example.minimal@0.2.0:${COMPILER_STAMP}`]);
    expect(after.previous['example.minimal']?.version).toBe('0.1.0');
    expect((await readPackLibrarySummary()).installed[0]?.hasDocument).toBe(true);

    const twice = await importPackText(version('0.2.0'), 'minimal.yaml', '0.1.0');
    expect(twice.ok).toBe(false);
    expect(!twice.ok && twice.refusal.code).toBe('same-version');
  });
});
