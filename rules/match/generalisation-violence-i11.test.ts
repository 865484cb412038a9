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
