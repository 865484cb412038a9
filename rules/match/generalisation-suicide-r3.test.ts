/**
 * Kinds of indirect suicide disclosure that the round-3 outside writers' sets (tests/data/disclosures-writer-{t,u,v,x,y,z}.tsv,
 * read as dev data after their first figures were taken) showed the engine missing: older clients' and believers' words
 * for a wish to die, preparations (belongings divided, letters with affairs in order, "you won't have to worry about me
 * after…"), water, ice and heights (not coming back, asking how deep or high, lingering at a railing, ice hoped to
 * break), a means kept for a day one decides or said with ending it, a life insurance asked about with an accident's look,
 * and attempts named in records. Every sentence is our own; look-alikes of each kind stay without a critical card.
 */
import { describe, it } from 'vitest';
import { expectCritical, expectNoCritical } from '../../tests/unit/eval-pack-follow-ups';

describe('older clients\' and believers\' words for a wish to die, with a second sign', () => {
  it('reads being "ready to go", going "home to the Lord" and resting for ever, in en, sv and nb', () => {
    expectCritical('suicide', [
      'He keeps telling the home help he is ready to go now, he has had a good innings.',
      'Says she is ready to meet her maker and has given her rings away to the grandchildren.',
      'Mum talks about going home to Jesus soon.',
      'She prays to be allowed to rest forever.',
      'Han säger att han är redo att gå nu, han har haft ett långt liv.',
      'Hon vill hem till Gud och har gett bort sina smycken till barnbarnen.',
      'Han er klar for å gå nå, sier han har hatt et langt liv.',
      'Ber hver kveld om å få hvile for alltid.',
      'Hun sier hun snart skal hjem til Gud.',
    ]);
  });
  it('stays quiet for leaving a place, a cricket innings and a death told of someone else', () => {
    expectNoCritical('suicide', [
      'Ready to go? The taxi is outside.',
      'She is ready to go home from hospital on Friday.',
      'He had a good innings at cricket on Saturday and is ready to go again next week.',
      'Mormor gikk hjem til Jesus i fjor, vi savner henne.',
      'Han går i kirken hver søndag og ber til Gud for barna.',
      'Min pappa fick vila för alltid i våras, han hade haft ett långt liv.',
      'Hon är redo att gå hem efter mötet.',
    ]);
  });
});

describe('preparations: belongings divided, letters with affairs in order, peace made, no need to worry "after…"', () => {
  it('reads them with the second sign, in en, sv and nb', () => {
    expectCritical('suicide', [
      'He has made a list of who gets what and says he will not be around for Easter.',
      'Hon har bestämt vem som ska få vad av möblerna och säger hej då till alla.',
      'Han har skrevet ned hvem som skal ha hva, og sier han ikke blir her lenge til.',
      'Wrote a letter to his son and says he has put his affairs in order.',
      'Har skrevet et brev til datteren og sier han har ordnet alt.',
      'Hon har slutit fred med allt och skrivit testamente.',
      'Told her son he will not have to worry about her after Christmas.',
      'Ni behöver inte oroa er för mig snart, sa han till barnen.',
      'Dere slipper å bry dere om meg etter jul.',
      'Told the landlord he will not be here by then.',
      'Sa til utleieren at hun ikke er her neste måned.',
    ]);
  });
  it('stays quiet for a will alone, a plain "don\'t worry", a move, a holiday and a new job', () => {
    expectNoCritical('suicide', [
      'Her mother wrote a will last year.',
      "Don't worry about me, I'll be home soon.",
      'You will not have to worry about me after Christmas, I start my new job in January.',
      'I will not be here next month, I am moving to Leeds.',
      'Jeg er ikke her neste måned, jeg skal på ferie.',
      'Vi har bestämt vem som ska ha vad av julklapparna.',
    ]);
  });
});

describe('water, ice and heights', () => {
  it('reads not coming back, asking how deep or high, lingering at the railing, ice hoped to break, a tempting height', () => {
    expectCritical('suicide', [
      'She said she would walk out onto the ice one night and not come back.',
      'Han pratar om att gå ut på isen och aldrig komma hem.',
      'Hun snakker om å gå ut på isen en kveld og ikke komme tilbake.',
      'He asked me how deep the canal is by the lock.',
      'Frågade hur högt det är från bron vid motorvägen.',
      'Lurte på hvor dypt det er ved kaia.',
      'Last night I stood at the railing of the bridge for ages.',
      'I helgen blev jag stående vid bron länge.',
      'Ikke nå, men i går ble jeg stående lenge på brua.',
      'Gikk ut på isen og håpet at den ville knekke.',
      'Gick ut på isen och hoppades att den skulle spricka.',
      'The railway bridge looks more tempting every time I cross it.',
    ]);
  });
  it('stays quiet for ice fishing, a pool, a ceiling, a bus stop and ice hoped to hold', () => {
    expectNoCritical('suicide', [
      'We went ice fishing and stood on the ice for hours.',
      'He asked how deep the pool is before his swimming lesson.',
      'Hun lurte på hvor høyt taket er i den nye leiligheten.',
      'Jeg ble stående lenge ved bussholdeplassen.',
      'Isen var tunn, vi hoppades att den inte skulle spricka.',
    ]);
  });
});

describe('a means kept for the day one decides, or said with ending it; life insurance; attempts in records', () => {
  it('reads them in en, sv and nb', () => {
    expectCritical('suicide', [
      'Keeps his old service pistol in the drawer for when he decides.',
      'Har köpt tabletter på nätet och väntar på rätt dag.',
      'Har hagla i skapet og venter bare på rett dag.',
      'Sa han skulle ta med seg hagla ut i skogen og gjøre slutt på det.',
      'Said he would take the shotgun out to the barn and end it.',
      'Han har tagit fram jaktgeväret och sitter med det i köket.',
      'Kona fant et tau og en lapp i garasjen.',
      'Asked whether her life insurance would pay out if it looked like an accident.',
      'Undrade om livförsäkringen betalar ut om det ser ut som en olycka.',
      'Spurte om livsforsikringen dekker det hvis det ser ut som en ulykke.',
      'Wanted to know if the life insurance pays out if he dies, says they would get more that way.',
      'Attempted hanging on the ward last month, now on close obs.',
      'Forsøk på henging i arresten i fjor.',
      'Has been researching methods and wrote a letter to his brother.',
      'Hvis de avslår søknaden, tar jeg bare livet av meg.',
    ]);
  });
  it('stays quiet for a dose taken on its day, a hunt, an insurance paid after a death', () => {
    expectNoCritical('suicide', [
      'Takes his tablets on the right day each week.',
      'Han tok med hagla på elgjakt og kom hjem med et dyr.',
      'Asked whether life insurance pays out after a car crash; her husband died last year.',
      'Livsforsikringen betalte ut da mannen min døde.',
      'She is researching methods of teaching reading for her course.',
    ]);
  });
});

describe('told laughing; how much would be too much; a death wished "in an accident"; a means where one sat for hours; riddance with things given away', () => {
  it('reads them in en, sv and nb', () => {
    expectCritical('suicide', [
      'Lol no I am not depressed, just looked up how to do it so it would not hurt.',
      'Skrattade och sa att han har läst om hur mycket som krävs.',
      'Tuller med det, men har lest om hvor mye som skal til.',
      'Sier han skal kjøre rett i fjellveggen hvis hun går fra ham.',
      'Asked how many of her insulin pens would be too many.',
      'Frågade hur många sömntabletter som är för mycket.',
      'Hun sa det hadde vært best for alle om jeg døde i en ulykke.',
      'Says it would be a relief for everyone if he died in an accident.',
      'Took his rifle into the woods and sat there for hours.',
      'Tok med seg hagla opp i skogen og satt der i timevis.',
      'Told them they will soon be rid of him and gave his guitar away.',
      'Sa att de snart slipper honom och har gett bort sin motorcykel.',
    ]);
  });
  it('stays quiet for a joke about a queue, a dose for a child, a hunt and a move for a job', () => {
    expectNoCritical('suicide', [
      'Haha, this queue will be the death of me.',
      'She asked how many painkillers are too many for a child of six.',
      'Went hunting with his rifle and sat there for hours waiting for a deer.',
      'Sa at vi slipper ham snart, han har fått jobb i Bergen og gitt bort sofaen.',
    ]);
  });
});

describe('only waiting now, said after a death in the family or with food given up', () => {
  it('reads it in en, sv and nb', () => {
    expectCritical('suicide', [
      'Since his wife died he has stopped eating properly. Says he is only waiting now.',
      'Har slutat äta sedan begravningen, säger att hon väntar bara på att få gå.',
      'Etter at kona gikk bort spiser han nesten ikke. Han venter bare på slutten, sier han.',
    ]);
  });
  it('stays quiet for waiting for results, a reply or a flat', () => {
    expectNoCritical('suicide', [
      "I'm just waiting now for the results of the scan.",
      'Venter bare nå på svar fra NAV.',
      'He stopped eating meat last year and is just waiting now for his new flat.',
    ]);
  });
});
