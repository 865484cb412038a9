// An organisation's pack stored by an earlier version of the extension gets this version's
// matching after an update, in real Chromium: the stored record is written as the earlier version
// wrote it (its compiled body and its document, through the extension's own storage in the
// background), the extension is reloaded (an update), and the case page then raises a follow-up
// that only this version's word lists read, with the question's card steady under the typing.
// A pack stored before documents were kept, and one whose document this version refuses, say so
// on the options page and go on coaching as they were compiled.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page, Worker } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CompiledPack } from '../../rules/compiled-pack';
import { compilePack } from '../../rules/compile-pack';
import { COMPILER_STAMP } from '../../rules/compiler-stamp';
import { loadPack } from '../../rules/load-pack';
import type { RulePack } from '../../rules/pack-schema';
import { asCompiledByOlderCompiler } from '../../rules/test-packs';
import { reloadExtension } from './support/browser-ui';
import { launchWithExtension, PROJECT_DIR, type ExtensionBrowser } from './support/launch-browser.mjs';
import { startStaticServer } from './support/static-server.mjs';

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startStaticServer>>;
beforeEach(async () => {
  server = await startStaticServer();
  browser = await launchWithExtension();
});
afterEach(async () => {
  await browser?.close();
  await server?.close();
});

const packYaml = readFileSync(join(PROJECT_DIR, 'tests/e2e/fixtures/recompile/lindholm-intake.yaml'), 'utf8');

function documentOf(text: string): RulePack {
  const loaded = loadPack(text, { fileName: 'lindholm-intake.yaml' });
  if (!loaded.ok) throw new Error(loaded.errors.map((issue) => issue.message).join('; '));
  return loaded.pack;
}

/** The pack as an earlier version compiled it: only the pack's own word for the concept, no word classes. */
const olderCompiled = (document: RulePack) => asCompiledByOlderCompiler(compilePack(document), 'suicide', ['go to the bridge']);

/**
 * Add `pack` to the stored library the way the extension stores it (rules/pack-store.ts): a
 * reference with the pack's summary, the compiled body as JSON text, the document (when the
 * writing version kept one) under its own key, and the provenance of a file import. Written in the
 * running background, after its default packs are installed.
 */
async function storeAsAnEarlierVersion(worker: Worker, pack: CompiledPack, document: unknown): Promise<void> {
  await expect.poll(() => worker.evaluate(async () => ((await chrome.storage.local.get('packs:installed'))['packs:installed'] as unknown[] | undefined)?.length ?? 0)).toBeGreaterThan(0);
  await worker.evaluate(
    async ({ pack, documentText }) => {
      const stored = await chrome.storage.local.get(['packs:installed', 'packs:provenance']);
      const suffix = `${pack.id}@${pack.version}:stored-by-an-earlier-version`;
      const ref = {
        id: pack.id,
        version: pack.version,
        title: pack.title,
        organisation: pack.organisation,
        languages: pack.languages,
        hostPatterns: pack.hostPatterns,
        itemCount: pack.items.length,
        ...(pack.compiler !== undefined && { compiler: pack.compiler }),
        body: `packs:pack:${suffix}`,
        ...(documentText !== undefined && { documentKey: `packs:written:${suffix}` }),
      };
      await chrome.storage.local.set({
        [`packs:pack:${suffix}`]: JSON.stringify(pack),
        ...(documentText !== undefined && { [`packs:written:${suffix}`]: documentText }),
        'packs:installed': [...((stored['packs:installed'] as unknown[] | undefined) ?? []), ref],
        'packs:provenance': {
          ...((stored['packs:provenance'] as object | undefined) ?? {}),
          [`${pack.id}@${pack.version}`]: { source: 'file', signature: { state: 'unsigned' }, installedAt: Date.now() },
        },
      });
    },
    { pack, documentText: document === undefined ? undefined : JSON.stringify(document) },
  );
}

/** The stored reference of pack `id`: which compiler made its body, and whether a document is kept. */
const storedRef = (worker: Worker, id: string) =>
  worker.evaluate(async (packId) => {
    const refs = (await chrome.storage.local.get('packs:installed'))['packs:installed'] as { id: string; compiler?: string; documentKey?: string }[];
    const ref = refs.find((candidate) => candidate.id === packId);
    return ref && { compiler: ref.compiler ?? null, hasDocument: ref.documentKey !== undefined, copies: refs.filter((candidate) => candidate.id === packId).length };
  }, id);

const overlay = (page: Page) => page.locator('coach-overlay=host');
const moodCard = (page: Page) => overlay(page).locator('.card[data-item-id="mood"]');
const criticalFollowUp = (page: Page) => overlay(page).locator('.followup[data-severity=critical][data-item-id=mood]');

/** Type `text` word by word, and after each word check the question's card is the very element shown before. */
async function typeKeepingTheCard(page: Page, card: ElementHandle, text: string): Promise<void> {
  for (const word of text.split(/(?<= )/)) {
    await page.keyboard.type(word, { delay: 15 });
    expect(await card.evaluate((element) => element.isConnected)).toBe(true);
  }
}

describe('a pack an earlier version compiled, after an update', () => {
  it('is compiled again with this version’s matching: the disclosure brings its critical follow-up, in each language, and the card stays', async () => {
    const packDocument = documentOf(packYaml);
    await storeAsAnEarlierVersion(browser.worker, olderCompiled(packDocument), packDocument);
    expect(await storedRef(browser.worker, 'lindholm.intake')).toEqual({ compiler: 'an-earlier-compiler', hasDocument: true, copies: 1 });

    const worker = await reloadExtension(browser);
    await expect.poll(() => storedRef(worker, 'lindholm.intake')).toEqual({ compiler: COMPILER_STAMP, hasDocument: true, copies: 1 });

    const page = await browser.context.newPage();
    // Words the earlier version's lists did not have (its own "go to the bridge" was all it knew), in each of the pack's languages.
    for (const disclosure of ['She says she wants to end her life.', 'Hon har självmordstankar.', 'Hun har selvmordstanker.']) {
      await page.goto(`${server.origin}/recompile/`);
      await page.locator('#mood-notes').focus();
      await moodCard(page).waitFor({ timeout: 10_000 });
      const card = (await moodCard(page).elementHandle())!;
      await typeKeepingTheCard(page, card, disclosure);
      await criticalFollowUp(page).waitFor({ timeout: 10_000 });
      expect(await card.evaluate((element) => element.isConnected)).toBe(true);
      expect(await overlay(page).count()).toBe(1);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('mood-notes');
      expect(await page.evaluate(() => (window as unknown as { pageErrors: string[] }).pageErrors)).toEqual([]);
    }
  });

  it('with the case page open across the update: the new coach’s card stays put while the adviser types, and the follow-up comes', async () => {
    const packDocument = documentOf(packYaml);
    await storeAsAnEarlierVersion(browser.worker, olderCompiled(packDocument), packDocument);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/recompile/`);
    await page.locator('#mood-notes').focus();
    await moodCard(page).waitFor({ timeout: 10_000 });

    await reloadExtension(browser);
    // The new version starts in the open tab (the old one retires at the next move) and coaches the field.
    await page.locator('#contact-phone').focus();
    await page.locator('#mood-notes').focus();
    await moodCard(page).waitFor({ timeout: 15_000 });
    const card = (await moodCard(page).elementHandle())!;
    await typeKeepingTheCard(page, card, 'Her partner told us she wants to end her life.');
    await criticalFollowUp(page).waitFor({ timeout: 10_000 });
    expect(await card.evaluate((element) => element.isConnected)).toBe(true);
    expect(await overlay(page).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { pageErrors: string[] }).pageErrors)).toEqual([]);
  });

  it('one stored without a document, and one this version refuses, keep coaching as compiled and say so on the options page', async () => {
    const { compiler: _none, ...legacy } = olderCompiled(documentOf(packYaml));
    await storeAsAnEarlierVersion(browser.worker, legacy, undefined);
    // A document an earlier schema took: this one wants a prompt on every follow-up.
    const refusedDocument = documentOf(packYaml.replaceAll('lindholm.intake', 'lindholm.outreach').replace('http://127.0.0.1/recompile/*', 'http://127.0.0.1/outreach/*')) as unknown as {
      items: { followUps: { prompt?: unknown }[] }[];
    };
    delete refusedDocument.items[0]!.followUps[0]!.prompt;
    const refusedPack = { ...olderCompiled(documentOf(packYaml)), id: 'lindholm.outreach', hostPatterns: ['http://127.0.0.1/outreach/*'] };
    await storeAsAnEarlierVersion(browser.worker, refusedPack, refusedDocument);

    const worker = await reloadExtension(browser);
    await expect.poll(() => worker.evaluate(async () => Object.keys((await chrome.storage.local.get('packs:recompile-problems'))['packs:recompile-problems'] ?? {}))).toEqual(['lindholm.outreach@2.0.0']);
    expect(await storedRef(worker, 'lindholm.outreach')).toEqual({ compiler: 'an-earlier-compiler', hasDocument: true, copies: 1 });
    expect(await storedRef(worker, 'lindholm.intake')).toEqual({ compiler: null, hasDocument: false, copies: 1 });

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    const intake = options.locator('li.pack[data-pack-id="lindholm.intake"]');
    await expect.poll(() => intake.getByTestId('pack-matching-old').textContent()).toContain('Import the pack file again');
    const outreach = options.locator('li.pack[data-pack-id="lindholm.outreach"]');
    await expect.poll(() => outreach.getByTestId('pack-matching-refused').textContent()).toMatch(/could not prepare this pack again.*prompt/);

    // Both still coach as they were compiled: the question's card shows on the page.
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/recompile/`);
    await page.locator('#mood-notes').focus();
    await moodCard(page).waitFor({ timeout: 10_000 });
  });
});
