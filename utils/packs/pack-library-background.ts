/**
 * The background's side of the options page's changes to the packs. A file to
 * import arrives as its bytes; the background reads, validates, verifies,
 * compiles and compares it with the installed version, installs it (or only
 * says what installing would change), and answers with a small summary: the
 * pack's heading, what changes, its example answers' results, or why it was
 * refused. The options page so never holds, converts or sends a compiled pack
 * or the library (doing that on its thread froze it for hundreds of
 * milliseconds with the largest allowed pack). Every change comes here to be
 * applied in turn with the background's own (rules/pack-store.ts `inPackTurn`)
 * to the library as it is then: no change writes back a library read before another.
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { importPackBytes, putBackRemovedPack, removeInstalledPack, rollBackInstalledPack } from '../../rules/import-pack';
import { setPackEnabled } from '../../rules/pack-store';
import { fromBase64Url } from '../crypto/bytes';
import type { MessageHandlers } from '../messages';
import { cachedManagedPolicy } from '../policy/policy-store';
import { currentTrustedKeys } from './trusted-keys';
import { checkImportInWorker } from './worker-jobs';

/** Only the options page changes the library this way. */
function fromOptionsPage(sender: Browser.runtime.MessageSender): void {
  if (!sender.url?.startsWith(browser.runtime.getURL('/options.html'))) throw new Error('the pack library is changed this way only by the options page');
}

export const packLibraryHandlers: MessageHandlers = {
  'packs:import-file': async ({ bytes, fileName, signature, dryRun }, sender) => {
    fromOptionsPage(sender);
    // The organisation's rules as the background knows them, not as the page says.
    const policy = await cachedManagedPolicy();
    return importPackBytes(fromBase64Url(bytes), {
      fileName,
      dryRun,
      check: checkImportInWorker,
      trustedKeys: await currentTrustedKeys(policy),
      ...(signature !== undefined && { signature }),
      ...(policy.allowFileImports !== undefined && { allowFileImports: policy.allowFileImports }),
      ...(policy.requireSignedPacks !== undefined && { requireSignedPacks: policy.requireSignedPacks }),
      ...(policy.allowDowngrades !== undefined && { allowDowngrades: policy.allowDowngrades }),
    });
  },
  'packs:remove': async ({ id }, sender) => {
    fromOptionsPage(sender);
    await removeInstalledPack(id);
  },
  'packs:roll-back': async ({ id }, sender) => {
    fromOptionsPage(sender);
    return (await rollBackInstalledPack(id)) ?? null;
  },
  'packs:put-back': async ({ id }, sender) => {
    fromOptionsPage(sender);
    return putBackRemovedPack(id);
  },
  'packs:set-enabled': async ({ id, enabled }, sender) => {
    fromOptionsPage(sender);
    await setPackEnabled(id, enabled);
  },
};
