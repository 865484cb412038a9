// The side panel in real Chromium, used from the keyboard: quick capture, the item
// the adviser is on, edit, pin, delete with undo, search, retention, export and
// import, and deleting everything.
// Each test starts on a panel opened anew with no notes and the retention at its default
// (reset with the panel's own "Delete everything" and retention setting), and writes from the
// keyboard the notes it needs: one browser for the file, no test living on another's notes.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDemoCase, openPanel, useNotesBrowser } from './support/notes-pages';
import { focusWhen } from './support/focus-when';

const DAY = 86_400_000;
const ITEM = { packId: 'adviser-coach.social-assistance-ia', itemId: 'ia.1.7', title: { en: 'How are you psychologically?', sv: 'Hur mår du psykiskt?' } };

const notes = useNotesBrowser();
let hostTab: number;
let panel: Page;

const texts = () => panel.getByTestId('note-list').getByTestId('note-text').allTextContents();
const status = () => panel.getByTestId('notes-status').textContent();
const focusedId = () => panel.evaluate(() => document.activeElement?.id ?? '');

const LINKED = 'Three attempts this year.\nAgreed to call the health centre #safety';
const INTERPRETER = 'Interpreter needed next time (Tigrinya)';
const BOOKED = `${INTERPRETER} – booked`;

beforeAll(async () => {
  ({ hostTab } = await openDemoCase(notes, '2026-04102'));
  // What the overlay writes when the adviser is on a question.
  await notes.control.evaluate(([tabId, item]) => chrome.storage.session.set({ [`focus:${tabId}`]: item }), [hostTab, ITEM] as const);
});

beforeEach(async () => {
  await panel?.close();
  // Through the panel itself: every note deleted, the retention back at its default (30 days).
  const reset = await openPanel(notes.browser, hostTab, 'case');
  await reset.locator('details.settings summary').press('Enter');
  await reset.getByTestId('retention-days').selectOption('30');
  await reset.getByTestId('delete-all').press('Enter');
  await reset.getByTestId('delete-all-confirm').press('Enter');
  await expect.poll(() => reset.getByTestId('notes-status').textContent()).toBe('All notes deleted.');
  await reset.close();
  panel = await openPanel(notes.browser, hostTab, 'case');
});

/** Write `text` from the keyboard (lines with Shift+Enter), about the question the adviser is on when `linked`. */
async function writeFromKeyboard(text: string, linked: boolean): Promise<void> {
  const toggle = panel.getByTestId('note-link-toggle');
  if ((await toggle.isChecked()) !== linked) await toggle.press('Space');
  await expect.poll(() => toggle.isChecked()).toBe(linked);
  const count = await panel.getByTestId('note-list').getByTestId('note-text').count();
  await panel.getByTestId('note-input').focus();
  const [first, ...rest] = text.split('\n');
  await panel.keyboard.insertText(first!);
  for (const line of rest) {
    await panel.keyboard.press('Shift+Enter');
    await panel.keyboard.insertText(line);
  }
  await panel.keyboard.press('Enter');
  await expect.poll(async () => (await texts()).length).toBe(count + 1);
}

/** The two notes most tests work on: the one about the question, pinned to the top, and `second` after it. */
async function twoNotes(second = INTERPRETER): Promise<void> {
  await writeFromKeyboard(LINKED, true);
  await writeFromKeyboard(second, false);
  await panel.getByTestId('note').nth(1).getByRole('button', { name: 'Pin to top' }).press('Enter');
  await expect.poll(texts).toEqual([LINKED, second]);
}

describe('side panel notes', () => {
  it('labels every control', async () => {
    const unlabelled = await panel.evaluate(() =>
      Array.from(document.querySelectorAll('input, textarea, select, button'))
        .filter((el) => {
          const labelled = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
          return !labelled && !(el instanceof HTMLButtonElement && el.textContent?.trim());
        })
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
  });

  it('focuses the note box when the keyboard command asks', async () => {
    const windowId = await notes.control.evaluate(async (tabId) => (await chrome.tabs.get(tabId)).windowId, hostTab);
    await notes.control.evaluate((windowId) => chrome.storage.session.set({ 'notes:focus-request': { windowId, at: Date.now() } }), windowId);
    await expect.poll(focusedId).toBe('note-input');
  });

  it('saves with Enter, adds a line with Shift+Enter, links the question the adviser is on when asked', async () => {
    // Not linked by default: the adviser asks for it.
    await expect.poll(() => panel.getByTestId('note-link-toggle').isChecked()).toBe(false);
    await panel.getByTestId('note-link-toggle').press('Space');
    await expect.poll(() => panel.getByTestId('note-link-toggle').isChecked()).toBe(true);
    await panel.getByTestId('note-input').focus();
    await panel.keyboard.type('Three attempts this year.');
    await panel.keyboard.press('Shift+Enter');
    await panel.keyboard.type('Agreed to call the health centre #safety');
    await panel.keyboard.press('Enter');
    await expect.poll(texts).toEqual(['Three attempts this year.\nAgreed to call the health centre #safety']);
    expect(await status()).toBe('Note saved.');
    expect(await panel.getByTestId('note-about').textContent()).toBe('About: How are you psychologically?');
    expect(await panel.getByTestId('note-input').inputValue()).toBe('');
    expect(await focusedId()).toBe('note-input'); // ready for the next note
    const expected = await panel.evaluate((ms) => new Intl.DateTimeFormat(navigator.language, { dateStyle: 'medium' }).format(ms), Date.now() + 30 * DAY);
    expect(await panel.getByTestId('note-expires').textContent()).toBe(`deleted automatically on ${expected}`);
  });

  it('puts pinned notes first', async () => {
    await writeFromKeyboard(LINKED, true);
    await expect.poll(() => panel.getByTestId('note-link-toggle').isChecked()).toBe(true);
    await panel.getByTestId('note-link-toggle').press('Space'); // unlink: this one is not about the question
    await panel.getByTestId('note-input').focus();
    await panel.keyboard.type('Interpreter needed next time (Tigrinya)');
    await panel.keyboard.press('Enter');
    await expect.poll(texts).toEqual(['Interpreter needed next time (Tigrinya)', 'Three attempts this year.\nAgreed to call the health centre #safety']);
    const older = panel.getByTestId('note').nth(1);
    await older.getByRole('button', { name: 'Pin to top' }).press('Enter');
    await expect.poll(texts).toEqual(['Three attempts this year.\nAgreed to call the health centre #safety', 'Interpreter needed next time (Tigrinya)']);
    expect(await panel.getByTestId('note').first().getByRole('button', { name: 'Pin to top' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('edits with the keyboard: Enter keeps the change, Escape undoes it', async () => {
    await twoNotes();
    const second = panel.getByTestId('note').nth(1);
    await second.getByRole('button', { name: 'Edit' }).press('Enter');
    await expect.poll(focusedId).toMatch(/^edit-/);
    await panel.keyboard.press('End');
    await panel.keyboard.type(' – booked');
    // The focus back where it was, in the moment the edit box goes (not a moment later, on nothing).
    const focusWhenDone = await focusWhen(panel, '[data-testid=note-edit]', 0);
    await panel.keyboard.press('Enter');
    await expect.poll(texts).toContain('Interpreter needed next time (Tigrinya) – booked');
    expect((await focusWhenDone()).text).toBe('Edit');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Edit');

    await panel.getByTestId('note').nth(1).getByRole('button', { name: 'Edit' }).press('Enter');
    // Typed only once the edit box has the focus: on a busy machine it opens a moment after the key.
    await expect.poll(focusedId).toMatch(/^edit-/);
    await panel.keyboard.press('End');
    await panel.keyboard.type(' (mistake)');
    const focusWhenUndone = await focusWhen(panel, '[data-testid=note-edit]', 0);
    await panel.keyboard.press('Escape');
    await expect.poll(texts).toContain('Interpreter needed next time (Tigrinya) – booked');
    expect((await focusWhenUndone()).text).toBe('Edit');
  });

  it('deletes with undo, announced in a live region, focus on Undo', async () => {
    await twoNotes(BOOKED);
    // Undo has the focus from the moment it shows.
    const focusWhenUndo = await focusWhen(panel, '[data-testid=notes-undo]', 1);
    await panel.getByTestId('note').nth(1).getByTestId('note-delete').press('Enter');
    await expect.poll(texts).toEqual(['Three attempts this year.\nAgreed to call the health centre #safety']);
    await expect.poll(status).toBe('Note deleted.');
    expect(await panel.getByTestId('notes-status').getAttribute('role')).toBe('status');
    expect((await focusWhenUndo()).testId).toBe('notes-undo');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('notes-undo');
    await panel.keyboard.press('Enter');
    await expect.poll(texts).toHaveLength(2);
    expect(await status()).toBe('Note restored.');
  });

  it('shows focus visibly', async () => {
    await panel.getByTestId('note-input').focus();
    await panel.keyboard.press('Tab');
    const outline = await panel.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it('searches all notes by word prefix', async () => {
    await twoNotes(BOOKED);
    await panel.getByTestId('notes-search').fill('tigr');
    await expect.poll(() => panel.getByTestId('notes-search-results').getByTestId('note-text').allTextContents()).toEqual([
      'Interpreter needed next time (Tigrinya) – booked',
    ]);
    expect(await panel.getByTestId('notes-search-count').textContent()).toBe('Matches: 1');
    await panel.getByTestId('notes-search').fill('health cent');
    await expect.poll(() => panel.getByTestId('notes-search-results').getByTestId('note').count()).toBe(1);
    await panel.getByTestId('notes-search').fill('ealth');
    await expect.poll(() => panel.getByTestId('notes-search-count').textContent()).toBe('No notes match.');
    await panel.getByTestId('notes-search').press('Escape');
    await expect.poll(() => panel.getByTestId('note-list').count()).toBe(1);
  });

  it('lets the adviser shorten retention; every note shows its new date', async () => {
    await twoNotes(BOOKED);
    await panel.locator('details.settings summary').press('Enter');
    await panel.getByTestId('retention-days').selectOption('7');
    await expect.poll(status).toBe('Notes are now kept for 7 days.');
    expect(await panel.getByTestId('retention-summary').textContent()).toMatch(/7 days after it was written/);
    const day = (n: number) => panel.evaluate((ms) => new Intl.DateTimeFormat(navigator.language, { dateStyle: 'medium' }).format(ms), Date.now() + n * DAY);
    await expect.poll(() => panel.getByTestId('note-expires').allTextContents()).toEqual([
      `deleted automatically on ${await day(7)}`,
      `deleted automatically on ${await day(7)}`,
    ]);
    expect(await panel.getByTestId('retention-days').locator('option').allTextContents()).not.toContain('60 days'); // not above the limit
  });

  it('exports JSON and Markdown on request, and imports without duplicates', async () => {
    await twoNotes(BOOKED);
    await panel.locator('details.settings summary').press('Enter'); // where export, import and deleting everything are
    const [json] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-json').click()]);
    const exported = JSON.parse(await readFile((await json.path())!, 'utf8'));
    expect(exported.format).toBe('adviser-coach-notes');
    expect(exported.notes).toHaveLength(2);
    expect(JSON.stringify(exported)).not.toContain('2026-04102');

    const [markdown] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-markdown').click()]);
    const md = await readFile((await markdown.path())!, 'utf8');
    expect(md).toContain('# Private adviser notes');
    expect(md).toContain('*About: How are you psychologically?*');
    expect(md).toContain('> Three attempts this year.\n> Agreed to call the health centre #safety');

    await panel.getByTestId('notes-import').setInputFiles((await json.path())!);
    await expect.poll(() => panel.getByTestId('import-result').textContent()).toBe(
      'Imported: 0 new, 0 updated, 2 already here, 0 skipped (past the retention time or unreadable).',
    );
    await expect.poll(texts).toHaveLength(2);

    await panel.getByTestId('delete-all').click();
    await panel.getByTestId('delete-all-confirm').click();
    await expect.poll(texts).toEqual([]);
    await panel.getByTestId('notes-import').setInputFiles((await json.path())!);
    await expect.poll(() => panel.getByTestId('import-result').textContent()).toMatch(/^Imported: 2 new/);
    await expect.poll(texts).toHaveLength(2);
  });

  it('deletes everything with one confirmed action; Cancel is the focused choice', async () => {
    await twoNotes(BOOKED);
    await panel.locator('details.settings summary').press('Enter');
    await panel.getByTestId('delete-all').press('Enter');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent), { timeout: 10_000 }).toBe('Cancel'); // once the notes are counted
    expect(await panel.locator('#delete-all-question').textContent()).toMatch(/^Delete every note \(2 in all\)/);
    // Cancel, and after the deletion: back on the button that asked, in the moment it is drawn again.
    const focusWhenCancelled = await focusWhen(panel, '[data-testid=delete-all]', 1);
    await panel.keyboard.press('Enter'); // Cancel
    expect((await focusWhenCancelled()).testId).toBe('delete-all');
    expect(await texts()).toHaveLength(2);
    await panel.getByTestId('delete-all').press('Enter');
    const focusWhenDeleted = await focusWhen(panel, '[data-testid=delete-all]', 1);
    await panel.getByTestId('delete-all-confirm').press('Enter');
    await expect.poll(status).toBe('All notes deleted.');
    await expect.poll(texts).toEqual([]);
    expect((await focusWhenDeleted()).testId).toBe('delete-all');
    expect(await panel.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))).toEqual(['adviser-coach-notes']);
  });
});
