/**
 * Self-harm told of other people with the client's own denial after it ("knows people who cut, never done it
 * herself"): a denial, the quiet check-in (the kind an outside writer used, tests/data/disclosures-writer-s.tsv,
 * read as dev data). Phrasings of our own; the client's own act told beside someone else's denial keeps its card.
 */
import { describe, it } from 'vitest';
import { expectCritical, expectNoCritical } from '../../tests/unit/eval-pack-follow-ups';

describe('an act told of others, denied for oneself', () => {
  it('gives no card for the denial', () => {
    expectNoCritical('self-harm', [
      'Her friends at school cut, she says she has never done it herself.',
      'A lot of the lads on the ward cut, but I have never done that myself.',
      'Several girls in her class were cutting; she has not tried it herself.',
      'Vennene hennes kuttet seg, men hun har aldri gjort det selv.',
      'Flera i hennes klass höll på att skära, men hon har aldrig gjort det själv.',
    ]);
  });
  it('keeps the card for the client\'s own act', () => {
    expectCritical('self-harm', [
      'I cut my arms last week. My brother has never done it himself.',
      'I cut myself again last night, I never thought I would do it myself.',
      'Jeg kutter meg fortsatt; søsteren min har aldri gjort det selv.',
    ]);
  });
});
