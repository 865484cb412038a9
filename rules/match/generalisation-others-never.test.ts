/**
 * An act told of others, then the client's own denial after a turn ("…, but I never have"): a denial, the quiet
 * check-in; the client's own act told beside others' keeps its card. With "har" typed without å read as "har", not
 * "hår" (rules/match/nordic-letters.ts). Phrasings of our own, none from the eval sets.
 */
import { describe, expect, it } from 'vitest';
import { expectCritical, raised } from '../../tests/unit/eval-pack-follow-ups';

describe("others' act, the client's own denied", () => {
  it('gives the check-in in English, Swedish and Norwegian', () => {
    for (const text of [
      'Half my year group cut themselves, but I never did.',
      'His cousins burnt themselves with lighters, he never has.',
      'Hennes kusiner skär sig, men det har hon aldrig gjort.',
      'Flera i klassen bränner sig, själv har jag aldrig gjort det.',
      'Kusinene hennes kutter seg, men det har hun aldri gjort.',
      'Flere på avdelingen skader seg selv, selv har jeg aldri gjort det.',
    ]) expect(raised('self-harm', text), text).toBe('check-in');
  });
  it('gives the check-in when the client stands only in a clause of when, and a denial of the thoughts follows', () => {
    for (const [concept, text] of [
      ['suicide', 'My dad tried to kill himself when I was little, I have never thought that way myself.'],
      ['suicide', 'My mum tried to end her life, I have never thought about it.'],
      ['suicide', 'Mamma försökte ta livet av sig när jag var tonåring, själv har jag aldrig haft sådana tankar.'],
      ['suicide', 'Faren min prøvde å ta livet sitt da jeg var liten, men jeg har aldri tenkt sånn selv.'],
      ['self-harm', 'My brother cut himself when I was at school, but I never have.'],
    ] as const) expect(raised(concept, text), text).toBe('check-in');
  });
  it('keeps the card when the client is the one who acted, even with a clause of when', () => {
    expectCritical('suicide', ['I tried to kill myself when I was fifteen, my brother never has.', 'Jag försökte ta livet av mig när pappa dog, det har min syster aldrig gjort.']);
    expectCritical('self-harm', ['When I was fourteen I cut myself, and I still do.']);
    // the client in the clause of when as the one who acted, not the one who was
    expectCritical('suicide', ['Min pappa tog livet av sig när jag försökte, men jag har aldrig tänkt så.', 'My mum killed herself the year after I tried, I have never thought that way since.']);
  });
  it('reads nb "har" typed without å as "har": a denial checks in, the act told raises the card', () => {
    expect(raised('self-harm', 'Jeg kutter meg ikke, har aldri gjort det heller.')).toBe('check-in');
    expectCritical('self-harm', ['Jeg kutter meg, har gjort det i et halvt år.', 'kutter meg fortsatt, har gjort det siden i fjor']);
  });
  it("is no denial of violence: another person's violence is the disclosure, whoever it spared", () => {
    for (const [concept, texts] of [
      ['domestic-violence', ['My stepdad hits my mother, but never me.', 'Han slår mamma, men aldrig mig.', 'Han slår mora mi, men aldri meg.']],
      [
        'child-exposed-to-violence',
        ['He beats the kids, but never me.', 'Their father hits them, but I never have.', 'Han slår barnen, men aldrig mig.', 'Faren deres slår dem, men det har jeg aldri gjort.'],
      ],
    ] as const) expectCritical(concept, [...texts]);
  });
  it("keeps the card for the client's own act beside others'", () => {
    expectCritical('self-harm', [
      'My cousin cuts herself and I cut myself as well.',
      'My friends never hurt themselves, but I cut my arms.',
      'Min kusin skär sig, och jag skär mig också.',
      'Kusinen min kutter seg, og jeg kutter meg også.',
    ]);
  });
});
