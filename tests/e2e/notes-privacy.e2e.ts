// Private notes in real Chromium: a note written in the side panel is filed under
// the case's HMAC, never reaches the host page (DOM, storage, form), and survives
// closing the panel mid-typing, reloading the extension and restarting the browser.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  dumpHostDom,
  dumpHostForm,
  dumpHostStorage,
  dumpIndexedDb,
  launch,
  localStorageOfExtension,
  openControlPage,
  openDemoCase,
  openPanel,
  reloadExtension,
  reportCaseFromTab,
  sessionStorageOfExtension,
  tabIdOf,
  useNotesBrowser,
  writeNote,
} from './support/notes-pages';

const CASE_ID = '2026-04417';
// Unique words, so a hit anywhere can only come from this test's notes.
const TOKEN = `zebrafinch${Date.now().toString(36)}`;
const NOTE = `Mentioned three attempts this year ${TOKEN} #safety`;
const DRAFT = `unsaved draft ${TOKEN}draft`;
const HALF_TYPED = `half-typed ${TOKEN}midword wor`;

const notes = useNotesBrowser();
let host: Page;
let hostTab: number;

async function openCase(): Promise<void> {
  ({ host, hostTab } = await openDemoCase(notes, CASE_ID));
}

beforeAll(openCase);

describe('a note written in the side panel', () => {
  let panel: Page;

  it('is filed under an HMAC of the case number, which is stored nowhere', async () => {
    // The adviser answers an official question in the host form meanwhile.
    await host.locator('#ctl00_Main_txtChildren').fill('2');
    panel = await openPanel(notes.browser, hostTab, 'case');
    await writeNote(panel, NOTE);
    await panel.getByTestId('note-input').fill(DRAFT); // left unsaved: autosaved as a draft
    await expect.poll(async () => (await dumpIndexedDb(panel)).includes(`${TOKEN}draft`)).toBe(true);

    const caseKey = (await sessionStorageOfExtension(notes.control))[`case:${hostTab}`] as string;
    const extensionDb = await dumpIndexedDb(panel);
    expect(extensionDb).toContain(TOKEN); // the note is in the extension's own database…
    expect(extensionDb).toContain(caseKey); // …filed under the case key…
    const everything = [extensionDb, await sessionStorageOfExtension(notes.control), await localStorageOfExtension(notes.control)]
      .map((part) => (typeof part === 'string' ? part : JSON.stringify(part)))
      .join('\n');
    expect(everything).not.toContain(CASE_ID); // …and the case number is nowhere
    expect(everything).not.toContain('04417');
  });

  it('is filed by the content script itself, from the case number the page shows', async () => {
    const caseKey = (await sessionStorageOfExtension(notes.control))[`case:${hostTab}`];
    const other = await notes.browser.context.newPage();
    await other.goto(`${notes.server.origin}/demo/intake-2.html?case=${CASE_ID}`);
    const otherTab = await tabIdOf(notes.control, other);
    // No report from the test here: the content script reads #case-number (the pack's caseId binding).
    await expect.poll(async () => (await sessionStorageOfExtension(notes.control))[`case:${otherTab}`], { timeout: 10_000 }).toBe(caseKey);
    const otherPanel = await openPanel(notes.browser, otherTab, 'case');
    await expect.poll(() => otherPanel.getByTestId('note-text').allTextContents()).toEqual([NOTE]);
    await otherPanel.close();
    await other.close();
  });

  it('is absent from the host page: DOM (with closed shadow roots and frames), storage, cookies and form', async () => {
    // Show that the dumps see the host's data at all: write markers as the host would.
    await host.evaluate(async () => {
      localStorage.setItem('host-marker', 'host-local');
      sessionStorage.setItem('host-marker', 'host-session');
      document.cookie = 'hostmarker=host-cookie';
      await new Promise<void>((resolve) => {
        const open = indexedDB.open('host-db', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('s');
        open.onsuccess = () => {
          const tx = open.result.transaction('s', 'readwrite');
          tx.objectStore('s').put('host-idb', 'k');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      });
    });
    await host.waitForTimeout(300);

    const storage = await dumpHostStorage(host);
    for (const marker of ['host-local', 'host-session', 'host-cookie', 'host-idb']) expect(storage).toContain(marker);
    const dom = await dumpHostDom(host);
    expect(dom).toContain('case-number');
    const form = await dumpHostForm(host);
    expect(form).toContain('"2"'); // the answer the adviser typed into the host form is there

    for (const [what, text] of [['storage', storage], ['DOM', dom], ['form', form]] as const) {
      expect(text, `note text found in host ${what}`).not.toContain(TOKEN);
      expect(text, `note tag found in host ${what}`).not.toContain('#safety');
    }
    // The extension's database is not the host's: the host origin has no database of ours.
    expect(await host.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))).toEqual(['host-db']);
  });

  it('ships no database code and no database name in the content script', async () => {
    const contentScript = await readFile(join(notes.extension.dir, 'content-scripts', 'content.js'), 'utf8');
    expect(contentScript).not.toContain('adviser-coach-notes');
    expect(contentScript).not.toMatch(/\bDexie\b/);
    expect(contentScript).not.toMatch(/indexedDB\s*\.\s*open/);
  });

  it('keeps what was typed when the panel closes mid-word', async () => {
    await panel.getByTestId('note-input').fill('');
    await panel.getByTestId('note-input').click();
    await panel.keyboard.type(HALF_TYPED, { delay: 10 });
    await panel.close(); // no pause: the autosave delay has not passed
    await host.waitForTimeout(300);

    panel = await openPanel(notes.browser, hostTab, 'case');
    await expect.poll(() => panel.getByTestId('note-input').inputValue()).toBe(HALF_TYPED);
    expect(await panel.getByTestId('note-text').allTextContents()).toEqual([NOTE]);
  });

  it('keeps an edit when the panel closes mid-edit', async () => {
    await panel.getByRole('button', { name: 'Edit' }).first().click();
    const edit = panel.getByTestId('note-edit');
    await edit.press('End');
    await panel.keyboard.type(' plus an edit', { delay: 10 });
    await panel.close();
    await host.waitForTimeout(300);
    panel = await openPanel(notes.browser, hostTab, 'case');
    await expect.poll(() => panel.getByTestId('note-text').allTextContents()).toEqual([`${NOTE} plus an edit`]);
  });

  it('survives reloading the extension', async () => {
    notes.control = await reloadExtension(notes.browser, notes.control);
    // storage.session went with the old extension instance: the case is reported again.
    await reportCaseFromTab(notes.control, hostTab);
    await expect.poll(async () => (await sessionStorageOfExtension(notes.control))[`case:${hostTab}`]).toMatch(/^c:/);
    panel = await openPanel(notes.browser, hostTab, 'case');
    await expect.poll(() => panel.getByTestId('note-text').allTextContents()).toEqual([`${NOTE} plus an edit`]);
    expect(await panel.getByTestId('note-input').inputValue()).toBe(HALF_TYPED);
  });

  it('survives restarting the browser with the same profile, and the same case finds it again', async () => {
    const caseKeyBefore = (await sessionStorageOfExtension(notes.control))[`case:${hostTab}`];
    await notes.browser.context.close();
    notes.browser = await launch(notes.extension.dir, notes.profile.dir);
    notes.control = await openControlPage(notes.browser);
    await openCase();
    expect((await sessionStorageOfExtension(notes.control))[`case:${hostTab}`]).toBe(caseKeyBefore);

    panel = await openPanel(notes.browser, hostTab, 'case');
    await expect.poll(() => panel.getByTestId('note-text').allTextContents()).toEqual([`${NOTE} plus an edit`]);
    expect(await panel.getByTestId('note-input').inputValue()).toBe(HALF_TYPED);
    await panel.getByTestId('notes-search').fill(TOKEN.slice(0, 8));
    await expect.poll(() => panel.getByTestId('notes-search-results').getByTestId('note-text').allTextContents()).toEqual([
      `${NOTE} plus an edit`,
    ]);
  });
});
