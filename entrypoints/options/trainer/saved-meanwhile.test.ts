// A saved scenario replaced while it is open in the editor (an import's "replace", its
// undo, another tab): a form the trainer has not changed follows the saved version; a
// form with changes keeps them and is told; nothing changed or a new scenario: nothing.
import { describe, expect, it } from 'vitest';
import { examplePracticeFile } from '../../../rules/test-practice';
import type { PackScenario } from '../../../rules/pack-schema';
import type { TrainerScenario } from '../../../utils/practice/trainer-scenarios';
import { formToScenario, scenarioToForm } from './scenario-form';
import { hasOwnChanges, savedMeanwhile, type EditedScenario } from './saved-meanwhile';

const example = examplePracticeFile();
const PACK = example.practice;
const mine = example.scenarios[0]!;
const imported: PackScenario = { ...mine, persona: { ...mine.persona, name: 'Amira K.' } };
const listWith = (scenario: PackScenario): TrainerScenario[] => [{ packId: PACK, scenario, attached: false, updatedAt: 1 }];

/** The editor's form on `scenario`, as opened. */
function openedOn(scenario: PackScenario): EditedScenario {
  const form = scenarioToForm(scenario);
  return { form, replaces: scenario.id, base: scenario, pristine: formToScenario(form) };
}

describe('a saved scenario that changed while open in the editor', () => {
  it('is followed when the form holds no change of the trainer\'s', () => {
    expect(savedMeanwhile(listWith(imported), PACK, openedOn(mine))).toEqual({ kind: 'follow', saved: imported });
  });

  it('is reported, the trainer\'s changes kept, when the form holds some', () => {
    const edited = openedOn(mine);
    edited.form = { ...edited.form, debrief: { ...edited.form.debrief, en: 'Talk about the pace.' } };
    expect(hasOwnChanges(edited)).toBe(true);
    expect(savedMeanwhile(listWith(imported), PACK, edited)).toEqual({ kind: 'changed', saved: imported });
  });

  it('is nothing to act on when the saved one is as opened (the same data in another key order too), deleted, or the form is new', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reversed) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)])) : value;
    const reordered = reversed(mine) as PackScenario;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(mine));
    expect(savedMeanwhile(listWith(reordered), PACK, openedOn(mine))).toEqual({ kind: 'unchanged' });
    expect(savedMeanwhile([], PACK, openedOn(mine))).toEqual({ kind: 'unchanged' });
    expect(savedMeanwhile(listWith(imported), 'another.pack', openedOn(mine))).toEqual({ kind: 'unchanged' });
    const fresh = scenarioToForm(mine);
    expect(savedMeanwhile(listWith(imported), PACK, { form: fresh })).toEqual({ kind: 'unchanged' });
  });

  it('counts a form without a record of how it was opened (a draft kept before this) as changed: never overwritten unasked', () => {
    expect(hasOwnChanges({ form: scenarioToForm(mine), replaces: mine.id })).toBe(true);
    expect(hasOwnChanges(openedOn(mine))).toBe(false);
  });
});
