// Interface strings in a chosen language: placeholders filled as browser.i18n fills them,
// the right _locales folder for a language tag, and every practice form string there in
// each language the extension speaks.
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../tests/unit/locale-messages';
import { localeFolder, translateFrom } from './messages-in-language';

describe('translateFrom', () => {
  const words = translateFrom({
    plain: { message: 'Choose' },
    named: { message: 'Summary: $TITLE$ ($COUNT$)', placeholders: { title: { content: '$1' }, count: { content: '$2' } } },
    dollars: { message: 'Costs $$5 for $1' },
  });
  it('fills named placeholders from the substitutions, and $$ is a dollar sign', () => {
    expect(words('plain')).toBe('Choose');
    expect(words('named', ['Rent', '3'])).toBe('Summary: Rent (3)');
    expect(words('named', 'Rent')).toBe('Summary: Rent ()');
    expect(words('dollars', 'two')).toBe('Costs $5 for two');
  });
  it('gives the key for a string it does not have, as t does', () => expect(words('missing')).toBe('missing'));
  it('reads the real files the same way', () => {
    expect(translateFrom(loadMessages('sv'))('practiceSummaryHeading', ['Hyra'])).toBe('Sammanfattning: Hyra');
  });
});

describe('localeFolder', () => {
  it('picks the folder by the language, any region; Norwegian is Bokmål; others have none', () => {
    expect(['en', 'en-GB', 'sv', 'sv-FI', 'nb', 'nb-NO', 'no', 'de', 'ar'].map(localeFolder)).toEqual(['en', 'en', 'sv', 'sv', 'nb', 'nb', 'nb', undefined, undefined]);
  });
});
