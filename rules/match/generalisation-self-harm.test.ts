/**
 * Kinds of self-harm talk and of indirect wishes to die that outside writers
 * used and the concepts missed (tests/data/disclosures-writer-d.tsv and -f.tsv,
 * read as dev data), each kind in phrasings of our own in en, sv and nb (never a
 * row of those sets), with the everyday senses of the same words that must stay
 * quiet.
 */
import { describe, expect, it } from 'vitest';
import { raised } from '../../tests/unit/eval-pack-follow-ups';

// Every phrasing that does not come out as expected, so one run shows them all.
const critical = (concept: string, texts: string[]) => {
  expect(texts.filter((text) => raised(concept, text) !== 'critical')).toEqual([]);
};
const quiet = (concept: string, texts: string[]) => {
  expect(texts.filter((text) => raised(concept, text) === 'critical')).toEqual([]);
};

describe('self-harm told through what it is for: calming down, letting pressure out, feeling something', () => {
  it('reads an act or a sharp thing said with the relief it brings', () => {
    critical('self-harm', [
      'Scratching my arms is the only thing that calms me down when it gets bad.',
      'He burns his skin with a lighter, says it lets the pressure out.',
      'When I panic I dig my nails in hard, that is the only thing that helps.',
      'She uses a blade on her legs because it is the only way to feel anything at all.',
      'Hon rispar sig på låren, säger att det är det enda som lugnar henne.',
      'Jag skär i huden för att få ut trycket.',
      'Han bränner armarna med tändaren, det är det enda som hjälper när ångesten kommer.',
      'Hon använder rakblad på benen, det lugnar ner henne.',
      'Hun risper armene sine, sier det er det eneste som roer henne ned.',
      'Jeg kutter i huden for å få ut trykket.',
      'Han brenner seg med lighter, det er det eneste som hjelper mot angsten.',
      'Hun bruker barberblad på lårene, det roer henne.',
    ]);
  });
  it('reads taking it out on one\'s own body', () => {
    critical('self-harm', [
      'When the anxiety gets too much I take it out on my body.',
      'He takes it out on his own body when things go wrong.',
      'Han tar ut allt på kroppen när det blir för mycket.',
      'Jag tar ut ångesten på min egen kropp.',
      'Hun tar alt ut på kroppen sin når det blir for mye.',
      'Jeg tar angsten ut på min egen kropp.',
    ]);
  });
});

describe('self-harm told through a needle or a pin pushed into the body', () => {
  it('reads needles and pins with a piercing verb, in en, sv and nb', () => {
    critical('self-harm', [
      'She jabs safety pins into her thighs.',
      'He keeps sticking needles into his hands.',
      'I prick my fingertips with a needle until they bleed.',
      'Mum found pins she had pushed into her forearm.',
      'Hon sticker nålar i låren.',
      'Han sticker sig med en säkerhetsnål i handen.',
      'Jag sticker in nålar i fingertopparna.',
      'Hun stikker nåler inn i lårene.',
      'Han stikker seg med sikkerhetsnål i hånda.',
      'Jeg stikker nåla inn i fingertuppene.',
    ]);
  });
});

describe('not wanting to see another morning, asking God to be taken', () => {
  it('reads the wish or the prayer not to see the next day', () => {
    critical('suicide', [
      'I lie down hoping I never see another morning.',
      'Every night she prays she will not see tomorrow.',
      'He asks God every evening to take him in his sleep.',
      'I just want the Lord to take me now.',
      'Jag hoppas att jag inte får se en ny morgon.',
      'Hon ber varje kväll om att slippa se morgondagen.',
      'Jag vill bara att Gud ska ta mig.',
      'Han ber Gud att ta honom i sömnen.',
      'Jeg håper jeg ikke får se en ny morgen.',
      'Hun ber hver kveld om å slippe å se morgendagen.',
      'Jeg vil bare at Gud skal ta meg.',
      'Han ber Gud om å ta ham i søvne.',
    ]);
  });
});

describe('a near end announced: others will soon be rid of me, it will all soon be over', () => {
  it('reads being rid of the client soon, and everything being over soon', () => {
    critical('suicide', [
      "He told his sister she'd be rid of him soon.",
      'He says his family will be shot of him soon.',
      "Don't worry, you'll be free of me before long.",
      "She keeps saying it'll all be over soon for her.",
      'Han sa till sin bror: du blir snart av med mig.',
      'Ni blir snart kvitt mig.',
      'Snart slipper ni mig, säger hon.',
      'Snart är allt över för mig, säger han.',
      'Hun sa til søsteren: du blir snart kvitt meg.',
      'Dere slipper meg snart.',
      'Snart er dere kvitt meg, sier han.',
      'Snart er alt over for meg, sier hun.',
    ]);
  });
});

describe('no reason and no point in living on, with a negated "any"', () => {
  it('reads "not any reason to live" and "no point being here" in sv and nb', () => {
    critical('suicide', [
      "I can't see any reason to keep living.",
      "She doesn't see any point in being here anymore.",
      'Jag ser inte någon anledning att leva vidare.',
      'Det är inte någon idé att jag finns här.',
      'Hon ser inte någon mening med att vara här.',
      'Jeg ser ikke noen grunn til å fortsette å leve.',
      'Det er ikke noe vits i at jeg er her lenger.',
      'Han finner ikke noen mening med å leve videre.',
    ]);
  });
});

describe('self-harm told through hiding its result: marks and scars covered up', () => {
  it('reads hiding or covering marks, scars or cuts', () => {
    critical('self-harm', [
      'She wears long sleeves in the heat to hide the marks.',
      "He won't wear shorts any more so nobody sees the scars on his legs, he covers them up.",
      'I wear hoodies all summer to cover the cuts.',
      'Her mum noticed she keeps hiding the marks on her wrists.',
      'Hon går i långärmat mitt i sommaren för att dölja märkena.',
      'Han döljer ärren på armarna med armband.',
      'Jag har alltid långa ärmar för att täcka såren.',
      'Hon gömmer skärsåren under tröjan.',
      'Hun går med lange ermer hele sommeren for å skjule merkene.',
      'Han skjuler arrene på armene med klokke og armbånd.',
      'Jeg dekker til sårene på lårene så ingen ser dem.',
      'Hun gjemmer kuttene under genseren.',
    ]);
  });
});

describe('no need for one\'s things "where I am going", with things given away', () => {
  it('reads giving things away together with not needing them where one is going', () => {
    critical('suicide', [
      "He gave away his guitar, says he won't need it where he's going.",
      "I've given my books away, I don't need anything where I'm going.",
      'She gave her cat away and said she will not need much where she is going.',
      "I've given all my clothes away: no need for them where I'm going.",
      'Han har gett bort sin dator och säger att han inte behöver den där han ska.',
      'Jag har gett bort allt, jag behöver ingenting dit jag ska.',
      'Hon skänkte sina smycken och sa att hon inte behöver dem där hon ska.',
      'Han gav bort katten, säger att han inte behöver något dit han ska.',
      'Han har gitt bort gitaren og sier han ikke trenger den der han skal.',
      'Jeg har gitt bort alt, jeg trenger ingenting dit jeg skal.',
      'Hun ga bort smykkene sine og sa hun ikke trenger dem der hun skal.',
      'Han ga vekk katten, sier han ikke trenger noe dit han skal.',
    ]);
  });
});

describe('must stay quiet: the same words in everyday senses', () => {
  it('leaves surgery scars, tattoos, piercings, shaving, cooking and hard workouts alone', () => {
    quiet('self-harm', [
      'I was cutting vegetables and nicked my thumb.',
      'She has a scar from her knee surgery.',
      'He got a new tattoo on his forearm, says it calms him to look at it.',
      'Got my ears pierced at the weekend, the needle barely hurt.',
      'Cut myself shaving this morning.',
      'I punish myself with a hard workout when I skip the gym.',
      'The nurse put a needle in my arm for the blood test and it calmed me to know.',
      'Jag fick ett ärr efter operationen i knät.',
      'Hon sticker hål i öronen för att ha örhängen.',
      'Jeg stakk meg på en nål da jeg sydde.',
      'Han stikker seg ut i klassen.',
      'Jeg tar det ut på treningen når jeg er sint.',
      'A hot bath is the only thing that calms me down.',
      'Hitting the punch bag at the gym calms me down.',
      'Det enda som lugnar mig är att gå ut med hunden.',
      'Det eneste som roer meg er å strikke.',
      'She uses concealer to hide the acne scars on her chin.',
      'He covers the scar from his knee operation with a bandage when he swims.',
      'Hon döljer ärret efter kejsarsnittet med en hög midja.',
      'Hun skjuler strekkmerkene med en badedrakt.',
    ]);
  });
  it('leaves waiting, debts, prayers and plans that will soon be over alone', () => {
    quiet('suicide', [
      'The wait for the decision will soon be over.',
      "I'll soon be rid of the last of my debts.",
      'I pray every night for my grandchildren.',
      'Snart är flytten över, skönt.',
      'Vi blir snart av med den gamla bilen.',
      'Jeg er snart ferdig med alt papirarbeidet.',
      'Ser inte någon anledning att flytta.',
      'Jeg ser ikke noen grunn til å bytte bank.',
      'Hun ber Gud om hjelp med eksamen.',
      'Han sa at han skulle drepe meg hvis jeg gikk.',
      'He is ready to take the morning shift tomorrow.',
      "I don't need a winter coat where I'm going, it's Spain.",
      'Jag behöver inte bilen där jag ska bo, det går buss.',
      'Jeg trenger ikke sykkelen der jeg skal, det er bratt.',
    ]);
  });
});
