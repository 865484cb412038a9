// Firefox for real: answers typed in classic rich-text editors (the pages of
// rich-text-editors.e2e.ts). The page's own coach shows the question's card when the
// adviser moves into an editor's frame (about:blank in designMode; srcdoc with an
// editable body), and the disclosure typed there brings its follow-up, read from the
// editor before the page copies the text back. Focus stays in the editor.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { inOverlay, OVERLAY_CARD_ITEM as CARD_ITEM, until, useFirefoxSession } from './support/firefox-session';

const session = useFirefoxSession();
const FOLLOW_UPS = '(root) => [...root.querySelectorAll(".followup")].map((f) => f.getAttribute("data-item-id") + ":" + f.getAttribute("data-follow-up-id")).join(",")';

async function typeInEditor(page: Page, field: string, item: string, text: string, brings: string): Promise<void> {
  const frame = (await (await page.$(`[data-editor-for="${field}"] iframe`))!.contentFrame())!;
  await frame.click('body');
  expect(await until(async () => ((await inOverlay(page, CARD_ITEM)) === item ? 'shown' : null), `the card of ${item}`, 15_000)
    .catch(async () => `card: "${await inOverlay(page, CARD_ITEM)}"`)).toBe('shown');
  await page.keyboard.type(text, { delay: 5 });
  expect(await until(async () => ((await inOverlay(page, FOLLOW_UPS))?.includes(`${item}:${brings}`) ? 'raised' : null), `the follow-up ${brings}`, 15_000)
    .catch(async () => `follow-ups: "${await inOverlay(page, FOLLOW_UPS)}"`)).toBe('raised');
  // The editor kept the focus, and the page has not copied the text into its field.
  expect(await page.$eval(`[data-editor-for="${field}"] iframe`, (el) => el === document.activeElement)).toBe(true);
  expect(await frame.evaluate(() => document.hasFocus())).toBe(true);
}

describe('Firefox: an answer typed in a rich-text editor is heard', () => {
  it('a designMode frame and a srcdoc frame standing in for hidden, labelled textareas', async () => {
    const page = await session.firefox.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(`${session.server.origin}/editors/en.html`);
    await until(() => page.$('body[data-editors-ready]'), 'the editors built');
    await until(() => inOverlay(page, '(root) => root.querySelector(".coverage-toggle") ? "ready" : ""').then((r) => r === 'ready' && r), 'the page coached', 30_000);
    await typeInEditor(page, 'ctl00_Main_txaPsychological', 'psychological-health', 'Not good. Some nights I think about ending my life.', 'suicide-risk');
    expect(await page.$eval('#ctl00_Main_txaPsychological', (el) => (el as HTMLTextAreaElement).value)).toBe('');
    await typeInEditor(page, 'ctl00_Main_txaHealthComments', 'health-comments', 'Drinking a bottle of wine most nights to get to sleep.', 'substance-mentioned');
    await page.close();
  });
});
