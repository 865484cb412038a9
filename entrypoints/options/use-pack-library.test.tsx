// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setPackEnabled, summaryOf, writePackLibrary } from '../../rules/pack-store';
import { compiledPack } from '../../rules/test-packs';
import { usePackLibrary, type PackLibraryView } from './use-pack-library';

/** Mount the hook; `view()` is what it last gave. */
async function mounted(): Promise<{ view(): PackLibraryView | undefined }> {
  let last: PackLibraryView | undefined;
  function Probe() {
    last = usePackLibrary();
    return null;
  }
  await act(async () => render(<Probe />, document.body.appendChild(document.createElement('div'))));
  await vi.waitFor(() => expect(last).toBeDefined());
  return { view: () => last };
}

/** The storage keys read while `change` runs (by the writer too) and the page catches up with it. */
async function keysReadDuring(change: () => Promise<void>, settled: () => boolean): Promise<string[]> {
  const get = vi.spyOn(browser.storage.local, 'get');
  await act(change);
  await vi.waitFor(() => expect(settled()).toBe(true));
  const keys = get.mock.calls.flatMap(([keys]) => [keys ?? []].flat()).filter((key): key is string => typeof key === 'string');
  get.mockRestore();
  return keys;
}

describe('the options page\'s pack library', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lists packs from their summaries, and a change re-reads only the part whose key changed, never a pack body', async () => {
    const a = compiledPack('a', '1.0.0');
    const b = compiledPack('b', '1.0.0');
    await writePackLibrary({ installed: [a, b], previous: {} });
    const page = await mounted();
    expect(page.view()?.installed).toEqual([summaryOf(a), summaryOf(b)]);
    const shownB = page.view()!.installed[1];

    const switchedOff = await keysReadDuring(() => setPackEnabled('a', false), () => page.view()?.disabled.includes('a') ?? false);
    expect(new Set(switchedOff)).toEqual(new Set(['packs:disabled']));

    const newer = compiledPack('a', '2.0.0');
    const updated = await keysReadDuring(
      () => writePackLibrary({ installed: [newer, b], previous: { a } }),
      () => page.view()?.installed[0]?.version === '2.0.0',
    );
    // The library's references (and the writer's own look at the last removal); no pack body, no other part of the view.
    expect(new Set(updated)).toEqual(new Set(['packs:installed', 'packs:previous', 'packs:removed']));
    expect(page.view()?.previous).toEqual({ a: summaryOf(a) });
    // The pack that did not change keeps the very summary shown before.
    expect(page.view()!.installed[1]).toBe(shownB);
  });
});
