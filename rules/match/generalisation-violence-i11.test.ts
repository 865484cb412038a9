/**
 * Kinds of writing about violence and control by a partner or relative, and children exposed to it, that
 * the outside writers' sets showed missed or raised wrongly (issue 11): each kind in several phrasings of our
 * own, in en, sv and nb, with look-alikes that must not raise the card. What the eval pack's follow-up on
 * the concept raises (tests/data/eval-pack.yaml).
 */
import { describe, expect, it } from 'vitest';
import { expectCritical, expectNoCritical, raised } from '../../tests/unit/eval-pack-follow-ups';

const DV = 'domestic-violence';
const CHILD = 'child-exposed-to-violence';

describe('a violent verb turned on its doer is no violence to another', () => {
  it('raises neither violence card when someone wants to kill or hurt himself', () => {
    const texts = [
      'Her brother keeps saying he is going to kill himself.',
      'My dad told me he wants to hurt himself sometimes.',
      'Pappa säger att han vill ta livet av sig.',
      'Sambon pratar om att döda sig när han har druckit.',
      'Mannen hennes har sagt at han vil ta livet av seg.',
      'Broren min snakker om å drepe seg.',
      'Han slog sig i huvudet på skåpdörren.',
      'Han slo seg på albuen da han skled.',
    ];
    expect(texts.filter((text) => raised(DV, text) !== 'none')).toEqual([]);
    expect(
      ['Our son says he wants to kill himself.', 'Dottern har sagt att hon vill ta livet av sig.', 'Sønnen vår sier han vil drepe seg.'].filter(
        (text) => raised(CHILD, text) !== 'none',
      ),
    ).toEqual([]);
  });
  it('raises no child card for a child who threatens to take their own life (the suicide concept\'s)', () => {
    expectNoCritical(CHILD, [
      'Our eldest has threatened to kill himself twice this month.',
      'Tonårsdottern hotar med självmord när hon inte får som hon vill.',
      'Gutten truer med å ta livet av seg.',
    ]);
    expectCritical(CHILD, ['He threatened to kill the children and then himself.', 'Pappan hotar barnen med kniv.']);
  });
  it('still raises the card for violence to another, and for a threat of suicide used to control', () => {
    expectCritical(DV, [
      'He says he will kill me if I go.',
      'He hurt himself and then he hurt me.',
      'Han hotar att ta livet av sig om jag lämnar honom.',
      'Han har truet med å drepe seg hvis jeg går fra ham.',
      'Han slog mig i huvudet.',
      'Han slo meg på albuen.',
    ]);
  });
});

describe('an adviser\'s note: the client named as the one it is done to, relatives in the plural, former partners in one word', () => {
  it('raises the card', () => {
    expectCritical(DV, [
      'Grandson threatened client with a hammer over money.',
      'Nephew has pushed the client down the stairs.',
      'Sonen har hotat klienten med en kniv.',
      'Barnebarnet har truet brukeren for å få penger.',
      'Hennes bröder har hotat henne.',
      'Exmaken skickar hotfulla meddelanden varje kväll.',
      'Ekskjæresten sender truende meldinger hele tiden.',
    ]);
  });
  it('reads no violence into a couple settling down, but does into a blow that knocks someone down', () => {
    expectCritical(DV, ['Han slo ham ned utenfor puben.']);
    expectNoCritical(DV, ['Vi har slagit oss ner i Umeå.', 'Vi har slått oss ned på Hamar.', 'They have settled down in Leeds.']);
  });
});

describe('coercive control without a violence word', () => {
  it('raises the card for a partner who decides everything, holds the bank login, or makes the client answer for money', () => {
    expectCritical(DV, [
      'Her partner decides who she sees and what she wears.',
      'Sambon bestämmer vem jag får träffa.',
      'Kjæresten bestemmer hva jeg har på meg.',
      'My husband has my bank login and my pin.',
      'Maken har mitt BankID.',
      'Mannen har passordene mine.',
      'He handles all the money and I have to account for every pound.',
      'Sambon har hand om ekonomin och jag måste redovisa varje köp.',
      'Kona styrer økonomien og jeg må vise kvitteringer.',
      'He rings me fifteen times a day when I am at work.',
      'Han ringer mig tio gånger om dagen.',
    ]);
  });
  it('reads none into a couple sharing the work, the client deciding, or a dose a day', () => {
    expectNoCritical(DV, [
      'I decide everything myself now that I live alone.',
      'Jag bestämmer allt själv numera.',
      'Maken sköter ekonomin och jag sköter tvätten.',
      'Mannen min styrer økonomien, han er flinkere med tall.',
      'My husband takes his tablets three times a day.',
      'Han tar medisinen tre ganger om dagen.',
    ]);
  });
  it('raises the card for sex where a "no" is overridden', () => {
    expectCritical(DV, [
      'He does not take no for an answer in bed.',
      'My husband wants sex even when I say no.',
      'Han kräver sex även när jag säger nej.',
      'Samboeren vil ha sex selv om jeg sier nei.',
      'Han tvingar sig på mig i sängen.',
    ]);
  });
});

describe('an innocent explanation explains what stands near it, not the whole of a long sentence', () => {
  it('keeps the card when the innocent words are far off or before a turn', () => {
    expectCritical(DV, [
      'The job is going well and my manager is kind, but my husband keeps my bank card.',
      'Jobbet går bra och chefen är snäll, men sambon tar hela min lön varje månad.',
      'Jobben går fint, sjefen er grei, men mannen min tar lønna mi hver måned.',
      'I work in a cafe near the football ground on Saturdays and when I get home my husband takes my wages off me.',
    ]);
  });
  it('still checks in, not critical, when the innocent words stand close', () => {
    expectNoCritical(DV, ['My manager will kill me if I am late again.', 'Chefen dödar mig om jag kommer sent.', 'I got bruises from football.']);
  });
});

describe('children: blows in everyday words, a car used as a weapon, parents fighting', () => {
  it('raises the child card', () => {
    expectCritical(CHILD, [
      'Sonen fick en lavett av pappan igår.',
      'Gutten fikk en på kjeften av faren.',
      'Her stepdad gives the boy a clip round the ear when he is cheeky.',
      'The ex rammed our car with the kids in the back.',
      'Han prejade bilen med barnen i baksätet.',
      'Han kjørte inn i bilen vår mens ungene satt bak.',
      'Dottern hör när föräldrarna slåss på nätterna.',
      'Jenta forteller at foreldrene sloss i helgene.',
    ]);
  });
  it('reads no violence at home into siblings fighting over a toy', () => {
    expectNoCritical(CHILD, [
      'Barnen slåss om fjärrkontrollen hela tiden.',
      'Ungene sloss om iPaden.',
      'The twins fight over the remote all the time.',
    ]);
  });
});

describe('a belt is a weapon only when something is done with it', () => {
  it('raises the child card for a belt used on a child', () => {
    expectCritical(CHILD, ['He hit our son with his belt.', 'Their dad belts him for the smallest thing, the boy is terrified.', 'Pappan slog dottern med bältet.', 'Faren slo gutten med beltet.']);
  });
  it('reads nothing into a grade in a sport or a seat belt', () => {
    expectNoCritical(CHILD, [
      'My daughter got her green belt last week and the twins are jealous.',
      'Dottern tog gult bälte och sonen vill också börja.',
      'Jenta fikk oransje belte og gutten er misunnelig.',
      'The kids always wear a seat belt.',
    ]);
  });
});

describe('children: what they heard or saw, how they react, threats made over them', () => {
  it('raises the child card when the children heard or saw it all, with what happened told near it', () => {
    expectCritical(CHILD, [
      'He smashed a plate against the wall. My two boys saw it all from the stairs.',
      'Döttrarna hörde alltihop från sitt rum när han skrek.',
      'Ungene fikk med seg alt fra soverommet. Den minste gråt seg i søvn.',
    ]);
  });
  it('raises the child card for a child\'s reaction to an episode named without its word, in the same or the next sentence', () => {
    expectCritical(CHILD, [
      'Our youngest puts her hands over her ears when it all starts.',
      'Things get broken when he has been drinking. The little one wet herself last time.',
      'Lillebror kissade på sig när han slog sönder dörren.',
      'Sonen ligger vaken och lyssnar på bråken.',
      'Barna våkner av smellene om natta.',
      'Jenta holder lillebror for ørene når det begynner.',
    ]);
  });
  it('raises the child card for a child keeping a weapon by the bed out of fear', () => {
    expectCritical(CHILD, [
      'Our eldest keeps a baseball bat by the bed now.',
      'Tonåringen har en kniv under kudden sedan i vintras.',
      'Gutten sover med kniv etter det som skjedde.',
    ]);
  });
  it('raises the child card for a threat to take the child away or that a parent will never be seen again', () => {
    expectCritical(CHILD, [
      'He told our daughter she would never see her mum again.',
      'He has threatened to take the children out of the country.',
      'Han sa till sonen att han aldrig skulle få träffa mamma igen.',
      'Faren har sagt til jenta at hun aldri skal se moren sin igjen.',
    ]);
  });
  it('reads the children named through their parent, and violence told in the next sentence', () => {
    expectCritical(CHILD, [
      'Their dad is very strict. He pinches them when they cry.',
      'Barnens pappa nyper dem när de gråter.',
      'The kids were upstairs. He punched me in the kitchen.',
      'Barna var hjemme. Han slo meg i gangen.',
    ]);
  });
  it('reads none of this into ordinary family life', () => {
    expectNoCritical(CHILD, [
      'My daughter sees everything as a game and laughs a lot.',
      'Döttrarna hörde alltihop på radion och skrattade.',
      'My son lies awake worrying about his exams.',
      'Dottern ligger vaken och läser på nätterna.',
      'I take the kids to school and then go to work.',
      'Jag tar med barnen till simhallen på lördagar.',
      'Their dad picks them up on Fridays.',
      'The kids were at their gran\'s. We painted the hall.',
      'Barna var hos bestemor. Vi malte gangen.',
    ]);
  });
});

describe('negations that deny nothing told: a refusal made a condition, a "did not stop"', () => {
  it('keeps the card when the "no" is the condition of a threat', () => {
    expectCritical(DV, [
      'He says he will throw her out on the street if she refuses.',
      'Maken hotar att slänga ut henne om hon nekar.',
      'Han truer med å ta barna hvis hun nekter.',
    ]);
  });
  it('keeps the card when the violence did not stop', () => {
    expectCritical(CHILD, [
      'He would not stop kicking her although the children were crying.',
      'Styvpappan slutade inte slå fast barnen skrek.',
      'Faren sluttet ikke å sparke selv om ungene gråt.',
    ]);
    expectCritical(DV, ['He never stops threatening me.', 'Han slutar aldrig hota mig.']);
  });
  it('still reads a denial as a denial', () => {
    expectNoCritical(DV, ['He has not hit me since he stopped drinking.', 'Hun nekter for at han har slått henne.', 'Jag har inte blivit slagen.']);
  });
});

describe('an enquiry that found nothing', () => {
  it('checks in, not critical, when the report or enquiry named found nothing', () => {
    const child = [
      'A referral was made last spring and the assessment found no concerns.',
      'Utredningen efter orosanmälan fann inga tecken på våld.',
      'Barnevernet undersøkte bekymringsmeldingen og fant ingen tegn til vold.',
      'Ingen bekymring for barna.',
    ];
    expect(child.map((text) => raised(CHILD, text))).toEqual(child.map(() => 'check-in'));
    const dv = ['Routine DV enquiry: she denies any abuse.', 'FREDA-frågor ställda, inga ja-svar.', 'Kartlegging gjort, ingen ja-svar.'];
    expect(dv.map((text) => raised(DV, text))).toEqual(dv.map(() => 'check-in'));
  });
  it('keeps the card when the report tells what happened, or a finding denies something else', () => {
    expectCritical(CHILD, [
      'A referral was made because their dad hit the boy; the assessment found no concerns about school.',
      'Orosanmälan gjordes eftersom pappan slog sonen.',
      'Det er sendt bekymringsmelding fordi faren slår barna.',
    ]);
    expectCritical(DV, ['Han slår henne, hon nekar till det.']);
  });
});

describe('injuries and breath stopped, described through the body', () => {
  it('raises the card for smothering or holding under water by a partner', () => {
    expectCritical(DV, [
      'Her boyfriend pressed a pillow over her face until she could not breathe.',
      'He held me under the water in the bath.',
      'Sambon höll handen över munnen på mig tills jag inte fick luft.',
      'Eksen holdt meg under vannet i badekaret.',
    ]);
  });
  it('raises the card for an injury with an account that does not hold, in the same or the next sentence', () => {
    expectCritical(DV, [
      'She had finger marks on her arm and said she walked into a door. She would not talk about it.',
      'Hon hade ett blåmärke på kinden och tittade ner hela mötet.',
      'Hun hadde merker på halsen. Samme forklaring som sist, hun falt i trappa.',
    ]);
  });
  it('raises the child card for marks on a child with an adult of the home named, and a child shut in', () => {
    expectCritical(CHILD, [
      'The boy came back from contact with bruises on his arm and said his dad squeezed too hard.',
      'Dottern har märken på armen och säger att styvpappa tog tag i henne.',
      'Mammas kjæreste låser dem inne på rommet om kvelden.',
      'Styvpappan stänger in dem i källaren när de bråkar.',
    ]);
  });
  it('reads nothing into an accident, a sport or a partner hurting himself', () => {
    expectNoCritical(DV, [
      'My husband broke his arm skiing, so I do all the driving.',
      'Maken bröt benet i slalombacken.',
      'My husband swims under water for two minutes at the pool.',
    ]);
    expectNoCritical(CHILD, [
      'My son has a bruise on his knee from the trampoline and his dad put ice on it.',
      'The kids hid in the wardrobe during hide and seek with their dad.',
    ]);
  });
});

describe('look-alikes: work at a service, a threat of a legal step, games, "a bit"', () => {
  it('reads no violence into working or volunteering at a refuge, or into a landlord\'s threat to report', () => {
    expectNoCritical(DV, [
      'He volunteers at the local refuge on Mondays.',
      'Hon arbetar på kvinnojouren i Lund sedan i våras.',
      'Han jobber på krisesenteret i helgene.',
      'The landlord threatened to report me to the council over the rubbish.',
      'Hyresvärden hotade att vräka mig för sen hyra.',
      'Min sambo slår mig alltid i schack.',
      'Kona slår meg i sjakk hver eneste gang.',
    ]);
    expectNoCritical(CHILD, ['The kids were a bit loud at the party.', 'My son liked the bit where the dragon dies.']);
  });
  it('still raises the card for a stay at a refuge, a partner\'s threat to report, a bite, a heavy hand', () => {
    expectCritical(DV, [
      'She stayed at a refuge for six weeks last year.',
      'Her husband threatens to report her to immigration if she leaves.',
      'Maken hotar att anmäla henne till Migrationsverket.',
      'He bit me on the arm last night.',
      'Faren har alltid vært hard i hendene med oss.',
      'He gets a bit rough when he has had a drink.',
      'He chucked a mug at me on Sunday.',
    ]);
  });
  it('finds a child stepping in between, told late in a long sentence', () => {
    expectCritical(CHILD, [
      'Our eldest, who is twelve and plays trumpet in the school band, gets between us when he loses his temper.',
      'Sonen är tio, går i fyran och spelar fiol, och ställer sig emellan när pappa blir arg.',
    ]);
  });
});

describe('a household object used as a weapon is no accident', () => {
  it('raises the card when a kettle, an iron or a pan is thrown at or used on someone', () => {
    expectCritical(DV, [
      'His partner threw the iron at him on Friday.',
      'Hon kastade stekpannan på mig i går.',
      'Han slo meg med stekepanna.',
      'He hit me with the frying pan when I was late.',
    ]);
    expectCritical(CHILD, ['The kids were in the kitchen when he threw the kettle at me.']);
  });
  it('still checks in for a burn or a cut from the same objects', () => {
    expectNoCritical(DV, ['I burnt my hand on the iron.', 'Jag brände mig på stekpannan.', 'Jeg brant meg på vannkokeren.']);
  });
});

describe('fragments and denials in spoken words', () => {
  it('raises the card for a blow told in the sentence after its doer', () => {
    expectCritical(DV, [
      'It only happens when he has been drinking. A couple of slaps, nothing more.',
      'Det är bara när han är stressad. Några örfilar.',
      'Det skjer bare når han er full. Noen lusinger.',
    ]);
  });
  it('checks in, not critical, for denials said with a hand, a finger or a touch', () => {
    const dv = ['My partner has never laid a finger on me.', 'Sambon har aldrig lyft en hand mot mig.', 'Sambon har aldri gjort meg noe.'];
    expect(dv.map((text) => raised(DV, text))).toEqual(dv.map(() => 'check-in'));
    const child = ['the kids r ok, nobody lays a finger on them', 'barnen mår bra, ingen rör dem', 'ungene har det bra, ingen rører dem'];
    expect(child.map((text) => raised(CHILD, text))).toEqual(child.map(() => 'check-in'));
  });
});

describe('fear and submission in the client\'s own words; a young person speaking of a parent', () => {
  it('raises the card for fear of a partner\'s temper, not daring to contradict him, asking leave for everything, spitting', () => {
    expectCritical(DV, [
      'When he loses his temper I get scared of what comes next.',
      'Sambon blir så förbannad ibland att jag blir livrädd.',
      'Mannen blir sint for ingenting og da blir jeg redd.',
      'Jag törs inte säga emot honom längre.',
      'Jeg tør ikke si nei til ham.',
      'I have to ask his permission for everything, even the shopping.',
      'Jeg må be om lov til alt.',
      'Exet spottade på mig utanför affären.',
      'Han spyttet på meg foran ungene.',
      'Föräldrarna kräver att jag gifter mig med en man jag aldrig träffat.',
    ]);
  });
  it('raises the child card when the one speaking is the child', () => {
    expectCritical(CHILD, ['my stepdad hits us when mum is at work', 'styvpappan slår mig när mamma sover', 'Pappa slo meg i går kveld.']);
  });
  it('reads nothing into a partner\'s own fear, a hug or a game', () => {
    expectNoCritical(CHILD, ['Mum hugs me every night.', 'Pappa kramar oss alltid.']);
    expectNoCritical(DV, ['He spat at the ref during the match.', 'Jeg er redd for edderkopper.']);
  });
});

describe('the client\'s own "mig"/"meg" after a noun subject is no act turned on its doer', () => {
  it('raises the card when a named relative or a neighbour does it', () => {
    expectCritical(CHILD, ['Styvpappan slår mig när mamma jobbar.', 'Stefaren slo meg i går.']);
    expectCritical(DV, ['Svågern slog mig på festen.', 'Naboen slo meg i oppgangen.']);
  });
  it('still reads "jag slog mig" as an accident', () => {
    expectNoCritical(DV, ['Jag slog mig på knät i trappan.', 'Jeg har slått meg på albuen.']);
  });
});
