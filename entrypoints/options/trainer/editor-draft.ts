/**
 * The scenario being edited, kept in `storage.local` on every change until it
 * is saved or discarded, so closing or reloading the settings page loses
 * nothing: the editor opens it again as it was.
 */
import { browser } from 'wxt/browser';
import type { PackScenario } from '../../../rules/pack-schema';
import type { EditedScenario } from './saved-meanwhile';

export const EDITOR_DRAFT_KEY = 'practice:editor-draft';

/** The form and what it edits (saved-meanwhile.ts), so a change saved while the page was closed is still noticed. */
export interface EditorDraft extends EditedScenario {
  /** The pack the scenario is for. */
  packId: string;
  /** A version saved meanwhile the trainer has not chosen about yet (TrainerEditor). */
  changedMeanwhile?: PackScenario;
  followed?: boolean;
}

export async function readEditorDraft(): Promise<EditorDraft | undefined> {
  return (await browser.storage.local.get(EDITOR_DRAFT_KEY))[EDITOR_DRAFT_KEY] as EditorDraft | undefined;
}

export async function writeEditorDraft(draft: EditorDraft): Promise<void> {
  await browser.storage.local.set({ [EDITOR_DRAFT_KEY]: draft });
}

export async function clearEditorDraft(): Promise<void> {
  await browser.storage.local.remove(EDITOR_DRAFT_KEY);
}
