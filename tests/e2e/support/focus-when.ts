// Where the focus is at the very moment something appears or goes on screen. A focus move
// that comes a frame or a task later (a plain effect, a timer, an awaited read) leaves a gap
// in which a key the adviser presses goes to the page; a test that reads the focus after
// waiting for the change cannot see that gap, so it may pass or fail by chance. A mutation
// observer runs right after the change, before any later task (a key press, the next frame).
import type { Page } from 'playwright-core';

/** What the focused element was: its id, its data-testid, its text (trimmed), or '' each. */
export interface FocusRecord {
  id: string;
  testId: string;
  text: string;
}

/**
 * Starts watching `page`: the first DOM change after which exactly `count` elements match
 * `selector` records where the focus is. Call it before the action; the returned reader gives
 * that record once the change has happened (it waits for it), e.g. `{ selector: '.row', count: 2 }`
 * for "a row of three went", `count: 1` for "it appeared", `count: 0` for "it went".
 */
export async function focusWhen(page: Page, selector: string, count: number): Promise<() => Promise<FocusRecord>> {
  const key = `focusWhen${Math.random().toString(36).slice(2)}`;
  await page.evaluate(
    ([selector, count, key]) => {
      const observer = new MutationObserver(() => {
        if (document.querySelectorAll(selector).length !== count) return;
        observer.disconnect();
        const el = document.activeElement;
        (window as unknown as Record<string, unknown>)[key] = {
          id: el?.id ?? '',
          testId: el?.getAttribute('data-testid') ?? '',
          text: el?.textContent?.trim() ?? '',
        };
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    },
    [selector, count, key] as const,
  );
  return async () => {
    const handle = await page.waitForFunction((key) => (window as unknown as Record<string, unknown>)[key], key);
    return (await handle.jsonValue()) as FocusRecord;
  };
}
