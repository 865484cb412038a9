import { describe, expect, it } from 'vitest';
import { pickText, shownInLanguage } from './localized-text';

describe('pickText', () => {
  const text = { en: 'How are things?', sv: 'Hur är läget?', nb: 'Hvordan går det?' };

  it('takes the first requested language the text has', () => {
    expect(pickText(text, ['sv', 'en'])).toBe('Hur är läget?');
    expect(pickText(text, ['de', 'nb'])).toBe('Hvordan går det?');
  });

  it('falls back from a regional code to its base language', () => {
    expect(pickText(text, ['sv-SE'])).toBe('Hur är läget?');
  });

  it('treats no and nb as the same language', () => {
    expect(pickText({ en: 'x', nb: 'Hei' }, ['no'])).toBe('Hei');
    expect(pickText({ en: 'x', no: 'Hei' }, ['nb-NO'])).toBe('Hei');
  });

  it('falls back to English, then to the first entry', () => {
    expect(pickText({ sv: 'Hej', en: 'Hello' }, ['de'])).toBe('Hello');
    expect(pickText({ sv: 'Hej', nb: 'Hei' }, ['de'])).toBe('Hej');
  });

  it('gives an empty string for missing text', () => {
    expect(pickText(undefined, ['en'])).toBe('');
    expect(pickText({}, ['en'])).toBe('');
  });
});

describe('shownInLanguage', () => {
  it('shows what is for everyone, and what is for the reader\'s language, base language or its nb/no twin', () => {
    expect(shownInLanguage(undefined, 'sv')).toBe(true);
    expect(shownInLanguage(['en'], 'en-GB')).toBe(true);
    expect(shownInLanguage(['nb'], 'no')).toBe(true);
    expect(shownInLanguage(['no'], 'nb')).toBe(true);
    expect(shownInLanguage(['en'], 'nb')).toBe(false);
    expect(shownInLanguage(['nb', 'sv'], 'en')).toBe(false);
  });
});
