/**
 * Kinds of writing about suicide and self-harm that the built-in concepts must
 * read, each in several phrasings and in en, sv and nb with sentences of their
 * own (not the rows of tests/data/disclosures-dev-r4s*.tsv), and the everyday
 * senses of the same words that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { raised } from '../../tests/unit/eval-pack-follow-ups';
import { answerWords } from './answer-words';

const critical = (concept: string, texts: string[]) => {
  for (const text of texts) expect([text, raised(concept, text)]).toEqual([text, 'critical']);
};
const quiet = (concept: string, texts: string[]) => {
  for (const text of texts) expect([text, raised(concept, text)]).not.toEqual([text, 'critical']);
};

describe('not expecting to be alive or around for long', () => {
  it('reads being alive, staying, or no longer being a bother, with a time to come', () => {
    critical('suicide', [
      "Honestly I don't see myself being alive next year.",
      "He told me he won't be a burden to anyone for much longer.",
      'Jag kommer inte vara vid liv till jul.',
      'Hon säger att hon inte kommer ligga någon till last så länge till.',
      'Jeg kommer ikke til å være i live neste år.',
      'Han blir ikke her så lenge til, sier han.',
    ]);
  });
  it('reads goodbyes said together with not staying', () => {
    critical('suicide', [
      "She's been saying goodbye to everyone and says she won't be around.",
      'Han har tagit farväl av sina vänner och säger att han inte blir kvar.',
      'Ho har sagt farvel til alle og seier ho ikkje skal vere her lenger.',
    ]);
  });
});

describe('asking why one should go on living, or not being bothered to live', () => {
  it('reads the question and the slang in en, sv and nb', () => {
    critical('suicide', [
      "Why should I even carry on living like this?",
      "can't be bothered living anymore tbh",
      'Varför ska jag ens fortsätta leva?',
      'pallar inte leva längre',
      'Hvorfor skal jeg fortsette å leve?',
      'gidder ikkje leve meir',
    ]);
  });
});

describe('a life that has run its course, as older clients put it', () => {
  it('reads a life lived to its end', () => {
    critical('suicide', [
      "I've lived long enough, I'm ready to go.",
      'My life has run its course.',
      'Jag har levt färdigt nu.',
      'Mitt liv har gjort sitt.',
      'Eg har levd lenge nok.',
      'Livet mitt har gjort sitt.',
    ]);
  });
  it('reads a formal wish for it to end', () => {
    critical('suicide', ['I would like it to be over now, all of it, my life.', 'I should very much like it to end.']);
  });
});

describe('Nynorsk forms', () => {
  it('reads Nynorsk verbs and pronouns as Bokmål', () => {
    expect(answerWords('eg skadar meg sjølv').map((w) => w.lower)).toEqual(['jeg', 'skadar', 'meg', 'selv']);
    critical('suicide', ['Ho vil ikkje vere her meir.', 'Han har tenkt å teke livet sitt.', 'Eg vil berre døy.']);
  });
  it('keeps a Nynorsk denial a denial', () => {
    expect(raised('suicide', 'Eg kjem aldri til å teke livet mitt.')).toBe('check-in');
  });
});

describe('scars and marks with an act of harm', () => {
  it('reads scars and marks from cutting or burning, and on the body', () => {
    critical('self-harm', [
      'She has old cutting scars all over her thighs.',
      'Visible scarring from self harm.',
      'Har ärr på armarna.',
      'Ärren efter rispandet syns fortfarande.',
      'Han har arr etter kutting på armene.',
      'Det er ferske kutt på låret hennes.',
    ]);
  });
  it('leaves scars and bruises with no act of harm alone', () => {
    quiet('self-harm', [
      'He has bruises from him hitting her.',
      'The scars from the operation have healed.',
      'Ärret efter operationen har läkt.',
      'Arret etter operasjonen har grodd.',
    ]);
  });
});

describe('pulling out hair', () => {
  it('reads pulling, tearing and plucking hair or lashes out', () => {
    critical('self-harm', [
      'He plucks his eyelashes out one by one when anxious.',
      'she tears clumps of hair out at night',
      'Hon sliter av sig håret när hon är stressad.',
      'Han rycker ut ögonfransarna.',
      'Hun napper ut øyevippene sine.',
      'Han river ut hår når han er urolig.',
    ]);
  });
});

describe('clinical shorthand in advisers\' notes', () => {
  it('reads DSH, NSSI and SSB', () => {
    critical('self-harm', ['Known DSH, current.', 'NSSI since age 13.', 'Pågående SSB enligt BUP.']);
  });
});

describe('euphemisms for killing oneself', () => {
  it('reads "do away with", "do in", "göra slut på sig själv", "ta sig av daga", "gjøre ende på seg selv"', () => {
    critical('suicide', [
      'She said she might do herself in.',
      'He talked about doing away with himself after the court date.',
      'Hon har sagt att hon vill göra slut på sig själv.',
      'Han tänker ta sig av daga.',
      'Hun snakker om å gjøre ende på seg selv.',
      'Han vurderer å ta seg av dage.',
    ]);
  });
  it('reads lying down, sleeping or going away for good', () => {
    critical('suicide', [
      'Some nights I just want to go to sleep for good.',
      'I want to lie down and not get up again.',
      'Hon vill sova för gott.',
      'Ibland vill jag bara lägga mig och aldrig stiga upp igen.',
      'Han vil legge seg og aldri stå opp igjen.',
      'Det hadde vært best for alle om jeg forsvant.',
      'Det vore bäst för alla om hon försvann.',
    ]);
  });
  it('reads "no other way out than" as the one way left, not a denial', () => {
    critical('suicide', [
      'He sees no other option than to kill himself.',
      'Hun ser ingen annen løsning enn å ta livet sitt.',
    ]);
  });
  it('reads farewell letters written in case one is gone', () => {
    critical('suicide', [
      'He has left a note for his son in case he is gone.',
      'Hon har skrivit ett brev till sin mamma ifall hon inte finns mer.',
      'Han har skrevet en lapp til kona i tilfelle han ikke er her lenger.',
    ]);
  });
  it('reads being talked down from a height with the person in between', () => {
    critical('suicide', ['Staff talked her down from the roof.', 'Vakterna pratade honom ner från taket.', 'Vekterne snakket henne ned fra taket.']);
  });
});

describe('self-harm by degree and as deserved punishment', () => {
  it('reads harm done until it hurts, bruises or bleeds, and harm "deserved"', () => {
    critical('self-harm', [
      'She claws at her arms until they bleed.',
      'He pinches himself till it bruises.',
      'I punch my leg until it hurts.',
      'Hon nyper sig tills det blir blåmärken.',
      'Han kliar sig tills blodet kommer.',
      'Jeg klyper meg til det gjør vondt.',
      'She says she deserves to be hurt and starves herself.',
      'Han säger att han förtjänar att svälta.',
      'Hun sier hun fortjener å sulte.',
    ]);
  });
  it('leaves a head knocked on a thing alone', () => {
    quiet('self-harm', ['Han slog huvudet i bordskanten.', 'Hun slo hodet i kjøkkenskapet.', 'He hit his head on the door frame.']);
  });
  it('still reads a head banged against the wall, or a self that hits itself', () => {
    critical('self-harm', ['Hon dunkar huvudet i väggen.', 'Han slår hodet i veggen når han blir fortvilet.', 'She hits herself on the head.']);
  });
});

describe('something, or someone else, "tar livet av mig"', () => {
  it('is no wish to die when the subject is a thing or another person', () => {
    quiet('suicide', ['Den här värmen tar livet av mig.', 'Skjemaet fra Nav tar livet av meg.', 'Jag tror pendlingen tar livet av mig.']);
  });
  it('stays critical in the first person, inverted, or in the infinitive', () => {
    critical('suicide', [
      'Jag tar livet av mig om de tar barnen.',
      'Efter jul tar jag livet av mig.',
      'Hun sier at jeg bare tar livet av meg.',
      'Vil ta livet av meg.',
    ]);
  });
});

describe('at the edge of a height, and one\'s own funeral', () => {
  it('reads sitting or standing at the edge of a bridge, cliff or roof', () => {
    critical('suicide', [
      'He was found standing on the railing of the bridge.',
      'She keeps driving to the cliffs and standing at the edge.',
      'Hon har stått vid kanten av stupet flera kvällar.',
      'Han har kjørt til brua og klatret over rekkverket.',
    ]);
  });
  it('reads picturing or planning one\'s own funeral', () => {
    critical('suicide', [
      "I've been planning my own funeral, the songs and everything.",
      'Hon har planerat sin egen begravning in i detalj.',
      'Han ser for seg sin egen begravelse hele tiden.',
    ]);
  });
  it('leaves a relative\'s death in hospital and a day out at the cliffs without a critical card', () => {
    quiet('suicide', [
      'My nan died in hospital in March.',
      'Pappa dog på sjukhuset i våras.',
      'Bestefar døde på sykehuset i mars.',
      'We drove to the cliffs for a day trip.',
    ]);
  });
});

describe('talk about suicide as a field of work or study', () => {
  it('stays quiet for prevention, research and statistics', () => {
    quiet('suicide', [
      'I volunteer for a suicide prevention charity.',
      'Hon jobbar med suicidprevention inom regionen.',
      'Han skriver oppgave om selvmordsforebygging.',
    ]);
  });
  it('keeps a call to a suicide prevention line critical', () => {
    critical('suicide', ['I rang the suicide prevention helpline last night.']);
  });
});

describe('Nynorsk compounds and intent that outweighs an innocent object', () => {
  it('reads sjølvmord and sjølvskading', () => {
    critical('suicide', ['Ho har hatt sjølvmordstankar i fleire år.']);
    critical('self-harm', ['Han har halde på med sjølvskading lenge.']);
  });
  it('reads a burn or cut with a kitchen object said to be on purpose', () => {
    critical('self-harm', [
      'She burnt her arm on the cooker on purpose.',
      'Hon brände sig på spisen med flit.',
      'Han skar seg med en kjøkkenkniv med vilje.',
    ]);
  });
  it('still lowers an accident with the same object', () => {
    quiet('self-harm', ['She burnt her arm on the cooker.', 'Hon brände sig på spisen.']);
  });
  it('reads slashing and nails dug into the skin', () => {
    critical('self-harm', ['He slashed his forearms last night.', 'She digs her nails into her arms when panicking.']);
  });
});

describe('looking up ways to die, sleeping for ever, "X to death" of oneself', () => {
  it('reads searches for ways to die in sv and nb', () => {
    critical('suicide', ['Hon har läst om olika sätt att dö.', 'Han har søkt etter måter å dø på.', 'Ho har sjekka korleis ein kan døy.']);
  });
  it('reads sleeping for ever and gassing or drinking oneself to death', () => {
    critical('suicide', [
      'Han vill somna för evigt.',
      'Hun vil bare sove for evig.',
      'He wants to drink himself to death.',
      'Hon tänker gasa ihjäl sig i garaget.',
      'Jeg har tenkt å gasse meg i hjel.',
    ]);
  });
  it('reads wanting it all to be over in sv and nb', () => {
    critical('suicide', ['Jag vill bara att allt ska vara över nu.', 'Han vil at alt skal være over.']);
  });
});

describe('the plain verbs of killing oneself and wanting to die', () => {
  it('reads nb "drepe meg selv", sv "döda mig själv", "lyst til å dø", "lust att dö"', () => {
    critical('suicide', [
      'Han har truet med å drepe seg selv.',
      'Jeg har lyst til å drepe meg selv.',
      'Hon har hotat att döda sig själv.',
      'Ho har lyst til å døy.',
      'Jag har ingen lust att leva men lust att dö.',
    ]);
  });
  it('reads wanting to stop breathing and not bearing to exist', () => {
    critical('suicide', [
      'Sometimes I just want to stop breathing.',
      'Jag vill bara sluta andas.',
      'Jeg vil bare slutte å puste.',
      'Jag orkar inte vara till längre.',
      'Hun orker ikke å være til lenger.',
    ]);
  });
  it('reads harm inflicted on oneself', () => {
    critical('self-harm', ['He inflicted burns on himself.', 'Hon tillfogar sig själv skador.']);
  });
  it('leaves threats to kill someone else, going away and an ending meeting alone', () => {
    quiet('suicide', [
      'Han hotade att döda mig om jag gick.',
      'Han truet med å drepe meg hvis jeg gikk.',
      'Jeg har lyst til å reise bort en uke.',
      'Jag har lust att åka bort i sommar.',
      'Jag vill ge bort hunden, jag har inte råd.',
      'Jeg vil bare at dette møtet skal ta slutt.',
      'Jag orkar inte vara till besvär för grannarna.',
    ]);
  });
});

describe('warning signs together: a means turned on oneself, a will with goodbyes, a wish to join the dead', () => {
  it('reads them in en, sv and nb', () => {
    critical('suicide', [
      'Has access to firearms and talks of using one on himself.',
      'Han har tilgang til våpen og snakker om å bruke det på seg selv.',
      'Hon har en kniv och har pratat om att använda den mot sig själv.',
      "He's written his will and said goodbye to his kids.",
      'Hon har skrivit testamente och sagt hejdå till barnen.',
      'She wants to join her son who passed.',
      'Hon vill till sin son som dog.',
      'Han vil komme til kona si som døde i fjor.',
      "I've been driving too fast on purpose hoping to crash.",
      'Jeg kjører for fort og håper jeg krasjer.',
    ]);
  });
});

describe('not deserving to live, no way out but death', () => {
  it('reads them in en, sv and nb, Nynorsk included', () => {
    critical('suicide', [
      "He feels he doesn't deserve to be alive.",
      'Hon känner att hon inte förtjänar att leva.',
      'Eg fortener ikkje å leve.',
      'There is no way out for me but to die.',
      'Jag ser ingen annan väg än döden.',
      'Han ser ingen vei ut av gjelda annet enn å dø.',
      "It would be better for everyone if I wasn't here.",
      'Ho veit kor mange tablettar ho treng.',
    ]);
  });
});

describe('everyday senses that must stay quiet', () => {
  it('laughing oneself to death, freezing to death, cutting oneself a slice', () => {
    quiet('suicide', ['She nearly killed herself laughing.', 'Hon skrattade ihjäl sig.', 'Han lo seg ihjel av vitsen.', 'Vi fryser ihjäl i lägenheten.', 'Jeg fryser i hjel her.']);
    quiet('self-harm', ['He cut himself a piece of bread.', 'Hon skar sig en skiva bröd.', 'Han skar seg et stykke brød.']);
  });
  it('cutting down, suicide missions, figurative overdoses and hunger', () => {
    quiet('self-harm', [
      "We've had to cut back on heating this winter.",
      'Jag skär ner på kaffet.',
      'Vi kutter ut kjøtt for å spare penger.',
      'Jeg er skrubbsulten, har ikke spist i dag.',
      'Hun er sulten og sliten.',
    ]);
    quiet('suicide', [
      'Going to the shops on Black Friday is a suicide mission.',
      'Had an overdose of Netflix this weekend.',
      'Det är ett självmordsuppdrag att köra dit i snöstorm.',
      'Helgen blev en överdos av julmat och godis.',
      'Det var et rent selvmordsoppdrag å kjøre over fjellet.',
      'Overdose av sukker i julen.',
      'I wanted to die of shame when the letter came.',
    ]);
  });
  it('keeps a real overdose critical', () => {
    critical('suicide', ['She took an overdose of paracetamol.', 'Han tog en överdos av sömntabletter.', 'Hun tok en overdose med sovepiller.']);
  });
});

describe('Norwegian "er" is no pronoun', () => {
  it('does not stand in for a person harmed in an nb sentence', () => {
    quiet('self-harm', ['Budsjettet er kuttet kraftig.', 'Det er mye kutt i tilbudet nå.']);
  });
});
