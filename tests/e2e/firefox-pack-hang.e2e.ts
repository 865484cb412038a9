// A pack server that takes the request and never answers, in a real Firefox. Firefox stops a
// non-persistent background after 30 s without an event (extensions.background.idle.timeout),
// and a pending fetch is no event: a check that waited longer than that died with the
// background, and the settings page was left saying the browser could not save the change.
// The check gives up first (utils/packs/fetch-pack.ts, FETCH_TIMEOUT_MS) and says why.
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionTab, FIREFOX_PAGES_EXTENSION_DIR, launchFirefoxWithExtension, until } from './support/firefox-session';
import { startPackServer, type PackServer } from './support/pack-server.mjs';
import { generatePackSigningKeys } from '../../rules/sign-pack';
import { publishSigned, smallPack } from './support/signed-packs';

let firefox: Browser;
let packs: PackServer;
beforeAll(async () => {
  packs = await startPackServer();
  firefox = (await launchFirefoxWithExtension(FIREFOX_PAGES_EXTENSION_DIR)).browser;
}, 120_000);
afterAll(async () => {
  await firefox?.close();
  await packs?.close();
});

const STATUS = `(document.querySelector('[data-testid=packs-status]')?.textContent ?? '') + ' || ' + (document.querySelector('[data-testid=subscriptions]')?.textContent ?? '')`;

describe('Firefox: a pack server that never answers', () => {
  it('is reported as too slow, not as a change the browser could not save, and the pack in use stays', async () => {
    const keys = await generatePackSigningKeys('office-2026');
    await publishSigned(packs, '/office/pack.json', smallPack({ id: 'example.office', version: '1.0.0', title: 'Office pack' }), keys);
    const notes = await extensionTab(firefox, '/sidepanel.html');
    await notes.evaluate<boolean>(`browser.tabs.create({ url: '/options.html' }).then(() => true)`);
    const options = await extensionTab(firefox, '/options.html');
    await until(() => options.evaluate<boolean>(`!!document.querySelector('#subscribe-url')`), 'the address field', 20_000);
    await options.evaluate<boolean>(`browser.storage.local.set({ 'packs:trustedKeys': [{ keyId: 'office-2026', publicKey: ${JSON.stringify(JSON.stringify(keys.publicJwk))} }] }).then(() => true)`);
    await options.evaluate<boolean>(`(document.querySelector('#subscribe-url').focus(), true)`);
    await options.type(`${packs.origin}/office/pack.json\n`);
    const version = () => options.evaluate<string>(`document.querySelector('[data-pack-id="example.office"] [data-testid=pack-version]')?.textContent ?? ''`);
    await until(async () => (await version()) === '1.0.0', 'the followed pack installed', 30_000);

    packs.set('/office/pack.json', { body: 'never sent', hold: new Promise(() => undefined) });
    // The button is disabled while the follow's own check finishes: a click then would do nothing.
    await until(
      () => options.evaluate<boolean>(`(() => { const button = [...document.querySelectorAll('[data-testid=subscriptions] li button')].find((b) => b.textContent === 'Check now' && !b.disabled); button?.click(); return !!button; })()`),
      'an enabled Check now',
      20_000,
    );
    // Well past Firefox's 30 s idle stop: the answer must be the check's own.
    const said = await until(async () => {
      const text = await options.evaluate<string>(STATUS);
      return /took too long|could not save/.test(text) ? text : null;
    }, 'what the settings say about the hanging server', 75_000);
    expect(said).toContain("The pack's server took too long to answer.");
    expect(said).not.toContain('could not save');
    expect(await version()).toBe('1.0.0');
  }, 120_000);
});
