/**
 * Kinds of writing about violence by a partner or relative, children exposed to
 * it, and denials, that the built-in concepts must read: each kind in several
 * phrasings, persons and in en, sv and nb, with sentences of their own (not the
 * evaluation sets' rows). What the eval pack's follow-up on the concept raises.
 */
import { describe, expect, it } from 'vitest';
import type { EffectiveSeverity } from '../compiled-pack';
import { raised } from '../../tests/unit/eval-pack-follow-ups';

function expectAll(concept: string, texts: string[], expected: EffectiveSeverity | 'none') {
  for (const text of texts) expect({ text, got: raised(concept, text) }).toEqual({ text, got: expected });
}

const DV = 'domestic-violence';
const CHILD = 'child-exposed-to-violence';

describe('someone else does it: "he", "she", "they" never stand for the client\'s own "I" or a "you"', () => {
  it('reads nothing into what the client does with their own things', () => {
    expectAll(DV, [
      'My laptop keeps freezing, can I use yours?',
      'I keep my passport in a drawer at my sister\'s.',
      'I check my bank account every morning now.',
      'Jag tar med mig mina papper nästa gång.',
      'Jeg tar med meg lønnsslippene neste gang.',
      'Jag kollar min mobil hela tiden efter svar från jobbet.',
      'Telefonen er knust etter at jeg mistet den.',
      'I hit my head on the cupboard door.',
      'Jag slog i knät när jag cyklade.',
    ], 'none');
  });
  it('still reads control when a partner or relative does it, in any person', () => {
    expectAll(DV, [
      'He keeps my bank card and I have to ask for bus fare.',
      'Her husband went through her phone and deleted her friends.',
      'Maken behåller hennes pass och id-kort.',
      'Han går igenom hennes mobil varje kväll.',
      'Samboeren tar lønna hennes hver måned.',
      'Han går gjennom telefonen min når jeg sover.',
      'She has to hand over her wages to him every Friday.',
      'Hon måste lämna över lönen till maken.',
      'Hun må gi fra seg lønna til mannen.',
    ], 'critical');
  });
  it('finds violence done to the client named in the passive, or received as a blow', () => {
    expectAll(DV, [
      'I was punched by my ex on Saturday.',
      'Jag blev knuffad av min sambo.',
      'Hun ble slått av eksen sin.',
      'Hon fick stryk igen i helgen.',
      'Jag misshandlades av mitt ex.',
      'Ho fekk juling av sambuaren.',
      'Eg vart slegen i går.',
      'I got a beating off him last night.',
    ], 'critical');
  });
});

describe('euphemisms, threats and control without the word "violence"', () => {
  it('reads what people say instead of "he hits me" when a partner is named', () => {
    expectAll(DV, [
      'It gets physical when he has been drinking.',
      'My partner lashes out when he is stressed.',
      'her boyfriend goes for her when he loses an argument',
      'Det blir bråk hemma och han blir hårdhänt.',
      'När maken druckit så smäller det.',
      'Når samboeren drikker, smeller det.',
      'Han blir handgripelig når han er full.',
    ], 'critical');
  });
  it('reads threats with intimate images, threats to take the children, and honour shame', () => {
    expectAll(DV, [
      'Her ex says he will send her nudes to her family.',
      'Exet hotar att sprida intima bilder.',
      'Eksen sier han skal legge ut nakenbildene.',
      'He says I will never see the kids again if I go to a solicitor.',
      'Pappan säger att han tar barnen och att hon aldrig får se dem igen.',
      'Han truer med å ta barna til utlandet.',
      'Her uncles say she has brought shame on the family by divorcing.',
      'Bröderna säger att hon drar skam över familjen.',
      'Faren sier hun har brakt skam over familien.',
    ], 'critical');
  });
  it('reads a grip at the throat and feeling unsafe at home in the words of a note', () => {
    expectAll(DV, [
      'Partner had her by the throat against the fridge.',
      'Sambon tog henne om halsen i köket.',
      'Kjæresten tok henne rundt halsen i gangen.',
      'I feel unsafe at home.',
      'Jag känner mig otrygg hemma.',
      'Hun føler seg utrygg hjemme.',
      'Disclosed DV, husband, ongoing.',
    ], 'critical');
  });
});

describe('Nynorsk, spoken Swedish, definite nouns and not daring to go home', () => {
  it('reads Nynorsk and dialect forms of violence and control', () => {
    expectAll(DV, [
      'Han har slege henne fleire gonger.',
      'Sambuaren truga med å drepe ho.',
      'Han lèt ho ikkje treffe venene sine.',
      'Eksen sparka meg i ryggen.',
    ], 'critical');
    expectAll(CHILD, ['Borna høyrde at han slo meg.', 'Ungane gøymer seg når far deira kjem heim.'], 'critical');
  });
  it('reads a jealous partner who checks, and a phone destroyed by a partner', () => {
    expectAll(DV, [
      'he is so jealous he checks who i talk to',
      'hon e så svartsjuk o kollar vem jag pratar med',
      'Han er sjalu og sjekker alt jeg gjør.',
      'He destroyed my phone so I could not ring my sister.',
      'Han förstörde min telefon.',
      'Han har ødelagt mobilen min.',
    ], 'critical');
  });
  it('reads the definite neuter noun a Swedish stemmer leaves whole', () => {
    expectAll(CHILD, ['Barnen har hört våldet genom väggen.'], 'critical');
    expectAll(DV, ['Hotet från exet gör att hon inte sover.'], 'critical');
  });
  it('reads not daring to go home', () => {
    expectAll(DV, ["I daren't go home tonight.", 'Hon vågar inte gå hem.', 'Han tør ikke dra hjem til henne.'], 'critical');
  });
});

describe('children exposed to violence', () => {
  it('reads the police called or taking someone away with a child there', () => {
    expectAll(CHILD, [
      'The police came out and the kids were in the lounge.',
      'My son rang the police when it kicked off.',
      'Polisen kom hem till oss och barnen var vakna.',
      'Barnen såg när polisen tog honom.',
      'Politiet kom og ungene satt i sofaen.',
      'Datteren ringte politiet.',
    ], 'critical');
  });
  it('reads a child stepping in and a child\'s own words', () => {
    expectAll(CHILD, [
      'My eldest jumped in front of me.',
      'Sonen ställde sig framför mig när han skrek.',
      'Gutten stilte seg foran meg og skrek til ham at han skulle slutte.',
      'Our youngest told nursery that daddy hurt mummy.',
      'Dottern berättade för fröken att pappa gör mamma illa.',
      'Den minste fortalte at pappa gjør vondt på mamma.',
      'Tiåringen så at han slo meg.',
    ], 'critical');
  });
  it('raises no critical card for sport, play and school (a quiet check-in at most)', () => {
    for (const text of [
      'My daughter got hit by a ball in PE.',
      'Min son fick en boll i ansiktet på rasten.',
      'Jenta fikk en ball i hodet på trening.',
      'The children wanted to be police officers at the fancy-dress party.',
    ]) expect({ text, got: raised(CHILD, text) }).not.toEqual({ text, got: 'critical' });
  });
});

describe('idioms of "slå" and "hit" are no violence', () => {
  it('reads switching off, looking up, settling and success as nothing', () => {
    expectAll(DV, [
      'Kan du slå av radion?',
      'Hon slog upp numret i katalogen.',
      'Vi slog oss ner i Umeå.',
      'Det slog mig att han hade rätt.',
      'Slå av lyset når du går.',
      'Vi slo oss ned i Tromsø.',
      'Det slo meg at jeg hadde glemt nøkkelen.',
      'That album was a big hit in our house.',
    ], 'none');
  });
  it('still reads beaten by someone, and a thing thrown that hit the client', () => {
    expectAll(DV, [
      'Hon blev slagen av sin man.',
      'Hun ble slått av mannen sin.',
      'He threw a mug and it hit me on the head.',
      'He gave her a hit across the face.',
    ], 'critical');
  });
});

describe('explicit denials give a quiet check-in; a present event after the denial stays critical', () => {
  it('a reporting verb of denial reaches into its that-clause', () => {
    expectAll(CHILD, [
      'Client denies that the children have seen any violence.',
      'Klienten förnekar att barnen har bevittnat våld.',
      'Klienten avkrefter at barna har vært vitne til vold.',
    ], 'check-in');
    expectAll(DV, ['Hon avkräftade att sambon varit våldsam.', 'Hun avkreftet vold i nære relasjoner.', 'Denies DV.'], 'check-in');
  });
  it('a negated pronoun in a condition denies nothing', () => {
    expectAll(DV, [
      'He threatens to kill her if she does not come back.',
      'Exet hotar att döda henne om hon inte kommer tillbaka.',
      'Eksen truer med å drepe henne hvis hun ikke flytter hjem igjen.',
    ], 'critical');
  });
  it('a denied feeling of being unsafe is a check-in', () => {
    expectAll(DV, ['I don\'t feel unsafe at home.', 'Jag känner mig inte otrygg hemma.', 'Eg kjenner meg ikkje utrygg heime.'], 'check-in');
  });
  it('a denied past with an event now stays critical', () => {
    expectAll(DV, [
      'He has not hit me for a while, but yesterday he pushed me down the stairs.',
      'Han slår mig inte längre, men i går tog han strypgrepp på mig.',
      'Han slår meg ikke nå, men i går tok han kvelertak på meg.',
    ], 'critical');
  });
  it('a lone word explained by sport in its sentence is only a check-in', () => {
    expectAll(DV, ['Bruises all down his legs from rugby.', 'Blåmärken efter handbollsmatchen.', 'Blåmerker etter fotballtreningen.'], 'check-in');
  });
});
