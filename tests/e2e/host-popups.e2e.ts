// The host page's own popup for the field the adviser is in stays usable: with the popup open, a hit test
// from the page (document.elementFromPoint) at the centre of every one of its options, days or buttons finds
// the host's element, never the coach's overlay; a real click there does what the page means it to (the
// field gets the value); once the popup has closed the card is back; focus never leaves the host field.
// Six kinds of popup, each on its own page and wider than its field: an ARIA combobox with its listbox at the
// end of <body>, hand-made suggestions without ARIA under the input, a calendar grid that opens on focus, a
// select replacement whose fixed list opens above the field near the bottom of the window (naming no list),
// a select replacement in Select2's manner (its list positioned inside a container a line high), and a
// validation bubble beside the field. At three window sizes.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { settledBox } from './support/boxes';
import { card } from './support/coaching-fixtures';
import { useExtensionSession } from './support/extension-session';
import { OVERLAY_HOST_SELECTOR } from './support/host-probes';

const session = useExtensionSession();

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
  { width: 820, height: 600 },
];

interface PopupPage {
  kind: string;
  path: string;
  field: string;
  itemId: string;
  /** After the field got focus by a click: what the adviser does to open the popup (nothing when focus opens it). */
  open(page: Page): Promise<void>;
  /** The popup's clickable parts; the one at `choose` is clicked to close it, then the field holds `chosen`. */
  clickables: string;
  choose: number;
  chosen: RegExp;
  /** What the field holds after the choice; default its input value (a select replacement shows it in its own text). */
  value?(page: Page): Promise<string>;
  /** Before the field is clicked (the field near the bottom of the window). */
  prepare?(page: Page): Promise<void>;
}

const PAGES: PopupPage[] = [
  {
    kind: 'ARIA combobox and listbox', path: '/popups/combobox.html', field: '#c-swedish', itemId: 'swedish-level',
    open: (page) => page.keyboard.press('ArrowDown'),
    clickables: '#sw-levels [role=option]', choose: 3, chosen: /^Fluent in most situations$/,
  },
  {
    kind: 'suggestions without ARIA', path: '/popups/typeahead.html', field: '#t-edu', itemId: 'education',
    open: (page) => page.keyboard.type('u'),
    clickables: '.hints > div', choose: 2, chosen: /^Upper secondary, academic$/,
  },
  {
    kind: 'calendar opened by focus', path: '/popups/datepicker.html', field: '#n-next', itemId: 'next-contact',
    open: async () => {},
    clickables: '.cal button', choose: 16, chosen: /^2027-03-15$/,
  },
  {
    kind: 'list above the field near the window bottom', path: '/popups/above.html', field: '#h-now', itemId: 'housing',
    prepare: (page) => page.evaluate(() => {
      const box = document.getElementById('h-now')!.getBoundingClientRect();
      window.scrollBy(0, box.bottom - (innerHeight - 50));
    }),
    open: async () => {}, // the page's click handler opens it
    clickables: '.choices li', choose: 1, chosen: /^Sublet, first hand contract missing$/,
  },
  {
    // Select2's manner: the list is positioned inside a container positioned on the page, itself only a line high.
    kind: 'select replacement whose list sits inside a container a line high', path: '/popups/container.html', field: '#h-picker', itemId: 'housing',
    open: (page) => page.keyboard.press('ArrowDown'),
    clickables: '#h-kind-results [role=option]', choose: 2, chosen: /^Living with relatives$/,
    value: (page) => page.locator('#h-shown').innerText(),
  },
  {
    kind: 'validation bubble', path: '/popups/bubble.html', field: '#m-rent', itemId: 'rent',
    open: (page) => page.keyboard.type('6400 kr'),
    clickables: '.bubble, .bubble p, .bubble button', choose: 2, chosen: /^6400$/,
  },
];

/** Centres of the popup's clickable parts where the page's own element is not what a click there would hit. */
function coveredCentres(page: Page, selector: string): Promise<{ checked: number; covered: string[] }> {
  return page.evaluate(({ selector, overlay }) => {
    const covered: string[] = [];
    let checked = 0;
    for (const element of document.querySelectorAll(selector)) {
      const box = element.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      checked++;
      const hit = document.elementFromPoint(x, y);
      if (hit === element || element.contains(hit)) continue;
      const what = hit?.matches(overlay) ? 'the coach overlay' : hit?.tagName ?? 'nothing';
      covered.push(`"${element.textContent?.trim().slice(0, 20)}" at ${Math.round(x)},${Math.round(y)}: ${what}`);
    }
    return { checked, covered };
  }, { selector, overlay: OVERLAY_HOST_SELECTOR });
}

/** Counts every time focus leaves the field, from now on (recorded in the page, so no gap is missed). */
const countBlurs = (page: Page, field: string) =>
  page.evaluate((sel) => {
    const w = window as unknown as { blurs: number };
    w.blurs = 0;
    document.querySelector(sel)!.addEventListener('blur', () => w.blurs++);
  }, field);
const blurs = (page: Page) => page.evaluate(() => (window as unknown as { blurs: number }).blurs);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('the host page\'s own popup for the focused field', () => {
  for (const popup of PAGES) {
    it(`is never under the coach's card: ${popup.kind}`, async () => {
      const problems: string[] = [];
      const page = await session.browser.context.newPage();
      try {
        for (const size of SIZES) {
          const where = `${size.width}×${size.height}`;
          await page.setViewportSize(size);
          await page.goto(`${session.server.origin}${popup.path}`);
          await page.locator('coach-overlay=host').waitFor({ state: 'attached' });
          await popup.prepare?.(page);
          // Into the field as the adviser does: its card comes up beside it.
          await page.locator(popup.field).click();
          await countBlurs(page, popup.field);
          await card(page, popup.itemId).waitFor({ state: 'attached', timeout: 10_000 });
          await popup.open(page);
          const parts = page.locator(popup.clickables);
          await parts.first().waitFor({ state: 'visible' });
          await settledBox(page.locator('coach-overlay=host >> .card-layer'));

          const { checked, covered } = await coveredCentres(page, popup.clickables);
          if (checked < 3) problems.push(`${where}: only ${checked} of the popup's parts in the window`);
          if (covered.length) problems.push(`${where}: covered ${covered.slice(0, 3).join('; ')} (${covered.length} of ${checked})`);

          // The adviser picks one: the click reaches the page, which fills the field and closes the popup.
          const target = await parts.nth(popup.choose).boundingBox();
          if (!target) throw new Error(`${where}: no box for the option to choose`);
          await page.mouse.click(target.x + target.width / 2, target.y + target.height / 2);
          await parts.first().waitFor({ state: 'hidden', timeout: 15_000 }).catch(() => problems.push(`${where}: the popup stayed open`));
          const value = await (popup.value ? popup.value(page) : page.locator(popup.field).inputValue());
          if (!popup.chosen.test(value)) problems.push(`${where}: the click chose nothing (field holds "${value}")`);

          // The popup gone, the card is back in sight; focus never left the field.
          await card(page, popup.itemId).waitFor({ state: 'visible', timeout: 15_000 }).catch(() => problems.push(`${where}: the card did not come back`));
          const id = await focusedId(page);
          const left = await blurs(page);
          if (id !== popup.field.slice(1) || left > 0) problems.push(`${where}: focus left the field (now on "${id}", ${left} blur(s))`);
        }
      } finally {
        await page.close();
      }
      expect(problems).toEqual([]);
    });
  }
});
