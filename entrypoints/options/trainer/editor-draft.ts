/**
 * The scenario being edited, kept in `storage.local` on every change until it
 * is saved or discarded, so closing or reloading the settings page loses
 * nothing: the editor opens it again as it was.
 */
import { browser } from 'wxt/browser';
import type { ScenarioForm } from './scenario-form';

export const EDITOR_DRAFT_KEY = 'practice:editor-draft';

export interface EditorDraft {
  /** The pack the scenario is for. */
  packId: string;
  form: ScenarioForm;
  /** Id of the saved scenario this edits; absent for a new one. */
  replaces?: string;
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
