/**
 * Kinds of writing an outside writer's answers showed the engine did not read
 * (tests/data/disclosures-writer-d.tsv is the set they were found on); each
 * kind is shown here in sentences of our own, in en, sv and nb, never the set's rows.
 */
import { describe, expect, it } from 'vitest';
import { raised } from '../../tests/unit/eval-pack-follow-ups';

type Case = [concept: string, text: string];

describe('a clinical denial verb covers the whole list it denies ("denies A and B")', () => {
  const denied: Case[] = [
    ['suicide', 'Client denies self-harm and suicidal thoughts.'],
    ['substance-use', 'Patient denied alcohol and drug use at assessment.'],
    ['suicide', 'He denies any plans and any thoughts of suicide.'],
    ['self-harm', 'Denies suicidal ideation and self-harm, mood low.'],
    ['suicide', 'Klienten förnekar självskada och självmordstankar.'],
    ['substance-use', 'Han förnekade alkohol och droger vid besöket.'],
    ['suicide', 'Avkräftar självmordstankar, både nu och tidigare.'],
    ['self-harm', 'Patienten nekar självmordstankar och självskadebeteende.'],
    ['suicide', 'Pasienten benekter selvskading og selvmordstanker.'],
    ['substance-use', 'Avkrefter bruk av hasj og alkohol.'],
    ['suicide', 'Hun avkrefter selvmordsplaner, også tidligere.'],
    ['self-harm', 'Bruker avkreftet selvmordstanker og selvskading.'],
  ];
  it.each(denied)('%s: "%s" raises a check-in, not a card', (concept, text) => {
    expect(raised(concept, text)).toBe('check-in');
  });
  const disclosed: Case[] = [
    ['suicide', 'She denies drinking and says she wants to kill herself.'],
    ['suicide', 'Han förnekar droger men har självmordstankar.'],
    ['suicide', 'Bruker avkrefter rus og han sier han vil ta livet sitt.'],
  ];
  it.each(disclosed)('%s: "%s" still raises the card after the denied list ends', (concept, text) => {
    expect(raised(concept, text)).toBe('critical');
  });
});

describe('the abbreviations of case notes', () => {
  it.each([
    ['DV screen negative.', 'check-in'],
    ['Denies DV.', 'check-in'],
    ['No DVA concerns raised by client today.', 'check-in'],
    ['DV ongoing according to the social worker.', 'critical'],
    ['IPV disclosed at the last visit.', 'critical'],
  ])('"%s" raises %s', (text, severity) => {
    expect(raised('domestic-violence', text)).toBe(severity);
  });
});

describe("a child's fear shown in the body or in sleep, tied to an adult's anger at home, with no violence verb", () => {
  it.each([
    'Our boy (6) has started having nightmares and hides behind the sofa when his father comes home drunk.',
    'Our youngest covers his ears whenever the shouting starts downstairs.',
    'Her little girl wets the bed again on nights when he is shouting downstairs.',
    'The twins go quiet and freeze whenever their dad loses his temper.',
    'Sonen på 9 har mardrömmar och gömmer sig under sängen när pappa höjer rösten.',
    'Lillan håller för öronen så fort hennes pappa börjar skrika.',
    'Tonåringen kan inte sova när hennes far vrålar om nätterna.',
    'Yngsta har börjat kissa i sängen igen, det började när hennes far kom hem full.',
    'Jenta (5) gråter i søvne og tisser i senga når pappa kommer hjem full.',
    'Minsten holder seg for ørene hver gang pappa hever stemmen.',
    'Datteren min har mareritt og tisser i senga etter at han knuste tv-en.',
    'Ungene blir helt stille og skvetter når døra smeller om kvelden.',
  ])('"%s" raises the critical card', (text) => {
    expect(raised('child-exposed-to-violence', text)).toBe('critical');
  });
  it.each([
    'My son hides behind the sofa when we play hide and seek.',
    'Dottern gråter när hon inte får godis.',
    'Gutten skvetter av fyrverkeri på nyttårsaften.',
  ])('"%s" (a child\'s fear with no adult anger) raises nothing', (text) => {
    expect(raised('child-exposed-to-violence', text)).toBe('none');
  });
});

describe('the stages of a criminal case before a court, and time served said as a duration', () => {
  it.each([
    'I was brought in for a voluntary interview about a fight outside the pub.',
    'He is a suspect in a shoplifting case, nothing decided yet.',
    'Got charged last month over the stolen bikes.',
    'My brother did six years for robbery and came out in May.',
    'Han sitter i polisförhör i morgon om inbrottet.',
    'Hon är misstänkt för snatteri, förundersökningen pågår.',
    'Grannen anmälde mig efter bråket, åklagaren har inte bestämt något.',
    'Han satt arton månader för rån.',
    'Han ble avhørt i går om brannen i garasjen.',
    'Jeg er mistenkt for tyveri fra lageret, saken ligger hos politiet.',
    'Naboen anmeldte meg etter krangelen, nå venter vi på tingretten.',
    'Hun satt seks måneder for vold.',
  ])('"%s" raises the info card', (text) => {
    expect(raised('criminal-justice', text)).toBe('info');
  });
  it.each([
    'I suspect the landlord will not fix the boiler.',
    'Jag misstänker att hyresvärden ljuger.',
    'Han har ladet mobilen.',
    'My car was broken into and the police are investigating.',
    'Jag satt som nämndeman i hovrätten förra året.',
    'Jeg anmeldte innbruddet, politiet etterforsker saken.',
  ])(
    '"%s" raises nothing',
    (text) => expect(raised('criminal-justice', text)).toBe('none'),
  );
});

describe('a label denied, then the act told ("not X, I just Y"), and drink hidden', () => {
  it.each<[concept: string, text: string, severity: string]>([
    ['substance-use', "I'm no drunk, I just have a few beers every morning to get going.", 'warning'],
    ['substance-use', 'Not a problem drinker, I just need a bottle of wine a night.', 'warning'],
    ['self-harm', "I wouldn't say I self-harm, I just take a knife to my arms sometimes.", 'critical'],
    ['self-harm', "It isn't self-injury as such, I just drag a razor across my wrists.", 'critical'],
    ['substance-use', 'He says he is not much of a drinker but he hides bottles in the garage.', 'warning'],
    ['substance-use', 'Jag har inga problem med spriten, jag behöver bara några öl varje morgon.', 'warning'],
    ['self-harm', 'Det är ingen självskada, jag drar bara kniven över låret ibland.', 'critical'],
    ['self-harm', 'Jag skadar mig inte på riktigt, jag bara trycker kniven mot handleden när ångesten kommer.', 'critical'],
    ['substance-use', 'Hon dricker inte mycket säger hon, men hon gömmer flaskor i garderoben.', 'warning'],
    ['substance-use', 'Jeg er ikke alkis, jeg trenger bare et par pils for å roe nervene.', 'warning'],
    ['self-harm', 'Det er ikke selvskading, jeg bare drar kniven over låret når det blir for mye.', 'critical'],
    ['substance-use', 'Jeg er ingen fyllik, jeg tar meg bare noen glass vin for å roe meg ned.', 'warning'],
    ['substance-use', 'Jeg drikker ikke så mye, men jeg gjemmer flasker i boden.', 'warning'],
  ])('%s: "%s" raises %s', (concept, text, severity) => {
    expect(raised(concept, text)).toBe(severity);
  });
  it.each<Case>([
    ['substance-use', "I don't drink, I just have a cup of tea every morning."],
    ['self-harm', 'I shave my legs with a razor every morning.'],
  ])('%s: "%s" raises no card', (concept, text) => {
    expect(['none', 'check-in']).toContain(raised(concept, text));
  });
});

describe('an everyday object (knife, razor, cigarette) used on the body', () => {
  it.each([
    'She stubs cigarettes out on her forearm.',
    'I press a lit cigarette into my thigh when it gets too much.',
    'He runs a knife along his wrists at night.',
    'She admits taking a razor to her stomach.',
    'Hon fimpar på underarmen när ångesten blir för stor.',
    'Han trycker cigaretten mot låret.',
    'Jag tar kniven mot handleden ibland.',
    'Hon släcker cigaretter mot handleden.',
    'Hun stumper røyken på underarmen.',
    'Han trykker sigaretten mot låret når han blir sint på seg selv.',
    'Jeg tar kniven mot håndleddet av og til.',
    'Hun har merker etter sigaretter på armene.',
  ])('"%s" raises the critical card', (text) => {
    expect(raised('self-harm', text)).toBe('critical');
  });
});

describe('prescribed medicine taken beyond the prescription', () => {
  it.each([
    'I take a double dose of my co-codamol most days.',
    'She gets extra diazepam from a friend when her script runs out.',
    'He sees three GPs so he can get more painkillers.',
    'I take more sleeping pills than the doctor told me to.',
    'Hon tar dubbla dosen av sina värktabletter.',
    'Han köper Stesolid av en kompis när receptet tar slut.',
    'Jag går till två läkare för att få mer smärtstillande.',
    'Hon tar fler sömntabletter än läkaren har sagt.',
    'Han tar dobbel dose av Paralgin forte hver dag.',
    'Hun kjøper Sobril av en kompis.',
    'Jeg går til to leger for å få nok sovetabletter.',
    'Han tar mer smertestillende enn legen har skrevet ut.',
  ])('"%s" raises the warning', (text) => {
    expect(raised('substance-use', text)).toBe('warning');
  });
  it.each(['I take my tablets as the doctor says.', 'Jag fick smärtstillande av läkaren efter operationen.', 'Jeg tar medisinene slik legen sier.'])(
    '"%s" (medicine as prescribed) raises nothing',
    (text) => expect(raised('substance-use', text)).toBe('none'),
  );
});

describe('street names, hangovers and withdrawal', () => {
  it.each([
    'Me and the lads were snorting lines every Friday.',
    'He was taking speed to get through the night shifts.',
    'He gets the shakes when he tries to come off the drink.',
    'He had the DTs the last time he tried to quit drinking.',
    'Vi körde en del kola på festerna i somras.',
    'Hon tar speed för att orka plugga.',
    'Han är bakis varannan morgon.',
    'Han fick delirium när han försökte sluta dricka.',
    'Hun tok kola på byen i helgen.',
    'Han tar speed for å holde seg våken.',
    'Han er på dagen derpå hver søndag.',
    'Han fikk delirium da han sluttet å drikke brått.',
  ])('"%s" raises the warning', (text) => {
    expect(raised('substance-use', text)).toBe('warning');
  });
  it.each(['The internet speed at the flat is terrible.', 'Barnen åt kola på bion.', 'Bussen kjørte i full speed.'])(
    '"%s" raises nothing',
    (text) => expect(raised('substance-use', text)).toBe('none'),
  );
});

describe('warning behaviours of suicide: means put by "just in case", found with the means, farewells posted, nothing left to stay for', () => {
  it.each([
    'She has been setting aside her tramadol in a drawer, just in case.',
    'His flatmate walked in on him with the belt.',
    'Her last TikTok just said thank you for everything.',
    'There is nothing left to keep me here now the dog has gone.',
    'Hon har lagt undan Imovane i skåpet ifall att.',
    'Han lägger undan Alvedon varje vecka för säkerhets skull.',
    'Hon skrev tack för allt i gruppchatten och stängde av mobilen.',
    'Nu när mamma är borta finns det inget som håller mig kvar.',
    'Jeg har lagt til side sovetablettene i skuffen, i tilfelle.',
    'Han har lagt til side piller i bilen i tilfelle.',
    'Han la ut et farvel på Snapchat til alle vennene.',
    'Etter at jobben forsvant er det ingenting som holder meg her lenger.',
  ])('"%s" raises the critical card', (text) => {
    expect(raised('suicide', text)).toBe('critical');
  });
});

describe('a passive wish to die with a filler between its parts, disappearing for good, no point in being here', () => {
  it.each([
    "Honestly I wouldn't mind one little bit if I just did not wake up.",
    'It would be best if I disappeared for good.',
    'I think it would be best for everyone if I was not here.',
    'It would be best for all of them if I disappeared.',
    'Det vore bäst om jag inte fanns.',
    'Det vore bäst för alla om jag försvann för gott.',
    'Det vore bäst för alla om jag dog.',
    'Hon tycker det vore bäst om hon försvann för gott.',
    'Eg tenkjer det hadde vore best om eg forsvann for godt.',
    'Det hadde vært best for alle om jeg døde.',
    'Det er ikke noe vits å være her lenger.',
    'Han sier det hadde vært enklere for alle om han forsvant for godt.',
  ])('"%s" raises the critical card', (text) => {
    expect(raised('suicide', text)).toBe('critical');
  });
});

describe('an admission to a ward after an attempt, the attempt as a noun', () => {
  it.each([
    'She was sectioned after her last attempt in the spring.',
    'He has been admitted twice after attempts, most recently in 2021.',
    'I was an inpatient for a month after the attempt.',
    'After my attempt they admitted me to the psych ward.',
    'Hon blev inlagd efter ett försök förra hösten.',
    'Han har lagts in tre gånger efter försök.',
    'Efter försöket var jag inlagd i två veckor.',
    'Jag tvångsvårdades efter mitt försök.',
    'Hun ble lagt inn etter et forsøk i fjor.',
    'Han har vært innlagt to ganger etter forsøk.',
    'Etter forsøket var jeg innlagt på akuttpsykiatrisk.',
    'Jeg ble tvangsinnlagt etter mitt forsøk.',
  ])('"%s" raises the critical card', (text) => {
    expect(raised('suicide', text)).toBe('critical');
  });
  it.each(['Hon blev inlagd för en blindtarmsoperation.', 'He was admitted with a broken hip after a fall.'])(
    '"%s" is no attempt on a life',
    (text) => expect(raised('suicide', text)).not.toBe('critical'),
  );
});

describe('a cut or burn in the kitchen is an accident', () => {
  it.each([
    'I cut myself chopping peppers for tea.',
    'I burnt myself on the baking tray getting the pizza out.',
    'Burned myself on the pan while making pancakes.',
    'Burnt myself on the grill doing sausages.',
    'Skar mig i tummen när jag hackade lök.',
    'Brände mig på plåten när jag tog ut pizzan.',
    'Hon skar sig i tummen när hon skalade morötter.',
    'Brände mig på kastrullen när jag kokade pasta.',
    'Kuttet meg i tommelen da jeg skar løk.',
    'Brente meg på vaffeljernet i går.',
    'Hun skar seg i tommelen da hun skrelte gulrøtter.',
    'Brente meg på kjelen da jeg kokte poteter.',
  ])('"%s" raises no critical card', (text) => {
    expect(raised('self-harm', text)).not.toBe('critical');
  });
});
