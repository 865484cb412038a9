// Answers typed in classic rich-text editors, with the default packs (en, sv: the
// social-assistance assessment; nb: the work-focused interview). Each editor hides the
// labelled <textarea> (or text input) and shows an editable stand-in where it was
// (tests/e2e/fixtures/editors/rich-text.js): an about:blank frame in designMode, an
// about:blank frame whose body is contenteditable, a srcdoc frame, a contenteditable div;
// wrapped after or before the field, straight after it in a block shared with another
// editor, laid over its place from the end of <body>, or rebuilt from a toolbar button.
// Moving into the editor shows its question's card beside the editor, focus stays in the
// editor, and a disclosure typed there brings its follow-up though the page has not copied
// the text back into its field. An editable frame tied to no field, and a read-only frame
// beside an editor, are no question's field. The adviser's actions are the test's; the
// extension only reads.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import { settleFirstRun } from './support/detection-harness';
import { coachReady } from './support/coaching-session';
import { boxOf, overlaps, settledBox } from './support/boxes';

const session = useExtensionSession();
beforeAll(() => settleFirstRun(session.browser));

const overlay = (page: Page) => page.locator('coach-overlay=host');
const card = (page: Page, item: string) => overlay(page).locator(`.card[data-item-id="${item}"]`);
const followUp = (page: Page, item: string, id: string) => overlay(page).locator(`.followup[data-item-id="${item}"][data-follow-up-id="${id}"]`);

interface EditorCase {
  /** The hidden field's id: its editor is the one rich-text.js made for it. */
  field: string;
  item: string;
  surface: 'frame' | 'div';
  disclosure: string;
  brings: string;
  /** Typed first, then the editor's toolbar button of this name rebuilds its frame, then the disclosure. */
  rebuild?: { before: string; button: string };
  /** The page never copies the text back while the adviser types (copies on submit, or never). */
  fieldStaysEmpty: boolean;
}

const PAGES: Record<'en' | 'sv' | 'nb', { path: string; editors: EditorCase[] }> = {
  en: {
    path: 'editors/en.html',
    editors: [
      { field: 'ctl00_Main_txaPsychological', item: 'psychological-health', surface: 'frame', disclosure: 'Not good. Some nights I think about ending my life.', brings: 'suicide-risk', fieldStaysEmpty: true },
      { field: 'ctl00_Main_txaHealthComments', item: 'health-comments', surface: 'frame', disclosure: 'Drinking a bottle of wine most nights to get to sleep.', brings: 'substance-mentioned', fieldStaysEmpty: false },
      { field: 'ctl00_Main_txaSupportNeeded', item: 'support-needed', surface: 'div', disclosure: 'My partner hits me when he is angry.', brings: 'violence-mentioned', fieldStaysEmpty: true },
    ],
  },
  sv: {
    path: 'editors/sv.html',
    editors: [
      { field: 'psykiskt', item: 'psychological-health', surface: 'frame', disclosure: 'Dåligt. Jag har tänkt på att ta livet av mig.', brings: 'suicide-risk', fieldStaysEmpty: true },
      { field: 'halsa', item: 'health-comments', surface: 'frame', rebuild: { before: 'Ont i ryggen.', button: 'Rensa format' }, disclosure: ' Har tänkt på att ta mitt liv ibland.', brings: 'suicide-risk', fieldStaysEmpty: true },
      { field: 'stod', item: 'support-needed', surface: 'frame', disclosure: 'Exmaken misshandlade mig i juni.', brings: 'violence-mentioned', fieldStaysEmpty: false },
    ],
  },
  nb: {
    path: 'work-focused/editors-nb.html',
    editors: [
      { field: 'endringer', item: 'changes-since-last', surface: 'frame', rebuild: { before: 'Flyttet til søsteren min i mars.', button: 'Fjern formatering' }, disclosure: ' Jeg har tenkt på å ta livet mitt den siste tiden.', brings: 'crisis', fieldStaysEmpty: true },
      { field: 'hindringer', item: 'barriers', surface: 'div', disclosure: 'Jeg har tenkt på å ta livet mitt i det siste.', brings: 'crisis', fieldStaysEmpty: true },
    ],
  },
};

async function open(path: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${session.server.origin}/${path}`);
  await page.locator('body[data-editors-ready]').waitFor();
  await coachReady(page);
  return page;
}

/** The element the adviser types in for `field`: its editor's frame, or its editable div. */
const surfaceOf = (page: Page, { field, surface }: Pick<EditorCase, 'field' | 'surface'>): Locator =>
  page.locator(`[data-editor-for="${field}"] ${surface === 'frame' ? 'iframe' : '.rte-div'}`);

/** Whether the adviser's focus is in the editor: its frame is the page's focused element and its document has focus, or the div is focused. */
async function focusInEditor(page: Page, editor: Pick<EditorCase, 'field' | 'surface'>): Promise<boolean> {
  const surface = surfaceOf(page, editor);
  const focused = await surface.evaluate((el) => el === document.activeElement);
  if (!focused || editor.surface === 'div') return focused;
  return page.frameLocator(`[data-editor-for="${editor.field}"] iframe`).locator('body').evaluate(() => document.hasFocus());
}

async function clickInto(page: Page, editor: Pick<EditorCase, 'field' | 'surface'>) {
  if (editor.surface === 'div') await surfaceOf(page, editor).click();
  else await page.frameLocator(`[data-editor-for="${editor.field}"] iframe`).locator('body').click();
}

/** The card for the editor's question: in the page, beside the editor (not over it), near it. */
async function expectCardBesideEditor(page: Page, editor: EditorCase) {
  await card(page, editor.item).waitFor({ timeout: 15_000 });
  const cardBox = await settledBox(overlay(page).locator('.card-layer'));
  const editorBox = await boxOf(surfaceOf(page, editor));
  expect(overlaps(cardBox, editorBox), `card ${JSON.stringify(cardBox)} over the editor ${JSON.stringify(editorBox)}`).toBe(false);
  // Placed by the editor's box (the hidden field has none), so near it.
  expect(Math.abs(cardBox.top - editorBox.top), `card ${JSON.stringify(cardBox)} near the editor ${JSON.stringify(editorBox)}`).toBeLessThan(300);
}

for (const [language, { path, editors }] of Object.entries(PAGES)) {
  describe(`${language}: an answer typed in a rich-text editor is heard`, () => {
    for (const editor of editors) {
      const how = editor.rebuild ? `, also after the editor rebuilds its frame ("${editor.rebuild.button}")` : '';
      it(`${path} #${editor.field} (${editor.surface}): the card of ${editor.item} beside the editor, focus kept, the disclosure brings ${editor.brings}${how}`, async () => {
        const page = await open(path);
        await clickInto(page, editor);
        await expectCardBesideEditor(page, editor);
        expect(await focusInEditor(page, editor), 'focus stays in the editor').toBe(true);
        if (editor.rebuild) {
          await page.keyboard.type(editor.rebuild.before);
          await page.getByRole('button', { name: editor.rebuild.button }).click();
          // The editor threw its frame away and focused the new one, with the text carried over.
          await expect.poll(() => focusInEditor(page, editor)).toBe(true);
          await expect.poll(() => page.frameLocator(`[data-editor-for="${editor.field}"] iframe`).locator('body').innerText()).toContain(editor.rebuild.before);
          await expectCardBesideEditor(page, editor);
        }
        await page.keyboard.type(editor.disclosure);
        await followUp(page, editor.item, editor.brings).waitFor({ timeout: 15_000 });
        expect(await focusInEditor(page, editor), 'focus stays in the editor after the follow-up').toBe(true);
        // Heard from the editor itself: the page has not copied the text into its field.
        if (editor.fieldStaysEmpty) expect(await page.locator(`#${editor.field}`).inputValue()).toBe('');
        await page.close();
      });
    }
  });
}

describe('frames that stand in for no field', () => {
  it('an editable scratch pad tied to no field, and a read-only help frame beside an editor, show no question\'s card and hear nothing', async () => {
    const page = await open('editors/en.html');
    const psych: EditorCase = PAGES.en.editors[0]!;
    await clickInto(page, psych);
    await expectCardBesideEditor(page, psych);

    // The scratch pad: an editable frame in a block of its own, no hidden field beside it.
    await page.frameLocator('#scratch iframe').locator('body').click();
    await expect.poll(() => overlay(page).locator('.card').count()).toBe(0);
    await page.keyboard.type('Some nights I think about ending my life.');

    // The help frame beside the 4.7 editor: not editable, so no stand-in for the field.
    await clickInto(page, psych);
    await expectCardBesideEditor(page, psych);
    await page.frameLocator('iframe.help').locator('body').click();
    await expect.poll(() => overlay(page).locator('.card').count()).toBe(0);

    // A harmless answer in the 3.4 editor, heard (its check-in-free reading is the sync point):
    // nothing typed in the scratch pad raised a follow-up for any question.
    await clickInto(page, psych);
    await page.keyboard.type('Fairly well, a bit tired after the move.');
    await expectCardBesideEditor(page, psych);
    await expect.poll(() => page.frameLocator('[data-editor-for="ctl00_Main_txaPsychological"] iframe').locator('body').innerText()).toContain('tired');
    await page.keyboard.press('Alt+Shift+L');
    const list = overlay(page).locator('#coverage-list');
    await list.waitFor();
    await expect.poll(() => list.locator('li[data-item-id="psychological-health"]').getAttribute('data-state')).toBe('answered');
    await page.keyboard.press('Escape');
    expect(await overlay(page).locator('.followup').count()).toBe(0);
    await page.close();
  });
});
