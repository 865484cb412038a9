// The follow-up matcher is not in the content script: the background injects it into a coached frame
// when that frame's coach asks (entrypoints/follow-up-matcher.ts). In real Chromium with the built
// extension: with the extension's service worker stopped before the page opens (the first message
// must wake it), a disclosure typed in the page, or in a frame of each kind a case system uses (a page
// of its own, srcdoc, about:blank filled by the page's script, sandboxed srcdoc), brings the critical card; it
// does not if the matcher never arrives. The page sees nothing of it: the file is no web-accessible
// resource, and the content script's isolated world is where it waits.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/extension-session';
import { CHROME_EXTENSION_DIR, CHROME_PRODUCTION_DIR } from './support/launch-browser.mjs';
import { stopWorkers } from './support/stop-workers';

const session = useExtensionSession();
const overlay = (at: Page | FrameLocator) => at.locator('coach-overlay=host');
const CRITICAL = '.followup[data-follow-up-id="suicide-risk"][data-severity="critical"]';

/** Our own disclosures, in each language the lexicon reads; the field's label language does not decide. */
const DISCLOSURES = {
  en: 'He told me he has been planning to end his life.',
  sv: 'Hon har funderat på att ta livet av sig.',
  nb: 'Han sier at han har lyst til å ta livet sitt.',
};

/** Stop every service worker of the browser, from a page of its own. */
async function stopAllWorkers(): Promise<void> {
  const page = await session.browser.context.newPage();
  try {
    await stopWorkers(page);
  } finally {
    await page.close();
  }
}

/** Whether the critical follow-up shows, drawn by the top document's overlay or the frame's own. */
async function criticalShown(page: Page): Promise<boolean> {
  const inTop = await overlay(page).locator(CRITICAL).count();
  const frame = page.frameLocator('#form-frame');
  const inFrame = (await page.locator('#form-frame').count()) ? await overlay(frame).locator(CRITICAL).count() : 0;
  return inTop + inFrame > 0;
}

/** Open the fixture (`frame`: the kind of frame the question is in; none: the page itself), the worker stopped first. */
async function typeDisclosure(frame: string | null, text: string): Promise<Page> {
  await stopAllWorkers();
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/matcher-delivery/${frame ? `?frame=${frame}` : ''}`);
  const scope = frame ? page.frameLocator('#form-frame') : page;
  const field = scope.locator('#q-mind');
  // The frame's coach is running once it has found the field (its marker is drawn in its overlay or the top's).
  await expect.poll(async () => (await overlay(scope).count()) > 0, { timeout: 15_000 }).toBe(true);
  await field.click();
  await page.keyboard.type(text, { delay: 5 });
  return page;
}

describe('the follow-up matcher is delivered to the coached frame, the service worker stopped before', () => {
  for (const [language, text] of Object.entries(DISCLOSURES)) {
    it(`in the page itself (${language}): the critical card comes up`, async () => {
      const page = await typeDisclosure(null, text);
      await expect.poll(() => criticalShown(page), { timeout: 15_000 }).toBe(true);
      await page.close();
    });
  }

  const frames: [string, string][] = [['page', DISCLOSURES.sv], ['srcdoc', DISCLOSURES.nb], ['blank', DISCLOSURES.en], ['sandboxed', DISCLOSURES.sv]];
  for (const [kind, text] of frames) {
    it(`in a frame (${kind}): the critical card comes up`, async () => {
      const page = await typeDisclosure(kind, text);
      await expect.poll(() => criticalShown(page), { timeout: 15_000 }).toBe(true);
      await page.close();
    });
  }

  it('the worker stopped again while the page is open: the next answer still brings the card', async () => {
    const page = await typeDisclosure(null, 'Fine, thanks.');
    await stopAllWorkers();
    await page.locator('#q-mind').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(DISCLOSURES.nb, { delay: 5 });
    await expect.poll(() => criticalShown(page), { timeout: 15_000 }).toBe(true);
    await page.close();
  });
});

/** The symbols on the global of the tab's top frame in the content script's isolated world (where the matcher waits). */
async function isolatedWorldSymbols(page: Page): Promise<string[]> {
  return session.browser.worker.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === url);
    const [result] = await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, func: () => Object.getOwnPropertySymbols(globalThis).map(String) });
    return result!.result as string[];
  }, page.url());
}

/** The tab's frames have reported what they found to the background (the first scan is done). */
async function reported(page: Page): Promise<boolean> {
  return session.browser.worker.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === url);
    const key = `detection:${tab?.id}`;
    return (await chrome.storage.session.get(key))[key] !== undefined;
  }, page.url());
}

describe('only a page that shows the pack\'s questions is sent the matcher', () => {
  const MATCHER_SLOT = 'Symbol(adviser-coach.follow-up-matcher)';

  it('a page with none of them: coached, reported, and no matcher in its frame', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/matcher-delivery/?frame=none`);
    await expect.poll(() => isolatedWorldSymbols(page), { timeout: 15_000 }).toContain('Symbol(adviser-coach.frame)');
    await expect.poll(() => reported(page), { timeout: 15_000 }).toBe(true);
    expect(await isolatedWorldSymbols(page)).not.toContain(MATCHER_SLOT);
    await page.close();
  });

  it('an answer already there at load, read before the matcher came, is judged as before: no card offered for it', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/matcher-delivery/?frame=prefilled`);
    await expect.poll(() => isolatedWorldSymbols(page), { timeout: 15_000 }).toContain(MATCHER_SLOT);
    // The overlay has drawn since (the other question's card): an offered follow-up would be on it by now.
    await page.locator('#q-body').focus();
    await overlay(page).locator('.card[data-item-id="physical-health"]').waitFor({ timeout: 10_000 });
    expect(await overlay(page).locator('.followup').count()).toBe(0);
    // The adviser empties the field (read as the field is left), then types a disclosure: that one is offered.
    await page.locator('#q-mind').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.locator('#q-body').focus();
    await overlay(page).locator('.card[data-item-id="physical-health"]').waitFor({ timeout: 10_000 });
    await page.locator('#q-mind').click();
    await page.keyboard.type(DISCLOSURES.sv, { delay: 5 });
    await expect.poll(() => criticalShown(page), { timeout: 15_000 }).toBe(true);
    await page.close();
  });

  it('a page with one: the matcher is there before an answer is typed', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/matcher-delivery/`);
    await expect.poll(() => isolatedWorldSymbols(page), { timeout: 15_000 }).toContain(MATCHER_SLOT);
    await page.close();
  });
});

describe('the page sees nothing of the matcher', () => {
  it('the file is no web-accessible resource, and the page cannot load it', async () => {
    for (const dir of [CHROME_EXTENSION_DIR, CHROME_PRODUCTION_DIR]) {
      const manifest = await readFile(join(dir, 'manifest.json'), 'utf8');
      expect(manifest).not.toContain('follow-up-matcher');
    }
    const page = await typeDisclosure(null, DISCLOSURES.en);
    await expect.poll(() => criticalShown(page), { timeout: 15_000 }).toBe(true);
    const id = new URL(session.browser.worker.url()).host;
    const loaded = await page.evaluate(async (url) => {
      try {
        return (await fetch(url)).ok;
      } catch {
        return false;
      }
    }, `chrome-extension://${id}/follow-up-matcher.js`);
    expect(loaded).toBe(false);
    // Nothing of ours on the page's window (the matcher waits in the content script's isolated world).
    expect(await page.evaluate(() => Object.getOwnPropertySymbols(window).map(String))).toEqual([]);
    await page.close();
  });

  it('the content script carries none of the matcher; the injected file does', async () => {
    const content = await readFile(join(CHROME_EXTENSION_DIR, 'content-scripts', 'content.js'), 'utf8');
    const matcher = await readFile(join(CHROME_EXTENSION_DIR, 'follow-up-matcher.js'), 'utf8');
    // Words only the matcher's tables hold (negation's denial verbs, an idiom's word).
    for (const word of ['avkräftade', 'tilbakeviste']) {
      expect(content, word).not.toContain(word);
      expect(matcher, word).toContain(word);
    }
  });
});
