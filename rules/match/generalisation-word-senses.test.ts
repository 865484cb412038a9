/**
 * Words of a suicide cue read in a sense they do not have: an adviser's short "SI" found in
 * Norwegian "si" (say), and "longing" found in "a long illness" through its stem. Phrasings of our own,
 * with the clinical senses that must still raise the card.
 */
import { describe, expect, it } from 'vitest';
import { raised } from '../../tests/unit/eval-pack-follow-ups';

describe('a two-letter shorthand only in an answer that may be in its language', () => {
  it('keeps nb "si" (say) off the suicide card', () => {
    for (const text of ['Jeg vet ikke hva jeg skal si.', 'Hun har ikke så mye å si om jobben.', 'Vanskelig å si, det går opp og ned.']) {
      expect(raised('suicide', text), text).toBe('none');
    }
  });
  it('still reads SI and OD in an English note', () => {
    for (const text of ['Cl disclosed SI last week, no plan.', 'History of OD in 2021.', 'SI']) {
      expect(raised('suicide', text), text).toBe('critical');
    }
  });
});

describe('a long illness or a long wait is no longing', () => {
  it('keeps a death after a long illness off the suicide card', () => {
    for (const text of ['Dad died after a long illness last spring.', 'Her nan died in hospital after a long wait for a bed.']) {
      expect(raised('suicide', text), text).not.toBe('critical');
    }
  });
  it('still reads a longing to die', () => {
    for (const text of ['She says she is longing to die.', 'Some days I long for death.', 'He is longing for it all to end.']) {
      expect(raised('suicide', text), text).toBe('critical');
    }
  });
});
