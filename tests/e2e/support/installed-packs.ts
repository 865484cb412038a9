// The packs the extension has installed, read from its storage as the background
// wrote them: browser tests compare what the overlay shows with the pack's own text.
import { beforeAll } from 'vitest';
import type { CompiledPack } from '../../../rules/compiled-pack';
import type { ExtensionBrowser } from './launch-browser.mjs';

/** The installed pack with this id, once the background has installed the defaults at first run (up to 10 s). */
export async function installedPack(browser: ExtensionBrowser, id: string): Promise<CompiledPack> {
  for (let tries = 0; tries < 100; tries++) {
    // The library lists references ({ id, version, …, body }); each pack is stored under its body key, as JSON text (rules/pack-store.ts).
    const pack = (await browser.worker.evaluate(async (wanted) => {
      const listed = ((await chrome.storage.local.get('packs:installed'))['packs:installed'] ?? []) as { id: string; body?: string }[];
      const entry = listed.find((p) => p.id === wanted);
      if (entry?.body === undefined) return entry;
      const body: unknown = (await chrome.storage.local.get(entry.body))[entry.body];
      return typeof body === 'string' ? JSON.parse(body) : body;
    }, id)) as CompiledPack | undefined;
    if (pack) return pack;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`pack ${id} was not installed`);
}

/**
 * A test file's view of one installed pack, read once before its tests (register it
 * after `useExtensionSession`, whose browser it uses): `item(id)` throws for an unknown id.
 */
export function useInstalledPack(session: { browser: ExtensionBrowser }, id: string) {
  let pack: CompiledPack | undefined;
  beforeAll(async () => {
    pack = await installedPack(session.browser, id);
  });
  const loaded = () => {
    if (!pack) throw new Error(`pack ${id} is read before the tests`);
    return pack;
  };
  return {
    get pack() {
      return loaded();
    },
    item(itemId: string) {
      const found = loaded().items.find((i) => i.id === itemId);
      if (!found) throw new Error(`no item ${itemId} in ${id}`);
      return found;
    },
  };
}
