// The popup's per-site switch: the pack in use, coaching off for a site (the coach
// leaves the open tab at once, and nothing runs there after a reload), and on again
// (it starts in the open tab at once).
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/extension-session';
import { tabIdOf } from './support/extension-state.mjs';

const session = useExtensionSession();

describe('coaching on this site', () => {
  it('shows the pack in use and switches the site off and on', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/demo/intake-1.html?case=2026-04417`);
    const overlay = page.locator('coach-overlay=host');
    await overlay.locator('.coverage-toggle').waitFor();

    const tabId = await tabIdOf(session.browser, page);
    const popup = await session.browser.context.newPage();
    await popup.goto(session.browser.extensionUrl(`popup.html?tab=${tabId}`));
    await expect.poll(() => popup.locator('[data-testid=pack-in-use]').textContent()).toBe('Rule pack: Income support initial assessment (1.3.1)');
    const toggle = popup.getByRole('switch', { name: 'Coaching on this site' });
    expect(await toggle.isChecked()).toBe(true);

    // The switch shows what the background confirmed: a click, then its state once the answer is back
    // (Playwright's uncheck() wants the state changed by the click itself, which a loaded machine delays).
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    // Off: the coach leaves the open tab without a reload (left there, it would outlive an update as a dead overlay).
    await expect.poll(() => overlay.count()).toBe(0);
    await page.reload();
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect(await overlay.count()).toBe(0);

    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    // Turned on again: the coach starts in the open tab without a reload.
    await overlay.locator('.coverage-toggle').waitFor({ timeout: 15_000 });
    await page.close();
    await popup.close();
  });
});
