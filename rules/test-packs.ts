/** Small compiled packs for tests of storage and pack selection. */
import type { CompiledPack } from './compiled-pack';

export function compiledPack(id: string, version = '1.0.0', hostPatterns = ['https://cases.example.org/*']): CompiledPack {
  return {
    format: 1,
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
