/**
 * The suicide or self-harm question answered "never" without naming what it asks about ("never crossed my mind", nb
 * "slike tanker har jeg aldri hatt"), a mark put down to something else "not anything I did to myself", and notes'
 * shorthand without a possessive ("thoughts of ending life", "harming self"): kinds the round-3 writer sets (read as dev
 * data) showed left without any card. A denial gives the quiet check-in; the same shorthand said affirmatively, the
 * critical card. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { expectCritical, raised } from '../../tests/unit/eval-pack-follow-ups';

const checkIns = (concept: string, texts: string[]) =>
  expect(texts.filter((text) => raised(concept, text) !== 'check-in')).toEqual([]);

describe('the question answered "never" without naming it', () => {
  it('gives suicide the quiet check-in, in en, sv and nb', () => {
    checkIns('suicide', [
      'Never even crossed my mind, I have the grandchildren to think of.',
      'No such thoughts, she says, just tired.',
      'Inga sådana tankar, säger han bestämt.',
      'Det har aldrig slagit mig, faktiskt.',
      'Hun har aldri hatt slike tanker, sier hun.',
      'Aldri tenkt tanken.',
    ]);
  });
  it('gives self-harm the quiet check-in for a mark put down to something else', () => {
    checkIns('self-harm', [
      'The scar is from a fall off a horse, nothing she did to herself.',
      'He has not done anything to himself, he says.',
      'Sånt håller hon inte på med, säger hon.',
      'Ärret på armen är från en operation, inte något hon gjort själv.',
      'Merket er etter en hundebit, ikke noe jeg har gjort mot meg selv.',
    ]);
  });
});

describe('notes\' shorthand without a possessive', () => {
  it('reads "ending life", "killing self", "harming self": denied, a check-in; told, critical', () => {
    checkIns('suicide', ['Denies thoughts of ending life.', 'No thoughts of killing self at present.']);
    checkIns('self-harm', ['No thoughts of harming self.']);
    expectCritical('suicide', ['Thoughts of ending life most nights this week.', 'Talks about killing self if evicted.']);
    expectCritical('self-harm', ['Urges to harm self when alone, has done so twice.']);
  });
});
