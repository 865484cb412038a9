/**
 * Cover stories: an injury, then an explanation made up for others (a doctor, a school, work, family) or called a
 * lie, is a disclosure of violence; a fall told plainly is not. Phrasings of our own, none from the eval sets.
 */
import { describe, expect, it } from 'vitest';
import { expectCritical, raised } from '../../tests/unit/eval-pack-follow-ups';

describe('an injury explained to others as a fall or an accident', () => {
  it('raises the card in English, Swedish and Norwegian', () => {
    expectCritical('domestic-violence', [
      'My ribs were cracked and I told the walk-in centre I had slipped in the shower.',
      'Got a fat lip on Friday, told my manager I walked into a cupboard.',
      'She had a bruise on her jaw and told the receptionist it was an accident at home.',
      'I lied to my sister about the bruises on my back.',
      'Jag fick en spräckt läpp och sa till frisören att jag snubblat på trottoaren.',
      'Hon hade blåmärken på armarna, på jobbet sa hon att det var en olycka på gymmet.',
      'Han ljög för sköterskan om hur han fick blåmärkena.',
      'Jeg fikk sprukken leppe og sa til naboen at jeg gikk inn i en dør.',
      'Hun hadde blåmerker på ryggen og løy til fastlegen om dem.',
      'Fikk sy fem sting, og på legevakten sa jeg at jeg skled i dusjen.',
    ]);
  });
  it('reads the question asked of the injury after what was said', () => {
    expectCritical('domestic-violence', [
      'I said it was an accident when my mum asked about the broken wrist.',
      'Jag sa att jag ramlat när läraren frågade om gipset.',
      'Jeg sa at det var et uhell da treneren spurte om ribbeina.',
    ]);
  });
});

describe('a fall told plainly', () => {
  it('gives no card', () => {
    for (const text of [
      'I tripped over the dog and broke my wrist, the doctor said it would take six weeks.',
      'I said I had fallen behind with the rent.',
      'I fell off a ladder at work and have a cast on my arm.',
      'Jag snubblade på trottoaren och bröt handleden, läkaren sa att det tar sex veckor.',
      'Jag bröt armen när jag ramlade av cykeln och sa till läkaren att det gjorde ont.',
      'Jeg snublet over hunden og brakk håndleddet, legen sa at det tar seks uker.',
      'Jeg sa at jeg hadde falt av lasset på skolen.',
    ]) expect(raised('domestic-violence', text), text).not.toBe('critical');
  });
});
