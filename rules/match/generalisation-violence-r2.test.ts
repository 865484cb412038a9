/**
 * Kinds of writing about violence at home and children exposed to it that outside writers' sets of short
 * fields, interpreted answers and a welfare office's whole range of clients showed missed (issue 11, round 2):
 * each kind in phrasings of our own, in en, sv and nb, with look-alikes that must stay quiet.
 * What the eval pack's follow-up on the concept raises (tests/data/eval-pack.yaml).
 */
import { describe, expect, it } from 'vitest';
import { expectCritical, expectNoCritical, raised } from '../../tests/unit/eval-pack-follow-ups';

const DV = 'domestic-violence';
const CHILD = 'child-exposed-to-violence';

describe('feeling safe or not at home', () => {
  it('raises the card when the client does not feel safe, said with a negation', () => {
    expectCritical(DV, [
      'She does not feel safe in the flat when he is there.',
      'I dont feel safe around my husband anymore.',
      'Never feels safe after he has had a drink.',
      'Hon känner sig inte trygg med sin sambo.',
      'Jag känner mig inte trygg när han kommer hem.',
      'Hun føler seg ikke trygg sammen med mannen.',
      'Føler meg ikke trygg når han er full.',
    ]);
  });
  it('checks in quietly when feeling safe is the answer to the enquiry', () => {
    const texts = [
      'Says she feels safe with him, asked directly.',
      'feel safe at home',
      'Känner sig trygg i hemmet, enligt henne.',
      'trygg hemma',
      'Han føler seg trygg hjemme.',
      'kjenner seg trygg, spurt',
    ];
    expect(texts.filter((text) => raised(DV, text) !== 'check-in')).toEqual([]);
  });
  it('keeps the card when feeling safe comes with a blow told after it', () => {
    expectCritical(DV, ['She says she feels safe now, but he punched her on Sunday.']);
  });
});

describe('a child hiding where children hide', () => {
  it('raises the card with no adult named', () => {
    expectCritical(CHILD, [
      'the 5yo went and hid under her bed',
      'Our youngest hides in the cupboard most nights.',
      'Sonen gömmer sig under sängen.',
      'Lillan gömde sig på toaletten.',
      'Gutten gjemte seg i klesskapet.',
      'Jenta gjemmer seg under dyna.',
    ]);
  });
  it('stays quiet for a game of hiding', () => {
    expectNoCritical(CHILD, ['The boys hid in the wardrobe playing hide and seek.', 'Dottern gömde sig i garderoben, de lekte kurragömma.']);
  });
});

describe('marks a child\'s school, nursery or health service reports', () => {
  it('raises the card with the service and the marks, no child word needed', () => {
    expectCritical(CHILD, [
      'Nursery flagged bruising, mum vague.',
      'Teacher saw marks on the arm again.',
      'Förskolan har sett blåmärken flera gånger.',
      'Skolsköterskan hittade blåmärken.',
      'Barnehagen har meldt om blåmerker.',
      'Helsesøster så merker på ryggen.',
    ]);
  });
  it('stays quiet for a sports knock the service reports, and for the service with no marks', () => {
    expectNoCritical(CHILD, [
      'School rang about a bruise from rugby.',
      'Skolan ringde, blåmärke efter fotbollen.',
      'The teacher says she is doing well.',
      'Barnehagen sier han trives.',
    ]);
  });
  it('raises the card for a report of concern made as a verb', () => {
    expectCritical(CHILD, ['Förskolan har orosanmält i veckan.', 'Läraren orosanmälde efter lovet.']);
  });
});

describe('a child not exposed, as the answer to the enquiry', () => {
  it('checks in quietly', () => {
    const texts = ['children not exposed, per mum', 'The kids have never been exposed to any of it.', 'Sonen är inte utsatt.',
      'Ungene er ikke utsatt for noe.'];
    expect(texts.filter((text) => raised(CHILD, text) !== 'check-in')).toEqual([]);
  });
  it('raises nothing for exposure to something else', () => {
    expect(['The kids are exposed to mould in the bedroom.', 'Barnen utsätts för fukt i lägenheten.'].filter((text) => raised(CHILD, text) !== 'none')).toEqual([]);
  });
});

describe('a child married off, or threatened with it (honour-related control)', () => {
  it('raises the card', () => {
    expectCritical(CHILD, [
      'Her dad says the 15-year-old will be sent back home to marry a cousin.',
      'The family wants to marry her off at 16 if she keeps seeing that boy.',
      'Dottern, 14, ska giftas bort i hemlandet, pappan har bestämt.',
      'Flickan tvingas gifta sig med en äldre man.',
      'Jenta på 15 skal giftes bort hvis hun ikke slutter å gå ut.',
      'Datteren blir sendt til hjemlandet for å gifte seg.',
    ]);
  });
  it('stays quiet for a grown child\'s wedding', () => {
    expectNoCritical(CHILD, ['Our daughter got married in May, a lovely wedding.', 'Sonen gifte sig i fjol.', 'Datteren skal gifte seg til sommeren.']);
  });
});

describe('the oldest child named in the superlative', () => {
  it('raises the card when the oldest steps in', () => {
    expectCritical(CHILD, ['My oldest tries to get between us when he starts.', 'The oldest steps in when he kicks off.',
      'Äldste sonen går emellan.']);
  });
});

describe('a child there at the time', () => {
  it('raises the card when the child was in the room or at home when it happened', () => {
    expectCritical(CHILD, [
      'The baby was in the same room.',
      'both boys were home when it happened',
      'Dottern fanns i samma rum.',
      'Lillebror var hemma när det hände.',
      'Ungene var i rommet.',
      'Sønnen var hjemme da det skjedde.',
    ]);
  });
  it('checks in when the child was not there, and stays quiet for a child elsewhere', () => {
    expect(raised(CHILD, 'No, the kids were not home at the time.')).toBe('check-in');
    expect(raised(CHILD, 'Barna var ikke hjemme da det skjedde.')).toBe('check-in');
    expect(['The children were at nursery when it happened.', 'Sonen var hos mormor.'].filter((text) => raised(CHILD, text) !== 'none')).toEqual([]);
  });
});

describe('an older client\'s income taken by a relative (economic abuse)', () => {
  it('raises the card', () => {
    expectCritical(DV, [
      'Her grandson keeps her pension card and gives her twenty pounds a week.',
      'Son took her state pension again this month.',
      'Sonen tar hela pensionen varje månad.',
      'Dottern behåller hennes pension.',
      'Barnebarnet tar pensjonen hennes.',
      'Sønnen tok alderspensjonen.',
    ]);
  });
  it('stays quiet for help with a pension', () => {
    expect(
      ['Her son picks it up at the post office for her, her pension.', 'Sonen hjälper henne att söka pension.', 'She gets her pension on the 4th.'].filter(
        (text) => raised(DV, text) !== 'none',
      ),
    ).toEqual([]);
  });
});

describe('a threat on the client\'s right to stay', () => {
  it('raises the card when a partner or relative threatens to have the client deported', () => {
    expectCritical(DV, [
      'Her husband keeps saying he will have her deported if she complains.',
      'He told me he would report me to immigration.',
      'Maken säger att han ska få henne utvisad.',
      'Svärfamiljen hotar att anmäla henne till Migrationsverket.',
      'Ektemannen sier han skal melde henne til UDI.',
      'Svigerfamilien vil få henne utvist.',
    ]);
  });
  it('stays quiet for the client\'s own worry about her papers', () => {
    expect(['She worries about being deported.', 'Hon oroar sig för att bli utvisad.', 'Hun bekymrer seg for å bli utvist.'].filter((text) => raised(DV, text) !== 'none')).toEqual([]);
  });
});

describe('children woken by an adult\'s anger or things broken', () => {
  it('raises the card', () => {
    expectCritical(CHILD, [
      'The twins woke up when he was smashing the kitchen.',
      'Our eldest wakes up every time he throws things.',
      'Barnen vaknar när pappa krossar saker.',
      'Sonen vaknade av att han skrek.',
      'Ungene våkner når faren knuser ting.',
      'Jenta våknet når han kom hjem full.',
    ]);
  });
  it('stays quiet for children waking for ordinary reasons', () => {
    expect(['The kids wake up at six for school.', 'Bebisen vaknar på natten, tänder.', 'Gutten våkner tidlig.'].filter((text) => raised(CHILD, text) !== 'none')).toEqual([]);
  });
});

describe('taking hold of the neck in Swedish and Norwegian word order', () => {
  it('raises the card for "tar henne (hårt) om/i nacken"', () => {
    expectCritical(DV, ['Sambon tog henne om halsen igår.', 'Han tar mig hårt i nacken när han blir sur.', 'Kjæresten tok henne hardt i nakken.',
      'Han tar meg rundt halsen.']);
  });
  it('stays quiet for taking her by the hand, or to a doctor for a sore throat', () => {
    expect(['Han tog henne i handen.', 'Sonen tar henne till läkaren för halsen.', 'Han tok henne med til legen, vond hals.'].filter((text) => raised(DV, text) !== 'none')).toEqual([]);
  });
});

describe('honour-related shame put on the client', () => {
  it('raises the card for disgrace said of the family, and for the family shamed', () => {
    expectCritical(DV, ['Her uncles say she disgraced the family by moving out.', 'His father says he shamed them all.',
      'Bröderna säger att hon skämt ut dem.', 'Familien sier at hun har skjemt ut oss.']);
  });
  it('stays quiet for a disgrace that is no one\'s shame', () => {
    expectNoCritical(DV, ['It is a disgrace how long the housing list is.']);
  });
  it('still reads a joke as a joke ("på skämt"), now that "skämt ut" is shame', () => {
    expectNoCritical(DV, ['Han hotade mig på skämt, vi skrattade båda.', 'Han sa att han skulle döda mig, men det var bara skämt.']);
  });
});

describe('tracking a phone in Norwegian', () => {
  it('raises the card when someone tracks the client\'s phone', () => {
    expectCritical(DV, ['Mannen sporer mobilen hennes.', 'Eksen sporet telefonen min i et halvt år.']);
  });
  it('stays quiet for tracking a parcel', () => {
    expectNoCritical(DV, ['Hun sporer pakken på nett.']);
  });
});

describe('a child who gets a blow, steps in against a parent, or hears an episode', () => {
  it('raises the card', () => {
    expectCritical(CHILD, [
      'The 12yo got a beating for coming home late.',
      'Tonåringen fick en örfil av styvpappan.',
      'Gutten får juling når han er ulydig.',
      'Our eldest tried to stop her dad last night.',
      'Dottern försökte stoppa pappan.',
      'Sønnen prøvde å stoppe faren sin.',
      'The little ones hear the screaming from upstairs.',
      'Barnen hörde skriken och smällarna.',
      'Ungene hører kjeftingen hver kveld.',
    ]);
  });
  it('stays quiet for a knock at sport, a stroke, giving up smoking and ordinary sounds', () => {
    expectNoCritical(CHILD, [
      'The boy got hit by a ball at football.',
      'Sonen fick en smäll på fotbollen.',
      'Morfar fick slag i våras, barnen är ledsna.',
      'My son is trying to stop smoking.',
      'Barnen hör musik på kvällarna.',
      'Ungene hører på radio.',
    ]);
  });
});
