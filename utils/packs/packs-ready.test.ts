// A page's pack is the one this version compiled: the start-up work runs before a page's pack is
// read, and a pack still stale when read (put back by an undo after start-up) is compiled first.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compilePack } from '../../rules/compile-pack';
import { COMPILER_STAMP } from '../../rules/compiler-stamp';
import { loadPack } from '../../rules/load-pack';
import { readPackForUrl, readPackLibrary, writePackLibrary, type PackWithDocument } from '../../rules/pack-store';
import { ensurePacksReady, readCurrentPack } from './packs-ready';

const text = `
id: harbour.benefits
version: "3.1.0"
title: Harbour benefits interview
languages: [en]
organisation: Harbour council
hosts:
  match: ["https://benefits.harbour.example/*"]
sections: [{ id: main, title: Main }]
items:
  - id: drink
    question: How much do you drink in a week?
    sensitivity: sensitive
    rewordings: [{ text: Tell me about drinking in an ordinary week. }]
    followUps:
      - { id: use, when: { mentions: substance-use }, severity: warning, prompt: Ask whether it worries them. }
`;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.2.0' } as ReturnType<typeof fakeBrowser.runtime.getManifest>);
});

describe('readCurrentPack', () => {
  it('hands a page the pack compiled by this version, never the stale one first', async () => {
    const loaded = loadPack(text);
    if (!loaded.ok) throw new Error('fixture');
    const stale: PackWithDocument = { ...compilePack(loaded.pack), compiler: 'earlier', packDocument: loaded.pack };
    // Stored after this background's start-up work ran: as a removal undone later brings it back.
    await ensurePacksReady();
    const library = await readPackLibrary();
    await writePackLibrary({ installed: [...library.installed, stale], previous: library.previous });
    const pack = await readCurrentPack(() => readPackForUrl('https://benefits.harbour.example/case/9'));
    expect(pack?.compiler).toBe(COMPILER_STAMP);
    expect(pack).toEqual(compilePack(loaded.pack));
    expect((await readPackLibrary()).installed.find((p) => p.id === 'harbour.benefits')?.compiler).toBe(COMPILER_STAMP);
  }, 30_000);
});
