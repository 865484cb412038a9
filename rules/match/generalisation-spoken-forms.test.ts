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

describe('colloquial words for the children, radical participles, and spoken verbs by their place', () => {
  it('reads "ungene", "ungan", sv "ungarna" as the children of the lexicon\'s phrases', () => {
    critical('child-exposed-to-violence', ['Det hendte rett foran ungene', 'han ropte og slo, ongan var heime', 'Det hände inför ungarna i köket']);
    expect(lowers('den unge mannen')).toContain('unge'); // "unge" (young) stays
  });
  it('reads radical Bokmål -a participles of strong and short verbs as the -et ones', () => {
    critical('domestic-violence', ['eksen har trua med å drepe meg', 'han har tvunga meg til sex flere ganger']);
    expect(raised('substance-use', 'har drukka hver dag i tre uker')).not.toBe('none');
  });
  it('reads "va" as "var" after its subject\'s negation, and "ja" inside a clause as "jag"', () => {
    expect(lowers('om jeg ikke va her')).toEqual(['om', 'jeg', 'ikke', 'var', 'her']);
    expect(lowers('veit ikke va jeg skal gjøre')).toContain('va');
    expect(lowers('det vore bäst om ja inte va här')).toEqual(['det', 'vore', 'bäst', 'om', 'jag', 'inte', 'var', 'här']);
    expect(lowers('hon sa ja till jobbet')).toContain('ja');
    expect(lowers('ja eller nej')).toContain('ja');
    critical('suicide', ['alla skulle ha det bättre om ja inte fanns', 'det hadde vært bedre for alle om æ ikke va her']);
  });
  it('reads Swedish "sen" as "sedan" after a span of time or before what it is since, not "late"', () => {
    expect(lowers('jag slutade för tre år sen')).toContain('sedan');
    expect(lowers('jag har mått dåligt sen hon flyttade')).toContain('sedan');
    expect(lowers('jag kom hem sen igår')).toContain('sen');
    expect(lowers('en sen kväll')).toContain('sen');
  });
  it('keeps Swedish "hoppas" (hope) apart from "hoppa" (jump) and Norwegian "hoppa" (jumped)', () => {
    quiet('suicide', ['Vi ska hoppa i sjön i sommar med barnen', 'Han hoppade av gymnasiet i fjol', 'Han hoppa av skolen etter jul']);
    critical('suicide', ['jag hoppas att jag inte vaknar i morgon', 'har kollat hur högt man måste hoppa från bron']);
  });
});


describe('English texted "2", "4" and "w" for "to", "for" and "with"', () => {
  it('reads them so where the words around say so, and leaves numbers that count', () => {
    expect(lowers('i am ready 2 end it')).toEqual(['i', 'am', 'ready', 'to', 'end', 'it']);
    expect(lowers('he has written notes 2 his mum')).toContain('to');
    expect(lowers('i have nothing 2 live 4 now')).toEqual(expect.arrayContaining(['to', 'for']));
    expect(lowers('she is fed up w everything')).toContain('with');
    expect(lowers('he has 2 kids and i waited 4 hours')).toEqual(expect.arrayContaining(['2', '4']));
    expect(lowers('he has 2 kids and i waited 4 hours')).not.toContain('to');
  });
  it('raises the card for a disclosure texted so', () => {
    critical('suicide', ['i just want 2 be gone', 'i have nothing left 2 live 4']);
    critical('domestic-violence', ['i am scared 2 go home, he hits me']);
  });
});

describe('the last part of a compound with å, ä, ö, ø, æ', () => {
  it('is found in a longer word, whose key has those letters folded', () => {
    critical('domestic-violence', ['det förekommer familjevåld hemma', 'hon utsätts för partnervåld sedan länge']);
    expect(raised('criminal-justice', 'han er voldsdømt for to år siden')).toBe('info');
    expect(raised('criminal-justice', 'ikke straffedømt, sier han')).toBe('check-in');
  });
  it('is told apart, letters and all, from a part that differs only by them, and is no first part', () => {
    // "skår" (shard) is no "skär" (cuts); "skär" does not begin "skärgården" (the archipelago)
    expect(raised('self-harm', 'Skar meg på en glasskår da jeg vasket opp, sydde to sting')).toBe('none');
    expect(raised('self-harm', 'Jag skär mig aldrig, men vi bor i skärgården.')).toBe('check-in');
  });
});

describe('a record told by the word for punished', () => {
  it('reads sv "straffad", nb "straffet" as a record, and denied as a check-in', () => {
    expect(raised('criminal-justice', 'hon är straffad två gånger för snatteri')).toBe('info');
    expect(raised('criminal-justice', 'aldri straffet, sier han')).toBe('check-in');
    expect(raised('criminal-justice', 'ej straffad enligt honom')).toBe('check-in');
  });
});
