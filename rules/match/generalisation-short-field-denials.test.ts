/**
 * Denials as short fields and quick notes write them, by kind, with sentences of our own (not the
 * evaluation sets' rows): a slash for "or" inside a denied list, "w/" in a field too short to tell
 * its language, a record denied by itself, the client's own part denied after someone else's act,
 * an echoed question answered by subject, auxiliary and a negation, and "no problems" as a reply.
 * What the eval pack's follow-up on the concept raises (critical for suicide, self-harm and
 * violence, warning for substance use, info for criminal justice; check-in for a denial).
 */
import { describe, expect, it } from 'vitest';
import type { EffectiveSeverity } from '../compiled-pack';
import { raised } from '../../tests/unit/eval-pack-follow-ups';

function expectAll(concept: string, texts: string[], expected: EffectiveSeverity | 'none') {
  for (const text of texts) expect({ text, got: raised(concept, text) }).toEqual({ text, got: expected });
}

describe('a slash joins the items of a denied list', () => {
  it('denies every item of "no X/Y"', () => {
    expectAll('substance-use', ['no alcohol/cannabis', 'never tried weed/cocaine', 'ingen alkohol/narkotika', 'ikke alkohol/hasj', 'no drugs/alcohol reported'], 'check-in');
  });
  it('keeps the card for a slashed list that is not denied, or whose denial ended first', () => {
    expectAll('substance-use', ['alcohol/cannabis most days', 'no job, alcohol/cannabis every day'], 'warning');
  });
});

describe('"w/" in a short field, whatever its language', () => {
  it('reads "w/" as "with", and its slash breaks no clause', () => {
    expectAll('criminal-justice', ['charged w/ burglary, court in May', 'was charged w/ theft'], 'info');
    expectAll('criminal-justice', ['nothing to do w/ police ever', 'never any trouble w/ police'], 'check-in');
  });
});

describe('a record denied by itself in a criminal-record field', () => {
  it('checks in for a bare "no record" and its kin', () => {
    expectAll('criminal-justice', ['no record', 'record: none', 'no priors', 'inga anmärkningar', 'ingen anmerkninger'], 'check-in');
  });
  it('keeps the card for an offence told beside the record', () => {
    expectAll('criminal-justice', ['record: shoplifting 2023'], 'info');
  });
});

describe("someone else's act, the client's own denied after a turn", () => {
  it('checks in when the reflexive stands under a negation after the turn', () => {
    expectAll('self-harm', [
      'People in my class used to cut, but I have never done it myself.',
      'Mates of mine burned, but I have never done it on myself.',
      'My old flatmate used to cut, though I never did it myself.',
      'Her sister cuts, but she has never done it herself.',
    ], 'check-in');
  });
  it('keeps the card when the act is the client\'s own', () => {
    expectAll('self-harm', ['I never told anyone that I cut myself', 'I cut myself but never deep', 'I cut, and I never told anyone myself'], 'critical');
  });
});

describe('an echoed question answered by subject, auxiliary and a negation', () => {
  it('checks in for "…? She\'d never." in en, sv and nb', () => {
    expectAll('domestic-violence', [
      'Does your partner hit you? He\'d never.',
      'Does he hit you? She said he would never.',
      'Slår han dig? Det skulle han aldrig.',
      'Slår han deg? Det ville han aldri.',
    ], 'check-in');
  });
  it('keeps the card when the reply says more than a denial', () => {
    expectAll('domestic-violence', ['Has he hit you? She\'d never say.', 'Does he hit you? He does, but never in front of the kids.'], 'critical');
  });
});

describe('"no problems" as the reply to what was asked', () => {
  it('checks in', () => {
    expectAll('substance-use', ['Asked re drink and drugs, she said no problems.', 'no problems', 'inga problem', 'ingen problemer'], 'check-in');
  });
  it('keeps the card for use told after it', () => {
    expectAll('substance-use', ['No problems, drinks a bottle of vodka a day', 'asked about drink, said no problems but drinks daily'], 'warning');
  });
});

describe('more of a medicine than the prescriber named between prescribed', () => {
  it('warns when who prescribed it stands between "than" and "prescribed"', () => {
    expectAll('substance-use', [
      'uses far more of her tramadol than the pain clinic prescribed',
      'tar mer kodein än vårdcentralen skrev ut',
      'tar flere piller enn fastlegen har skrevet ut',
    ], 'warning');
  });
  it('checks in when it is less than prescribed, or as prescribed', () => {
    expectAll('substance-use', [
      'takes fewer tablets than the GP prescribed',
      'tar färre tabletter än läkaren skrivit ut',
      'tar færre piller enn legen har skrevet ut',
    ], 'check-in');
    expectAll('substance-use', ['takes her tablets exactly as the GP prescribed'], 'none');
  });
});

describe('feeling safe at home noted as the answer', () => {
  it('checks in for a note that the client feels safe at home', () => {
    expectAll('domestic-violence', ['says she feels safe at home', 'Känner sig trygg hemma enligt henne.', 'Hun føler seg trygg hjemme nå.'], 'check-in');
  });
  it('keeps the card when safety is denied or a harm is told', () => {
    expectAll('domestic-violence', ['not safe at home, he hits her', 'känner sig inte trygg hemma'], 'critical');
  });
  it('reads no denial in a negated "feels safe"', () => {
    for (const text of ['she does not feel safe at home', 'has never felt safe at home, never feels safe at home'])
      expect({ text, got: raised('domestic-violence', text) }).not.toEqual({ text, got: 'check-in' });
  });
});

describe('a note that the question was asked and answered "no", naming no topic', () => {
  it('checks in for "asked – says no" in en, sv and nb', () => {
    expectAll('suicide', ['Asked directly - says no, plenty to live for.', 'Frågade idag, svarar nej.', 'Spurt rett ut, sier nei.'], 'check-in');
  });
  it('keeps the card for what is told after a turn, and reads no "no plan" as a reply by itself', () => {
    expectAll('suicide', ['Asked today, says no, but tried last year.'], 'critical');
    expectAll('suicide', ['Asked him. Says no plan.', 'Says no to everything.'], 'none');
  });
});

describe('a harm made small is no idiom', () => {
  it('keeps the card for "cut oneself a bit"', () => {
    expectAll('self-harm', ['I only cut myself a bit, nothing serious.', 'He cuts himself a bit when things get on top of him.'], 'critical');
  });
  it('still reads cutting oneself a bit of food as an idiom', () => {
    expectAll('self-harm', ['He cut himself a bit of cake.', 'cut myself a bit of bread and went to bed'], 'none');
  });
});

describe('a self-harm act denied by itself in a short field', () => {
  it('checks in for a bare negated act in en, sv and nb', () => {
    expectAll('self-harm', ['never cut, her mum says', "hasn't burned or cut since school", 'har aldrig skurit', 'har aldri kuttet'], 'check-in');
  });
  it('keeps the card for an act told after a turn', () => {
    expectAll('self-harm', ['not cutting now, but burns herself most nights'], 'critical');
  });
});
