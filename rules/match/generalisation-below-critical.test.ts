/**
 * Round 10, below the critical card: substance use told indirectly (a need, drink that changes a person or takes
 * the month's money, a medicine inside a comparison), denials told in words of their own, and the everyday senses
 * and harmless explanations that must stay quiet (a pastime one is "hooked on", a place named like a means, grief,
 * a scar from a dog bite). Sentences of our own in en, sv and nb, none from the evaluation sets; each kind fails on
 * the matcher before this round.
 */
import { describe, expect, it } from 'vitest';
import type { EffectiveSeverity } from '../compiled-pack';
import { raised } from '../../tests/unit/eval-pack-follow-ups';

function expectAll(item: string, texts: string[], expected: EffectiveSeverity | 'none') {
  for (const text of texts) expect({ text, got: raised(item, text) }).toEqual({ text, got: expected });
}

describe('a need: what cannot be got through without a drink or a drug', () => {
  it('warns, though a negation stands before the "without"', () => {
    expectAll('substance-use', [
      "He can't face the job centre without a couple of beers first.",
      'She never goes a night without her wine.',
      'Hon klarar inte helgen utan en box vin.',
      'Det går inte en dag utan att han dricker öl.',
      'Han kommer ikke gjennom dagen uten noen pils.',
      'Eg klarar ikkje sove utan hasj.',
    ], 'warning');
  });
  it('keeps "without" a denial where no negation stands before it', () => {
    expectAll('substance-use', [
      'Manages fine without alcohol these days.',
      'Jag klarar mig bra utan alkohol.',
      'Hun har det bra uten alkohol nå.',
    ], 'check-in');
  });
});

describe('drink told by what it does: a changed person, money drunk away, never one drink', () => {
  it('warns', () => {
    expectAll('substance-use', [
      'Her kids say she becomes a different person once she has had wine.',
      'He drinks his wages away most months.',
      'Hon blir en helt annan person när hon har druckit.',
      'Han dricker upp pengarna innan hyran är betald.',
      'Han blir en annen person når han har drukket.',
      'Hun drakk opp trygda på en helg.',
      'I can never stop at one beer.',
    ], 'warning');
  });
});

describe('a medicine used beyond its prescription, named inside the comparison or with a doctor who stopped prescribing', () => {
  it('warns', () => {
    expectAll('substance-use', [
      'He takes more of his sleeping tablets than he should.',
      'Hon tar mer av sina sömntabletter än hon borde.',
      'Han tar mer sovetabletter enn han skal.',
      'Hon köper tabletter från en bekant sedan läkaren slutade skriva ut dem.',
      'Han skaffer piller selv etter at fastlegen sluttet å skrive ut.',
    ], 'warning');
  });
});

describe('a drink or a drug denied in words of its own', () => {
  it('gives the quiet check-in', () => {
    expectAll('substance-use', [
      'Hon har inte rört en droppe sedan dottern föddes.',
      'Han har ikke rørt en dråpe på flere år.',
      'Bruker ingen rusmidler.',
      "He hasn't touched a drop since his stroke.",
    ], 'check-in');
  });
});

describe('an everyday thing or pastime one is "addicted to" or "hooked on"', () => {
  it('stays quiet, in one word, a compound or two words', () => {
    expectAll('substance-use', [
      'She is hooked on her evening swim.',
      "I'm addicted to gardening, out there every day.",
      'Han är beroende av sin kvällspromenad.',
      'Hon är beroende av sin stickning på kvällarna.',
      'Hun er hekta på kryssordene i avisa.',
      'Han er avhengig av søndagsturen.',
    ], 'none');
  });
  it('still warns when the object is a medicine or the use itself', () => {
    expectAll('substance-use', [
      'She is addicted to her sleeping pills.',
      'Han er avhengig av piller.',
      'Hon är beroende av tabletter.',
      'Hooked on drinking since uni.',
    ], 'warning');
  });
});

describe('a place named after a preposition of place', () => {
  it('reads no concept word inside the name', () => {
    expectAll('suicide', ['Hun flyttet til Grünerløkka i fjor.', 'Han vokste opp på Løkkeveien-området ved Sagene.'], 'none');
    expectAll('self-harm', ['Vi har bott i Knivsta sedan 2019.'], 'none');
  });
  it('still reads a bridge or a cliff named as a place, and a compound no preposition of place names', () => {
    expectAll('suicide', ['Hon har stått vid räcket på Tranebergsbron flera gånger och tänkt hoppa.'], 'critical');
    expectAll('suicide', ['Han har laget en tauløkke i garasjen.'], 'critical');
  });
});

describe('grief: the speaker missing someone gone', () => {
  it('stays quiet', () => {
    expectAll('suicide', [
      'Jeg savner henne, hun døde i mars.',
      'Vi saknar honom så, han dog i somras.',
      'Eg saknar ho etter at ho døydde.',
    ], 'none');
  });
  it('keeps the wish that nobody would miss one', () => {
    expectAll('suicide', ['Ingen kommer til å savne meg når jeg er død.', 'Ingen skulle sakna mig om jag dog.'], 'critical');
  });
});

describe('a scar or a cut a harmless cause explains: an animal, a trade', () => {
  it('is no critical card', () => {
    for (const text of [
      'The scars on his arm are from being bitten by a dog at six.',
      'Ärren på armen är efter ett hundbett i tonåren.',
      'Arrene på armen er etter et hundebitt.',
      'Hon har skärsår på händerna från jobbet som kock.',
      'Han har sår på hendene fra jobben som slakter.',
    ]) expect({ text, got: raised('self-harm', text) }).not.toEqual({ text, got: 'critical' });
  });
});

describe('harm done to a child, the child the object of the verb', () => {
  it('raises the card', () => {
    expectAll('child-exposed-to-violence', ['Han har skadet gutten.', 'Pappan har skadat dottern.', 'Her boyfriend harmed the toddler.'], 'critical');
  });
  it('gives the quiet check-in when it is denied', () => {
    expectAll('child-exposed-to-violence', ['Faren har aldri rørt gutten.', 'Ingen har skadat ungarna.', 'Ingen har skadet ungene.'], 'check-in');
  });
  it('stays quiet for a child\'s own injury', () => {
    expectAll('child-exposed-to-violence', ['Sønnen skadet kneet på trening.', 'Dottern skadade handleden i gympan.'], 'none');
  });
});

describe('a home or a body that feels like a prison', () => {
  it('stays quiet', () => {
    expectAll('criminal-justice', [
      'Since the stroke she feels like a prisoner in her own home.',
      'Jag är som en fånge i min egen kropp.',
      'Leiligheten føles som et fengsel.',
    ], 'none');
  });
});
