import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const LOCALES = join(__dirname, '../../public/_locales');
const load = (lang: string) => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Messages;
const notesKeys = (messages: Messages) => Object.keys(messages).filter((key) => key.startsWith('notes')).sort();

/** Every `t('notes…')` key used by the notes code. */
function keysInCode(): string[] {
  const keys = new Set<string>();
  for (const dir of ['components/notes', 'entrypoints/sidepanel', 'utils/notes']) {
    for (const file of readdirSync(join(__dirname, '../..', dir))) {
      if (!/\.tsx?$/.test(file) || file.includes('.test.')) continue;
      const source = readFileSync(join(__dirname, '../..', dir, file), 'utf8');
      for (const match of source.matchAll(/\bt\('(notes[A-Za-z]+)'|key: '(notes[A-Za-z]+)'/g)) keys.add((match[1] ?? match[2])!);
    }
  }
  return [...keys].sort();
}

describe('notes interface strings', () => {
  const en = load('en');

  it('exist in English for every key the code uses', () => {
    expect(keysInCode().filter((key) => !(key in en))).toEqual([]);
  });

  for (const lang of ['sv', 'nb']) {
    it(`are all translated to ${lang}, with the same placeholders`, () => {
      const other = load(lang);
      expect(notesKeys(other)).toEqual(notesKeys(en));
      for (const key of notesKeys(en)) {
        expect(Object.keys(other[key]!.placeholders ?? {}), key).toEqual(Object.keys(en[key]!.placeholders ?? {}));
        if (/[a-z]{4}/i.test(en[key]!.message) && !/Markdown|JSON/.test(en[key]!.message)) {
          expect(other[key]!.message, `${lang}.${key} is still English`).not.toBe(en[key]!.message);
        }
      }
    });
  }
});
