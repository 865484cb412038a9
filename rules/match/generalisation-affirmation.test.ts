/**
 * A short field's reply that says yes to the question by itself ("yes, …", "ja – …", "flere ganger") where the
 * item's own question names the concept: an adviser's note of a disclosure (the kind outside writers of very short
 * fields used, tests/data/disclosures-writer-r.tsv, read as dev data). Phrasings of our own, in en, sv and nb;
 * a yes that qualifies itself with a denial, a yes to a question that names no concept, and a yes that opens a
 * sentence about something else stay quiet.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledItem } from '../compiled-pack';
import { evaluateFollowUps } from '../evaluate-follow-ups';
import { expectCritical, expectNoCritical, pack } from '../../tests/unit/eval-pack-follow-ups';

describe('a bare yes or how-often to a question that names the concept', () => {
  it('reads yes with a time, a body part or a plan as a disclosure, in en, sv and nb', () => {
    expectCritical('suicide', [
      'Yes. Two nights ago.',
      'yeah, on and off since jan',
      'yes – plan, tablets',
      'Ja. I helgen.',
      'ja, förra månaden',
      'Jo, i perioder sedan våren',
      'Ja. Sist fredag.',
      'ja – i høst, flere ganger',
    ]);
    expectCritical('self-harm', [
      'yes, arms, this morning',
      'Yep - upper arms, recently',
      'ja, låren, i förrgår',
      'Ja – underarmene, forrige uke',
    ]);
  });
  it('reads a bare how-often as a disclosure', () => {
    expectCritical('suicide', ['Often, most evenings.', 'several times, latest in May', 'Ibland, mest på nätterna', 'Ofte. Særlig om natta.']);
    expectCritical('self-harm', ['a few times, last one Sunday', 'Flera gånger i vintras.', 'Noen ganger, sist i helga.']);
  });
  it('stays quiet for a yes that denies, a yes that begins a sentence, and a bare no', () => {
    expectNoCritical('suicide', [
      'yes, but not for many years',
      'Ja, men inte nu längre.',
      'Ja men aldri noen planer',
      'Yes I understand why you ask, it is fine',
      'Yes, all good these days.',
      'Ja, mår bättre nu.',
      'Ja, det går fint.',
      'Oftast bra, sover bättre',
      'No, never.',
      'nej, aldrig',
    ]);
    expectNoCritical('self-harm', ['yes, no marks now, none since school', 'Nei, aldri.']);
  });
  it('stays quiet for a yes to a question that names no concept', () => {
    const asked = pack.items.find((item) => item.id === 'suicide')!;
    const unnamed: CompiledItem = { ...asked, question: { en: 'Has anything changed since we last met?', sv: 'Har något ändrats sedan sist?', nb: 'Har noe endret seg siden sist?' } };
    const raisedFor = (text: string) => evaluateFollowUps(pack, unnamed, { text, options: [] }).map((hit) => hit.severity);
    expect(['yes, new job since March', 'Ja, ny lägenhet i höstas', 'ja, flere ganger', 'often, the bus is late'].map(raisedFor)).toEqual([[], [], [], []]);
  });
});
