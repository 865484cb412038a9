// Every string the practice page uses exists in English, Swedish and Norwegian Bokmål,
// with the English placeholders, each plural in every form the language needs; the
// keys built from a sentence kind, a goal, a tone or an interpreter too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRACTICE_GOALS, INTERPRETERS } from '../../rules/pack-schema';
import { expectTranslated, PROJECT_ROOT as ROOT } from '../../tests/unit/locale-messages';
const SENTENCE_KINDS = ['open-question', 'invitation', 'topic-opener', 'fact-question', 'scale-question', 'yes-no', 'reflection', 'tag', 'closed-invitation', 'statement'];

function keysInCode(): string[] {
  const keys = new Set<string>();
  const sources = [
    ...['components/practice', 'entrypoints/practice'].flatMap((dir) => readdirSync(join(ROOT, dir)).filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.')).map((f) => join(dir, f))),
    'entrypoints/popup/Popup.tsx',
    'entrypoints/options/Options.tsx',
  ];
  for (const file of sources) {
    const source = readFileSync(join(ROOT, file), 'utf8');
    for (const match of source.matchAll(/\bt\('((?:practice|popupOpenPractice|optionsOpenPractice)[A-Za-z_]*)'/g)) keys.add(match[1]!);
    for (const match of source.matchAll(/\btCount\('(practice[A-Za-z]+)'/g)) keys.add(`${match[1]}_one`).add(`${match[1]}_other`);
  }
  const underscored = (value: string) => value.replace(/-/g, '_');
  for (const kind of SENTENCE_KINDS) keys.add(`practiceKind_${underscored(kind)}`);
  for (const goal of PRACTICE_GOALS) keys.add(`practiceGoal_${underscored(goal)}`);
  for (const who of INTERPRETERS) keys.add(`practiceInterpreter_${underscored(who)}`);
  for (const tone of ['good', 'miss', 'note']) keys.add(`practiceTone_${tone}`);
  return [...keys].sort();
}

describe('practice page strings', () => {
  const keys = keysInCode();

  it('finds the page\'s strings', () => {
    expect(keys).toContain('practiceNewTrainee');
    expect(keys).toContain('practiceGoalsMet_one');
    expect(keys).toContain('popupOpenPractice');
  });

  for (const lang of ['en', 'sv', 'nb']) {
    it(`exist in ${lang} with the English placeholders, translated`, () => expectTranslated(keys, lang));

    // A quoted pack text (a follow-up's summary) ends with its own full stop: a stop after the
    // closing quote doubles it (“…road ahead.”.).
    it(`in ${lang}, put no full stop after a quoted pack text`, () => {
      const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      const doubled = keys.filter((key) => /\$[A-Z0-9_]+\$[”»"’]\./.test(messages[key]?.message ?? ''));
      expect(doubled).toEqual([]);
    });
  }
});
