/**
 * Kinds of writing about violence at home and children exposed to it that the round-3 outside writers' sets (older
 * clients and carers, hurried typing, professionals' notes, veiled and sideways disclosures, Norwegian and Swedish
 * only) showed missed (issue 11): each kind in phrasings of our own, in en, sv and nb, with look-alikes that must stay
 * quiet. What the eval pack's follow-up on the concept raises (tests/data/eval-pack.yaml).
 */
import { describe, expect, it } from 'vitest';
import { expectCritical, expectNoCritical, raised } from '../../tests/unit/eval-pack-follow-ups';

const DV = 'domestic-violence';
const CHILD = 'child-exposed-to-violence';

describe('a threat hung on telling, going to someone or leaving', () => {
  it('raises the card when regret, "you\'ll see" or a care home is promised', () => {
    expectCritical(DV, [
      'Her grandson told her she would regret it if she ever talked to the bank about the money.',
      'He says I will pay for it if I go to the police.',
      'Dottern har sagt att hon ska få ångra sig om hon berättar för hemtjänsten.',
      'Han sa att jag skulle få se om jag gick till polisen.',
      'Sønnen sier hun skal få angre hvis hun forteller det til fastlegen.',
      'Han sa jeg skal få svi hvis jeg går fra ham.',
    ]);
  });
  it('raises the card for a child threatened over telling', () => {
    expectCritical(CHILD, [
      'Her stepdad told the 9yo he would hurt her if she says anything at school.',
      'Pappan har sagt till sonen att han ska få se om han berättar för läraren.',
      'Faren har sagt til gutten at han skal få angre hvis han forteller noe på skolen.',
    ]);
  });
  it('stays quiet for regret with no threat in it', () => {
    expectNoCritical(DV, [
      'I think I would regret it if I left my job now.',
      'Jag skulle ångra mig om jag inte sökte utbildningen.',
      'Jeg kommer til å angre hvis jeg ikke søker på jobben.',
    ]);
  });
});

describe('killing threatened in other verbs, and a pet threatened', () => {
  it('raises the card', () => {
    expectCritical(DV, [
      'My son keeps saying he will drown me in the bath one day.',
      'He said he would shoot the dog if I went to my sister\'s.',
      'Sambon skriker att han ska ha ihjäl mig när han druckit.',
      'Han hotar att skjuta hunden om jag flyttar.',
      'Eksen sa han skulle skyte hunden hvis jeg tok med barna.',
      'Han har sagt at han skal drukne meg.',
    ]);
    expectCritical(CHILD, [
      'Dad told the 7yo he would drown the cat if she cried again.',
      'Pappan har sagt till dottern att han ska dränka katten.',
      'Faren sa til jenta at han skulle drepe hunden hennes.',
    ]);
  });
  it('stays quiet for drowning in work and putting a meeting off', () => {
    expectNoCritical(DV, [
      'My husband is drowning in paperwork since the business closed.',
      'Han skjuter upp mötet med banken hela tiden.',
      'Vi har en gammel hund, han skyter aldri på noe.',
    ]);
  });
});

describe('a weapon brandished', () => {
  it('raises the card', () => {
    expectCritical(DV, [
      'Her brother came round waving a hammer and shouting in the hallway.',
      'Exet stod på parkeringen och viftade med en kniv.',
      'Sønnen veivet med øksa i gangen da hun ba ham gå.',
    ]);
  });
  it('stays quiet for a knife in the kitchen', () => {
    expectNoCritical(DV, ['He was chopping onions with a big knife.', 'Hon viftade med handen åt oss.', 'Han kjøpte ny øks til hytta.']);
  });
});

describe('a person locked in a room, or out of the house', () => {
  it('raises the card with a family member or carer as the one shut in', () => {
    expectCritical(DV, [
      'Her daughter-in-law locks gran in the bedroom when she goes shopping.',
      'Dottern låser in mamma i sovrummet på nätterna.',
      'Svigersønnen låser mor inne på badet når han får besøk.',
      'Kona har låst ham ute flere ganger, han får ikke komme inn.',
    ]);
  });
  it('stays quiet for a bike or keys locked away', () => {
    expectNoCritical(DV, [
      'He locked his bike in the shed again.',
      'Sonen låser in cykeln i förrådet.',
      'Han låser sykkelen inne i boden.',
    ]);
  });
});

describe('a bag kept ready for flight', () => {
  it('raises the card', () => {
    expectCritical(DV, [
      'I have a bag packed at my mum\'s with the kids\' passports in it.',
      'Hon har en väska hos grannen med pass och kontanter.',
      'Jeg har en bag hos søsteren min med pass, i tilfelle.',
    ]);
  });
  it('stays quiet for packing for a holiday', () => {
    expectNoCritical(DV, ['Packed for Spain last night, all sorted.', 'Vi har packat inför semestern.']);
  });
});

describe('coercive control in an older client\'s or a man\'s life', () => {
  it('raises the card for a carer taking cash, food or sleep kept, a forced signature, passwords held', () => {
    expectCritical(DV, [
      'The home help has been taking cash out of his wallet.',
      'His wife won\'t let him eat until the house is spotless.',
      'My nephew made me sign a power of attorney last month.',
      'Hon har alla mina lösenord och jag får inte ens se kontot.',
      'Brorsonen tvingade henne att skriva på fullmakten.',
      'Hun har bankid-en min og alle passordene.',
      'Han har bankid og gir meg penger når han vil.',
    ]);
  });
  it('stays quiet for help with banking agreed and an ordinary signature', () => {
    expectNoCritical(DV, [
      'My son helps me sign the forms for the council.',
      'Sonen hjälper mig med internetbanken.',
      'Datteren hjelper meg å signere papirene fra NAV.',
    ]);
  });
});

describe('taking the blame for a partner\'s temper, and keeping him from anger', () => {
  it('raises the card', () => {
    expectCritical(DV, [
      'He only loses it when I deserve it, to be fair.',
      'Han blir bara arg när jag förtjänar det.',
      'Jeg må passe meg så han ikke blir sint, ellers blir det ille.',
    ]);
  });
});

describe('it never got physical, a finger never laid', () => {
  it('checks in quietly', () => {
    const texts = [
      'Det har aldrig blivit fysiskt mellan oss.',
      'Det har aldri blitt fysisk, vi bare krangler.',
      'Han har aldrig lagt ett finger på barnen.',
      'Han har aldri lagt en finger på meg.',
    ];
    expect(texts.filter((text) => raised(text.includes('barnen') ? CHILD : DV, text) !== 'check-in')).toEqual([]);
  });
  it('checks in quietly when the enquiry was answered no throughout', () => {
    const texts = ['Routine enquiry done, she answered no to all of it.', 'Kortfrågorna ställda, nej på alla.', 'Kartlegging gjort, svarte nei på alle.'];
    expect(texts.filter((text) => raised(DV, text) !== 'check-in')).toEqual([]);
  });
});

describe('a child who will not go home, or sleeps ready to flee', () => {
  it('raises the card', () => {
    expectCritical(CHILD, [
      'Our middle one does not want to go home after cubs, he asks to stay late every day.',
      'My eldest sleeps in her clothes with a chair under the door handle.',
      'Dottern vill inte gå hem efter skolan och frågar om hon får sova hos mormor.',
      'Sonen sover med kläderna på ifall vi måste springa.',
      'Jenta vil ikke gå hjem etter korpsøvelsen.',
      'Storebroren sover med klærne på i tilfelle vi må løpe.',
    ]);
  });
  it('stays quiet for a day out that was fun', () => {
    expectNoCritical(CHILD, ['The kids didn\'t want to leave the beach, they loved it.', 'Barnen ville stanna kvar på kalaset.']);
  });
});

describe('a child\'s reaction to an adult arriving home', () => {
  it('raises the card with the key in the door or his coming home drunk', () => {
    expectCritical(CHILD, [
      'The twins run out to the garden when he comes home drunk.',
      'Barnen springer ut när de hör nyckeln i dörren.',
      'Ungene kryper under senga når de hører nøkkelen i døra.',
    ]);
  });
});

describe('a child near the violence, in professionals\' words', () => {
  it('raises the card', () => {
    expectCritical(CHILD, [
      'Two children present during the incident at the address on Friday.',
      'Operation Encompass notification received for the YP this morning.',
      'Barnen var närvarande vid misshandeln i köket.',
      'Barna var til stede under hendelsen i går.',
      'Han slog henne medan hon ammade.',
      'The 8 yr old rings 999 when his stepdad goes for his mum.',
      'Dottern frågar om polisen kommer i natt igen.',
      'Tenåringen stiller seg mellom oss når han hever stemmen.',
    ]);
  });
  it('raises the card for marks of a grip or a hand a child\'s service reports', () => {
    expectCritical(CHILD, [
      'Nursery noted a handprint on his cheek on Monday.',
      'Förskolan såg märken efter grepp på armarna.',
      'Barnehagen så merker etter grep på overarmene.',
    ]);
  });
  it('stays quiet for a child\'s own play', () => {
    expectNoCritical(CHILD, ['The kids made handprint paintings at nursery.', 'Barnen lekte polis och tjuv på gården.']);
  });
});

describe('Swedish and Norwegian "hit" (here)', () => {
  it('stays quiet when a partner brought the client here', () => {
    expectNoCritical(DV, [
      'Min sambo körde mig hit i morse.',
      'Vi flyttade hit med min man för tre år sedan.',
      'Kona fulgte meg hit i går.',
      'Mannen min kjørte meg hit.',
    ]);
  });
  it('still raises the card for a blow in English', () => {
    expectCritical(DV, ['He hit her across the face.', 'My partner hit me again on Friday.', 'She was hit by her son.', 'He hit Jo in the stomach.']);
  });
});

describe('second pass: stalking by knowing the client\'s day, hair torn, thrown against things, a family\'s death threatened', () => {
  it('raises the card', () => {
    expectCritical(DV, [
      'My ex has found out where I live now and texts that he knows which bus I get.',
      'Exmannen har hittat min nya adress och vet när jag slutar jobbet.',
      'Eksen har funnet den nye adressen min og vet når jeg slutter på jobb.',
      'Han river meg i håret når han har drukket.',
      'Han ryckte henne i håret i hallen.',
      'Han kastade mig mot väggen i köket.',
      'Han slengte meg mot kjøleskapet.',
      'He said he would drive us all off a cliff.',
      'Han sa att han skulle köra bilen över ett stup med oss i.',
      'Svogeren sier hun er død for familien hvis hun flytter ut.',
      'Han har tatt over BankID-en hennes.',
    ]);
    expectCritical(CHILD, ['Ungene hørte slagene gjennom veggen.', 'Han sa han skulle kjøre utfor et stup med barna i bilen.']);
  });
  it('raises the card for marks round the neck whatever account comes with them', () => {
    expectCritical(DV, ['Röda märken runt halsen, säger att det var ett halsband.', 'Merker rundt halsen, sier det var et skjerf.']);
  });
  it('stays quiet for a bus timetable, a new address and a car trip', () => {
    expectNoCritical(DV, [
      'My son knows which bus to take to the hospital.',
      'Vi körde över fjället med barnen i påskas.',
      'Han har funnet ny leilighet til oss.',
    ]);
  });
  it('checks in quietly for an enquiry closed, physical punishment denied, children never harmed', () => {
    const texts: [string, string][] = [
      [CHILD, 'Dad denies using physical punishment.'],
      [CHILD, 'Inga tecken på att barnen far illa enligt skolan.'],
      [CHILD, 'Undersøkelsen ble henlagt uten funn i fjor.'],
    ];
    expect(texts.filter(([concept, text]) => raised(concept, text) !== 'check-in')).toEqual([]);
  });
});

describe('third pass: a spoken-Norwegian "se" after "få", and a denier that does not reach a clause with its own subject', () => {
  it('reads "få se" as seeing, so a never-see-again threat over a child holds', () => {
    expectCritical(CHILD, [
      'Faren sa til gutten at moren aldri skal få se ham igjen.',
      'Han har sagt til ungene at de aldri skal få se mormor igjen.',
    ]);
  });
  it('keeps what a later clause with its own subject tells, after "nobody else" or "ingen annan"', () => {
    expectCritical(DV, [
      'Han säger att ingen annan vill ha mig, och jag får inte träffa mina väninnor.',
      'Han sier ingen andre vil ha meg, og jeg får ikke treffe venninnene mine lenger.',
      'He says nobody else would put up with me, and I am not allowed to see my mates.',
    ]);
  });
  it('still denies what the denier\'s own clause and its list cover', () => {
    const texts = ['Nobody hits me and nobody takes my money.', 'Ingen slår mig och ingen tar mina pengar.', 'Ingen slår meg eller tar pengene mine.'];
    expect(texts.filter((text) => raised(DV, text) !== 'check-in')).toEqual([]);
  });
});

describe('Swedish "på tur" (in turn) is no Norwegian hike', () => {
  it('keeps the card when the children are told they are next', () => {
    expectCritical(CHILD, ['Han slog mamma i köket och sa till barnen att de stod näst på tur.']);
  });
  it('still lowers a blow told with a hike', () => {
    expect(raised(CHILD, 'Gutten slo hodet da vi var på tur i skogen.')).not.toBe('critical');
  });
});

describe('kinds next to the writers\': an older client\'s aids hidden, restraint, scratching, veiled remarks, isolation', () => {
  it('raises the card', () => {
    expectCritical(DV, [
      'Her grandson hides her hearing aid when he wants money.',
      'Dottern gömmer hans glasögon när hon blir arg på honom.',
      'Sønnen gjemmer høreapparatet hennes.',
      'The night carer tied me to the bed rail.',
      'Personalen band fast henne i rullstolen.',
      'She scratched me down my neck when I said I was going.',
      'Hon klöste mig i ansiktet.',
      'Kona klorte meg på armen.',
      'He texted that it would be a shame if something happened to the car with me in it.',
      'Exet skrev att det vore synd om något hände barnen.',
      'Eksen sa jeg burde se meg over skulderen.',
      'I stopped seeing my friends because he does not like it.',
      'Hon har slutat träffa sin familj eftersom han inte gillar det.',
      'Hun har sluttet å treffe familien fordi han ikke liker det.',
    ]);
  });
  it('stays quiet for ordinary glasses, pets, gyms and praise', () => {
    expectNoCritical(DV, [
      'My son takes his medication every morning.',
      'Datteren min tar brillene sine med på skolen.',
      'Hunden bet mig i handen när jag klappade den.',
      'I stopped going to the gym because it was too expensive.',
      'She knows what she is capable of at work.',
    ]);
  });
});

describe('sex with no yes while asleep, forcing himself on her; burns on a child; a child who sees a parent\'s injuries', () => {
  it('raises the card', () => {
    expectCritical(DV, [
      'He has sex with me while I am asleep, I wake up and he is already doing it.',
      'Han har sex med henne när hon sover.',
      'Han har sex med meg mens jeg sover.',
      'He forced himself on me after the party.',
      'Han tvingade sig på mig i helgen.',
      'Han tvang seg på meg da jeg kom hjem.',
    ]);
    expectCritical(CHILD, [
      'The nursery found cigarette burns on the little one\'s hand.',
      'Styvpappan brände pojken med en cigarett.',
      'Stefaren brente gutten med en sigarett.',
      'My daughter saw the bruises on my arms and started crying.',
      'Sonen frågade varför mamma har blåmärken i ansiktet.',
      'Jenta spurte hvorfor mamma hadde blåmerker på halsen.',
    ]);
  });
  it('stays quiet for talk of sex and a question after football', () => {
    expectNoCritical(DV, ['Vi snakket om sex og samliv da jeg var på kurs.', 'We watched a programme about sex education last night.']);
    expectNoCritical(CHILD, ['Dottern frågade om blåmärken efter fotbollen.']);
  });
});

describe('neighbours who heard it at a home with children; a child threatened with being sent abroad', () => {
  it('raises the card', () => {
    expectCritical(CHILD, [
      'Neighbours reported screaming and banging from the flat last night. Two kids live there, 3 and 6.',
      'Grannarna ringde om skrik och smällar från lägenheten, barnen var hemma.',
      'Melding fra naboer om skriking fra leiligheten i helgen. Det bor to små barn der.',
      'Her dad says the 14yo will be sent back home if she keeps seeing that boy.',
      'Farbrodern har sagt att dottern ska skickas till hemlandet om hon inte slutar sminka sig.',
      'Faren sier jenta skal sendes til hjemlandet hvis hun fortsetter å gå på fest.',
    ]);
  });
  it('stays quiet for children at play and a boarding school', () => {
    expectNoCritical(CHILD, [
      'The neighbours heard the kids shouting in the garden, they were playing.',
      'Our son will be sent back to boarding school if he keeps up his grades.',
    ]);
  });
});

describe('injuries hidden after his temper, and learning to keep quiet around him', () => {
  it('raises the card', () => {
    expectCritical(DV, [
      'When he loses his temper it is bad. I only wear long sleeves now, even in summer.',
      'Han blir så arg ibland. Jag sminkar över blåmärkena innan jobbet.',
      'Han blir sint. Jeg skjuler merkene med skjerf.',
      'I have learned to keep quiet when he has had a drink.',
      'Jag har lärt mig att vara tyst när han kommer hem full.',
      'Jeg har lært meg å være stille når han er i dårlig humør.',
    ]);
  });
  it('stays quiet for sleeves worn for the skin or the cold', () => {
    expectNoCritical(DV, ['I only wear long sleeves because of my eczema.', 'Han blir arg på chefen ibland. Jag har slutat ha kortärmat på jobbet, det är kallt.']);
  });
});

describe('a young person\'s own "I get a hiding from dad", with no child word', () => {
  it('raises the card', () => {
    expectCritical(CHILD, [
      'jag får stryk av pappa om jag svarar emot',
      'jeg får juling av faren min når han er full',
      'I get a hiding off my stepdad if I answer back',
    ]);
  });
  it('stays quiet for a lost game', () => {
    expectNoCritical(CHILD, ['Pappa fick stryk av mig i schack igen.', 'My team got a beating from my dad\'s team at five-a-side.']);
  });
});
