/**
 * Installed, compiled packs in `storage.local`, and which one applies to a URL.
 * Runs in extension contexts only (background, options, popup).
 */
import { browser } from 'wxt/browser';
import type { CompiledPack } from './compiled-pack';
import { urlMatchesPattern } from '../utils/match-pattern';

const INSTALLED_KEY = 'packs:installed';

export async function readInstalledPacks(): Promise<CompiledPack[]> {
  const stored = await browser.storage.local.get(INSTALLED_KEY);
  return (stored[INSTALLED_KEY] as CompiledPack[] | undefined) ?? [];
}

export async function writeInstalledPacks(packs: CompiledPack[]): Promise<void> {
  await browser.storage.local.set({ [INSTALLED_KEY]: packs });
}

/** The first installed pack whose host patterns match `url`. */
export function packForUrl(packs: CompiledPack[], url: string): CompiledPack | null {
  return packs.find((pack) => pack.hostPatterns.some((pattern) => urlMatchesPattern(url, pattern))) ?? null;
}
