/**
 * Indirect kinds of suicide and self-harm disclosure that clients and advisers'
 * notes use (preparations, a means kept in reserve, a method named, an end not
 * expected to be seen; self-harm told by its routine, its relief, a dressing or
 * food withheld), each in several phrasings of our own in en, sv and nb, with
 * the everyday look-alikes that must not raise a critical card.
 */
import { describe, it } from 'vitest';
import { expectCritical, expectNoCritical } from '../../tests/unit/eval-pack-follow-ups';

describe('preparations: things given away, affairs wound up, letters to one\'s children', () => {
  it('reads gifts together with contracts cancelled, a flat given up or tidied "so no one has to"', () => {
    expectCritical('suicide', [
      'He gave his guitar away to a friend and has given up his flat.',
      'Hon har skänkt sina böcker till biblioteket och sagt upp lägenheten.',
      'Hun har gitt bort katten og ryddet leiligheten så ingen skal måtte gjøre det etterpå.',
      'Gav bort sina smycken. Har skickat pengar till sin syster också.',
    ]);
  });
  it('reads letters to the children with gifts or a funeral\'s cost, and a will with a letter', () => {
    expectCritical('suicide', [
      'Wrote a letter to her daughters and gave the dog away to a neighbour.',
      'Han har skrivit brev till barnen och gett bort hunden.',
      'Hun har skrevet et brev til sønnen, og spurte om kommunen dekker gravferd.',
      'Has made a will and left a letter for his son.',
      'Har skrevet testament og et brev til barna.',
    ]);
  });
  it('reads a note left with going missing or being found by the police', () => {
    expectCritical('suicide', [
      'Left a note on the table and went missing overnight; the police found her by the lake.',
      'Han lämnade en lapp i hallen och försvann. Polisen hittade honom på morgonen.',
      'Hun la igjen en lapp til mannen og ble meldt savnet samme kveld.',
    ]);
  });
  it('leaves selling to make ends meet, a move, a will alone and an ordinary note quiet', () => {
    expectNoCritical('suicide', [
      'She sold her car and cancelled her gym contract to save money.',
      'We gave away the old sofa and cancelled the phone contract, we move to Leeds next month.',
      'Han sa opp leiligheten fordi han har fått ny jobb i Bergen.',
      "She's writing a will now the house is in her name.",
      'Left a note for the plumber and went to work.',
      'Skrev ett brev till försäkringskassan om begravningshjälp efter pappas död.',
    ]);
  });
});

describe('a means kept in reserve, a height checked, an attempt named by its method', () => {
  it('reads a means kept "in case" or "for when" it all gets too much', () => {
    expectCritical('suicide', [
      'Keeps a rope in the shed for when it all gets too much.',
      'Hon har sparat sömntabletter ifall det blir för mycket.',
      'Han har et gevær i skapet i tilfelle det blir for tøft.',
      'Har kjøpt grillkull, i tilfelle det blir for tungt, sier hun.',
    ]);
  });
  it('reads checking whether a height is high enough', () => {
    expectCritical('suicide', [
      'He drove to the multi-storey to see whether it was high enough.',
      'Hon åkte till bron för att kolla om det var högt nog.',
      'Gikk opp på taket for å se om det var høyt nok.',
    ]);
  });
  it('reads an attempt named by its method, and a count of tablets told on its own', () => {
    expectCritical('suicide', [
      'Previous attempt by hanging in 2017.',
      'Tidigare försök med tabletter för två år sedan.',
      'Han har prøvd henging før.',
      'Took 30 of them. Co-codamol, after the row with her mum.',
      'Tog 25 st. Alvedon och hamnade på akuten.',
    ]);
  });
  it('leaves medicines kept for illness, shelves and ordinary tries quiet', () => {
    expectNoCritical('suicide', [
      'Keeps paracetamol in the drawer in case of headaches.',
      'Checked if the shelf was high enough for the kettle.',
      'Tried hanging the curtains herself and fell off the chair.',
      'Tok 2 stk. Paracet for hodepinen.',
    ]);
  });
});

describe('an end told indirectly', () => {
  it('reads a wish for a fatal illness so that it ends', () => {
    expectCritical('suicide', [
      "She said she wishes she'd get cancer so it would all be over.",
      'Han önskar att han fick cancer så att det kunde ta slut.',
      'Hun skulle ønske hun fikk et hjerteinfarkt, så det ble slutt.',
    ]);
  });
  it('reads "none of it is worth it" and not expecting to be here', () => {
    expectCritical('suicide', [
      "it's not worth it anymore, none of it",
      'Det är ingen idé längre, inget av det.',
      'Ikke verdt det lenger, noe av det.',
      "I don't expect to be around by the summer.",
      'Jag räknar inte med att vara kvar till våren.',
      'Jeg tror ikke jeg kommer til å være her til jul.',
    ]);
  });
  it('reads absence said in the present tense and walking into the water', () => {
    expectCritical('suicide', [
      "Everyone would manage better if I'm not around.",
      'Det vore bättre för alla om jag inte är kvar.',
      'Tror det er lettere for alle hvis jeg ikke er her.',
      'Sometimes I think about walking into the sea.',
      'Hon vill bara gå i sjön.',
      'Tenker mye på å gå i havet.',
    ]);
  });
  it('leaves illness in the family, a bus pass not worth it, a move and a swim quiet', () => {
    expectNoCritical('suicide', [
      "My mum got cancer last year and I'd like help with the carer's forms.",
      'The bus pass is not worth it for me, I walk everywhere.',
      'Det er ikke verdt å søke om bostøtte.',
      "I don't expect to be here long, we're moving to Leeds in March.",
      "If I'm not here on Monday, ring my mobile.",
      'Vi vil gå i sjøen og bade når det blir varmt.',
    ]);
  });
});

describe('self-harm told by its routine, its relief, a dressing or food withheld', () => {
  it('reads scalding, skipping meals on purpose and not deserving food', () => {
    expectCritical('self-harm', [
      'Han skållar sig i duschen med flit.',
      'Hun skolder seg med varmt vann når det blir for mye.',
      'Skipping meals on purpose to punish herself.',
      'Hoppar över måltider med flit.',
      "He says he doesn't deserve to eat after what happened.",
      'Hon säger att hon inte förtjänar mat.',
      'Han mener at han ikke fortjener å spise.',
    ]);
  });
  it('reads head-banging against a surface when upset, and a blade when the anxiety comes', () => {
    expectCritical('self-harm', [
      "He bangs his head against the wall when he's stressed.",
      'Hon slår huvudet mot väggen när hon blir arg.',
      'Han dunker hodet mot døra når han blir sint.',
      'She uses a razor blade when the anxiety gets too much.',
      'Han tar fram rakbladet när ångesten kommer.',
      'Hun bruker barberblad når angsten tar overhånd.',
    ]);
  });
  it('reads a dressing on the wrists or arms with who did it or with what', () => {
    expectCritical('self-harm', [
      'She had bandages on both forearms and admitted she did it herself.',
      'Han hade förband runt handleden. Det var han själv, med ett rakblad.',
      'Plaster på begge håndleddene. Hun sa at hun gjorde det selv.',
    ]);
  });
  it('reads cutting that goes on, said with no object', () => {
    expectCritical('self-harm', [
      'She still cuts now and then.',
      'Skär fortfarande ibland, säger hon.',
      'Kutter iblant fortsatt, sier hun.',
      'The cutting has started again since the move.',
    ]);
  });
  it('leaves kitchen scalds, budgets, haircuts, sport dressings and hard treatment quiet', () => {
    expectNoCritical('self-harm', [
      'Scalded my hand making tea.',
      'Skipping meals to afford the kids\' school shoes.',
      "She doesn't deserve to be treated like this.",
      'He hit his head against the cupboard door yesterday, he is fine.',
      'Bandage on his wrist from a football injury.',
      "He still cuts hair at the barber's on Saturdays.",
      'The council still cuts our hours sometimes.',
      'Kommunen kutter fortsatt i budsjettet.',
    ]);
  });
});

describe('suicide and self-harm as a field of work or study', () => {
  it('leaves volunteering at a helpline, a group\'s self-harm and a course or book on the subject quiet', () => {
    expectNoCritical('suicide', [
      'He volunteers at a suicide prevention helpline at night.',
      'Min bror jobbar på Självmordslinjen som volontär sedan i våras.',
      'She is writing her dissertation on suicide among farmers.',
      'Hon läser en kurs i suicidprevention via jobbet.',
      'Han skal holde foredrag om selvmord blant eldre.',
    ]);
    expectNoCritical('self-harm', [
      'My partner is a nurse who sees a lot of self-harm cases at work.',
      'Mamma är kurator och träffar många självskadande ungdomar.',
      'Søsteren min skriver en oppgave om selvskading hos ungdom.',
    ]);
  });
  it('still reads a call to the helpline and working on one\'s own self-harm', () => {
    expectCritical('suicide', ['I rang the suicide prevention helpline last night.', 'Jag ringde Självmordslinjen i natt.']);
    expectCritical('self-harm', ['Jag jobbar med mitt självskadebeteende i terapin.', 'I work with kids and I still self-harm.']);
  });
});

describe('going up to a height to check it, and escaping it all after not coping', () => {
  it('reads going up to a height to see if it is high enough', () => {
    expectCritical('suicide', [
      'Went up to the top floor of the car park to see if it was high enough.',
      'Hon gick upp på taket för att se om det var högt nog.',
      'Han kjørte opp til utsiktspunktet for å se om det var høyt nok.',
    ]);
  });
  it('reads escaping it all said after not coping', () => {
    expectCritical('suicide', [
      "I can't go on. I just want to escape it all.",
      'Orkar inte längre. Vill bara slippa allt.',
      'Orker ikke mer. Skulle ønske jeg kunne slippe alt sammen.',
    ]);
  });
  it('leaves a holiday, a roof repair and a view quiet', () => {
    expectNoCritical('suicide', [
      "I'd love to get away from it all, a week in Spain.",
      'Gikk opp på taket for å fikse antennen.',
      'We went up to the viewpoint, the kids loved it.',
    ]);
  });
});

describe('peace made, how easy it would be, no way forward, a favour to everyone', () => {
  it('reads these indirect ways of telling', () => {
    expectCritical('suicide', [
      'He told his brother he has made his peace, and said goodbye to the kids.',
      'I keep looking at the railway line and thinking how easy it would be.',
      'Han står på balkongen och tänker på hur lätt det vore, säger han. Bron syns därifrån.',
      'Hun står ved brua og tenker på hvor lett det hadde vært.',
      "I don't see a way forward anymore, I'm just tired of everything.",
      'Ser ingen väg framåt längre, är trött på allt.',
      "I'd be doing everyone a favour if I disappeared.",
      'Jag skulle göra alla en tjänst om jag försvann.',
      'Jeg ser ingen mening med noe lenger.',
      'Hun sier hun ikke skal være her etter jul.',
    ]);
  });
  it('leaves travel plans, an easy bus ride and a favour to a friend quiet', () => {
    expectNoCritical('suicide', [
      'It would be so easy to just take the bus into town.',
      'Thinking how easy it would be to get my tablets delivered.',
      'I did my neighbour a favour and disappeared to the shop for her.',
      "I won't be here after Christmas, we're moving to Spain.",
      'Han har gjort opp gjelden og sa ha det til kollegene da han sluttet.',
    ]);
  });
});

describe('everyday sentences with the words of these kinds', () => {
  it('leave medicines kept for pain, a job one will leave, "nothing matters more", a view and a hospital stay quiet', () => {
    expectNoCritical('suicide', [
      'The tablets are for when the pain gets too much.',
      'Hon har medicin hemma ifall det blir för jobbigt med ryggen.',
      "I don't expect to be here long, the contract ends in May.",
      'Räknar inte med att vara kvar länge på det här jobbet.',
      'Nothing matters more to me than my kids.',
      'Det är inte värt det, allting är så dyrt.',
      'Ingenting är värt att betala så mycket för.',
      'Vi åkte upp till utsiktsplatsen för att se hur högt det var.',
      'Hun spurte hvem som kan passe på hunden i tilfelle hun blir innlagt.',
      "My nan always says she's had her innings but she's still going strong.",
    ]);
    expectNoCritical('self-harm', [
      'Hun har plaster på armen etter vaksinen, sa hun selv.',
      'She had a plaster on her wrist after the blood test.',
      'Han har plåster på handleden, det var han själv som cyklade omkull.',
      'She still cuts the crusts off his sandwiches.',
      'Han kutter fortsatt i utgiftene.',
    ]);
    expectNoCritical('suicide', [
      "We gave the cot away to a friend and cancelled the nappy subscription now he's three.",
      'Her phone went missing and she left a note for the landlord about the boiler.',
      "It's not worth it, any of it, the council never answers.",
      'Went up to the roof terrace to see if it was high enough for the satellite dish.',
      'The house is worth more now that mum is dead.',
      'Googled how to make the injection painless for my son.',
      'Lei av alt papirarbeidet, ser ingen vei videre med saken.',
      "I won't be here on my birthday, we're going camping.",
      'Han vill gå i havet och simma varje morgon.',
      'Vi ska köpa kolgrill och tejp till festen.',
      'Jag vill att det ska vara slut med bråket hemma.',
    ]);
    expectNoCritical('self-harm', ['I smoke a cigarette when my anxiety is bad, it calms me down.']);
  });
});
