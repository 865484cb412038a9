/**
 * Critical cards that should not be raised: denials a note records in ways the negation scope did not see, an
 * assessment that found nothing, marks explained as no one's doing, everyday figures of speech and accidents, a
 * word that is another language's everyday word, a past long over. Sentences of our own in en, sv and nb (not
 * the evaluation sets' rows), each kind with answers that must keep their critical card.
 */
import { describe, it } from 'vitest';
import { expectCritical, expectNoCritical } from '../../tests/unit/eval-pack-follow-ups';

describe('a reply the note records denies what was asked', () => {
  it('reads a "no" before a question asked in the present tense', () => {
    expectNoCritical('self-harm', [
      'Hon svarar nej när jag frågar om hon skadar sig.',
      'Han svarer nei når jeg spør om han skader seg.',
      'She says no when I ask whether she cuts herself.',
    ]);
  });
  it('reads "and no, I have not" joined to the question', () => {
    expectNoCritical('suicide', [
      'Läkaren frågade om jag funderat på att ta mitt liv och nej det har jag inte.',
      'Legen spurte om jeg hadde tenkt på å ta livet mitt og nei det har jeg ikke.',
    ]);
  });
  it('reads a reply verb with a "no", or "nobody" as the subject, in the sentence after the question', () => {
    expectNoCritical('suicide', ['Frågade om självmordstankar. Hon svarade nej och log.', 'Spurte om selvmordstanker. Hun svarte nei med en gang.']);
    expectNoCritical('domestic-violence', [
      'Frågade om våld i hemmet. Hon säger att ingen har slagit henne.',
      'Spurte om vold hjemme. Han sier at ingen har slått ham.',
      'Asked about violence at home. She says that nobody has hurt her.',
    ]);
  });
  it('reads a reply of "svar nej från…" and a "tror ikke det" before the question', () => {
    expectNoCritical('child-exposed-to-violence', ['Fråga ställd om barnen sett våld hemma, svar nej från mamman.']);
    expectNoCritical('suicide', ['Hun svarte "tror ikke det" på spørsmål om tanker om å dø.']);
  });
  it('keeps the card for what the answer tells after all', () => {
    expectCritical('domestic-violence', ['Frågade om våld. Hon sa nej, men han slog henne i fredags.', 'Asked about violence at home. She says that nobody knows he hits her.']);
  });
});

describe('a denied degree denies its that-clause', () => {
  it('brings no critical card', () => {
    expectNoCritical('suicide', [
      'Jag har mått dåligt men aldrig så dåligt att jag velat ta mitt liv.',
      'Jeg har hatt det tungt, men aldri så ille at jeg har villet ta livet mitt.',
    ]);
  });
  it('keeps the card for a degree that is not denied', () => {
    expectCritical('suicide', ['Det blev så illa att jag ville ta mitt liv.', 'Det ble så ille at jeg ville ta livet mitt.']);
  });
});

describe('an assessment that found nothing or a low risk', () => {
  it('brings no critical card', () => {
    expectNoCritical('suicide', [
      'Suicide risk assessment completed by the GP, low risk.',
      'Kartläggning av suicidrisk gjord på vårdcentralen, inga fynd.',
      'Selvmordsrisiko vurdert av legevakta, uten funn.',
    ]);
    expectNoCritical('domestic-violence', ['Screening för våld gjord, inga fynd.']);
  });
  it('keeps the card for a finding, or a turn after the finding of nothing', () => {
    expectCritical('suicide', [
      'Risikovurdering gjort, lav risiko, men hun sier hun vil ta livet sitt.',
      'Suicide risk assessed by the crisis team: she plans to kill herself this week.',
    ]);
  });
});

describe('"no wish to die" denies the death; "no wish to live" discloses', () => {
  it('reads both ways', () => {
    expectNoCritical('suicide', ['She has no wish to die, she is just exhausted by it all.']);
    expectCritical('suicide', ['I have no wish to live any more.']);
  });
});

describe('a negation by a denying word inside a combination ("ingen tidigare anmälan om våld")', () => {
  it('brings no critical card', () => {
    expectNoCritical('child-exposed-to-violence', [
      'Förskolan ser att barnen mår bra och det finns ingen tidigare anmälan om våld.',
    ]);
  });
});

describe('a mark explained as no one\'s doing', () => {
  it('brings no critical card', () => {
    expectNoCritical('domestic-violence', [
      'Bruise on his arm from the car door, he says, nobody has hurt him.',
      'Blåmärket på benet kom från en cykelvurpa, ingen har slagit henne.',
      'Blåmerket på armen er fra døra, ingen har slått henne.',
    ]);
  });
  it('keeps the card when someone did it, or the denial is of something else', () => {
    expectCritical('domestic-violence', ['Bruise on her cheek. Nobody knows her partner hits her.', 'Blåmärke på armen, ingen vet att hennes man slår henne.']);
  });
});

describe('everyday figures of speech that hold a trigger word', () => {
  it('brings no critical card', () => {
    expectNoCritical('suicide', [
      'That commute will be the death of me.',
      'Hon funderar på att hoppa av utbildningen.',
      'Han vil hoppe av studiene etter jul.',
      'Den här värmen tar död på mig.',
    ]);
    expectNoCritical('domestic-violence', [
      'Mum will hit the roof when she sees the bill.',
      'He keeps tracking dirt into the hall and his wife minds.',
      'Domestic circumstances unchanged, lives with her husband.',
      'Vi slog till på erbjudandet om praktik.',
      'Hun slo til på tilbudet om kurs.',
      'Datteren ordner alt i nettbanken for meg og sønnen.',
    ]);
    expectNoCritical('self-harm', [
      'She has been cutting herself off from her friends since the move.',
      'Han slår knut på sig själv för att hjälpa alla.',
      'Jeg river meg i håret over søknaden.',
    ]);
  });
  it('keeps the card for the act itself', () => {
    expectCritical('suicide', ['Han säger att han ska hoppa av bron i natt.', 'Jag tar livet av mig ikväll.']);
    expectCritical('self-harm', ['She cuts herself on her arms most nights.']);
  });
});

describe('a word that is another language\'s everyday word', () => {
  it('brings no critical card', () => {
    expectNoCritical('domestic-violence', ['Min bror körde mig hit i morse.', 'Kona kjørte meg hit i går.']);
    expectNoCritical('suicide', ['Har fine planer for høsten med familien.']);
  });
  it('keeps the card in English', () => {
    expectCritical('domestic-violence', ['My husband hit me again last night.']);
  });
});

describe('an innocent explanation of marks and scratching', () => {
  it('brings no critical card', () => {
    expectNoCritical('self-harm', [
      'Has bruising on both forearms, the GP says it is the blood thinners.',
      'Kliar sig på benen, det är myggbett.',
      'Klør seg på leggene på grunn av myggstikk.',
      'Jag slog mig på handen när jag cyklade i halkan.',
    ]);
  });
  it('keeps the card for scratching to hurt', () => {
    expectCritical('self-harm', ['She scratches her arms till they bleed when she is upset.']);
  });
});

describe('a cut or a burn on a thing is an accident', () => {
  it('brings no critical card', () => {
    expectNoCritical('self-harm', [
      'Hon skar sig på konservburken igår.',
      'Brände mig på vedspisen i stugan.',
      'Jeg skar meg på glasset som knuste.',
      'Han brente seg på stekeovnen.',
      'I cut myself on the tin lid.',
    ]);
  });
  it('keeps the card on a body part or with a tool', () => {
    expectCritical('self-harm', ['Jag skar mig på armen igår kväll.', 'Hun brente seg på armen med en lighter.']);
  });
});

describe('a past long over, and words said to be a figure of speech', () => {
  it('brings no critical card', () => {
    expectNoCritical('self-harm', [
      'Gamla ärr på benen från tonåren, det är länge sen.',
      'Gamle arr på armene fra ungdomstiden, det er lenge siden nå.',
    ]);
    expectNoCritical('suicide', [
      '"Jag vill hellre dö än flytta", sa han, men det var bara ett uttryck.',
      'She said she would rather be dead than move, but later told me it was just a figure of speech.',
    ]);
  });
  it('keeps the card when it came back', () => {
    expectCritical('self-harm', ['Old scars from her teens, but she started cutting again last month.']);
    expectCritical('suicide', ['He said he would rather be dead, and it was not just a figure of speech: he has a plan.']);
  });
});

describe('a negation word in the clause before the rest of a phrase', () => {
  it('brings no critical card ("…inte, jag vill leva" is no "inte vill leva")', () => {
    expectNoCritical('suicide', [
      'Nej, så tänker jag inte, jag vill leva och se barnen växa upp.',
      'Nei, sånn tenker jeg ikke, jeg vil leve lenge.',
      'No, I do not, I want to live to see my grandchildren.',
    ]);
  });
  it('keeps the card for the phrase in one clause', () => {
    expectCritical('suicide', ['Jag vill inte leva längre.', 'Jeg vil ikke leve lenger.', 'I do not want to live anymore.']);
  });
});

describe('a risk assessed as low, and a cut at a kitchen chore', () => {
  it('brings no critical card', () => {
    expectNoCritical('suicide', ['Suicidrisken bedömdes som låg vid besöket.', 'Selvmordsfaren ble vurdert som lav.', 'Risk of suicide assessed as low by the crisis team.']);
    expectNoCritical('self-harm', ['Hon skar sig när hon skalade potatis.', 'Han skar seg da han skrelte poteter.', 'I cut myself while I was peeling apples.']);
  });
  it('keeps the card for a high risk and for a cut when upset', () => {
    expectCritical('suicide', ['Risk of suicide assessed as high, she has a plan to kill herself.']);
    expectCritical('self-harm', ['Jag skär mig när jag mår dåligt.', 'Hun kutter seg når hun er lei seg.']);
  });
});

describe('more everyday figures: taking up an offer, breaking through, a slap on the forehead, a hot drink', () => {
  it('brings no critical card', () => {
    expectNoCritical('suicide', ['Hon hoppade på chansen att plugga vidare.', 'Han hoppet på sjansen til å flytte nærmere barna.']);
    expectNoCritical('domestic-violence', [
      'Min sambo slog igenom som komiker i våras.',
      'Mannen min slo gjennom med bandet sitt i fjor.',
      'My wife smashed it at the interview yesterday.',
    ]);
    expectNoCritical('self-harm', ['Jeg brant meg på teen i morges.', 'Han skar seg når han barberte seg.', 'Jag slog mig för pannan när jag kom på det.']);
  });
  it('keeps the card for a jump and a blow', () => {
    expectCritical('suicide', ['Jag tänker hoppa från bron i kväll.']);
    expectCritical('domestic-violence', ['Min sambo slog mig igen i helgen.']);
  });
});

describe('someone\'s own job, a course or what is done with every client', () => {
  it('brings no critical card', () => {
    expectNoCritical('self-harm', [
      'Hon är kurator på en skola och möter elever som skadar sig.',
      'Han er sosionom og jobber med unge som skader seg selv.',
      'He works in a psychiatric ward and deals with a lot of self-harm.',
    ]);
    expectNoCritical('suicide', [
      'Suicidriskbedömning görs i alla första samtal på mottagningen.',
      'Vi snakker om selvmordsrisiko i alle førstesamtaler.',
      'A safety plan leaflet is handed to all new clients.',
    ]);
    expectNoCritical('domestic-violence', [
      'Hon arbetar som socionom på en kvinnojour.',
      'Hun har tatt et kurs i vold i nære relasjoner.',
      'Informerade om kvinnojouren, som vi gör med alla nya klienter.',
    ]);
  });
  it('keeps the card for what a professional tells about the client, and for the client\'s own harm beside a job', () => {
    expectCritical('child-exposed-to-violence', ['Sonen (9) berättade för sin lärare att pappa slog mamma i köket.']);
    expectCritical('self-harm', ['Skolsköterskan har sett att hon skär sig i armarna.']);
    expectCritical('domestic-violence', ['Hon arbetar som socionom, men hemma slår hennes man henne.']);
  });
});

describe('a short note of question and answer, and a stop of many years', () => {
  it('brings no critical card', () => {
    expectNoCritical('suicide', ['Q: any suicidal thoughts? A: no.', 'Self-harm or suicide – asked, no.', 'F: självmordstankar? S: nej.']);
    expectNoCritical('self-harm', [
      'Burned herself as a student, has not done it for over twelve years.',
      'Skar sig i tonåren, har inte gjort det på sjutton år.',
      'Skadet seg selv som ung, har ikke gjort det på tretten år.',
    ]);
  });
  it('keeps the card for a yes and for a recent stop', () => {
    expectCritical('suicide', ['Q: any suicidal thoughts? A: yes, most days, I want to die.']);
    expectCritical('self-harm', ['Skar sig i armarna förra veckan, har inte gjort det sedan dess.']);
  });
});

describe('a scratch on a bush, and wanting to disappear under the duvet', () => {
  it('brings no critical card', () => {
    expectNoCritical('self-harm', ['I scratched my leg on a bramble bush walking the dog.', 'Repade mig på en törnbuske i skogen.', 'Rispet meg på en rosebusk i hagen.']);
    expectNoCritical('suicide', ['Just want to disappear under the covers till Monday.', 'Vill bara försvinna under täcket en vecka.', 'Vil bare forsvinne under dyna i hele dag.']);
  });
  it('keeps the card for scratching to hurt, a wish to disappear for good, and a child hiding from violence', () => {
    expectCritical('self-harm', ['Rispet meg på armene med en nål i går.']);
    expectCritical('suicide', ['I just want to disappear forever, everyone would be better off.']);
    expectCritical('child-exposed-to-violence', ['Sønnen gjemmer seg under dyna når pappa slår mamma.']);
  });
});
