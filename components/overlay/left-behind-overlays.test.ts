// @vitest-environment happy-dom
// A new copy of the coach takes away the container an earlier copy left in the page
// (Firefox unloads an updated extension's scripts with no chance to clean up), and
// nothing else: not its own, not a page's popover or a look-alike with other attributes.
import { afterEach, describe, expect, it } from 'vitest';
import { mountOverlay, removeLeftBehindOverlays } from './mount-overlay';

afterEach(() => {
  for (const element of [...document.documentElement.children]) if (element.localName === 'div') element.remove();
});

/** A container as an earlier copy of the script made it: same markup, another copy's registry. */
function leftBehind(): HTMLElement {
  const mine = mountOverlay(document);
  const copy = mine.host.cloneNode() as HTMLElement;
  copy.attachShadow({ mode: 'closed' });
  mine.remove();
  document.documentElement.append(copy);
  return copy;
}

describe('removeLeftBehindOverlays', () => {
  it('removes an earlier copy\'s container and keeps this copy\'s own', () => {
    const old = leftBehind();
    const own = mountOverlay(document);
    expect(removeLeftBehindOverlays(document)).toBe(1);
    expect(old.isConnected).toBe(false);
    expect(own.host.isConnected).toBe(true);
    own.remove();
  });

  it('leaves the page\'s own elements alone, even a popover at the root with an open shadow root or other attributes', () => {
    const style = leftBehind().getAttribute('style')!;
    removeLeftBehindOverlays(document);
    const popover = document.createElement('div');
    popover.setAttribute('popover', 'manual');
    document.documentElement.append(popover);
    const open = document.createElement('div');
    open.setAttribute('style', style);
    open.attachShadow({ mode: 'open' });
    document.documentElement.append(open);
    const marked = document.createElement('div');
    marked.setAttribute('style', style);
    marked.setAttribute('data-widget', 'chat');
    marked.attachShadow({ mode: 'closed' });
    document.documentElement.append(marked);
    const inBody = leftBehind();
    document.body.append(inBody);
    expect(removeLeftBehindOverlays(document)).toBe(0);
    for (const element of [popover, open, marked, inBody]) expect(element.isConnected).toBe(true);
  });
});
