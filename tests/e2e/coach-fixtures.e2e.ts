// The coach on host pages built other ways than the demo: GOV.UK Frontend radios in
// a fieldset, fields inside open and closed shadow roots, ARIA widgets with no
// native controls, and a form in a cross-origin frame. The card must show the
// right rewording and follow-ups must fire, without focus leaving the host field.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CompiledPack } from '../../rules/compiled-pack';
import { useExtensionSession } from './support/extension-session';
import { settleFirstRun } from './support/detection-harness';
import { card, coachingPack, followUp, openWithPack, rewording } from './support/coaching-fixtures';
import { ensureGovukVendor } from './support/govuk-vendor';
import { ariaPack, govukPack, iframePack, swedishPack, webComponentsPack } from './support/fixture-packs';

const session = useExtensionSession();

beforeAll(async () => {
  await ensureGovukVendor();
  await settleFirstRun(session.browser);
});

async function open(pack: CompiledPack, path: string): Promise<Page> {
  return openWithPack(session, pack, path);
}

describe('coaching on the detection fixtures', () => {
  it('GOV.UK Frontend: a radio group in a fieldset is one item; choosing Yes brings its follow-up', async () => {
    const page = await open(coachingPack(govukPack, { caring: { option: 'yes' } }), 'govuk/index.html');
    await page.locator('#caring-2').focus();
    await expect.poll(() => card(page, 'caring').locator('.rewording').textContent()).toBe(rewording('caring'));
    await page.locator('#rent').focus();
    await card(page, 'rent').waitFor();
    await page.locator('#caring').check();
    await followUp(page, 'caring').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('caring');
    await page.close();
  });

  it('web components: a field in an open shadow root and a radio group in a closed one', async () => {
    const page = await open(coachingPack(webComponentsPack, { barriers: { text: ['transport'] } }), 'web-components/index.html');
    const barriers = page.locator('wc-barriers textarea');
    await barriers.click();
    await expect.poll(() => card(page, 'barriers').locator('.rewording').textContent()).toBe(rewording('barriers'));
    await page.keyboard.type('Mostly transport, the bus is unreliable');
    await followUp(page, 'barriers').waitFor({ timeout: 15_000 });
    expect(await barriers.inputValue()).toBe('Mostly transport, the bus is unreliable');

    // Closed root: the page cannot reach in, the extension can. Shift+Tab into it from the next field.
    await page.locator('wc-select-field select').focus();
    await card(page, 'employment').waitFor();
    await page.keyboard.press('Shift+Tab');
    await card(page, 'contact').waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('wc-choice');
    await page.close();
  });

  it('ARIA widgets: a contenteditable answer and custom radios the page checks itself', async () => {
    const page = await open(
      coachingPack(ariaPack, { psychologicalHealth: { text: ['hopeless*'] }, housingRisk: { option: 'yes' } }),
      'aria/index.html',
    );
    const psych = page.locator('[data-expect="psychologicalHealth"]');
    await psych.click();
    await card(page, 'psychologicalHealth').waitFor();
    await page.keyboard.type('I feel hopeless most days');
    await followUp(page, 'psychologicalHealth').waitFor({ timeout: 15_000 });
    expect(await psych.textContent()).toBe('I feel hopeless most days');

    // The page's own script would set aria-checked on click; here the test plays that page.
    const yes = page.locator('[data-expect="housingRisk"]').first();
    await yes.evaluate((el) => el.addEventListener('click', () => el.setAttribute('aria-checked', 'true')));
    await yes.click();
    await followUp(page, 'housingRisk').waitFor({ timeout: 15_000 });
    await page.close();
  });

  it('frames: the card for the cross-origin frame the adviser is typing in appears, drawn by the top document', async () => {
    const page = await open(coachingPack(iframePack, {}), 'iframe/index.html');
    const frame = page.frames().find((f) => f.url().includes('frame-health.html'));
    const health = frame ?? (await page.waitForEvent('framenavigated', (f) => f.url().includes('frame-health.html')));
    await health.locator('coach-overlay=host').waitFor({ state: 'attached' });
    await health.locator('textarea[name=psych]').focus();
    // The frame is small: the top document draws its card beside it (tests/e2e/frame-card.e2e.ts measures where).
    await expect.poll(() => card(page, 'psychologicalHealth').locator('.rewording').textContent()).toBe(rewording('psychologicalHealth'));
    expect(await card(health, 'psychologicalHealth').count()).toBe(0);
    expect(await health.locator('textarea[name=psych]').evaluate((el) => el === document.activeElement && document.hasFocus())).toBe(true);
    await page.close();
  });

  it('a Swedish case system: options named by their label in any language of the pack, or by position', async () => {
    const page = await open(
      coachingPack(swedishPack, {
        'sv-bostadsrisk': { option: { en: 'Yes', sv: 'Ja', nb: 'Ja' } },
        'sv-skulder': { option: { position: 2 } },
        'sv-bostad': { option: 'Yes' },
      }),
      'swedish/index.html',
    );
    // By keyboard, as an adviser would: focus the option, Space chooses it.
    await page.locator('input[name=risk][value=ja]').focus();
    await page.keyboard.press('Space');
    await followUp(page, 'sv-bostadsrisk').waitFor({ timeout: 15_000 });
    await page.locator('input[name=skulder][value=nej]').focus(); // the second option
    await page.keyboard.press('Space');
    await followUp(page, 'sv-skulder').waitFor({ timeout: 15_000 });
    // A condition naming only the English label finds nothing on a Swedish page (the linter warns about it).
    await page.locator('#bostad').selectOption('Ja');
    await page.locator('input[name=risk][value=nej]').focus();
    await expect.poll(() => page.locator('coach-overlay=host >> .followup').count()).toBe(2);
    expect(await followUp(page, 'sv-bostad').count()).toBe(0);
    await page.close();
  });
});
