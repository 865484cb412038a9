/**
 * How words are written, round 3: Norwegian radical Bokmål and dialect words ("sjøl", "itj", "heime",
 * "dokker", "ei hand", "va" for "var"), Swedish spoken words whose place decides them ("e" for "är",
 * "ja" for "jag" before a verb, "va" for "var", "ba"), Swedish texting shorthand ("ngt", "ggr"), and a
 * negation word typed with a slip ("ikek", "aldirg", "innte"). Phrasings of our own; each kind also
 * has look-alikes that must stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { expectCritical as critical, expectNoCritical as quiet, raised } from '../../tests/unit/eval-pack-follow-ups';
import { readAnswer } from './answer-words';

const lowers = (text: string) => readAnswer(text).map((word) => word.lower);

describe('Norwegian radical Bokmål and dialect words', () => {
  it('reads them as the words the lexicon is written in', () => {
    expect(lowers('ho kutter seg sjøl')).toEqual(['hun', 'kutter', 'seg', 'selv']);
    expect(lowers('æ vil itj mer')).toEqual(['jeg', 'vil', 'ikke', 'mer']);
    expect(lowers('han va heime da det skjedde')).toEqual(['han', 'var', 'hjemme', 'da', 'det', 'skjedde']);
    expect(lowers('han har aldri løfta ei hand mot meg')).toEqual(['han', 'har', 'aldri', 'løfta', 'en', 'hånd', 'mot', 'meg']);
  });
  it('raises the card for a disclosure written with them', () => {
    critical('self-harm', ['Jenta brenner seg sjøl på armene med lighter', 'ho har skada seg sjøl med barberblad fleire gonger']);
    critical('suicide', ['æ orke itj å leve lenger', 'eg har tenkt å ta livet mitt, dokker slepp meg snart']);
    critical('domestic-violence', ['han slo meg med flat hand i ansiktet', 'mannen min va full og dytta meg i veggen']);
  });
  it('reads a denial written with them as a denial', () => {
    expect(raised('domestic-violence', 'han har aldri løfta ei hand mot meg')).toBe('check-in');
    expect(raised('suicide', 'nei, æ har itj tenkt på å ta livet mitt')).toBe('check-in');
  });
  it('leaves the same letters alone in English and Swedish', () => {
    expect(lowers('I hurt my hand at work')).toContain('hand');
    expect(lowers('jag slog handen i dörren, det var ingen fara')).toContain('handen');
    expect(lowers('jag brukar sia om vädret')).toContain('sia');
    quiet('self-harm', ['I hurt my hand lifting boxes at work']);
  });
  it('keeps "va" as it is where it may be "hva" (what)', () => {
    expect(lowers('va skal jeg gjøre nå')).toContain('va');
  });
});

describe('Swedish spoken words decided by their place', () => {
  it('reads "e" as "är", "ba" as "bara", and "ja" before a verb as "jag"', () => {
    expect(lowers('det e inget fel på mej')).toEqual(['det', 'är', 'inget', 'fel', 'på', 'mej']);
    expect(lowers('ja orkar inte mer, vill ba sova')).toEqual(['jag', 'orkar', 'inte', 'mer', 'vill', 'bara', 'sova']);
    expect(lowers('hon sa att det va hemskt')).toContain('var');
  });
  it('keeps the reply "ja" (yes), and Norwegian "ba" (asked)', () => {
    expect(lowers('ja, han slår mig')).toContain('ja');
    expect(lowers('ja det har hänt flera gånger')).toEqual(expect.arrayContaining(['ja', 'har']));
    expect(lowers('hun ba meg gå')).toContain('ba');
    expect(lowers('va gör du här')).toContain('va');
  });
  it('raises the card for a disclosure written with them', () => {
    critical('suicide', ['ja vill inte leva längre', 'ja tänker ta livet av mej, det e bestämt']);
    critical('domestic-violence', ['ja blir slagen av honom när han e full', 'ja får stryk av min man']);
  });
  it('reads texting shorthand for counts and things', () => {
    expect(lowers('två ggr i veckan')).toEqual(['två', 'gånger', 'i', 'veckan']);
    expect(lowers('har inte gjort ngt sånt')).toEqual(['har', 'inte', 'gjort', 'något', 'sånt']);
  });
});

describe('A negation word typed with a slip', () => {
  it('reads a swapped or doubled letter back to the negation word', () => {
    expect(lowers('har ikek lyst')).toContain('ikke');
    expect(lowers('har aldirg gjort det')).toContain('aldrig');
    expect(lowers('jag innte vill')).toContain('inte');
    expect(lowers('I have nevre hurt myself')).toContain('never');
  });
  it('keeps a denial typed so a check-in, not a card', () => {
    expect(raised('self-harm', 'jag har aldirg skurit mig')).toBe('check-in');
    expect(raised('suicide', 'jeg har ikek tanker om å ta livet mitt')).toBe('check-in');
    expect(raised('domestic-violence', 'he has nevre hit me')).toBe('check-in');
  });
  it('leaves words one letter from a negation word alone ("igen", "inge", "noen")', () => {
    expect(lowers('han slog mig igen')).toContain('igen');
    expect(lowers('noen slo meg')).toContain('noen');
    critical('domestic-violence', ['han slog mig igen i går kväll']);
  });
});
