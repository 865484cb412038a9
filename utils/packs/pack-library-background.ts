/**
 * The background's side of an import from the options page: it reads and writes
 * the pack library (compiled packs, several megabytes for the largest) and hands
 * it over as JSON text. Converting those packs to and from storage is what made
 * the options page freeze for hundreds of milliseconds; here it costs the
 * background, and the page only passes a string between this and its worker.
 * Every change the options page makes to the packs comes here, to be applied in
 * turn with the background's own (rules/pack-store.ts `inPackTurn`) to the
 * library as it is then: no change writes back a library read before another.
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { localLibraryStore, putBackRemovedPack, removeInstalledPack, rollBackInstalledPack } from '../../rules/import-pack';
import { setPackEnabled } from '../../rules/pack-store';
import type { MessageHandlers } from '../messages';

/** Only the options page reads or replaces the whole library this way. */
function fromOptionsPage(sender: Browser.runtime.MessageSender): void {
  if (!sender.url?.startsWith(browser.runtime.getURL('/options.html'))) throw new Error('the pack library is read and written only by the options page');
}

export const packLibraryHandlers: MessageHandlers = {
  'packs:library-text': async (_, sender) => {
    fromOptionsPage(sender);
    return localLibraryStore.read();
  },
  'packs:install-library': async ({ libraryText, pack, provenance, replacing }, sender) => {
    fromOptionsPage(sender);
    await localLibraryStore.write(libraryText, pack, provenance, replacing);
  },
  'packs:remove': async ({ id }, sender) => {
    fromOptionsPage(sender);
    await removeInstalledPack(id);
  },
  'packs:roll-back': async ({ id }, sender) => {
    fromOptionsPage(sender);
    return (await rollBackInstalledPack(id)) ?? null;
  },
  'packs:put-back': async ({ pack, kept, index }, sender) => {
    fromOptionsPage(sender);
    await putBackRemovedPack(pack, kept, index);
  },
  'packs:set-enabled': async ({ id, enabled }, sender) => {
    fromOptionsPage(sender);
    await setPackEnabled(id, enabled);
  },
};
