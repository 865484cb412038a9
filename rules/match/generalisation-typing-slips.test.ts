/**
 * A hurried phone's slips of the fingers in the words that word-class combinations are made of: two
 * neighbouring letters swapped, or one letter typed twice. Forgiven there (not any one-letter change: a
 * changed or left-out letter often makes another real word, "sparkade" kicked / "sparade" saved,
 * "skållade" scalded / "skalade" peeled). Phrasings of our own.
 */
import { describe, expect, it } from 'vitest';
import { expectCritical as critical, expectNoCritical as quiet, raised } from '../../tests/unit/eval-pack-follow-ups';
import { doublingSlip, oneSlipApart } from './word-rules';

describe('slips of the fingers in class words', () => {
  it('tells a slip from other one-letter changes', () => {
    expect(oneSlipApart('sparakde', 'sparkade')).toBe(true);
    expect(oneSlipApart('slappped', 'slapped')).toBe(true);
    expect(oneSlipApart('sparade', 'sparkade')).toBe(false);
    expect(oneSlipApart('skalade', 'skallade')).toBe(false);
    expect(oneSlipApart('skakade', 'skadade')).toBe(false);
    expect(oneSlipApart('kicekd', 'kicked')).toBe(false); // too short to be sure
  });
  it('raises the card for a disclosure with a slip in a violence, person or child word', () => {
    critical('domestic-violence', [
      'my partner punchde me in the stomach',
      'my partner slappped me again when he got home',
      'sambon sparakde mig i magen',
      'min pojkvän knufafde mig in i väggen',
    ]);
    critical('child-exposed-to-violence', ['my daugther saw him throw me down the stairs']);
  });
  it('does not read a real word one letter away as the class word', () => {
    quiet('domestic-violence', ['han sparade pengar till barnen hela våren', 'my partner was talking to the children about school']);
    expect(raised('self-harm', 'Jag skalade potatis och fick sy två stygn')).toBe('none');
  });
});

describe('letters doubled in the wrong place', () => {
  it('reads a long word whose only difference is which letters are doubled as the word', () => {
    expect(doublingSlip('dissappeared', 'disappeared')).toBe(true);
    expect(doublingSlip('tabbleter', 'tabletter')).toBe(true);
    expect(doublingSlip('hopping', 'hoping')).toBe(false); // short words: the doubling tells them apart
    expect(doublingSlip('stripped', 'striped')).toBe(false);
  });
  it('raises the card for a disclosure misspelt so', () => {
    critical('suicide', ['some days i just want to dissappear for good', 'har samlat tabbleter i en låda ifall det blir för mycket']);
  });
});

