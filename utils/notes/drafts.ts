/**
 * Autosaved drafts: what is in the capture box and not yet saved as a note, one
 * per case or session, sealed like notes when the lock is on. An empty draft is
 * deleted rather than stored.
 */
import type { NotesDatabase } from '../db/notes-db';
import type { DraftRecord } from '../db/records';
import type { Draft } from './note';
import { draftAad, openJson, sealJson, type Sealing } from './sealing';

export async function saveDraft(db: NotesDatabase, sealing: Sealing, draft: Draft): Promise<void> {
  if (draft.text === '') {
    await db.drafts.delete(draft.caseKey);
    return;
  }
  const record: DraftRecord =
    sealing.mode === 'sealed'
      ? {
          caseKey: draft.caseKey,
          updated: draft.updated,
          text: '',
          linkToItem: false,
          sealed: await sealJson(sealing, { text: draft.text, linkToItem: draft.linkToItem }, draftAad(draft.caseKey)),
        }
      : { caseKey: draft.caseKey, updated: draft.updated, text: draft.text, linkToItem: draft.linkToItem };
  await db.drafts.put(record);
}

export async function loadDraft(db: NotesDatabase, sealing: Sealing, caseKey: string): Promise<Draft | undefined> {
  const record = await db.drafts.get(caseKey);
  if (!record) return undefined;
  if (!record.sealed) return { caseKey, text: record.text, linkToItem: record.linkToItem, updated: record.updated };
  const content = await openJson<{ text: string; linkToItem: boolean }>(sealing, record.sealed, draftAad(caseKey));
  return { caseKey, ...content, updated: record.updated };
}

export async function clearDraft(db: NotesDatabase, caseKey: string): Promise<void> {
  await db.drafts.delete(caseKey);
}
