// The passphrase lock in real Chromium: while locked, nothing readable about a
// note is in IndexedDB (read through the API and as files on disk), and a wrong
// passphrase opens nothing.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dumpIndexedDb, extensionIndexedDbFiles, openDemoCase, openPanel, useNotesBrowser, writeNote } from './support/notes-pages';

const STAMP = Date.now().toString(36);
const BEFORE_LOCK = `plainbefore${STAMP}`;
const SEALED_NOTE = `sealednote${STAMP}`;
const SEALED_DRAFT = `sealeddraft${STAMP}`;
const PASSPHRASE = 'correct horse battery staple';
const NEW_PASSPHRASE = 'staple battery horse correct';
const OTHER_DRAFT = `otherwindow${STAMP}`;

const notes = useNotesBrowser();
let hostTab: number;
let panel: Page;

beforeAll(async () => {
  ({ hostTab } = await openDemoCase(notes, '2026-03981'));
});

async function openSettings(page: Page): Promise<void> {
  const details = page.locator('details.settings');
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator('summary').click();
}

describe('passphrase lock', () => {
  it('turns on with a plain statement of what it costs, and seals existing notes', async () => {
    panel = await openPanel(notes.browser, hostTab, 'case');
    await writeNote(panel, `Before the lock ${BEFORE_LOCK}`);
    // The disk check below can see plain text at all: this note is in the files now.
    await expect.poll(async () => (await extensionIndexedDbFiles(notes.profile.dir, notes.browser.extensionId)).includes(BEFORE_LOCK)).toBe(true);

    await openSettings(panel);
    await expect.poll(() => panel.locator('#lock-costs').textContent()).toMatch(/search waits until you unlock/);
    await panel.getByTestId('lock-passphrase').fill(PASSPHRASE);
    await panel.getByTestId('lock-passphrase-repeat').fill('a different one');
    await panel.getByRole('button', { name: 'Turn on the lock' }).click();
    await expect.poll(() => panel.getByRole('alert').textContent()).toBe('The two passphrases differ.');
    await panel.getByTestId('lock-passphrase-repeat').fill(PASSPHRASE);
    await panel.getByRole('button', { name: 'Turn on the lock' }).click();
    await expect.poll(() => panel.getByTestId('notes-status').textContent(), { timeout: 10_000 }).toBe(
      'Lock turned on. All notes are now encrypted.',
    );
    expect(await dumpIndexedDb(panel)).not.toContain(BEFORE_LOCK);
  });

  it('leaves nothing readable in IndexedDB once locked, in the API or in the files', async () => {
    await writeNote(panel, `Sealed from the start ${SEALED_NOTE} #custody`);
    await panel.getByTestId('note-input').fill(`Draft ${SEALED_DRAFT}`);
    await panel.waitForTimeout(300); // autosave of the (sealed) draft
    await panel.getByTestId('lock-now').click();
    await panel.getByTestId('unlock-passphrase').waitFor();
    expect(await panel.getByTestId('note').count()).toBe(0);
    expect(await panel.getByTestId('notes-search').count()).toBe(0); // search waits for unlock

    const dump = await dumpIndexedDb(panel);
    expect(dump).toContain('"sealed":{');
    for (const secret of [BEFORE_LOCK, SEALED_NOTE, SEALED_DRAFT, 'custody', 'Sealed from the start', 'Draft ']) {
      expect(dump, `${secret} readable through IndexedDB`).not.toContain(secret);
    }
    const files = await extensionIndexedDbFiles(notes.profile.dir, notes.browser.extensionId);
    for (const secret of [SEALED_NOTE, SEALED_DRAFT, 'custody']) expect(files, `${secret} in the database files`).not.toContain(secret);
    // Rows written before the lock was turned on are overwritten, but LevelDB may keep
    // the old bytes in its files until it compacts them; the settings say so.
    console.info(`Pre-lock text still in LevelDB files before compaction: ${files.includes(BEFORE_LOCK)}`);
  });

  it('opens nothing with a wrong passphrase, everything with the right one', async () => {
    await panel.getByTestId('unlock-passphrase').fill('wrong horse battery staple');
    await panel.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => panel.getByRole('alert').textContent(), { timeout: 10_000 }).toBe('Wrong passphrase.');
    expect(await panel.getByTestId('note').count()).toBe(0);

    await panel.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await panel.getByRole('button', { name: 'Unlock' }).click();
    await panel.getByTestId('note-input').waitFor({ timeout: 10_000 });
    await expect.poll(() => panel.getByTestId('note-text').allTextContents()).toEqual([
      `Sealed from the start ${SEALED_NOTE} #custody`,
      `Before the lock ${BEFORE_LOCK}`,
    ]);
    expect(await panel.getByTestId('note-input').inputValue()).toBe(`Draft ${SEALED_DRAFT}`);
  });

  it('searches after unlock, in memory', async () => {
    await panel.getByTestId('notes-search').fill(`sealedn`);
    await expect.poll(() => panel.getByTestId('notes-search-results').getByTestId('note-text').allTextContents()).toEqual([
      `Sealed from the start ${SEALED_NOTE} #custody`,
    ]);
    await expect.poll(() => panel.locator('#notes-search-hint').textContent()).toMatch(/reads every note after you unlock/);
  });

  it('is locked again in a newly opened panel: the key lives only in memory', async () => {
    await panel.close();
    panel = await openPanel(notes.browser, hostTab);
    await panel.getByTestId('unlock-passphrase').waitFor();
    expect(await panel.getByTestId('note-input').count()).toBe(0);
  });

  it('changes the passphrase from the keyboard; a panel in another window saves its typing and asks for the new one', async () => {
    await panel.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await panel.keyboard.press('Enter');
    await panel.getByTestId('note-input').waitFor({ timeout: 10_000 });
    // The same notes open in another window, with something typed and not yet saved.
    const other = await openPanel(notes.browser, hostTab);
    await other.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await other.keyboard.press('Enter');
    await other.getByTestId('note-input').waitFor({ timeout: 10_000 });
    await other.getByTestId('note-input').fill(`Typed elsewhere ${OTHER_DRAFT}`);

    await openSettings(panel);
    await panel.getByTestId('current-passphrase').fill('not the passphrase');
    await panel.getByTestId('changed-passphrase').fill(NEW_PASSPHRASE);
    await panel.getByTestId('changed-passphrase-repeat').fill(NEW_PASSPHRASE);
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.getByRole('alert').textContent(), { timeout: 10_000 }).toBe(
      'That is not the current passphrase. Nothing was changed.',
    );
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('current-passphrase');
    await panel.getByTestId('current-passphrase').fill(PASSPHRASE);
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.getByTestId('notes-status').textContent(), { timeout: 10_000 }).toBe(
      'Passphrase changed. Use the new one from now on.',
    );
    expect(await panel.getByTestId('current-passphrase').inputValue()).toBe('');

    await expect.poll(() => other.getByTestId('notes-status').textContent()).toMatch(/^The lock was changed in another window/);
    await other.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await other.keyboard.press('Enter');
    await expect.poll(() => other.getByRole('alert').textContent(), { timeout: 10_000 }).toBe('Wrong passphrase.');
    await other.getByTestId('unlock-passphrase').fill(NEW_PASSPHRASE);
    await other.keyboard.press('Enter');
    await other.getByTestId('note-input').waitFor({ timeout: 10_000 });
    expect(await other.getByTestId('note-input').inputValue()).toBe(`Typed elsewhere ${OTHER_DRAFT}`);
    await other.close();

    const dump = await dumpIndexedDb(panel);
    for (const secret of [SEALED_NOTE, OTHER_DRAFT, 'custody']) expect(dump, `${secret} readable through IndexedDB`).not.toContain(secret);
    await panel.getByTestId('lock-now').click();
    await panel.getByTestId('unlock-passphrase').waitFor();
  });

  it('turns off: notes back in plain text and in the search index', async () => {
    await panel.getByTestId('unlock-passphrase').fill(NEW_PASSPHRASE);
    await panel.getByRole('button', { name: 'Unlock' }).click();
    await panel.getByTestId('note-input').waitFor({ timeout: 10_000 });
    await openSettings(panel);
    await panel.getByRole('button', { name: /Turn off the lock/ }).click();
    await expect.poll(() => panel.getByTestId('notes-status').textContent()).toMatch(/^Lock turned off/);
    const dump = await dumpIndexedDb(panel);
    expect(dump).toContain(SEALED_NOTE);
    expect(dump).not.toContain('"sealed":{');
    await panel.getByTestId('notes-search').fill('cust');
    await expect.poll(() => panel.getByTestId('notes-search-results').getByTestId('note').count()).toBe(1);
  });
});
