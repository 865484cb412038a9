/**
 * Kinds of suicide and self-harm talk that two outside writers used and the concepts missed
 * (tests/data/disclosures-writer-g.tsv and -h.tsv, read as dev data), each kind in phrasings of our own in
 * en, sv and nb (never a row of those sets), with the everyday senses of the same words that must stay quiet.
 */
import { describe, it } from 'vitest';
import { expectCritical as critical, expectNoCritical as quiet } from '../../tests/unit/eval-pack-follow-ups';

describe('suicide told in short pieces: letters to the family, things given away', () => {
  it('reads a letter to the family with "in case" or not being around, over two or three sentences', () => {
    critical('suicide', [
      'Wrote a letter. For my son. Just in case.',
      'She has written notes to her parents. Says she will not be around for the hearing anyway.',
      'Jag har skrivit brev. Till barnen. Ifall något händer.',
      'Han har skrivit ett brev till dottern. Om det skulle hända något.',
      'Har skrevet brev. Til ungene. I tilfelle.',
      'Hun har skrevet et brev til mamma. Hvis det skjer noe.',
    ]);
  });
  it('reads things given away and not needed where one is going, in the next sentence', () => {
    critical('suicide', [
      'I gave my bike away to my nephew. Will not need it where I am going.',
      'Jag har gett bort böckerna till grannen. Behöver dem inte där jag ska.',
      'Har gitt bort sykkelen. Trenger den ikke der jeg skal.',
    ]);
  });
  it('leaves letters and gifts with no end in sight alone', () => {
    quiet('suicide', [
      'I write letters to my kids every week from here.',
      'Jag skriver brev till Försäkringskassan varje vecka. De svarar aldrig.',
      'Har gitt bort sykkelen til nabogutten. Han trengte en.',
      'Har skrevet et brev til ungene om flyttingen. De gleder seg.',
    ]);
  });
});

describe('suicide told through its preparations and its aim', () => {
  it('reads a will with a funeral arranged, a means held in the lap, a cut to the wrists to die', () => {
    critical('suicide', [
      'He has made a will and rang the undertaker last week, he is 38.',
      'Hon har skrivit testamente och varit på begravningsbyrån, hon är 40 och frisk.',
      'Han har skrevet testament og vært hos begravelsesbyrået.',
      'Sits up at night with the shotgun in his lap.',
      'Hon sitter med tabletterna i knät varje kväll.',
      'Han sitter med pistolen i fanget om natta.',
      'She cut her wrists to die, last spring.',
      'Han skar sig i handlederna för att dö.',
      'Hun kuttet seg i håndleddene for å dø.',
    ]);
  });
  it('reads waiting to die, absence "if I were not here", a survival regretted, a burden to all', () => {
    critical('suicide', [
      'I am just waiting to die really.',
      'Jag väntar på att få dö.',
      'Jeg venter på å få dø.',
      'It would be easiest for everyone if I was not here.',
      'Det vore lättast för alla om jag inte fanns.',
      'Det hadde vært lettest for familien om jeg ikke var her.',
      'She regrets that it did not work, says she wishes it had worked.',
      'Hon ångrar att det inte gick.',
      'Han sier han angrer på at det ikke gikk.',
      'Mamma hadde hatt det lettere uten meg.',
      'Familjen skulle ha det lättare utan mig.',
      'Jeg er jo bare en byrde.',
    ]);
  });
  it('reads methods looked up and driving straight into a lorry', () => {
    critical('suicide', [
      'Hon har googlat och bestämt sig för hur.',
      'Han har googlet metoder og funnet ut hvordan.',
      'Sometimes I want to drive straight into a lorry.',
      'Ibland vill jag bara köra rakt in i en lastbil.',
      'Noen ganger vil jeg bare kjøre rett inn i en trailer.',
    ]);
  });
  it('leaves wills, funerals of others, laps, waits and finished paperwork alone', () => {
    quiet('suicide', [
      'Grandad wrote his will last year, he is 92.',
      'Farmor har skrivit testamente, hon är 94.',
      'Hun satt med babyen i fanget hele kvelden.',
      'Han satt med katten i knät.',
      'Died after a long wait for a bed.',
      'Jeg er snart ferdig med alt papirarbeidet.',
      'Vi väntar på att få svar från Försäkringskassan.',
      'Hun har googlet metoder for å slutte å røyke.',
    ]);
  });
});

describe('self-harm told through its pieces and habits', () => {
  it('reads an act told with where it is hidden, over two short sentences', () => {
    critical('self-harm', [
      'I do cut. On my thighs so nobody sees.',
      'Jag skär. På låren så ingen ser.',
      'Jeg kutter. På lårene så ingen ser det.',
    ]);
  });
  it('reads head-banging as a habit, cigarettes put out on the body, wounds reopened, a means found with doing it again', () => {
    critical('self-harm', [
      'He bangs his head on the wall every time he gets told no.',
      'Hon dunkar huvudet i väggen när det blir för mycket.',
      'Han dunker hodet i døra hver gang han får et avslag.',
      'She stubs cigarettes out on her arm.',
      'Han fimpar cigaretter på handen.',
      'Hun slukker sigaretter på armen.',
      'He picks at the scabs until they reopen, keeps the wounds open.',
      'Jag river upp såren hela tiden.',
      'Hun river opp sårene når de gror.',
      'Dad found a razor blade under her pillow. She had started again.',
      'Mamma hittade rakbladet. Jag har börjat igen.',
      'Læreren fant barberbladet i sekken. Han har begynt igjen.',
    ]);
  });
  it('reads not eating to punish oneself and scraping the skin', () => {
    critical('self-harm', [
      'I stop eating. Do not deserve to.',
      'Jeg spiser ikke når jeg har vært slem.',
      'Han skrapar armarna med ett gem.',
      'Hun skraper opp armene med en binders.',
      'Det är inte självskada egentligen, jag river mig bara tills det blöder.',
    ]);
  });
  it('leaves frustration, accidents, skin conditions, pets and play alone', () => {
    quiet('self-harm', [
      'It is like banging my head against a brick wall with the council.',
      'He banged his head on the car door getting in.',
      'Har psoriasis och kliar mig mycket på armarna.',
      'Hunden har klort meg opp på armene, han er så vill.',
      'Slo meg på armen på trampolinen med ungene.',
      'Brände mig på fritösen på jobbet.',
      'Cut my hand at the warehouse, needed stitches.',
      'I messed up the forms, so I did not eat lunch today.',
      'I do not deserve this, they cut my benefits again.',
    ]);
  });
});
