/**
 * Kinds of self-harm talk the outside writers of minimising and very short answers used and the concepts missed
 * (tests/data/disclosures-writer-{q,r,s}.tsv, read as dev data), each in phrasings of our own in en, sv and nb,
 * with look-alikes that must stay quiet.
 */
import { describe, it } from 'vitest';
import { expectCritical, expectNoCritical } from '../../tests/unit/eval-pack-follow-ups';

describe('an act on oneself played down with "a bit"', () => {
  it('reads "a bit" after the act as a minimiser, not a slice of something', () => {
    expectCritical('self-harm', [
      'He cuts himself a bit when the pressure builds, nothing deep he says.',
      'I only cut myself a bit, honestly.',
      'Mum thinks she has been cutting herself a bit again since Easter.',
    ]);
    expectNoCritical('self-harm', ['I cut myself a bit of bread and went out.', 'He cut himself a bit of the birthday cake.', 'Cut myself a slice of pie.']);
  });
});

describe('a note of an act with a tool and the distress it comes with, no object named', () => {
  it('reads act, tool and distress together, in en, sv and nb', () => {
    expectCritical('self-harm', [
      'cuts w/ razor when overwhelmed',
      'Scratches with a compass when anxious.',
      'burning with cigarettes when things get bad',
      'Skär med rakblad vid ångest.',
      'bränner med tändare när hon mår dåligt',
      'Risper med barberblad ved angst.',
      'brenner med lighter når hun er stressa',
    ]);
  });
  it('stays quiet for a tool in everyday use and for a habit without a tool', () => {
    expectNoCritical('self-harm', [
      'Cuts the grass with a knife-edge trimmer at the weekend.',
      'Smokes more cigarettes when stressed.',
      'Röker fler cigaretter vid stress.',
      'Røyker flere sigaretter når hun er stresset.',
      'Burns candles with a lighter in the evening.',
      'Tänder värmeljus med tändaren på kvällarna, brände sig lite.',
      'Brenner telys med lighter om kvelden.',
    ]);
  });
});

describe('starving oneself told as not deserving it', () => {
  it('reads not eating with "not deserve it", in en, sv and nb', () => {
    expectCritical('self-harm', [
      'She skips meals after a bad day because she does not deserve it.',
      "I stop eating when I've let people down, I don't deserve it.",
      'Slutar äta när hon misslyckas, hon förtjänar det inte.',
      'Hun slutter å spise når hun gjør feil, hun fortjener det ikke.',
    ]);
  });
  it('stays quiet for not deserving something good', () => {
    expectNoCritical('self-harm', [
      'Got a pay rise, says he does not deserve it.',
      'Fick beröm på jobbet men tycker att hon inte förtjänar det.',
      'Fikk ros av sjefen, men mener han ikke fortjener det.',
    ]);
  });
});

describe('a cover story, then the admission that one does it oneself', () => {
  it('lets the admission outweigh the innocent explanation, in en, sv and nb', () => {
    expectCritical('self-harm', [
      'Said the cuts on his arms were from the cat, later admitted he does it himself.',
      'The marks on her legs were "from the gym", but she confessed she did it herself.',
      'Sa att såren på armarna kom från katten, men erkände sen att hon gör det själv.',
      'Sa at sårene på armene var fra katten, men innrømmet at hun gjør det selv.',
    ]);
  });
  it('stays quiet for an admission of something else, or to hospital', () => {
    expectNoCritical('self-harm', [
      'The scratches on her arms are from the cat, she admitted she forgot to trim its claws.',
      'Burnt her arm on the oven at work, admitted to A&E overnight.',
      'Skrapen på armen är från katten, hon erkände att hon glömt klippa klorna.',
    ]);
  });
});
