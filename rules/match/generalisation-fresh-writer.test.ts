/**
 * Kinds a fresh writer's disclosures found missed (tests/data/disclosures-fresh.tsv), each with phrasings of
 * our own that are not in the data sets: a thought "about" an act (nb/sv "om å", "om att") read as the
 * client's own; pills kept "på badet" (the bathroom, not a swim); "blått öga"/"blått øye" and the fond words
 * for a small child; everyday "hit the …" and scratches on a thing; orders and warrants against the client;
 * an act considered but never done is a check-in, while the considering with no plan stays a disclosure.
 */
import { describe, expect, it } from 'vitest';
import { expectCritical as critical, expectNoCritical as quiet, raised } from '../../tests/unit/eval-pack-follow-ups';
import { PRONOUN_ROLE } from '../compiled-pack';
import { answerWords } from './answer-words';

const reflexive = (text: string, word: string) =>
  (answerWords(text).find((candidate) => candidate.lower === word)!.roles & PRONOUN_ROLE.reflexive) !== 0;

describe('a thought, a talk or a plan "about" doing something to oneself (nb "om å", sv "om att")', () => {
  it('reads the "meg"/"mig" after "om å"/"om att" as the client\'s own', () => {
    expect(reflexive('Har mange tanker om å henge meg', 'meg')).toBe(true);
    expect(reflexive('Jag pratade med kuratorn om att skära mig', 'mig')).toBe(true);
    // a clause of its own after "om" still has its own subject
    expect(reflexive('Jeg lurer på om han vil drepe meg', 'meg')).toBe(false);
    expect(reflexive('Hon undrar om maken tänker döda mig', 'mig')).toBe(false);
  });
  it('raises the suicide and self-harm cards in both languages', () => {
    critical('suicide', [
      'Han har hatt tanker om å skyte seg i høst.',
      'Eg har tankar om å henge meg.',
      'Jeg har snakket med legen om å ta livet av meg.',
      'Klienten pratar ofta om att ta livet av sig.',
      'Jag har drömmar om att hänga mig i skogen.',
    ]);
    critical('self-harm', ['Hun skriver i dagboka om å kutte seg.', 'Jag har tankar om att skära mig igen.']);
  });
  it('still reads a threat by someone else in a clause opened by "om"/"hvis" as no suicide', () => {
    quiet('suicide', ['Jeg er redd for hva som skjer om han bestemmer seg for å drepe meg.']);
  });
});

describe('pills kept in the bathroom (nb "på badet") are no swim that explains them', () => {
  it('keeps the card for tablets stored "på badet"', () => {
    critical('suicide', [
      'Han har samlet opp sovepiller i skapet på badet.',
      'Har spart opp tabletter på badet i tilfelle.',
    ]);
  });
});

describe('a black eye in plain words, and a small child by a fond name', () => {
  it('finds "blått öga"/"blått øye" with a child and an adult of the home', () => {
    critical('child-exposed-to-violence', [
      'Dottern (6) kom till förskolan med blått öga, säger att mammas kille gjorde det.',
      'Gutten på sju har blått øye, og han sier at stefaren slo.',
    ]);
  });
  it('finds the child by a fond name a parent or a grandparent uses', () => {
    critical('child-exposed-to-violence', [
      'Hennes kille örfilade småttingen i köket.',
      'Samboeren sparket småen i fjor vinter.',
      'Her fella whacked the tot across the kitchen.',
    ]);
  });
  it('leaves blue eyes and a grazed toddler quiet', () => {
    quiet('child-exposed-to-violence', ['Småttingen har blåa ögon som sin pappa.', 'Småen har blå øyne og lyst hår.']);
  });
});

describe('everyday "hit the …" and a scratch on a thing are no violence or self-harm', () => {
  it('leaves a "hit" that is luck or a place to go quiet', () => {
    quiet('domestic-violence', [
      'My husband hit the jackpot on the scratchcards.',
      'Her partner hit the shops first thing on Saturday.',
      'He hit the sack early after his night shift.',
    ]);
  });
  it('keeps "hit me" said with it', () => {
    critical('domestic-violence', ['He hit the jackpot, got drunk and hit me.']);
  });
  it('leaves a scratch on a thing quiet, told of the client or in a note of someone else', () => {
    quiet('self-harm', [
      'Han rev sig på ett rostigt plåttak.',
      'Hun rev seg på et piggtrådgjerde.',
      'Jag rev mig på en spik i förrådet.',
      'She scratched herself on a nail in the shed.',
    ]);
  });
  it('keeps scratching oneself on the arms', () => {
    critical('self-harm', ['Hon river sig på armarna när ångesten kommer.', 'Han river seg på armene til det blør.']);
  });
});

describe('an order or a warrant against the client is a criminal-justice matter', () => {
  it('raises the criminal-justice note', () => {
    for (const text of [
      'There is a warrant out for his arrest over the fines.',
      'I have a restraining order against me so I can\'t see the kids.',
      'Han fick kontaktförbud i våras efter bråket.',
      'Hon är efterlyst för bedrägeri.',
      'Han har fått besøksforbud og kan ikke gå hjem.',
      'Han er etterlyst for ran i Bergen.',
    ]) expect(raised('criminal-justice', text), text).toBe('info');
  });
  it('leaves a missing person and an order that protects the client out', () => {
    for (const text of ['Hon var efterlyst av familjen i två dagar.', 'I got a restraining order against my ex last year.']) {
      expect(raised('criminal-justice', text), text).toBe('none');
    }
  });
});

describe('an act considered but never done, against a considering with no plan', () => {
  it('gives a check-in when the act itself is denied after a turn', () => {
    for (const [concept, text] of [
      ['self-harm', 'Hun har tenkt på å skjære seg, men aldri gjort det.'],
      ['self-harm', 'Jag har funderat på att skära mig men har aldrig gjort det.'],
      ['self-harm', 'She has thought about cutting herself but has never done it.'],
    ] as const) expect(raised(concept, text), text).toBe('check-in');
  });
  it('keeps the card when only a plan or help is denied, or the act is still ahead', () => {
    critical('suicide', [
      'I have thought about ending my life, but I have no plan.',
      'Jag har tänkt på att ta livet av mig men har ingen plan.',
      'Han har tenkt på å ta livet av seg, men vil ikke ha hjelp.',
      'Har tenkt på å henge meg, men har ikke gjort det ennå.',
    ]);
  });
});

describe('a herb named by a smoking verb, and the Norwegian probation service by its old name', () => {
  it('raises the substance warning for "grass" smoked, and leaves a lawn alone', () => {
    for (const text of ['Hon röker en del gräs med kompisarna.', 'Røyker litt gress i helgene.', 'He smokes some grass with his cousin.']) {
      expect(raised('substance-use', text), text).toBe('warning');
    }
    for (const text of ['Jag klipper gräset åt grannen.', 'Ungene leker i gresset.', 'We had a picnic on the grass.']) {
      expect(raised('substance-use', text), text).toBe('none');
    }
  });
  it('reads "friomsorgen" as probation, and its denial as a check-in', () => {
    expect(raised('criminal-justice', 'Han har oppmøte hos friomsorgen annenhver uke.')).toBe('info');
    expect(raised('criminal-justice', 'Aldri hatt noe med friomsorgen å gjøre.')).toBe('check-in');
  });
});
