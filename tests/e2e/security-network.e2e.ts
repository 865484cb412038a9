// The security boundary, 5: no network calls except fetching packs from URLs a
// supervisor configured (one is configured here, on its own local server, and
// followed with "check now"). Chromium writes every request
// its network stack starts to a net log; after a full session (the demo case system
// page by page, coaching with a disclosure and its follow-up, the strict-CSP page,
// the popup, options and side panel) every request a page or the extension started
// is to the local static server, the extension itself, data: or blob:, or the one
// configured pack URL and its signature, and nothing else on the pack host. No fonts,
// no telemetry, no CDNs. The browser's own background requests (account, update,
// autofill and spelling services: no initiator, not a page's resource) are listed
// in the output but not held against the extension.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from './support/static-server.mjs';
import { launchWithExtension } from './support/launch-browser.mjs';
import { tabIdOf } from './support/extension-state.mjs';
import { coachReady, runCoachingSession } from './support/coaching-session';
import { hostOf, isBrowserOwn, readNetRequests, type NetRequest } from './support/net-log';
import { startPackServer, type PackServer } from './support/pack-server.mjs';
import { generatePackSigningKeys } from '../../rules/sign-pack';
import { publishSigned, smallPack } from './support/signed-packs';

let server: Awaited<ReturnType<typeof startStaticServer>>;
let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let logDir: string;
let packs: PackServer;
let requests: NetRequest[] = [];

beforeAll(async () => {
  server = await startStaticServer();
  packs = await startPackServer();
  logDir = await mkdtemp(join(tmpdir(), 'adviser-coach-netlog-'));
  browser = await launchWithExtension({ extraArgs: [`--log-net-log=${join(logDir, 'net.json')}`] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await packs?.close();
  if (logDir) await rm(logDir, { recursive: true, force: true });
});

describe('5. no network except configured pack URLs', () => {
  it('a full session requests only the local server, the extension, data:, blob: and the configured pack URL', async () => {
    const { extensionId } = browser;
    const page = await browser.context.newPage();
    // The case system, page by page, with the coach running on each.
    await page.goto(`${server.origin}/demo/index.html`);
    for (const path of ['overview.html', 'intake-1.html', 'intake-2.html', 'intake-4.html', 'journal.html', 'intake-3.html']) {
      await page.goto(`${server.origin}/demo/${path}?case=2026-04417`);
      if (path.startsWith('intake')) await coachReady(page);
    }
    // Coaching: cards, a disclosure and its critical follow-up (with its links to help), coverage, languages.
    await runCoachingSession(page);
    // A follow-up with safety resources (web links) on segment 4.
    await page.goto(`${server.origin}/demo/intake-4.html?case=2026-04417`);
    await coachReady(page);
    await page.locator('#ctl00_Main_rblViolence_0').check();
    await page.locator('coach-overlay=host >> .followup').first().waitFor();
    // Another host page: strict CSP.
    const csp = await browser.context.newPage();
    await csp.goto(`${server.origin}/security/csp.html`);
    await coachReady(csp);

    // The extension's own pages.
    const tabId = await tabIdOf(browser, page);
    for (const [path, ready] of [
      [`popup.html?tab=${tabId}`, '[data-testid=pack-in-use]'],
      ['options.html', 'li.pack'],
      ['sidepanel.html', 'h1'],
    ] as const) {
      const extensionPage = await browser.context.newPage();
      await extensionPage.goto(browser.extensionUrl(path));
      await extensionPage.locator(ready).first().waitFor();
      await extensionPage.waitForLoadState('networkidle');
      await extensionPage.close();
    }
    // A pack followed by its address (with a trusted key), checked now: the one configured network use.
    const keys = await generatePackSigningKeys('network-test');
    await publishSigned(packs, '/packs/network.json', smallPack({ id: 'example.network' }), keys);
    const packUrl = `${packs.origin}/packs/network.json`;
    await browser.worker.evaluate(async (publicKey) => chrome.storage.local.set({ 'packs:trustedKeys': [{ keyId: 'network-test', publicKey }] }), JSON.stringify(keys.publicJwk));
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByLabel('Pack address (https://…)').fill(packUrl);
    await options.getByRole('button', { name: 'Follow this pack' }).click();
    await options.locator('li.pack[data-pack-id="example.network"]').waitFor();
    await options.getByRole('button', { name: 'Check now' }).click();
    await options.getByText('no change, version 1.0.0 is current').first().waitFor();
    // Time for anything deferred (a beacon on an idle timer, a report after a delay).
    await page.waitForTimeout(1500);
    await browser.close();

    requests = await readNetRequests(join(logDir, 'net.json'));
    const local = server.origin;
    const configured = [packUrl, `${packUrl}.sig`];
    const allowed = (url: string) =>
      url.startsWith(`${local}/`) || url.startsWith(`chrome-extension://${extensionId}/`) || /^(data|blob):/.test(url) || configured.includes(url);

    // A record of what the network stack saw, for the test output.
    const byHost = new Map<string, { count: number; who: Set<string> }>();
    for (const request of requests) {
      const entry = byHost.get(hostOf(request.url)) ?? { count: 0, who: new Set<string>() };
      entry.count += 1;
      entry.who.add(isBrowserOwn(request) ? "the browser's own" : `${request.requestType} from ${request.initiator}`);
      byHost.set(hostOf(request.url), entry);
    }
    console.log(
      `[security-network] ${requests.length} requests; distinct hosts:\n${[...byHost]
        .map(([host, { count, who }]) => `  ${host}  ×${count}  (${[...who].join('; ')})`)
        .join('\n')}`,
    );

    // The net log saw the session: the demo pages and their assets came from the local server.
    expect(requests.some((r) => r.url.startsWith(`${local}/demo/intake-3.html`))).toBe(true);
    expect(requests.some((r) => r.url === `${local}/security/csp.js`)).toBe(true);
    // The configured pack URL was fetched (and asked again, conditionally), by the extension.
    const packRequests = requests.filter((r) => r.url.startsWith(packs.origin));
    expect(packRequests.filter((r) => r.url === packUrl).length).toBeGreaterThanOrEqual(2);
    expect(packRequests.every((r) => r.initiator === `chrome-extension://${extensionId}`)).toBe(true);
    // Everything a page or the extension started stayed local, or went to the configured pack URLs.
    const fromPagesOrExtension = requests.filter((r) => !isBrowserOwn(r));
    expect(fromPagesOrExtension.filter((r) => !allowed(r.url)).map((r) => `${r.requestType} ${r.url} from ${r.initiator}`)).toEqual([]);
    // Not held against the extension: the browser's own background requests (listed above: spelling
    // dictionaries, account, update and autofill services). A request the extension's code starts
    // carries an initiator (its own origin; the page's for the content script), and navigations and
    // page resources are checked whoever started them.
  });
});
