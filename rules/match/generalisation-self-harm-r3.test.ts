/**
 * Kinds of self-harm disclosure that the round-3 outside writers' sets (tests/data/disclosures-writer-{t,u,v,x,y,z}.tsv,
 * read as dev data after their first figures were taken) showed the engine missing: burns with who made them or with
 * what, a blade kept "just in case" and used, cutting "when things pile up" or when the anxiety cannot be borne, food
 * refused for failing, the head against a wall told as a habit or with intent, a needle with the relief it brings.
 * Every sentence is our own; look-alikes of each kind stay without a critical card.
 */
import { describe, it } from 'vitest';
import { expectCritical, expectNoCritical } from '../../tests/unit/eval-pack-follow-ups';

describe('burns with who made them or with what', () => {
  it('reads them in en, sv and nb', () => {
    expectCritical('self-harm', [
      'Burns on the back of her hand from a lighter.',
      'Small round burns on his fingers from a cigarette.',
      'Brännskador på handryggen som hon själv orsakat med strykjärnet.',
      'Brannskader på fingrene. Han innrømmet at han hadde gjort det selv.',
      'Brannsår på håndbaken etter sigarett, flere nye.',
    ]);
  });
  it('stays quiet for burns from cooking and a lighter lost', () => {
    expectNoCritical('self-harm', [
      'Burns on her hands from the oven tray at work.',
      'Mistet lighteren sin og fikk brannsår på fingeren av grillen.',
    ]);
  });
});

describe('a blade kept and used; cutting when things pile up or when the anxiety cannot be borne', () => {
  it('reads them in en, sv and nb', () => {
    expectCritical('self-harm', [
      'Carries a razor blade in her pencil case just in case.',
      'He keeps a blade in his wallet. Used it again on Sunday.',
      'Har ett rakblad i necessären och har använt det flera gånger.',
      'Har et barberblad i lommeboka for sikkerhets skyld.',
      'She cuts when things get too much at home.',
      'När jag inte klarar ångesten tar jag fram kniven och skär.',
      'Når jeg ikke takler angsten, kutter jeg.',
    ]);
  });
  it('stays quiet for shaving, a hairdresser and crafts', () => {
    expectNoCritical('self-harm', [
      'Keeps spare razor blades in the bathroom for shaving.',
      'She cuts hair at the salon when things are quiet.',
      'Har alltid en kniv i bilen i tilfelle jeg må skjære tau på båten.',
    ]);
  });
});

describe('food refused for failing; the head against a wall as a habit or with intent; a needle with its relief', () => {
  it('reads them in en, sv and nb', () => {
    expectCritical('self-harm', [
      'Starves herself for a day whenever she feels she has failed.',
      'He bangs his head against the wall in his room.',
      'Han stanger hodet i veggen.',
      'Stanger hodet i døra fremdeles når han er lei seg.',
      'Pricks her fingertips with a needle, says it relieves the pressure.',
      'Stikker seg med en strikkepinne, sier det letter på trykket.',
    ]);
  });
  it('stays quiet for a fast, a fall, a low ceiling and sewing', () => {
    expectNoCritical('self-harm', [
      'Skips lunch to save money since the rent went up.',
      'Han slo hodet i veggen da han falt på isen.',
      'I hit my head on the low ceiling in the loft again.',
      'Stakk meg på en nål da jeg sydde gardiner.',
    ]);
  });
});

describe('a denial verb turned on oneself ("denies herself food") is self-deprivation, not a denial', () => {
  it('reads food refused for failing as self-harm in en, sv and nb', () => {
    expectCritical('self-harm', [
      'She denies herself food whenever she has failed at something.',
      'Hon nekar sig mat när hon känner att hon har misslyckats.',
      'Hun nekter seg selv mat når hun har feilet.',
    ]);
  });
  it('stays quiet for food saved for the children, and a plea of not guilty still denies', () => {
    expectNoCritical('self-harm', ['Hun nekter seg selv mat for at barna skal få nok.', 'Denies self-harm.']);
    expectNoCritical('criminal-justice', ['Han nekter seg skyldig i ran.']);
  });
});
