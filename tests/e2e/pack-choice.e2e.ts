// Which pack coaches a page when two installed packs fit it equally well: the
// adviser's own import (or an organisation's policy pack) over a built-in one,
// whatever order they were stored in; the popup names the pack in use and the
// others that match.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledPack } from '../../rules/compiled-pack';
import { useExtensionSession } from './support/extension-session';
import { installPacks, settleFirstRun, waitForSnapshots } from './support/detection-harness';
import { testPack } from './support/detection-packs';
import { readDetectionReport, tabIdOf } from './support/extension-state.mjs';

const session = useExtensionSession();
beforeAll(() => settleFirstRun(session.browser));

const items = [
  { id: 'landlord', question: 'Name of your landlord or letting agent' },
  { id: 'repairs', question: 'Is there anything wrong with the property?' },
];
// The built-in pack's id sorts first: only its source can make it lose.
const builtIn: CompiledPack = { ...testPack('a-built-in-housing', items), title: { en: 'Built-in housing questions' }, source: 'built-in' };
const imported: CompiledPack = { ...testPack('z-my-housing', items), title: { en: 'My housing questions' }, version: '2.1.0', source: 'import' };

describe('two packs fit a page equally well', () => {
  for (const order of [[builtIn, imported], [imported, builtIn]]) {
    it(`the adviser's import coaches, whatever the stored order (${order.map((p) => p.id).join(', ')}); the popup says which and what else matches`, async () => {
      await installPacks(session.browser, order);
      const page = await session.browser.context.newPage();
      await page.goto(`${session.server.origin}/libraries/duplicate-ids.html`);
      await waitForSnapshots(page, (s) => (s[0]?.matches.length ?? 0) >= 2);
      const report = await readDetectionReport(session.browser, page, { until: (r) => r.frames?.length > 0 || r.packId });
      expect(report?.packId).toBe(imported.id);

      const tabId = await tabIdOf(session.browser, page);
      const popup = await session.browser.context.newPage();
      await popup.goto(session.browser.extensionUrl(`popup.html?tab=${tabId}`));
      await expect.poll(() => popup.locator('[data-testid=pack-in-use]').textContent()).toBe('Rule pack: My housing questions (2.1.0)');
      expect(await popup.locator('[data-testid=packs-also-matching]').textContent()).toBe('Other rule packs for this page, not in use: Built-in housing questions (1.0.0)');
      await popup.close();
      await page.close();
    });
  }
});
