/**
 * More kinds of suicide and self-harm disclosure read by the built-in concepts
 * (a means bought or counted, a pet's care arranged, a dead parent one wants to
 * be with, a painless way looked up, a survival regretted; self-harm taken up
 * again, named reflexively in Swedish), and the everyday sentences with the
 * same words that must stay quiet: a trip one wants to make, a daily dose, a
 * suspicion the client rejects, being worn out. Sentences of our own, en/sv/nb.
 */
import { describe, expect, it } from 'vitest';
import { expectCritical, expectNoCritical, raised } from '../../tests/unit/eval-pack-follow-ups';

describe('going somewhere is no act of jumping', () => {
  it('leaves a wish to go somewhere quiet', () => {
    expectNoCritical('suicide', [
      'I want to go to the jobcentre on Monday.',
      'Hon vill åka till sin syster i påsk.',
      'Han vil dra til hytta i helga.',
      "We'd like to drive to the coast for the day.",
    ]);
  });
  it('still reads going to a height', () => {
    expectCritical('suicide', [
      'He drove to the railway bridge and sat there all night.',
      'Hon åkte till bron mitt i natten.',
      'Han kjørte til brua og ble sittende.',
    ]);
  });
});

describe('a means bought, counted or looked up', () => {
  it('reads charcoal with tape, a count before a medicine, a whole pack', () => {
    expectCritical('suicide', [
      "She's bought charcoal and duct tape and keeps them in the shed.",
      'Han har köpt en engångsgrill och silvertejp.',
      'Took over 30 sertraline on Friday night.',
      'Hon tog 20 Imovane och hamnade på akuten.',
      'Han tok over 50 Paracet.',
      'Tok hele pakken med sovetabletter i går.',
    ]);
  });
  it('reads a painless way looked up, and a quick one said after not coping', () => {
    expectCritical('suicide', [
      "She's been googling how to make it quick and painless.",
      'Har søkt på hvordan det kan gå fort og smertefritt.',
      'Orkar inte mer. Har kollat upp hur man gör för att det ska gå fort.',
    ]);
  });
  it('leaves a dose, a party and a quick application quiet', () => {
    expectNoCritical('suicide', [
      'Takes 50 mg sertraline every morning.',
      'Tar 20 mg citalopram enligt ordination.',
      'Har googlat hur man gör för att ansökan ska gå snabbt.',
      'Looked up how to get to the hospital quickly.',
      'Tar tablettene sine som avtalt og har det fint.',
    ]);
  });
});

describe('arrangements for after, and wanting to be with someone who died', () => {
  it('reads a pet\'s care arranged for afterwards or "if something happens to me"', () => {
    expectCritical('suicide', [
      'She asked who would look after the dog if anything happens to her.',
      'Han undrar vem som ska ta hand om katten efteråt.',
      'Hun spurte hvem som skal ta seg av hunden hvis noe skjer med henne.',
    ]);
  });
  it('reads a wish to be with a parent or partner who died', () => {
    expectCritical('suicide', [
      'His wife died in March. He keeps saying he just wants to be with his wife.',
      'Pappa dog i vintras. Hon säger att hon vill vara hos pappa.',
      'Mamma døde i fjor, og han vil bare være hos mamma.',
    ]);
  });
  it('reads things sold off with not needing them, and passwords handed over with nothing mattering', () => {
    expectCritical('suicide', [
      "He's selling everything he owns and says he won't need it where he's going.",
      'Selger alt hun eier og sier hun ikke trenger det der hun skal.',
      'Nothing matters anymore, she says, and she has given her brother all her passwords.',
      'Det spelar ingen roll längre, säger han. Han har gett systern alla lösenord.',
    ]);
  });
  it('reads admission after an attempt, method with not being around, a survival regretted', () => {
    expectCritical('suicide', [
      'Låg inne på psyk efter försöket i våras.',
      'Lå inne på psykiatrisk etter et forsøk i fjor.',
      "Says he won't be around after the hearing and has decided how.",
      'Hon säger att hon inte kommer att finnas kvar och att hon redan bestämt hur.',
      'She regrets being found by her neighbour.',
      'Han ångrar att han blev hittad.',
      'Hun angrer på at hun ble funnet så tidlig.',
      'me no want to live no more',
    ]);
  });
  it('leaves care while in hospital, a living partner, being found out and being worn out quiet', () => {
    expectNoCritical('suicide', [
      "Asked who can look after the dog while she's in hospital for her hip operation.",
      'Her dad died last year; she wants to be with her boyfriend more.',
      'She regrets being found out about the overpayment.',
      'Jag är helt död efter jobbet, vill bara sova.',
      'Er helt død etter nattevakta, vil bare sove.',
    ]);
  });
});

describe('self-harm taken up again, and named reflexively', () => {
  it('reads going back to cutting, new cuts on the hip, and "gör illa sig"', () => {
    expectCritical('self-harm', [
      "She's gone back to cutting since the baby was born.",
      'Han har begynt med kuttingen igjen.',
      'New cuts on her hip, she says it quiets her head.',
      'Hon gör illa sig själv när hon blir ledsen.',
    ]);
  });
  it('leaves a haircut and a partner\'s blow quiet for self-harm', () => {
    expectNoCritical('self-harm', ["He's gone back to cutting hair at the salon.", 'Han gör illa mig när han dricker.']);
  });
  it('reads a suspicion the client rejects as a denial: a check-in', () => {
    for (const text of [
      'Klienten avviser selvskading, sier merkene er fra jobben.',
      'Han tillbakavisar självskadebeteende.',
      'She rejects any self-harm, says the marks are from the cat.',
    ]) expect([text, raised('self-harm', text)]).toEqual([text, 'check-in']);
  });
});

describe('a refusal to say more denies nothing told', () => {
  it('keeps a method told before "won\'t say more" critical', () => {
    expectCritical('suicide', [
      "He has googled it and decided how, but won't say more.",
      'Hon har bestämt sig för hur, men vill inte berätta mer.',
      'Han har funnet ut hvordan han skal gjøre det, men vil ikke fortelle mer.',
    ]);
  });
  it('leaves a refusal alone, and nb "si", quiet', () => {
    expectNoCritical('suicide', ["She won't say more about the flat.", 'Hun vil ikke si noe om det.', 'Han vill inte berätta om jobbet.']);
  });
});

describe('an attempt at something else, a course of medicine, a knife that slipped', () => {
  it('leaves them quiet', () => {
    expectNoCritical('suicide', [
      'She was admitted to the ward after an attempt to walk without her frame.',
      'Hun lå inne på avdelingen etter et forsøk på å slutte å røyke.',
      'Hon tog 30 tabletter antibiotika och låg inne på sjukhuset en vecka för lunginflammation.',
      'Han tok over 20 tabletter penicillin på sykehuset.',
    ]);
    expectNoCritical('self-harm', [
      'He had a bandage on his arm from the kitchen knife slipping.',
      'Han har förband på armen efter att kniven slant i köket.',
      'Hun har bandasje på armen etter at kniven glapp på jobben.',
    ]);
  });
  it('still reads an attempt on one\'s life and a method named', () => {
    expectCritical('suicide', [
      'She made an attempt to end her life in May.',
      'Han gjorde et forsøk på å ta livet sitt.',
      'Hon gjorde ett försök att ta sitt liv i fjol.',
      'Tidligere forsøk med hengning.',
    ]);
  });
});
