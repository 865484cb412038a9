// An organisation that keeps the choice of rule packs to itself (managed policy
// `allowAdviserSitePacks: false`, set in a real Chromium's policy folder, as
// tests/e2e/managed-policy.e2e.ts does): on a case system no pack is written for, the
// production build's popup tells the adviser to ask their supervisor and offers no pack
// to choose, and the settings show the rule as set by the organisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtExtensionId } from './support/extension-id.mjs';
import { CHROME_PRODUCTION_DIR, type ExtensionBrowser } from './support/launch-browser.mjs';
import { clickToolbarButton, closeBrowserUi, launchWithBrowserUi, siteAccess } from './support/browser-ui';
import { settleFirstRun } from './support/detection-harness';
import { createPrivatePolicy, privatePolicyUnavailable, type PrivatePolicy } from './support/private-policy.mjs';
import { startStaticServer } from './support/static-server.mjs';

const unavailable = privatePolicyUnavailable();
if (unavailable) console.warn(`[new-site-policy] skipped: ${unavailable}`);

const ASK = 'No rule pack is written for this case system yet, so the coach has nothing to show here. Ask your supervisor for one: your organisation chooses the packs for its case systems.';

let browser: ExtensionBrowser | undefined;
let policy: PrivatePolicy | undefined;
let server: Awaited<ReturnType<typeof startStaticServer>> | undefined;

beforeAll(async () => {
  if (unavailable) return;
  server = await startStaticServer({ host: '127.0.0.2' });
  policy = await createPrivatePolicy();
  await policy.write({ '3rdparty': { extensions: { [builtExtensionId(CHROME_PRODUCTION_DIR)]: { allowAdviserSitePacks: false } } } });
  browser = await launchWithBrowserUi({ extensionDir: CHROME_PRODUCTION_DIR, executablePath: policy.executablePath });
  await settleFirstRun(browser);
});

afterAll(async () => {
  if (browser) await closeBrowserUi(browser);
  await browser?.close();
  await policy?.dispose();
  await server?.close();
});

describe.skipIf(unavailable)('a policy that keeps the choice of packs to the organisation', () => {
  it('the popup says to ask the supervisor and offers no pack; the settings show the rule locked; nothing coaches', async () => {
    const b = browser!;
    const page = await b.context.newPage();
    await page.goto(`${server!.origin}/new-site/arende.html`);
    await siteAccess(b, { grant: 'http://127.0.0.2/*' });
    const popup = await clickToolbarButton(b, page);
    await popup.getByRole('button', { name: 'Coach on this site' }).click();
    await expect.poll(() => popup.getByTestId('site-no-pack').textContent(), { timeout: 10_000 }).toBe(ASK);
    expect(await popup.getByRole('combobox').count()).toBe(0);
    expect(await popup.getByRole('switch', { name: 'Coaching on this site' }).count()).toBe(0);

    const options = await b.context.newPage();
    await options.goto(b.extensionUrl('options.html'));
    const summary = options.getByTestId('policy-summary');
    await summary.waitFor();
    expect(await summary.locator('dt', { hasText: 'Choosing a rule pack for a case system no pack is written for' }).count()).toBe(1);
    expect(await summary.locator('dd', { hasText: 'not allowed' }).count()).toBeGreaterThan(0);
    await options.locator('[data-testid=sites] li[data-pattern="http://127.0.0.2/*"]').waitFor();
    expect(await options.locator('[data-testid=sites]').getByRole('combobox').count()).toBe(0);

    await page.bringToFront();
    await page.locator('#psykHalsa').focus();
    // The chosen packs are not in force, and none is written for the page: the coach in the tab shows nothing.
    expect(await page.locator('coach-overlay=host').count()).toBe(0);
    await options.close();
    await page.close();
  });
});
