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
  const record = await draftRecord(sealing, draft);
  await (record ? db.drafts.put(record) : db.drafts.delete(draft.caseKey));
}

/**
 * The row to store for a draft, sealed when the lock is on; undefined for an
 * empty draft (stored as no row). Sealing runs here, outside any transaction,
 * because Web Crypto cannot run inside one.
 */
export async function draftRecord(sealing: Sealing, draft: Draft): Promise<DraftRecord | undefined> {
  if (draft.text === '') return undefined;
  return sealing.mode === 'sealed'
      ? {
          caseKey: draft.caseKey,
          updated: draft.updated,
          text: '',
          linkToItem: false,
          sealed: await sealJson(sealing, { text: draft.text, linkToItem: draft.linkToItem }, draftAad(draft.caseKey)),
        }
      : { caseKey: draft.caseKey, updated: draft.updated, text: draft.text, linkToItem: draft.linkToItem };
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
