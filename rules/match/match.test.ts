import { describe, expect, it } from 'vitest';
import { PRONOUN_ROLE } from '../compiled-pack';
import { answerWords, GAP_NONE, GAP_STRONG, GAP_WEAK } from './answer-words';
import { matchKey } from './fold';
import { negationScopes } from './negation';
import { stemKey } from './stem';
import { endingAllowed, oneTypoApart } from './word-rules';

const lowers = (text: string) => answerWords(text).map((w) => w.lower);

describe('answerWords', () => {
  it('splits English "n\'t" into its own "not", with or without the apostrophe', () => {
    expect(lowers("I don't want to, she can’t, he wont")).toEqual(['i', 'do', 'not', 'want', 'to', 'she', 'can', 'not', 'he', 'will', 'not']);
    expect(lowers('cannot')).toEqual(['can', 'not']);
  });

  it('marks clause breaks: strong after . ! ? ; and new lines, weak after , : and dashes', () => {
    const gaps = answerWords('no. yes, maybe: fine - ok\nself-harm').map((w) => w.gap);
    expect(gaps).toEqual([GAP_NONE, GAP_STRONG, GAP_WEAK, GAP_WEAK, GAP_WEAK, GAP_STRONG, GAP_NONE]);
  });

  it('keeps where each word stands, and its pronoun roles', () => {
    const [she, , her] = answerWords('She hit her');
    expect(she).toMatchObject({ start: 0, end: 3, roles: PRONOUN_ROLE.subj });
    expect(her!.roles).toBe(PRONOUN_ROLE.poss | PRONOUN_ROLE.obj);
    expect(answerWords('sig')[0]!.roles).toBe(PRONOUN_ROLE.self | PRONOUN_ROLE.reflexive);
  });

  it('reads emoji and other scripts without a word of their own breaking anything', () => {
    expect(lowers('😀 Привет 自殺 ok')).toEqual(['привет', '自殺', 'ok']);
  });
});

describe('matchKey and stemKey', () => {
  it('fold å/ä/ö/ø/æ in words of five letters or more only', () => {
    expect(matchKey('självmord')).toBe('sjalvmord');
    expect(matchKey('får')).toBe('får');
  });

  it('stem per language and join strong verbs to their infinitive', () => {
    expect(stemKey('skadade', 'sv')).toBe(stemKey('skada', 'sv'));
    expect(stemKey('took', 'en')).toBe(stemKey('take', 'en'));
    expect(stemKey('tog', 'sv')).toBe(stemKey('ta', 'sv'));
    expect(stemKey('slo', 'nb')).toBe(stemKey('slår', 'nb'));
    expect(stemKey('helsa', 'nb')).toBe(stemKey('helse', 'nb'));
    expect(stemKey('painting', 'en')).not.toBe(stemKey('pain', 'en'));
    expect(stemKey('word', 'fi')).toBe('word'); // no stemmer: the word itself
  });
});

describe('word rules', () => {
  it('allow one typo in words of seven letters or more, with the first letter kept', () => {
    expect(oneTypoApart('suicde', 'suicide')).toBe(true); // a letter left out
    expect(oneTypoApart('suiicide', 'suicide')).toBe(true); // one too many
    expect(oneTypoApart('suicida', 'suicide')).toBe(true); // one changed
    expect(oneTypoApart('siucide', 'suicide')).toBe(true); // two swapped
    expect(oneTypoApart('suicide', 'suicide')).toBe(false); // equal is no typo
    expect(oneTypoApart('xuicide', 'suicide')).toBe(false); // first letter
    expect(oneTypoApart('amused', 'abused')).toBe(false); // too short
    expect(oneTypoApart('suiccdde', 'suicide')).toBe(false); // two edits
  });

  it('let an English word* take inflection endings only; a Swedish or Norwegian one any (compounds)', () => {
    expect(endingAllowed('ful', 'en', false)).toBe(true);
    expect(endingAllowed('ed', 'en', false)).toBe(true);
    expect(endingAllowed('ting', 'en', false)).toBe(false);
    expect(endingAllowed('stillande', 'sv', false)).toBe(true);
    expect(endingAllowed('ting', 'nb', true)).toBe(false);
    expect(endingAllowed('en', 'nb', true)).toBe(true);
  });
});

describe('negationScopes', () => {
  const negated = (text: string, start: number, end = start) => negationScopes(answerWords(text)).isNegated(start, end);

  it('negates within the window after a negation word, until a clause ends', () => {
    expect(negated("I'm not suicidal", 3)).toBe(true); // i m not suicidal
    expect(negated('not sad. Suicidal', 2)).toBe(false);
    expect(negated('no food and suicidal', 3)).toBe(false);
    expect(negated('not at all any of the time have I been suicidal', 10)).toBe(true); // little words do not count
  });

  it('reads trailing denials and sv/nb word order', () => {
    expect(negated('Suicidal thoughts: none.', 0, 1)).toBe(true);
    expect(negated('Självmordstankar har hon inte', 0)).toBe(true);
    expect(negated('Suicidal thoughts, no plan', 0, 1)).toBe(false);
  });

  it('keeps a mention after "not only" or "no one", and after a history following "but"', () => {
    expect(negated('not only suicidal', 2)).toBe(false);
    expect(negated('no one knows she is suicidal', 5)).toBe(false);
    expect(negated('not suicidal now but she tried last year', 1)).toBe(false);
  });
});

describe('negationScopes: denials at the end of a note', () => {
  const negated = (text: string, start: number, end = start) => negationScopes(answerWords(text)).isNegated(start, end);
  it.each([
    ['Asked about suicide, she said no.', 2],
    ['Asked about suicide – said no', 2],
    ['Frågade om självmordstankar, hon svarade nej.', 2],
    ['Spurte om selvmordstanker: nei', 2],
    ['Self-harm: denies', 1],
  ])('%s', (text, at) => expect(negated(text, at)).toBe(true));

  it('needs the denial to end the sentence, with only reporting words before it', () => {
    expect(negated('Asked about suicide, she said no plan', 2)).toBe(false);
    expect(negated('Suicide attempt, then no contact with services', 0, 1)).toBe(false);
  });
});
