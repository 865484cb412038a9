// The overlay is the extension's: a page script (the case system's own, or a
// session-replay script it embeds) that walks every shadow root it can reach, wraps
// attachShadow and samples the page's markup reads nothing of the coaching: no
// rewording, no follow-up prompt, no item id.
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/extension-session';
import { OVERLAY_HOST_SELECTOR } from './support/host-probes';

const session = useExtensionSession();

describe('the overlay is private to the extension', () => {
  it('a page script walking every shadow root reads no rewording, follow-up prompt or item id', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/overlay-privacy/`);
    const overlay = page.locator('coach-overlay=host');
    await overlay.locator('.coverage-toggle').waitFor({ timeout: 10_000 });

    await page.locator('#psych-now').focus();
    const card = overlay.locator('.card[data-item-id="psychological-health"]');
    await card.waitFor();
    await page.keyboard.type('Not great. I have thought about how to take my life.', { delay: 2 });
    const followUp = overlay.locator('.followup').first();
    await followUp.waitFor({ timeout: 15_000 });
    await page.keyboard.press('Alt+Shift+W'); // why we ask, open too
    await card.locator('[data-testid=why]').waitFor();
    await page.keyboard.press('Alt+Shift+L'); // and the list of what is left to ask
    await overlay.locator('#coverage-list').waitFor();

    // What the extension shows, read through the DevTools protocol (tests only).
    const shown = [
      (await card.locator('.rewording').textContent())!,
      (await followUp.locator('[data-testid=follow-up-prompt]').textContent())!,
      (await card.locator('[data-testid=why]').textContent())!.slice(0, 40),
    ];
    for (const text of shown) expect(text.trim().length).toBeGreaterThan(10);

    const seen = await page.evaluate(() => (window as unknown as { replayRecorder: { collect(): { roots: number; text: string } } }).replayRecorder.collect());
    const found = await page.evaluate((selector) => {
      const host = document.querySelector(selector);
      return { host: !!host, shadowRoot: host?.shadowRoot ?? null, children: host?.childNodes.length ?? -1 };
    }, OVERLAY_HOST_SELECTOR);
    expect(found).toEqual({ host: true, shadowRoot: null, children: 0 });
    expect(seen.roots).toBe(0);
    for (const text of shown) expect(seen.text).not.toContain(text.trim());
    for (const id of ['psychological-health', 'suicide-risk', 'data-item-id', 'data-follow-up-id']) expect(seen.text).not.toContain(id);
    await page.close();
  });
});
