/**
 * The second net (rules/match/second-net.ts) where the rules read nothing: veiled disclosures in words of our
 * own that the rules alone leave without a card and the net raises, with the answer's weighing words as the
 * reason; the same words in ordinary plans and errands stay quiet; and a very long or mixed-script answer is
 * read in bounded work without a throw. Each disclosure is also checked with the net taken out, so these tests
 * fail on an engine without it.
 */
import { describe, expect, it } from 'vitest';
import { evaluateFollowUps } from '../evaluate-follow-ups';
import { MAX_WORDS, secondNetFeatures } from './second-net';
import { AnswerAnalysis } from './answer-analysis';
import { expectNoCritical, pack } from '../../tests/unit/eval-pack-follow-ups';

/** The follow-ups for `text` in the eval pack's item `concept`, with the bundled net or (`rulesOnly`) without it. */
const hitsFor = (net: 'with net' | 'rulesOnly', concept: string, text: string) =>
  evaluateFollowUps(pack, pack.items.find((item) => item.id === concept)!, { text, options: [] }, net === 'rulesOnly' ? null : undefined);

const caught: [string, string][] = [
  ['suicide', 'Jeg har lagt en plan for hvordan det skal skje.'],
  ['suicide', 'Hun sier hun har en plan og at det blir snart.'],
  ['suicide', 'Han har funderat ut hur han ska göra det.'],
  ['suicide', 'Han har planerat hur det ska gå till.'],
  ['self-harm', 'Har börjat med det igen, döljer det under långärmat.'],
  ['self-harm', 'Hun har begynt med det igjen, skjuler det under lange ermer.'],
  ['self-harm', 'Når det blir for mye går det ut over kroppen hennes, det gjør hun selv.'],
];

describe('the second net fills in where the rules read nothing', () => {
  it('raises veiled disclosures the rules alone miss, at the follow-up severity', () => {
    for (const [concept, text] of caught) {
      expect(hitsFor('rulesOnly', concept, text), text).toEqual([]);
      const hits = hitsFor('with net', concept, text);
      expect(hits.map((hit) => hit.severity), text).toEqual(['critical']);
    }
  });

  it('says why: the probability and the answer\'s own words that weigh most', () => {
    const [hit] = hitsFor('with net', 'suicide', 'Hun sier hun har en plan og at det blir snart.');
    const reason = hit!.reasons[0]!;
    expect(reason.kind).toBe('learned');
    expect(reason.source).toBe('suicide');
    expect(reason.phrase).toMatch(/^resembles reviewed disclosures \(learned, 0\.\d\d\)$/);
    expect(reason.words).toContain('"plan"');
  });

  it('leaves plans, errands and ordinary weekends quiet', () => {
    expectNoCritical('suicide', [
      'Jeg har lagt en plan for hvordan flyttingen skal skje.',
      'Han har planerat hur flytten ska gå till.',
      'I have a plan for the garden this spring.',
    ]);
    expectNoCritical('self-harm', [
      'Did the shopping again at the weekend, her arms were full of bags.',
      'Went swimming again at the weekend.',
      'Har börjat med yoga igen, det hjälper.',
    ]);
  });

  // Known false alarms, kept visible (README, "A learned second net"): working out how to pay the rent reads like
  // working out how to do it; taking up knitting again like starting "it" again. Each test starts failing, and must
  // become a plain one, when the net stops raising it.
  it.fails('still raises working out how to pay the rent (a known false alarm)', () => {
    expectNoCritical('suicide', ['Hon har funderat ut hur hon ska betala hyran.']);
  });
  it.fails('still raises taking up knitting again (a known false alarm)', () => {
    expectNoCritical('self-harm', ['Hun har begynt med strikking igjen.']);
  });
});

describe('bad input', () => {
  it('reads at most MAX_WORDS words of a 50,000-character answer, and emoji and mixed scripts without a throw', () => {
    const long = 'Jeg har lagt en plan 🙂 план 計画 خطة '.repeat(1_400).slice(0, 50_000);
    const features = secondNetFeatures(new AnswerAnalysis(long));
    expect(features.length).toBeLessThanOrEqual(MAX_WORDS + 1);
    expect(() => hitsFor('with net', 'suicide', long)).not.toThrow();
    expect(() => hitsFor('with net', 'self-harm', '🔪🩸😢 ' + 'ру́ка 手 '.repeat(50))).not.toThrow();
  });
});
