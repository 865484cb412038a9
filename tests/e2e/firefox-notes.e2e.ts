// The notes in a real Firefox (firefox-esr over WebDriver BiDi): a note typed on the
// notes page (the page Firefox's sidebar shows) is saved and listed again after the
// page reloads. Firefox's WebDriver may not navigate to a `moz-extension:` page, so
// the browser-test build opens it in a tab itself when installed (background.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { extensionTab, FIREFOX_PAGES_EXTENSION_DIR, launchFirefoxWithExtension, until } from './support/firefox-session';

let firefox: Browser;
beforeAll(async () => {
  firefox = (await launchFirefoxWithExtension(FIREFOX_PAGES_EXTENSION_DIR)).browser;
}, 120_000);
afterAll(async () => {
  await firefox?.close();
});

const NOTE = 'Client prefers phone calls after 3 pm; ask about the rent letter.';
const NOTES_SHOWN = `JSON.stringify([...document.querySelectorAll('[data-testid=note]')].map((n) => n.textContent))`;

describe('Firefox notes (firefox-esr over WebDriver BiDi)', () => {
  it('a note typed in the notes page is saved and listed after a reload', async () => {
    const notes = await extensionTab(firefox, '/sidepanel.html');
    expect(notes.url).toMatch(/^moz-extension:\/\//);
    await until(() => notes.evaluate<boolean>(`!!document.querySelector('[data-testid=note-input]')`), 'the note box');
    expect(await notes.evaluate<number>(`document.querySelectorAll('[data-testid=note]').length`)).toBe(0);

    await notes.evaluate<boolean>(`(document.querySelector('[data-testid=note-input]').focus(), true)`);
    await notes.type(`${NOTE}\n`); // Enter saves
    await until(async () => (JSON.parse(await notes.evaluate<string>(NOTES_SHOWN)) as string[]).some((text) => text.includes(NOTE)), 'the saved note');
    expect(await notes.evaluate<string>(`document.querySelector('[data-testid=note-input]').value`)).toBe('');

    await notes.reload();
    const listed = await until(async () => {
      const texts = JSON.parse((await notes.evaluate<string>(NOTES_SHOWN).catch(() => '[]')) || '[]') as string[];
      return texts.length > 0 ? texts : null;
    }, 'the notes after the reload');
    expect(listed.filter((text) => text.includes(NOTE))).toHaveLength(1);
  });
});
