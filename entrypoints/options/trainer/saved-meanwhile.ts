/**
 * A saved scenario changed while the trainer had it open in the editor: replaced by
 * an import (the "replace" choice on a same id, or its undo) or saved in another
 * settings tab. The form must not silently put its older copy back on save. What a
 * trainer expects: a form with no changes of theirs follows the saved version; a form
 * with changes keeps them, and the editor says the saved version changed and lets
 * the trainer choose (see TrainerEditor). Pure: tested in Node.
 */
import type { PackScenario } from '../../../rules/pack-schema';
import { sameContent, type TrainerScenario } from '../../../utils/practice/trainer-scenarios';
import { formToScenario, type ScenarioForm } from './scenario-form';

/** What the editor knows of the saved scenario a form edits. */
export interface EditedScenario {
  form: ScenarioForm;
  /** Id of the saved scenario being edited; absent for a new one. */
  replaces?: string;
  /** The saved scenario as it was when the form was opened on it (or last followed). */
  base?: PackScenario;
  /** The form's content as opened: the trainer changed nothing while `formToScenario(form)` is the same. */
  pristine?: PackScenario;
}

export type SavedMeanwhile =
  /** The saved scenario is still what the form was opened on (or there is nothing to compare: a new scenario, an old draft). */
  | { kind: 'unchanged' }
  /** It changed, and the form holds no change of the trainer's: show the saved version. */
  | { kind: 'follow'; saved: PackScenario }
  /** It changed, and the form holds changes of the trainer's: keep them, and ask. */
  | { kind: 'changed'; saved: PackScenario };

/** Whether the trainer changed the form since it was opened (unknown: assumed changed, the safe side). */
export function hasOwnChanges(edited: EditedScenario): boolean {
  return !edited.pristine || !sameContent(formToScenario(edited.form), edited.pristine);
}

/**
 * Compare the scenario `edited` edits (`packId`, `edited.replaces`) as saved in `list`
 * with the one the form was opened on. A scenario deleted meanwhile counts as
 * unchanged: saving the form brings it back, as the trainer wrote it.
 */
export function savedMeanwhile(list: readonly TrainerScenario[], packId: string, edited: EditedScenario): SavedMeanwhile {
  if (edited.replaces === undefined || !edited.base) return { kind: 'unchanged' };
  const saved = list.find((entry) => entry.packId === packId && entry.scenario.id === edited.replaces)?.scenario;
  if (!saved || sameContent(saved, edited.base)) return { kind: 'unchanged' };
  return hasOwnChanges(edited) ? { kind: 'changed', saved } : { kind: 'follow', saved };
}
