/**
 * Substance use (a warning follow-up in the eval pack), by kind, in en, sv and nb, with sentences
 * of our own (not the evaluation sets' rows): medicines used beyond or outside a prescription,
 * drinking patterns, sobriety for years as a denial, and the look-alikes that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import type { EffectiveSeverity } from '../compiled-pack';
import { raised } from '../../tests/unit/eval-pack-follow-ups';

function expectAll(texts: string[], expected: EffectiveSeverity | 'none') {
  for (const text of texts) expect({ text, got: raised('substance-use', text) }).toEqual({ text, got: expected });
}

describe('a prescription-only medicine got outside a prescription', () => {
  it('warns when it is bought, borrowed, taken from someone else or no longer prescribed', () => {
    expectAll([
      'She orders zopiclone online because her GP stopped prescribing it.',
      "Takes his dad's oxycodone when his own runs out.",
      'Han köper Stesolid via nätet.',
      'Hon lånar sin mammas Imovane nästan varje kväll.',
      'Hun kjøper Sobril på nettet.',
      'Han tar flere Valium enn foreskrevet.',
    ], 'warning');
  });
  it('stays quiet for a medicine taken as prescribed or one that needs no prescription', () => {
    expectAll([
      'She collects her diazepam from the chemist and takes it as prescribed.',
      'Han köper Alvedon på apoteket.',
      'Hun tar Sobril som foreskrevet av legen.',
    ], 'none');
  });
});

describe('drinking told by its pattern', () => {
  it('warns on drinking taken up again, to unconsciousness, or by the week', () => {
    expectAll([
      'Hon har börjat dricka igen efter skilsmässan.',
      'Han har begynt å drikke igjen.',
      'Hun drikker seg full hver helg.',
      'Det går åt en box vin i veckan.',
      'Hun drikker akevitt hver kveld.',
      'He drinks brandy every afternoon.',
    ], 'warning');
  });
  it('stays quiet for a little, for a workplace and for a soft drink', () => {
    expectAll([
      'Jobbar på ett lager hela dagen.',
      'Jag dricker lite kaffe på morgonen.',
      'Han drikker altfor mye cola.',
      "I'm hooked on coffee, three cups before noon.",
      'Jag är helt beroende av Vasaloppet varje år.',
      'Hun er avhengig av mobilen sin.',
    ], 'none');
  });
  it('still warns when what one is addicted to is a substance, named or not', () => {
    expectAll(['He is addicted to Subutex.', 'Han är beroende av Tramadol.', 'Hun er avhengig av alkohol.', "She's addicted, has been for years."], 'warning');
  });
});

describe('sober for years: a denial of the present that reaches back over a past told first', () => {
  it('checks in', () => {
    expectAll([
      'Used to drink a bottle of vodka a day, but he has been sober for nine years.',
      'Hade problem med alkohol i ungdomen men är nykter sedan 2012.',
      'Har vært edru i fem år nå.',
      'Rusfri siden 2018, jobber fulltid.',
    ], 'check-in');
  });
  it('keeps the warning for a relapse told after it', () => {
    expectAll(['Sober for two years but relapsed last month.', 'Nykter i tre år, men började dricka igen i julas.'], 'warning');
  });
});

describe('a denied list or heading closed by a clause of its own', () => {
  it('checks in', () => {
    expectAll([
      'No alcohol, cannabis or pills – she says money is too tight.',
      'Inga droger, alkohol eller spel, säger han.',
      "Alcohol: doesn't drink.",
    ], 'check-in');
  });
});

describe('pills at a party, drink against the shakes, a few glasses a night', () => {
  it('warns', () => {
    expectAll([
      'Tar några piller när vi festar på lördagar.',
      'Vi tar noen piller på vorspiel før vi går ut.',
      'He takes pills on a night out most weekends.',
      'Needs a vodka in the morning or he cannot stop shaking.',
      'Hon dricker några glas varje kväll för att somna.',
      'Han tar seg noen glass hver kveld for å roe seg ned.',
    ], 'warning');
  });
  it('stays quiet for medicine and a party apart', () => {
    expectAll(['Hun tar medisinen sin før hun går på fest med kollegene.', 'She had a glass of water at the party.'], 'none');
  });
});
