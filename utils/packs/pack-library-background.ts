/**
 * The background's side of an import from the options page: it reads and writes
 * the pack library (compiled packs, several megabytes for the largest) and hands
 * it over as JSON text. Converting those packs to and from storage is what made
 * the options page freeze for hundreds of milliseconds; here it costs the
 * background, and the page only passes a string between this and its worker.
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { localLibraryStore } from '../../rules/import-pack';
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
  'packs:install-library': async ({ libraryText, pack, provenance }, sender) => {
    fromOptionsPage(sender);
    await localLibraryStore.write(libraryText, pack, provenance);
  },
};
