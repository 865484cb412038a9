/**
 * Background: owns installed packs and the per-tab detection reports, and answers
 * the content scripts. Extension origin only.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages } from '../utils/messages';
import { packForUrl, readInstalledPacks } from '../rules/pack-store';
import { clearDetection, mergeFrameDetection, readDetection, writeDetection } from '../utils/detection-store';

export default defineBackground(() => {
  handleMessages({
    'pack:for-url': async ({ url }) => packForUrl(await readInstalledPacks(), url),
    'detection:report': async (detection, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      const pack = (await readInstalledPacks()).find((p) => p.id === detection.packId);
      const itemIds = pack?.items.map((item) => item.id) ?? [];
      const report = mergeFrameDetection(await readDetection(tabId), sender.frameId ?? 0, detection, itemIds);
      await writeDetection(tabId, report);
    },
  });

  // A new page in the top frame starts a new report.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void clearDetection(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearDetection(tabId));
});
