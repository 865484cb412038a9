/**
 * The per-install secret behind case keys. Kept in `storage.local` (extension
 * only, never the host origin) and apart from the notes database, so a copy of
 * the database alone cannot be used to test case numbers. Never exported.
 */
import { browser } from 'wxt/browser';
import { fromBase64Url, randomBytes, toBase64Url } from './bytes';
import { importCaseKeySecret } from './case-key';

export const INSTALL_SECRET_STORAGE_KEY = 'notes:caseKeySecret';

let loading: Promise<CryptoKey> | undefined;

async function loadOrCreate(): Promise<CryptoKey> {
  const stored = (await browser.storage.local.get(INSTALL_SECRET_STORAGE_KEY))[INSTALL_SECRET_STORAGE_KEY];
  if (typeof stored === 'string' && stored !== '') return importCaseKeySecret(fromBase64Url(stored));
  const raw = randomBytes(32);
  await browser.storage.local.set({ [INSTALL_SECRET_STORAGE_KEY]: toBase64Url(raw) });
  return importCaseKeySecret(raw);
}

/**
 * The install secret as an HMAC key, created on first use. Memoised so two case
 * reports arriving at once on a fresh install cannot create two secrets.
 */
export function installSecret(): Promise<CryptoKey> {
  loading ??= loadOrCreate().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** For tests: forget the memoised key. */
export function forgetInstallSecret(): void {
  loading = undefined;
}
