// The second net's models travel in the compiled pack (rules/pack-second-net.ts): a pack compiled now carries the
// models of the concepts its follow-ups mention, stamped with their training, and answers with them; a pack an
// earlier version compiled and stored (no models, or another training's) is given this version's before a page
// reads answers with it, by the background's start (installDefaultPacks) and when it is read for a page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CompiledPack } from './compiled-pack';
import { compilePack } from './compile-pack';
import { evaluateFollowUps } from './evaluate-follow-ups';
import { installDefaultPacks } from './install-default-packs';
import { loadPack } from './load-pack';
import { SECOND_NET } from './match/second-net-weights';
import { secondNetFor, withCurrentSecondNet } from './pack-second-net';
import { readInstalledPack, readPackLibrary, writePackLibrary } from './pack-store';
import { compiledPack } from './test-packs';

const loaded = loadPack(readFileSync(resolve('rules/fixtures/mentions-pack.yaml'), 'utf8'));
if (!loaded.ok) throw new Error('fixture pack does not load');
/** Mentions suicide, self-harm (both with a model) and gambling (a pack's own concept: none). */
const fresh = compilePack(loaded.pack);

/** The pack as a version before the models travelled stored it, read back from storage. */
function storedWithoutModels(): CompiledPack {
  const { secondNet: _net, ...old } = JSON.parse(JSON.stringify(fresh)) as CompiledPack;
  return old;
}

/** The same pack stored with another training's models (another stamp, other weights). */
function storedWithOtherTraining(): CompiledPack {
  const other = JSON.parse(JSON.stringify(fresh)) as CompiledPack;
  other.secondNet = { stamp: 'an-older-training', models: { suicide: { bias: -9, threshold: 0.99, scale: 0.001, weights: btoa('\0\0\0\0') } } };
  return other;
}

// Veiled disclosures of our own that the rules alone leave without a card and this version's net raises.
const VEILED = ['Han har bestemt seg, han vet hvordan han vil gjøre det.', 'Hon har bestämt hur och när hon ska göra det.'];
/** The strongest outcome of the fixture's suicide follow-up for each veiled answer, read with the pack's own models. */
const outcomes = (pack: CompiledPack) =>
  VEILED.map((text) => evaluateFollowUps(pack, pack.items[0]!, { text, options: [] }).find((hit) => hit.followUp.id === 'suicide-risk')?.severity ?? 'none');

describe('a pack compiled now', () => {
  it('carries this training’s models for the concepts its follow-ups mention, and only those, with its stamp', () => {
    expect(fresh.secondNet?.stamp).toBe(SECOND_NET.stamp);
    expect(Object.keys(fresh.secondNet!.models)).toEqual(['self-harm', 'suicide']);
    expect(fresh.secondNet!.models.suicide).toEqual(SECOND_NET.models.suicide);
    // Plain data, as storage.local keeps it.
    expect(JSON.parse(JSON.stringify(fresh))).toEqual(fresh);
  });

  it('answers with them: the veiled disclosures raise the critical card, and none without them', () => {
    expect(outcomes(fresh)).toEqual(['critical', 'critical']);
    expect(outcomes(storedWithoutModels())).toEqual(['none', 'none']);
  });

  it('carries none when no concept it mentions has a model, or it mentions none', () => {
    expect(secondNetFor(['gambling'])).toBeUndefined();
    expect(compiledPack('plain').secondNet).toBeUndefined();
    expect(withCurrentSecondNet(compiledPack('plain'))).toEqual(compiledPack('plain'));
  });
});

describe('a pack stored by an earlier version', () => {
  it.each([
    ['without models', storedWithoutModels],
    ['with another training’s', storedWithOtherTraining],
  ])('%s is given this version’s, and answers as the pack compiled now', (_kind, stored) => {
    const old = stored();
    const kept = JSON.stringify(old);
    const current = withCurrentSecondNet(old);
    expect(current.secondNet).toEqual(fresh.secondNet);
    expect(outcomes(current)).toEqual(outcomes(fresh));
    // The stored pack itself is not changed; a pack already current is returned as it is.
    expect(JSON.stringify(old)).toBe(kept);
    expect(withCurrentSecondNet(current)).toBe(current);
    expect(withCurrentSecondNet(fresh)).toBe(fresh);
  });

  it('loses another training’s models for concepts this training has none for', () => {
    const gamblingOnly = { ...compiledPack('gambling'), concepts: { gambling: [] }, secondNet: { stamp: 'old', models: { gambling: SECOND_NET.models.suicide! } } };
    expect(withCurrentSecondNet(gamblingOnly).secondNet).toBeUndefined();
  });

  describe('in storage, at the background’s start', () => {
    beforeEach(() => {
      fakeBrowser.reset();
      vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.2.0' } as ReturnType<typeof fakeBrowser.runtime.getManifest>);
    });

    it('is written once with this version’s models, installed or kept for roll back; a current one is not written again', async () => {
      await installDefaultPacks();
      const current = { ...fresh, id: 'example.current' };
      const library = await readPackLibrary();
      await writePackLibrary({
        installed: [...library.installed, storedWithoutModels(), current],
        previous: { [fresh.id]: { ...storedWithOtherTraining(), version: '0.0.9' } },
      });
      const bodyOf = async (id: string) => ((await fakeBrowser.storage.local.get('packs:installed'))['packs:installed'] as { id: string; body: string }[]).find((ref) => ref.id === id)?.body;
      const currentBody = await bodyOf(current.id);

      // An update of the extension (onInstalled 'update' forces the merge).
      await installDefaultPacks({ force: true });
      expect((await readInstalledPack(fresh.id))?.secondNet).toEqual(fresh.secondNet);
      expect((await readPackLibrary()).previous[fresh.id]?.secondNet).toEqual(fresh.secondNet);
      expect(await bodyOf(current.id)).toBe(currentBody);
      // Two installs, each compiling both default packs: seconds on a loaded machine.
    }, 30_000);
  });
});
