// The extension is built, loads in real Chromium, runs its content script in the demo
// case system and its pages in the extension origin.
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/extension-session';
import { readDetectionReport } from './support/extension-state.mjs';

const session = useExtensionSession();

describe('content script in the demo case system', () => {
  it('finds the intake questions, marks them in its own overlay and reports them to the background', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/demo/intake-1.html?case=2026-04417`);

    await page.locator('coach-overlay=host').waitFor({ state: 'attached' });
    const markers = page.locator('coach-overlay=host >> .marker');
    await expect.poll(() => markers.count()).toBeGreaterThanOrEqual(8);

    const report = await readDetectionReport(session.browser, page, {
      until: (r: { found: Record<string, unknown> }) => Object.keys(r.found).length >= 8,
    });
    expect(report).toBeDefined();
    expect(Object.keys(report.found).length).toBeGreaterThanOrEqual(8);
    await page.close();
  });
});

describe('extension pages', () => {
  for (const [path, heading] of [
    ['popup.html', 'Adviser Coach'],
    ['sidepanel.html', 'Private notes'],
    ['options.html', 'Adviser Coach settings'],
  ] as const) {
    it(`${path} renders in the extension origin`, async () => {
      const page = await session.browser.context.newPage();
      await page.goto(session.browser.extensionUrl(path));
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(heading);
      expect(await page.evaluate(() => location.origin)).toBe(`chrome-extension://${session.browser.extensionId}`);
      await page.close();
    });
  }
});

describe('the settings', () => {
  it('open in a tab of their own from the popup, not in the browser’s small embedded dialog', async () => {
    const popup = await session.browser.context.newPage();
    await popup.goto(session.browser.extensionUrl('popup.html'));
    const [settings] = await Promise.all([session.browser.context.waitForEvent('page'), popup.getByRole('button', { name: 'Settings and rule packs' }).click()]);
    await expect.poll(() => settings.url()).toBe(session.browser.extensionUrl('options.html'));
    await expect.poll(() => settings.locator('h1').first().textContent()).toBe('Adviser Coach settings');
    // A tab as wide as the window: room for the trainer editor's form beside its preview.
    expect(await settings.evaluate(() => innerWidth)).toBeGreaterThanOrEqual(1000);
    await settings.close();
    await popup.close();
  });
});
