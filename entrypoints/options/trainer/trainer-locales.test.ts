// Every string of the trainer editor exists in English, Swedish and Norwegian
// Bokmål with the English placeholders; counted ones in each plural form the
// language needs; the plain words for every checker message the model names.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERPRETERS, PRACTICE_GOALS } from '../../../rules/pack-schema';
import { goalKey } from './StepEditor';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const ROOT = join(__dirname, '../../..');
const load = (lang: string) => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Messages;

function keysInCode(): string[] {
  const keys = new Set<string>();
  for (const file of readdirSync(__dirname).filter((name) => /\.tsx?$/.test(name) && !name.includes('.test.'))) {
    const source = readFileSync(join(__dirname, file), 'utf8');
    for (const match of source.matchAll(/'(trainer[A-Z][A-Za-z_]+)'/g)) keys.add(match[1]!);
    for (const match of source.matchAll(/\btCount\('(trainer[A-Za-z]+)'/g)) {
      keys.delete(match[1]!);
      keys.add(`${match[1]}_one`).add(`${match[1]}_other`);
    }
  }
  for (const goal of PRACTICE_GOALS) keys.add(goalKey(goal));
  for (const who of INTERPRETERS) keys.add(`trainerInterpreter_${who.replace('-', '_')}`);
  return [...keys].sort();
}

describe('trainer editor strings', () => {
  const en = load('en');
  const keys = keysInCode();

  it('finds the keys, counted and built ones included', () => {
    expect(keys).toContain('trainerErrorRequired');
    expect(keys).toContain('trainerStepCount_one');
    expect(keys).toContain('trainerGoal_reflect_before_next');
    expect(keys).toContain('trainerInterpreter_family_member');
  });

  for (const lang of ['en', 'sv', 'nb']) {
    it(`exist in ${lang} with the English placeholders, translated`, () => {
      const messages = load(lang);
      expect(keys.filter((key) => !(key in messages))).toEqual([]);
      for (const key of keys) {
        expect(Object.keys(messages[key]!.placeholders ?? {}), `${lang}.${key}`).toEqual(Object.keys(en[key]!.placeholders ?? {}));
        if (lang !== 'en' && /[a-z]{5} [a-z]{3}/i.test(en[key]!.message)) expect(messages[key]!.message, `${lang}.${key}`).not.toBe(en[key]!.message);
      }
    });
  }
});
