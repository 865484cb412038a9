/**
 * How note content is stored right now: plain (no lock) or sealed with the key
 * from the adviser's passphrase. While the lock is on and the key is not in
 * memory, nothing can be read or written: callers get NotesLockedError.
 */
import { openText, sealText, type SealedBytes } from '../crypto/passphrase-lock';
import { NotesLockedError } from './note';

export type Sealing = { mode: 'plain' } | { mode: 'sealed'; key: CryptoKey };

export const PLAIN: Sealing = { mode: 'plain' };

export function sealJson(sealing: Sealing, value: unknown, aad: string): Promise<SealedBytes> {
  if (sealing.mode !== 'sealed') throw new NotesLockedError();
  return sealText(sealing.key, JSON.stringify(value), aad);
}

export async function openJson<T>(sealing: Sealing, sealed: SealedBytes, aad: string): Promise<T> {
  if (sealing.mode !== 'sealed') throw new NotesLockedError();
  return JSON.parse(await openText(sealing.key, sealed, aad)) as T;
}

/** Associated data that ties a sealed note to its id. */
export const noteAad = (id: string) => `note:${id}`;
/** Associated data that ties a sealed draft to its case. */
export const draftAad = (caseKey: string) => `draft:${caseKey}`;
