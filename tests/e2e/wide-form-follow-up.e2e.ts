// On a form whose rows span the whole window (no side of the field is free), a critical follow-up covers neither
// the field the adviser types in nor the next field, and its one-line summary is in sight, in English and Swedish,
// at several window sizes. Hit-tested in the real page (elementFromPoint over both fields), not by the follow-up's
// own box: that runs on inside the panel, which scrolls, so it is no measure of what the panel covers. Focus stays
// in the field; Alt+Shift+F goes into the follow-up and Esc back to the field, which is clear again.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { settledBox } from './support/boxes';
import { useExtensionSession } from './support/extension-session';

const session = useExtensionSession();

const SIZES = [
  { width: 1280, height: 900 },
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const PAGES = [
  { lang: 'en', path: '/wide/', disclosure: 'I have started cutting my arms again and I keep thinking about ending my life.' },
  { lang: 'sv', path: '/wide/sv.html', disclosure: 'Jag har börjat skära mig i armarna igen och tänker hela tiden på att ta mitt liv.' },
];

const overlay = (page: Page) => page.locator('coach-overlay=host');

/** Points over the control (a grid across its whole width) where something else is on top, as "x,y: TAG". */
function pointsCovered(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const control = document.querySelector(sel)!;
    const rect = control.getBoundingClientRect();
    const covered: string[] = [];
    for (let i = 0; i <= 12; i++) {
      for (let j = 0; j <= 2; j++) {
        const x = rect.left + 2 + ((rect.width - 4) * i) / 12;
        const y = rect.top + 2 + ((rect.height - 4) * j) / 2;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        const hit = document.elementFromPoint(x, y);
        if (hit !== control && !control.contains(hit)) covered.push(`${Math.round(x)},${Math.round(y)}: ${hit?.tagName ?? 'nothing'}`);
      }
    }
    return covered;
  }, selector);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('a follow-up on a full-width form', () => {
  for (const { lang, path, disclosure } of PAGES) {
    it(`covers neither the field typed in nor the next field, at every window size (${lang})`, async () => {
      const page = await session.browser.context.newPage();
      await page.setViewportSize(SIZES[0]!);
      await page.goto(`${session.server.origin}${path}`);
      await page.locator('#w-psych').click();
      await overlay(page).locator('.card[data-item-id="psychological-health"]').waitFor({ timeout: 10_000 });
      await page.keyboard.type(disclosure, { delay: 2 });
      const followUp = overlay(page).locator('.followup[data-severity="critical"]').first();
      await followUp.waitFor({ timeout: 10_000 });

      const problems: string[] = [];
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.locator('#w-psych').scrollIntoViewIfNeeded();
        await page.locator('#w-psych').focus();
        await settledBox(overlay(page).locator('.dock'));
        await settledBox(overlay(page).locator('.card-layer'));
        const where = `${lang} ${size.width}×${size.height}`;
        for (const [what, selector] of [['the field typed in', '#w-psych'], ['the next field', '#w-cert']] as const) {
          const covered = await pointsCovered(page, selector);
          if (covered.length > 0) problems.push(`${where}: ${what} is covered at ${covered.slice(0, 4).join('; ')} (${covered.length} points)`);
        }
        // What must be seen of it is in sight: its one-line summary, inside the panel's visible part.
        const summary = await followUp.locator('[data-testid="follow-up-summary"]').boundingBox();
        const dock = await settledBox(overlay(page).locator('.dock'));
        if (!summary || summary.y < dock.top - 0.5 || summary.y + summary.height > dock.top + dock.height + 0.5) problems.push(`${where}: the summary is out of sight`);
      }
      expect(problems).toEqual([]);
      expect(await focusedId(page)).toBe('w-psych');

      // Into the follow-up by keyboard, and back to the field with Esc, the field clear again.
      await page.keyboard.press('Alt+Shift+F');
      await page.waitForFunction(() => document.activeElement?.id !== 'w-psych');
      await followUp.locator('button.primary').focus();
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.activeElement?.id === 'w-psych');
      await settledBox(overlay(page).locator('.dock'));
      expect(await pointsCovered(page, '#w-psych')).toEqual([]);
      await page.close();
    });
  }
});
