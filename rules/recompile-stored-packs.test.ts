// Stored packs get this version's matching: a pack another compiler made is compiled again from
// its stored document, once, in one write; a document this version refuses keeps the old pack in
// force and says why; provenance, order, roll-back copies and the removal undo are kept; a write
// that fails leaves the packs as they were.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AnswerValue, CompiledPack } from './compiled-pack';
import { compilePack } from './compile-pack';
import { COMPILER_STAMP, isStale } from './compiler-stamp';
import { evaluateFollowUps } from './evaluate-follow-ups';
import { installDefaultPacks } from './install-default-packs';
import { loadPack } from './load-pack';
import { provenanceKey, type PackProvenance } from './pack-provenance';
import type { RulePack } from './pack-schema';
import { withCurrentSecondNet } from './pack-second-net';
import {
  readPackDocument,
  readPackLibrary,
  readPackLibrarySummary,
  readPackProvenance,
  readRecompileProblems,
  readRemovedPack,
  writePackLibrary,
  writePackLibraryWithProvenance,
  type PackWithDocument,
} from './pack-store';
import { putBackRemovedPack, removeInstalledPack } from './import-pack';
import { recompilePack } from './recompile-pack';
import { recompileStoredPacks } from './recompile-stored-packs';
import { packMatching } from '../entrypoints/options/pack-matching';
import { PROJECT_ROOT } from '../tests/unit/locale-messages';
import { asCompiledByOlderCompiler } from './test-packs';

/** A supervisor's pack: a wellbeing question whose follow-up names the built-in suicide concept, plus one word of its own. */
const packText = (version: string) => readFileSync(join(PROJECT_ROOT, 'tests/e2e/fixtures/recompile/lindholm-intake.yaml'), 'utf8').replace('version: "2.0.0"', `version: "${version}"`);

function documentOf(version = '2.0.0'): RulePack {
  const loaded = loadPack(packText(version), { fileName: 'lindholm.yaml' });
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
  return loaded.pack;
}

const compiledByOlderCompiler = (document: RulePack) => asCompiledByOlderCompiler(compilePack(document), 'suicide', ['go to the bridge']);

const answer = (text: string): AnswerValue => ({ text, options: [] });
/** The follow-ups the pack's one item raises for `text`, with the second net the background gives every pack it hands out. */
const raised = (pack: CompiledPack, text: string) => {
  const given = withCurrentSecondNet(pack);
  return evaluateFollowUps(given, given.items[0]!, answer(text)).map((hit) => `${hit.followUp.id}:${hit.severity}`);
};

/** Disclosures in each pack language that this version's lexicon reads and the older one's did not. */
const DISCLOSURES = ['She wants to end her life', 'Says he has suicidal thoughts', 'Hon har självmordstankar', 'Hun har selvmordstanker'];

const signed: PackProvenance = { source: 'url', url: 'https://packs.lindholm.example/intake.yaml', signature: { state: 'verified', keyId: 'lindholm-2026' }, installedAt: 1_700_000_000_000 };

const storedSummary = async (id: string) => (await readPackLibrarySummary()).installed.find((pack) => pack.id === id);

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.2.0' } as ReturnType<typeof fakeBrowser.runtime.getManifest>);
});

describe('recompilePack (pure)', () => {
  it('gives what compiling the document now gives, stamped with this compiler, from the document as storage hands it back (JSON)', () => {
    const document = documentOf();
    const result = recompilePack({ id: 'lindholm.intake', version: '2.0.0' }, JSON.parse(JSON.stringify(document)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { packDocument: carried, ...compiled } = result.pack;
    expect(compiled).toEqual(compilePack(document));
    expect(compiled.compiler).toBe(COMPILER_STAMP);
    expect(carried).toEqual(document);
    expect(isStale(compiled)).toBe(false);
  });

  it('raises the follow-ups this version reads where the older compile read none', () => {
    const document = documentOf();
    const older = compiledByOlderCompiler(document);
    const recompiled = recompilePack(older, document);
    if (!recompiled.ok) throw new Error(recompiled.problem);
    for (const text of DISCLOSURES) {
      expect(raised(older, text), text).toEqual([]);
      expect(raised(recompiled.pack, text), text).toEqual(['risk:critical']);
    }
  });

  it('refuses a document this version does not accept, or one of another pack or version, with the problem in words', () => {
    const invalid = { ...documentOf(), items: [{ id: 'mood' }] };
    const refused = recompilePack({ id: 'lindholm.intake', version: '2.0.0' }, invalid);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problem).toMatch(/items\[0\]/);
    const other = recompilePack({ id: 'lindholm.intake', version: '1.0.0' }, documentOf('2.0.0'));
    expect(other).toEqual({ ok: false, problem: 'the stored pack as written is lindholm.intake 2.0.0, not lindholm.intake 1.0.0' });
  });
});

describe('recompileStoredPacks (storage)', () => {
  /** Store the library as an earlier version with documents would have: stale packs with their documents, provenance kept. */
  async function storeStale(): Promise<{ older: CompiledPack; kept: CompiledPack }> {
    const older: PackWithDocument = { ...compiledByOlderCompiler(documentOf('2.0.0')), packDocument: documentOf('2.0.0') };
    const kept: PackWithDocument = { ...compiledByOlderCompiler(documentOf('1.0.0')), packDocument: documentOf('1.0.0') };
    const other = { ...compilePack(documentOf('2.0.0')), id: 'other.current', hostPatterns: ['https://other.example/*'] };
    await writePackLibraryWithProvenance({ installed: [other, older], previous: { [older.id]: kept } }, older, signed);
    return { older, kept };
  }

  it('compiles a stale installed pack and its roll-back copy again, in place, keeping provenance and the order', async () => {
    await storeStale();
    const provenanceBefore = await readPackProvenance();
    const report = await recompileStoredPacks();
    expect(report).toEqual({ recompiled: ['lindholm.intake@2.0.0', 'lindholm.intake@1.0.0'], failed: [] });
    const library = await readPackLibrary();
    expect(library.installed.map((p) => `${p.id}@${p.version}`)).toEqual(['other.current@2.0.0', 'lindholm.intake@2.0.0']);
    expect(library.installed[1]).toEqual(compilePack(documentOf('2.0.0')));
    expect(library.previous['lindholm.intake']).toEqual(compilePack(documentOf('1.0.0')));
    expect(await readPackProvenance()).toEqual(provenanceBefore);
    expect((await readPackProvenance())[provenanceKey('lindholm.intake', '2.0.0')]).toEqual(signed);
    // It can be compiled again by the next version too: the document stays with it.
    expect(await readPackDocument(library.installed[1]!)).toEqual(documentOf('2.0.0'));
    for (const text of DISCLOSURES) expect(raised(library.installed[1]!, text)).toEqual(['risk:critical']);
  });

  it('runs once: a second pass (the next start) writes nothing', async () => {
    await storeStale();
    await recompileStoredPacks();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await recompileStoredPacks()).toEqual({ recompiled: [], failed: [] });
    expect(set).not.toHaveBeenCalled();
  });

  it('a document this version refuses keeps the old compiled pack in force, stores the problem once, and says so', async () => {
    const older = compiledByOlderCompiler(documentOf());
    // A document an earlier schema took: this version's refuses a follow-up without a prompt.
    const document = JSON.parse(JSON.stringify(documentOf())) as RulePack;
    delete (document.items[0]!.followUps[0] as Partial<(typeof document.items)[0]['followUps'][0]>).prompt;
    const stored: PackWithDocument = { ...older, packDocument: document };
    await writePackLibraryWithProvenance({ installed: [stored], previous: {} }, older, signed);

    expect(await recompileStoredPacks()).toEqual({ recompiled: [], failed: ['lindholm.intake@2.0.0'] });
    const [inForce] = (await readPackLibrary()).installed;
    expect(inForce).toEqual(older);
    const problems = await readRecompileProblems();
    expect(problems['lindholm.intake@2.0.0']).toEqual({ compiler: COMPILER_STAMP, problem: expect.stringMatching(/prompt/) as unknown });
    expect(packMatching((await storedSummary('lindholm.intake'))!, problems)).toEqual({ kind: 'refused', problem: problems['lindholm.intake@2.0.0']!.problem });
    expect((await readPackProvenance())['lindholm.intake@2.0.0']).toEqual(signed);

    // Not tried again by this compiler: no write at the next start.
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await recompileStoredPacks()).toEqual({ recompiled: [], failed: [] });
    expect(set).not.toHaveBeenCalled();
  });

  it('a pack stored before documents were kept is left as it is, and the options page asks for a new import', async () => {
    const { compiler: _none, ...legacy } = compiledByOlderCompiler(documentOf());
    await writePackLibrary({ installed: [legacy], previous: {} });
    expect(await recompileStoredPacks()).toEqual({ recompiled: [], failed: [] });
    expect((await readPackLibrary()).installed).toEqual([legacy]);
    const summary = (await storedSummary('lindholm.intake'))!;
    expect(summary.hasDocument).toBeUndefined();
    expect(packMatching(summary, {})).toEqual({ kind: 'no-document' });
    expect(packMatching({ ...summary, compiler: COMPILER_STAMP }, {})).toEqual({ kind: 'current' });
  });

  it('keeps the pack whose removal can still be undone, compiled again, and the undo still works', async () => {
    await storeStale();
    await removeInstalledPack('lindholm.intake');
    await recompileStoredPacks();
    const removed = await readRemovedPack();
    expect(removed?.pack).toEqual(compilePack(documentOf('2.0.0')));
    expect(removed?.kept).toEqual(compilePack(documentOf('1.0.0')));
    expect(await putBackRemovedPack('lindholm.intake')).toBe(true);
    const library = await readPackLibrary();
    expect(library.installed.map((p) => p.id)).toEqual(['other.current', 'lindholm.intake']);
    expect(library.installed[1]).toEqual(compilePack(documentOf('2.0.0')));
    expect(library.previous['lindholm.intake']).toEqual(compilePack(documentOf('1.0.0')));
  });

  it('a write that fails (a full disk, a worker stopped) leaves the packs as they were, and the next start compiles them', async () => {
    const { older } = await storeStale();
    const before = await fakeBrowser.storage.local.get(null);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(recompileStoredPacks()).rejects.toThrow(/quota/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    const { packDocument: _document, ...olderCompiled } = older as PackWithDocument;
    expect((await readPackLibrary()).installed[1]).toEqual(olderCompiled);

    expect((await recompileStoredPacks()).recompiled).toContain('lindholm.intake@2.0.0');
    expect((await readPackLibrary()).installed[1]).toEqual(compilePack(documentOf('2.0.0')));
  });

  it('stopped after the new packs were written but before the old copies were removed: each pack once, every reference resolves', async () => {
    await storeStale();
    vi.spyOn(fakeBrowser.storage.local, 'remove').mockRejectedValueOnce(new Error('worker stopped'));
    await recompileStoredPacks();
    const stored = await fakeBrowser.storage.local.get(null);
    const refs = [...(stored['packs:installed'] as { id: string; body: string; documentKey?: string }[]), ...Object.values(stored['packs:previous'] as Record<string, { body: string; documentKey?: string }>)];
    expect((stored['packs:installed'] as { id: string }[]).map((ref) => ref.id)).toEqual(['other.current', 'lindholm.intake']);
    for (const ref of refs) {
      expect(typeof stored[ref.body]).toBe('string');
      if (ref.documentKey !== undefined) expect(typeof stored[ref.documentKey]).toBe('string');
    }
    expect((await readPackLibrary()).installed[1]).toEqual(compilePack(documentOf('2.0.0')));
  });

  it('an update that gives a stale pack this version’s second net keeps its document, so it is still compiled again', async () => {
    await installDefaultPacks();
    const library = await readPackLibrary();
    const older: PackWithDocument = { ...compiledByOlderCompiler(documentOf()), secondNet: { stamp: 'older-training', models: {} }, packDocument: documentOf() };
    await writePackLibrary({ installed: [...library.installed, older], previous: library.previous });
    await installDefaultPacks({ force: true });
    expect((await storedSummary('lindholm.intake'))?.hasDocument).toBe(true);
    expect((await recompileStoredPacks()).recompiled).toEqual(['lindholm.intake@2.0.0']);
    expect((await readPackLibrary()).installed.find((p) => p.id === 'lindholm.intake')).toEqual(compilePack(documentOf()));
  }, 30_000);
});
