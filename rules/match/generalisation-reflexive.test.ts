/**
 * The reflexive kept apart from the first person's object: an act a person does to themself
 * ("han vil drepe seg", "hon vill döda sig", "he wants to kill himself", and the client's own "jeg vil
 * drepe meg") is suicide; the same verb done to the client by someone else ("han skal drepe meg",
 * "maken hotar att döda mig", "he said he'd kill me") is a threat, not a suicide card. Phrasings of our own.
 */
import { describe, expect, it } from 'vitest';
import { expectCritical as critical, expectNoCritical as quiet, raised } from '../../tests/unit/eval-pack-follow-ups';
import { PRONOUN_ROLE } from '../compiled-pack';
import { answerWords } from './answer-words';

const reflexive = (text: string, word: string) =>
  (answerWords(text).find((candidate) => candidate.lower === word)!.roles & PRONOUN_ROLE.reflexive) !== 0;

describe('reading a first-person object as reflexive from its clause', () => {
  it('reads "meg"/"mig" as reflexive after the same person, with no subject, or before "selv"', () => {
    expect(reflexive('Jeg vil drepe meg', 'meg')).toBe(true);
    expect(reflexive('Noen ganger har jeg lyst til å drepe meg', 'meg')).toBe(true);
    expect(reflexive('har tänkt på att ta livet av mej', 'mej')).toBe(true);
    expect(reflexive('Han vil drepe meg selv', 'meg')).toBe(true);
    expect(reflexive('Jag ska ta mitt liv', 'mitt')).toBe(true);
  });
  it('reads it as the object when someone else is the subject or may be', () => {
    expect(reflexive('Han skal drepe meg', 'meg')).toBe(false);
    expect(reflexive('Jeg er redd mannen min skal drepe meg', 'meg')).toBe(false);
    expect(reflexive('Jag tror att maken ska döda mig', 'mig')).toBe(false);
    expect(reflexive('Pappa truet med å drepe meg', 'meg')).toBe(false);
    expect(reflexive('Han vill ta mitt liv', 'mitt')).toBe(false);
    expect(reflexive('Jag sa det. Mig', 'mig')).toBe(false);
  });
  it('keeps "seg", "sig", "himself" reflexive everywhere and English "me" never', () => {
    expect(reflexive('han vil drepe seg', 'seg')).toBe(true);
    expect(reflexive('hon vill döda sig', 'sig')).toBe(true);
    expect(reflexive('kill himself', 'himself')).toBe(true);
    expect(reflexive('I think I will kill me', 'me')).toBe(false);
  });
});

describe('killing oneself said with the reflexive, in any person', () => {
  it('raises the suicide card for a third-person note and the client\'s own words', () => {
    critical('suicide', [
      'Dattera har fortalt læreren at hun vil drepe seg.',
      'Han har sagt flere ganger at han skal drepe seg.',
      'Jeg vil drepe meg.',
      'Noen ganger har jeg lyst til å drepe meg.',
      'Vil bare drepe meg, orker ikke mer.',
      'Hon sa till kuratorn att hon vill döda sig.',
      'Jag ska döda mig.',
      'Ibland vill jag bara döda mig.',
      'He told his sister he wants to kill himself.',
      'They think she may try to kill herself again.',
    ]);
  });
  it('reads a method said with the reflexive or the client\'s own "meg"/"mig", past a comma too', () => {
    critical('suicide', [
      'Har tenkt å henge meg i garasjen.',
      'Kjæresten dro, og nå tenker jeg på å skyte meg.',
      'Hun har prøvd å henge seg to ganger.',
      'Han sier han vil kaste seg foran toget.',
      'Jag funderar på att hänga mig.',
      'Han försökte skjuta sig förra året.',
      'Hon har pratat om att kasta sig framför tåget.',
    ]);
  });
  it('keeps a threat to kill the client off the suicide card', () => {
    quiet('suicide', [
      'Han skulle drepe meg.',
      'Han sa at han skal drepe meg hvis jeg går.',
      'Jeg er redd mannen min skal drepe meg.',
      'Pappa truet med å drepe meg.',
      'Han hotade att döda mig.',
      'Maken säger att han ska döda mig om jag lämnar honom.',
      'He said he would kill me if I left.',
      'My ex keeps saying he will kill me.',
      'Han truet med å ta livet av meg.',
      'Eksen sa han skulle skyte meg.',
      'Han hotade att ta livet av mig.',
      'Maken sa att han skulle skjuta mig.',
    ]);
    for (const text of ['Han skulle drepe meg.', 'Maken säger att han ska döda mig om jag lämnar honom.', 'He said he would kill me if I left.']) {
      expect(raised('domestic-violence', text)).toBe('critical');
    }
  });
});

describe('self-harm said with the reflexive, and harm done to the client by someone else', () => {
  it('raises the self-harm card for cutting or burning oneself, the pronoun left out too', () => {
    critical('self-harm', [
      'Hun kutter seg på armene når det blir for mye.',
      'Har begynt å risse meg igjen.',
      'Jeg skjærer meg når angsten kommer.',
      'Hon skär sig i armarna.',
      'Skär mig när ångesten kommer.',
      'Han bränner sig med cigaretter.',
    ]);
  });
  it('keeps a blow or a cut by someone else off the self-harm card', () => {
    quiet('self-harm', [
      'Han kuttet meg med kniven.',
      'Pappa slo meg i går.',
      'Mannen gjør meg vondt når han drikker.',
      'Mamma slog mig.',
      'Han skar mig med en kniv.',
    ]);
  });
});
