import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importPackFile, importPackText, removeInstalledPack, rollBackInstalledPack } from './import-pack';
import { formatIssue } from './pack-issues';
import { readPackLibrary } from './pack-store';

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

  it('refuses the installed version again, pointing at the version line', async () => {
    await importPackText(minimal, 'minimal.yaml', '0.1.0');
    const again = await importPackText(minimal, 'minimal.yaml', '0.1.0');
    expect(!again.ok && formatIssue(again.errors[0]!)).toBe('version: version 0.1.0 of this pack is already installed; raise the version to replace it (line 3, column 10)');
  });
});
