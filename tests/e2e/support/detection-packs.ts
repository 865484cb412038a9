// Compiled packs for the detection tests, built directly (not through the pack
// compiler) so detection can be tested on its own. Label texts go through
// normalizeLabel exactly as the compiler does; everything else is minimal.
import type { CompiledItem, CompiledNamePattern, CompiledPack } from '../../../rules/compiled-pack';
import { normalizeLabel } from '../../../utils/normalize-text';

export interface TestItem {
  id: string;
  /** The official question text (also a label). */
  question: string;
  /** More label texts (other languages, other wordings). */
  labels?: string[];
  selectors?: string[];
  /** `ctl00$Main$*$txtIncome` style patterns. */
  names?: string[];
  language?: string;
}

export const FIXTURE_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

function compileName(pattern: string): CompiledNamePattern {
  const lower = pattern.toLowerCase();
  return {
    parts: lower.split('*').filter((part) => part !== ''),
    anchoredStart: !lower.startsWith('*'),
    anchoredEnd: !lower.endsWith('*'),
  };
}

export function testItem(item: TestItem): CompiledItem {
  const language = item.language ?? 'en';
  return {
    id: item.id,
    sectionId: 'main',
    question: { [language]: item.question },
    required: true,
    sensitivity: 'none',
    locators: {
      selectors: item.selectors ?? [],
      namePatterns: (item.names ?? []).map(compileName),
      labels: [item.question, ...(item.labels ?? [])].map(normalizeLabel),
    },
    rewordings: [],
    followUps: [],
  };
}

export function testPack(id: string, items: TestItem[], options: { languages?: string[]; hostPatterns?: string[] } = {}): CompiledPack {
  const compiled = items.map(testItem);
  return {
    format: 1,
    id,
    version: '1.0.0',
    title: { en: id },
    languages: options.languages ?? ['en'],
    hostPatterns: options.hostPatterns ?? FIXTURE_HOSTS,
    sections: [{ id: 'main', title: { en: 'Main' }, itemIds: compiled.map((item) => item.id) }],
    items: compiled,
  };
}
