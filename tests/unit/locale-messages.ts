// The interface strings in public/_locales, for the tests that check a part of the
// interface is there in every language: same keys, same placeholders, translated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export const PROJECT_ROOT = join(__dirname, '../..');

export function loadMessages(lang: string): Messages {
  return JSON.parse(readFileSync(join(PROJECT_ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Messages;
}

/**
 * Every key is in `lang` with the English placeholders; outside English, a message
 * that reads as words (five letters, a space, three) is not still the English one.
 */
export function expectTranslated(keys: readonly string[], lang: string): void {
  const en = loadMessages('en');
  const messages = loadMessages(lang);
  expect(keys.filter((key) => !(key in messages))).toEqual([]);
  for (const key of keys) {
    expect(Object.keys(messages[key]!.placeholders ?? {}), key).toEqual(Object.keys(en[key]!.placeholders ?? {}));
    if (lang !== 'en' && /[a-z]{5} [a-z]{3}/i.test(en[key]!.message)) expect(messages[key]!.message, `${lang}.${key}`).not.toBe(en[key]!.message);
  }
}
