/**
 * Kinds that round 17 (long, multi-topic answers and dictated notes; tests/data/disclosures-r17.tsv) found, in en,
 * sv and nb, with sentences of our own (not the set's rows):
 * - a medium whose subject is told after "about"/"om", past a clause that says who watched or heard it ("a podcast
 *   she listens to about…", "en krimserie på NRK om…"), and media named in compounds ("krimserien", "dokumentärfilmen"):
 *   a quiet check-in at most, while the client's own disclosure beside it keeps its card;
 * - nb "drepte", "drept" (killed), as "drepe" and "dreper" were already read ("Han kunne drept meg");
 * - club drugs by name (GHB, GBL, LSD);
 * - a business "bleeding money" (sv "blöder pengar", nb "blør penger"), and the genre "true crime", which is no nb
 *   "true" (threaten);
 * - a compound's last part read inside a verb's ending: sv "lyssnar" (listens) is no "snara" (a noose);
 * - a reply to an asked question that denies, then turns only to say "never" again ("no, never, we argue, but he has
 *   never laid a hand on me"): the quiet check-in, where a turn that tells something keeps the card;
 * - control told with "never" as the refusal ("he never lets me see my friends", sv "låter mig aldrig", nb "lar meg aldri"),
 *   also in the order of a clause after "att"/"at" ("…att maken aldrig låter henne ha egna pengar").
 * A review found first versions silencing the client's own thoughts after a film ("After the film I thought about killing
 * myself"), turns that tell ("…but she has never told anyone he strangled her") and control in notes with no subject
 * ("Stops me seeing my friends."): each is a case below.
 */
import { describe, expect, it } from 'vitest';
import type { EffectiveSeverity } from '../compiled-pack';
import { raised } from '../../tests/unit/eval-pack-follow-ups';

function expectAll(concept: string, texts: string[], expected: EffectiveSeverity | 'none') {
  for (const text of texts) expect({ text, got: raised(concept, text) }).toEqual({ text, got: expected });
}
const FIRES = new Set(['info', 'warning', 'critical']);
function expectNoCard(concept: string, texts: string[]) {
  for (const text of texts) expect({ text, card: FIRES.has(raised(concept, text)) }).toEqual({ text, card: false });
}

describe('a medium and its subject', () => {
  it('brings no card for a programme, a podcast or a series told about, even past who watched it', () => {
    expectNoCard('domestic-violence', [
      'We chatted about a podcast her sister recommended about a woman whose husband beat her for years.',
      'Vi pratade om en dokumentärfilm hon såg i helgen om en man som misshandlade sin fru.',
      'Hon tipsade om en true crime-podd om en kvinna som blev slagen av sin sambo, sen pratade vi om hyran.',
      'Hun fortalte om en krimserie hun ser om en mann som slår kona si, og så snakket vi om bostøtte.',
      'De så en dokumentarfilm på NRK om en far som mishandlet barna sine.',
    ]);
    expectNoCard('suicide', ['She told me about a novel she is reading about a boy who takes his own life.', 'Han lyssnar på en poddserie om en kvinna som tog livet av sig.']);
  });
  it('keeps the card for the client\'s own disclosure in the same answer', () => {
    expectAll('domestic-violence', [
      'We watched a film about a man who beat his wife and it reminded her of when her husband hit her last week.',
      'Vi såg en serie om våld i hemmet. Min sambo slog mig i går.',
      'Hun så en krimserie om en voldelig mann, og sier at mannen hennes slår henne også.',
    ], 'critical');
    expectAll('suicide', ['Jeg skrev i dagboka om at jeg vil dø.', 'I wrote in my diary about wanting to kill myself.',
      'After the film I thought about killing myself.', 'Since the series ended I think about suicide every day.',
      'Etter serien snakket jeg om selvmord, jeg har en plan.', 'Efter podden pratade jag om självmordstankar som jag haft hela veckan.',
      'The podcast made me think about suicide again.', 'Jeg boka time om selvmordstanker.'], 'critical');
  });
});

describe('killing in nb past forms', () => {
  it('reads "drepte" and "drept" as it reads "drepe"', () => {
    expectAll('domestic-violence', ['Han kunne drept meg den kvelden.', 'Samboeren drepte nesten meg i fjor.', 'Jeg trodde han hadde drept meg.'], 'critical');
  });
});

describe('club drugs by name', () => {
  it('raises the substance warning for GHB, GBL and LSD', () => {
    expectAll('substance-use', ['He has been taking GHB at parties most weekends.', 'Hon tar GBL när hon är ute.', 'Han har brukt LSD på fest flere ganger i høst.'], 'warning');
  });
});

describe('everyday words that only look like harm', () => {
  it('brings no card for a business bleeding money or the genre true crime', () => {
    expectNoCard('self-harm', ['The shop has been bleeding money since the rent went up.', 'Restaurangen blöder pengar sedan i våras.', 'Frisørsalongen hennes blør penger.']);
    expectNoCard('domestic-violence', ['Hon älskar true crime och lyssnar varje kväll.', 'Hun hører mye på true crime på bussen.']);
    expectNoCard('suicide', ['Hon lyssnar mycket på musik när hon inte kan sova.', 'Vi lyssnade på radio hela kvällen.']);
  });
  it('keeps a noose, sleeping pills and crimes read in compounds', () => {
    expectAll('suicide', ['Han har gjort en snara av ett rep i garaget.', 'Hon har samlat på sig sömntabletter för att ta alla på en gång.'], 'critical');
    expectAll('criminal-justice', ['Det pågår en utredning om bidragsbrott mot honom.'], 'info');
  });
  it('keeps bleeding from harm done to oneself', () => {
    expectAll('self-harm', ['Hon river sig tills det blöder.', 'Han kutter seg til det blør.'], 'critical');
  });
});

describe('a reply that denies and turns only to say never again', () => {
  it('gives the quiet check-in', () => {
    expectAll('domestic-violence', [
      'Asked on her own whether anyone at home hurts or threatens her: no, never, they fall out over money but he has never hit her.',
      'Frågade enskilt om någon hemma skadar eller hotar henne: nej, aldrig, de grälar om pengar men han har aldrig slagit henne.',
      'Spurt om noen hjemme truer eller skader henne: nei, aldri, de krangler om regninger, men han har aldri slått henne.',
    ], 'check-in');
  });
  it('keeps the card for a turn that tells something', () => {
    expectAll('domestic-violence', ['Asked whether anyone threatens her: no, but he hit her last month.', 'Frågade om någon hotar henne: nej, men han slog henne förra månaden.'], 'critical');
    expectAll('self-harm', ['Asked about self-harm: no plan, but cuts most weekends.', 'Asked about self-harm: no, but she has never stopped cutting completely.'], 'critical');
    expectAll('domestic-violence', ['Frågade om våld: nej, men hon har aldrig vågat berätta att han stryper henne.',
      'Asked about violence: says no, but she has never told anyone about the time he strangled her.',
      'Spurte om vold i hjemmet: nei, men hun har aldri fortalt om gangen han kvalte henne.'], 'critical');
  });
});

describe('control told with never', () => {
  it('raises the critical card', () => {
    expectAll('domestic-violence', ['My partner never lets me see my friends.', 'He stops me seeing my family.',
      'He is jealous. Stops me seeing my friends.', 'Lar meg ikke ha bankkortet selv.', 'Hon säger att maken aldrig låter henne ha egna pengar.',
      'Hun sier at mannen aldri lar henne ha egne penger.', 'Sambon låter mig aldrig träffa min familj.', 'Mannen lar meg aldri treffe venninnene mine alene.'], 'critical');
  });
  it('brings no card for a parent who does the chores or a sleepless night', () => {
    expectNoCard('domestic-violence', ['My mum never lets me help with the cooking.', 'Mamma lar meg aldri vaske opp, hun gjør alt selv.', 'Jeg får aldri sove om natta.',
    ]);
  });
});

describe('dealing a drug, not the word for long', () => {
  it('brings no card for nb "lang", "lange", "langt" (long)', () => {
    expectNoCard('substance-use', ['Har ikke bil og bor langt unna.', 'Det er lang vei til jobben.', 'Hun har lange dager på lageret.']);
  });
  it('keeps dealing told with what is dealt or owed', () => {
    expectAll('substance-use', ['Han langer hasj i byen.', 'Skylder en langer penger.', 'Har skulder till en langare.', 'Han langar knark till ungdomar.'], 'warning');
  });
});
