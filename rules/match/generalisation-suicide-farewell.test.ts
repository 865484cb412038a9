/**
 * A farewell told by freeing the family from worrying about one for good, said with letters to them or a goodbye (a
 * warning sign in suicide-prevention guidance; the kind an outside writer of family members' reports used,
 * tests/data/disclosures-writer-q.tsv, read as dev data). Phrasings of our own in en, sv and nb; the same words as
 * good news, or letters home without the farewell, stay quiet.
 */
import { describe, it } from 'vitest';
import { expectCritical, expectNoCritical } from '../../tests/unit/eval-pack-follow-ups';

describe('"you will not have to worry about me anymore" with letters to the family or a goodbye', () => {
  it('reads it as a farewell, in en, sv and nb', () => {
    expectCritical('suicide', [
      'She told her sister she would not have to worry about her much longer. She has written a letter to each of the kids.',
      'Wrote notes to both his daughters and told his wife she will not have to deal with him anymore.',
      'Said goodbye to her mum on the phone, "you won\'t need to worry about me anymore".',
      'Skrev brev till barnen i veckan och sa att de inte ska behöva oroa sig för honom längre.',
      'Sa hejdå till mamma och att hon inte ska behöva oroa sig för mig längre.',
      'Har skrevet brev til hver av barna, sa at de ikke skal trenge å bekymre seg for ham lenger.',
      'Sa ha det til søsteren og at hun ikke trenger å bekymre seg for meg lenger.',
    ]);
  });
  it('stays quiet for the same words as good news and for letters home without a farewell', () => {
    expectNoCritical('suicide', [
      'You will not need to worry about me, I got the job and a flat after Christmas.',
      'Writes letters to his family in Syria every week; says they will not need to worry about him once he has work.',
      'Mum does not have to worry about me anymore, I passed the course.',
      'Mamma behöver inte oroa sig för mig längre, jag har fått jobb.',
      'Mamma trenger ikke bekymre seg for meg lenger, jeg har fått leilighet.',
    ]);
  });
});
