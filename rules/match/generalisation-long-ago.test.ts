/**
 * Self-harm told only as long past, with none since ("old scars from her teens,
 * nothing since"): a quiet check-in, as a denial is; what goes on, comes back or
 * is turned with a "but" keeps the card. Sentences of our own in en, sv and nb.
 */
import { describe, expect, it } from 'vitest';
import { expectCritical, raised } from '../../tests/unit/eval-pack-follow-ups';

describe('self-harm told only as long past', () => {
  it('reads old scars or the teens with "nothing since" as a check-in', () => {
    for (const text of [
      'Faint scars on both arms from her teenage years; nothing since.',
      'Han har gamla ärr på låren från gymnasiet, inget sedan dess.',
      'Gamle arr på armene fra da hun var 14, ikke noe siden.',
      'Self-harmed at school. Not since, she says.',
    ]) expect([text, raised('self-harm', text)]).toEqual([text, 'check-in']);
  });
  it('keeps the card when it goes on, came back or is turned with a "but"', () => {
    expectCritical('self-harm', [
      'Old scars from her teens, but she started cutting again last month.',
      'Gamla ärr från tonåren. Skär fortfarande ibland.',
      'Arr på armene fra ungdomstida, ikke noe siden, men nå har hun begynt igjen.',
      'Self-harmed in her teens and still does now and then.',
    ]);
  });
});
