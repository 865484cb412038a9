// Pages that move things around: a modal <dialog> in the top layer, an app shell whose
// form scrolls in an inner pane, a right-to-left page, and a form library that renders
// the field anew on every keystroke. Each with a fixture of its own (fixtures/moving/).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';

const session = useExtensionSession();

interface Box { left: number; top: number; width: number; height: number }
const overlay = (page: Page) => page.locator('coach-overlay=host');
const DISCLOSURE = 'Not good. I have thought about how to take my life.';

async function open(path: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/moving/${path}`);
  await overlay(page).waitFor({ state: 'attached', timeout: 10_000 });
  return page;
}

async function box(page: Page, selector: string): Promise<Box> {
  const rect = await overlay(page).locator(selector).first().boundingBox();
  if (!rect) throw new Error(`no box for ${selector}`);
  return { left: rect.x, top: rect.y, width: rect.width, height: rect.height };
}

const hostBox = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  });

const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width && a.left + a.width > b.left && a.top < b.top + b.height && a.top + a.height > b.top;

/** What the page shows at a point (the overlay's element, retargeted, when it is on top). */
const elementAt = (page: Page, x: number, y: number) =>
  page.evaluate(([px, py]) => {
    const el = document.elementFromPoint(px!, py!);
    return el ? el.localName + (el.id ? `#${el.id}` : '') : null;
  }, [x, y]);

/** What the page shows at the middle of the follow-up dock's top: the overlay's element when the dock is on top. */
async function dockOnTop(page: Page) {
  const dock = await box(page, '.dock');
  return elementAt(page, dock.left + dock.width / 2, dock.top + 20);
}

/** dialog.html with its health dialog open and a disclosure typed in 3.4: the critical follow-up waits. */
async function followUpWaitingInDialog(page: Page) {
  await page.locator('#open-health').click();
  await page.locator('#dlg-psych').focus();
  await page.keyboard.type(DISCLOSURE, { delay: 2 });
  const followUp = overlay(page).locator('.followup').first();
  await followUp.waitFor({ timeout: 15_000 });
  return followUp;
}

describe('pages that move things around', () => {
  it('modal dialog (top layer): the card and the follow-up are shown above it and can be used; focus stays in the field', async () => {
    const page = await open('dialog.html');
    await page.locator('#open-health').click();
    await page.locator('#dlg-psych').focus();
    await overlay(page).locator('.card[data-item-id="psychological-health"]').waitFor();
    const card = await box(page, '.card-layer');
    expect(await elementAt(page, card.left + card.width / 2, card.top + 20)).toBe('div');

    await page.keyboard.type(DISCLOSURE, { delay: 2 });
    const followUp = overlay(page).locator('.followup').first();
    await followUp.waitFor({ timeout: 15_000 });
    const dock = await box(page, '.dock');
    expect(await elementAt(page, dock.left + dock.width / 2, dock.top + 20)).toBe('div');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dlg-psych');
    // Usable above a modal dialog: a real click acknowledges it.
    await followUp.locator('button.primary').click();
    await followUp.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (document.getElementById('health') as HTMLDialogElement).open)).toBe(true);
    await page.close();
  });

  // A follow-up waiting in the dock when the page's dialog closes must stay in sight, and the coach's
  // keys work at once: the overlay waits in an open modal dialog (outside it everything is inert) and
  // leaves it as the dialog closes, the way the case system closes it, not a task later.
  const CLOSINGS: Record<string, (page: Page) => Promise<void>> = {
    'its script (close())': (page) => page.evaluate(() => (document.getElementById('health') as HTMLDialogElement).close()),
    'its Close button (a form of method dialog)': (page) => page.locator('#health button[value="close"]').click(),
    'Escape': (page) => page.keyboard.press('Escape'),
  };
  for (const [how, close] of Object.entries(CLOSINGS)) {
    it(`modal dialog closed by ${how}: the overlay leaves it at once and the waiting follow-up stays in sight`, async () => {
      const page = await open('dialog.html');
      await followUpWaitingInDialog(page);
      // Where the overlay's element is when the page's own observer hears the dialog close
      // (the page sees the element, not inside it; the coach's observer was made first, so runs first).
      await page.evaluate(() => {
        const dialog = document.getElementById('health') as HTMLDialogElement;
        const where = () => (dialog.querySelector(':scope > div[popover]') ? 'in the dialog' : document.querySelector(':root > div[popover]') ? 'root' : 'elsewhere');
        (window as unknown as { overlayWhere: string }).overlayWhere = where();
        new MutationObserver(() => { (window as unknown as { overlayWhere: string }).overlayWhere = where(); }).observe(dialog, { attributeFilter: ['open'] });
      });
      expect(await page.evaluate(() => (window as unknown as { overlayWhere: string }).overlayWhere), 'waits in the open dialog').toBe('in the dialog');
      await close(page);
      expect(await page.evaluate(() => (document.getElementById('health') as HTMLDialogElement).open)).toBe(false);
      expect(await page.evaluate(() => (window as unknown as { overlayWhere: string }).overlayWhere), 'out as the dialog closed').toBe('root');
      // The left-to-ask list opens from the keyboard right away, focus inside it.
      await page.keyboard.press('Alt+Shift+L');
      await overlay(page).locator('#coverage-list').waitFor();
      await expect.poll(() => overlay(page).locator('.coverage-toggle').evaluate((button) => button.matches(':focus'))).toBe(true);
      // The follow-up still waits, on top and usable.
      expect(await dockOnTop(page)).toBe('div');
      await page.close();
    });
  }

  it('a modal dialog over a modal dialog: the follow-up stays on top and usable in each, and back in the first when the second closes', async () => {
    const page = await open('dialog.html');
    const followUp = await followUpWaitingInDialog(page);
    // The case system asks for a confirmation in a second modal dialog: the follow-up is shown above it.
    await page.locator('#discard').click();
    await expect.poll(() => dockOnTop(page)).toBe('div');
    // The confirmation closes, the first dialog is still open (and everything outside it inert):
    // the overlay is back in it, on top and usable: a real click acknowledges the follow-up.
    await page.locator('#confirm-discard button[value="keep"]').click();
    expect(await page.evaluate(() => [(document.getElementById('health') as HTMLDialogElement).open, (document.getElementById('confirm-discard') as HTMLDialogElement).open])).toEqual([true, false]);
    await expect.poll(() => page.evaluate(() => document.querySelector('#health > div[popover]') !== null), { message: 'in the dialog still open' }).toBe(true);
    expect(await dockOnTop(page)).toBe('div');
    await followUp.locator('button.primary').click();
    await followUp.waitFor({ state: 'detached' });
    await page.close();
  });

  it('inner scrolling pane: markers stay beside their fields as the pane scrolls, and go when their field scrolls out', async () => {
    const page = await open('pane.html');
    const marker = (itemId: string) => overlay(page).locator(`.marker[data-item-id="${itemId}"]`);
    await marker('physical-health').waitFor();
    const beside = async (itemId: string, selector: string) => {
      const field = await hostBox(page, selector);
      const dot = await box(page, `.marker[data-item-id="${itemId}"]`);
      return Math.abs(dot.top + dot.height / 2 - (field.top + field.height / 2)) < 6 && Math.abs(dot.left - (field.left + field.width)) < 12;
    };
    expect(await beside('physical-health', '#pn-phys')).toBe(true);

    await page.locator('#pane').evaluate((pane) => { pane.scrollTop = 560; });
    // The field has left the pane's visible part: no marker for it.
    await expect.poll(() => marker('physical-health').count()).toBe(0);
    await expect.poll(() => beside('alcohol', '#pn-alc')).toBe(true);
    await page.locator('#pane').evaluate((pane) => { pane.scrollTop = 0; });
    await expect.poll(() => beside('physical-health', '#pn-phys').catch(() => false)).toBe(true);
    await page.close();
  });

  it('right-to-left page: the card goes on the side away from the question, its text left to right (English)', async () => {
    const page = await open('rtl.html');
    for (const [id, itemId] of [['#rt-phys', 'physical-health'], ['#rt-psych', 'psychological-health'], ['#rt-alc', 'alcohol']]) {
      await page.locator(id!).focus();
      const card = overlay(page).locator(`.card[data-item-id="${itemId}"]`);
      await card.waitFor();
      expect(await card.getAttribute('dir')).toBe('ltr');
      await expect.poll(async () => {
        const placed = await box(page, '.card-layer');
        const label = await hostBox(page, `label[for="${id!.slice(1)}"]`);
        const field = await hostBox(page, id!);
        return !overlaps(placed, label) && !overlaps(placed, field) && placed.left + placed.width <= field.left;
      }).toBe(true);
    }
    await page.close();
  });

  it('a field re-created on every keystroke: the card stays while typing and the follow-up still comes', async () => {
    const page = await open('recreate.html');
    await page.locator('#rc-psych').focus();
    const card = overlay(page).locator('.card[data-item-id="psychological-health"]');
    await card.waitFor();
    let cardGone = 0;
    for (const char of DISCLOSURE) {
      await page.keyboard.type(char);
      if ((await card.count()) === 0) cardGone += 1;
    }
    expect(await page.locator('#rc-psych').inputValue()).toBe(DISCLOSURE);
    expect(cardGone).toBe(0);
    await overlay(page).locator('.followup').first().waitFor({ timeout: 15_000 });
    await page.close();
  });
});
