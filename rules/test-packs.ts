/** Small compiled packs for tests of storage and pack selection, as this version compiles them (its stamp). */
import type { CompiledPack } from './compiled-pack';
import { COMPILER_STAMP } from './compiler-stamp';

export function compiledPack(id: string, version = '1.0.0', hostPatterns = ['https://cases.example.org/*']): CompiledPack {
  return {
    format: 1,
    compiler: COMPILER_STAMP,
    id,
    version,
    title: { en: `Pack ${id}` },
    languages: ['en'],
    hostPatterns,
    sections: [{ id: 's', title: { en: 'S' }, itemIds: ['q'] }],
    items: [
      {
        id: 'q',
        sectionId: 's',
        question: { en: 'Q' },
        required: false,
        sensitivity: 'none',
        locators: { selectors: [], namePatterns: [], labels: ['q'] },
        rewordings: [{ text: { en: 'How?' } }],
        followUps: [],
      },
    ],
  };
}

/**
 * `pack` as an earlier compiler would have stored it: another stamp, the concept `concept` with only
 * the phrases written as `keep` (a lexicon that had fewer words), and no word classes or second net
 * (what later versions added). For tests of compiling stored packs again (rules/recompile-stored-packs.ts).
 */
export function asCompiledByOlderCompiler(pack: CompiledPack, concept: string, keep: string[]): CompiledPack {
  const { cues: _cues, secondNet: _net, ...rest } = pack;
  const phrases = (pack.concepts?.[concept] ?? []).filter((phrase) => keep.includes(phrase.source));
  return { ...rest, compiler: 'an-earlier-compiler', concepts: { ...pack.concepts, [concept]: phrases } };
}
