// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createFieldDetector, type FieldDetector } from './field-detector';
import { testPack } from '../../tests/e2e/support/detection-packs';

const pack = testPack('p', [
  { id: 'housing', question: 'Current housing situation' },
  { id: 'debts', question: 'Do you have debts?' },
  { id: 'rent', question: 'Monthly rent' },
]);

let detector: FieldDetector | undefined;
const found = () => detector?.matches().map((m) => `${m.itemId}:${m.controls.map((c) => c.id).join('+')}`);

beforeEach(() => {
  document.body.innerHTML = `
    <form>
      <p><label for="h">Current housing situation</label><select id="h"></select></p>
      <fieldset id="fs"><legend>Do you have debts?</legend>
        <label><input type="radio" name="d" id="d1"> Yes</label><label><input type="radio" name="d" id="d2"> No</label></fieldset>
    </form>`;
});

afterEach(() => {
  detector?.stop();
  detector = undefined;
});

describe('the field detector', () => {
  it('finds the items on the page in its initial scan', async () => {
    detector = createFieldDetector({ pack, document });
    await detector.ready;
    expect(found()).toEqual(['housing:h', 'debts:d1+d2']);
    expect(detector.matchForItem('debts')?.rule).toBe('label-exact');
    // Any option of a group leads to its match.
    expect(detector.matchForControl(document.getElementById('d2') as Element)?.itemId).toBe('debts');
    expect(detector.stats()).toMatchObject({ fields: 2, fullScans: 1 });
  });

  it('follows added, replaced, relabelled and removed fields incrementally, and tells its listeners', async () => {
    detector = createFieldDetector({ pack, document, idleTimeoutMs: 1e9 });
    await detector.ready;
    const seen: string[][] = [];
    detector.onChange((matches) => seen.push(matches.map((m) => m.itemId)));

    const p = document.createElement('p');
    p.innerHTML = '<label for="r">Monthly rent</label><input id="r">';
    document.querySelector('form')?.append(p);
    expect(detector.flush()).toBe(true);
    expect(found()).toEqual(['housing:h', 'debts:d1+d2', 'rent:r']);

    // Replaced by an equivalent control: the item stays, on the new control.
    const old = document.getElementById('h') as Element;
    const fresh = document.createElement('select');
    fresh.id = 'h2';
    (document.querySelector('label[for=h]') as HTMLLabelElement).htmlFor = 'h2';
    old.replaceWith(fresh);
    detector.flush();
    expect(found()).toEqual(['housing:h2', 'debts:d1+d2', 'rent:r']);

    // A new option joins its group.
    const third = document.createElement('label');
    third.innerHTML = '<input type="radio" name="d" id="d3"> Do not know';
    document.getElementById('fs')?.append(third);
    detector.flush();
    expect(found()).toEqual(['housing:h2', 'debts:d1+d2+d3', 'rent:r']);

    // The label's text changes: the item is lost.
    (document.querySelector('label[for=r]') as HTMLElement).textContent = 'Rent paid to';
    detector.flush();
    expect(found()).toEqual(['housing:h2', 'debts:d1+d2+d3']);

    document.getElementById('fs')?.remove();
    detector.flush();
    expect(found()).toEqual(['housing:h2']);
    expect(seen.length).toBe(5);
    expect(detector.stats().fullScans).toBe(1);
  });

  it('reads a page that changed between two full scans afresh: a label edited, radios moved to another fieldset', async () => {
    // Not observing: only the second full scan can see the changes, so a text or container
    // remembered from the first scan would be read again here.
    detector = createFieldDetector({ pack, document, observe: false });
    await detector.ready;
    expect(found()).toEqual(['housing:h', 'debts:d1+d2']);
    (document.querySelector('label[for=h]') as Element).textContent = 'Monthly rent';
    const other = document.createElement('fieldset');
    other.innerHTML = '<legend>Current housing situation</legend>';
    document.querySelector('form')?.append(other);
    for (const option of Array.from(document.querySelectorAll('#fs > label'))) other.append(option);
    document.getElementById('fs')?.remove();
    await detector.rescan();
    expect(found()).toEqual(['rent:h', 'housing:d1+d2']);
    // The legend edited and the first label put back: each read afresh.
    (other.querySelector('legend') as Element).textContent = 'Do you have debts?';
    (document.querySelector('label[for=h]') as Element).textContent = 'Current housing situation';
    await detector.rescan();
    expect(found()).toEqual(['housing:h', 'debts:d1+d2']);
  });

  it('never writes to the page', async () => {
    const before = document.body.innerHTML;
    detector = createFieldDetector({ pack, document });
    await detector.ready;
    expect(document.body.innerHTML).toBe(before);
  });

  it('scans open shadow roots', async () => {
    const host = document.createElement('x-field');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="i">Monthly rent</label><input id="i">';
    document.body.append(host);
    detector = createFieldDetector({ pack, document });
    await detector.ready;
    expect(found()).toContain('rent:i');
  });
  it('reads a re-created field on its own at once, and leaves the rest of the new form for its pass', async () => {
    detector = createFieldDetector({ pack, document, idleTimeoutMs: 1e9 });
    await detector.ready;
    // The page throws the form away and renders a new one, in three shapes of label.
    const form = document.createElement('form');
    form.innerHTML = `
      <label>Current housing situation <input id="h3"></label>
      <span id="cap">Do you have debts?</span><input id="d3" aria-labelledby="cap">
      <label for="r3">Monthly rent</label><textarea id="r3"></textarea>`;
    document.querySelector('form')?.replaceWith(form);
    const ids = ['h3', 'd3', 'r3'];
    const alone = ids.map((id) => detector?.matchNow(document.getElementById(id) as Element)?.itemId);
    expect(alone).toEqual(['housing', 'debts', 'rent']);
    // One field read per control asked about, the pending pass not run, nothing published yet.
    expect(detector.stats()).toMatchObject({ fieldsReadAtOnce: 3, incrementalPasses: 0 });
    expect(found()).toEqual(['housing:h', 'debts:d1+d2']);
    // Asked again: the same answer, not read again.
    expect(detector.matchNow(document.getElementById('r3') as Element)?.itemId).toBe('rent');
    expect(detector.stats().fieldsReadAtOnce).toBe(3);
    // The pass then gives the verdict, and the controls are the detector's own from then on.
    detector.flush();
    expect(found()).toEqual(['housing:h3', 'debts:d3', 'rent:r3']);
    expect(detector.matchNow(document.getElementById('d3') as Element)).toBe(detector.matchForItem('debts'));
    // A second field asking for the rent: read alone it would be the rent's; the pass gives the
    // item to the first one, and that verdict stands.
    const second = document.createElement('input');
    second.setAttribute('aria-label', 'Monthly rent');
    form.append(second);
    detector.flush();
    expect(found()).toEqual(['housing:h3', 'debts:d3', 'rent:r3']);
    expect(detector.matchNow(second)).toBeUndefined();
    // A control no item asks about reads as none.
    const other = document.createElement('input');
    other.setAttribute('aria-label', 'Office location');
    form.append(other);
    expect(detector.matchNow(other)).toBeUndefined();
  });
});

describe('a page that replaces its form while the detector works in slices', () => {
  /** A form of `extra` unknown fields and the three items, every element new. */
  const render = (extra: number) => {
    const form = document.createElement('form');
    const unknown = Array.from({ length: extra }, (_, i) => `<p><label for="x${i}">Reference ${i}</label><input id="x${i}"></p>`).join('');
    form.innerHTML = `<p><label for="h">Current housing situation</label><select id="h"></select></p>${unknown}
      <p><label for="d">Do you have debts?</label><input id="d"></p><p><label for="r">Monthly rent</label><textarea id="r"></textarea></p>`;
    document.querySelector('form')?.replaceWith(form);
  };

  it.each([
    { name: 'a small form', extra: 3 },
    { name: 'a form of 60 fields', extra: 57 },
  ])('$name: never publishes a control the page has already removed', async ({ extra }) => {
    render(extra);
    // No time at all per slice: the detector yields at every chance, so the page's next render
    // lands inside its passes and scans, as on a loaded machine.
    detector = createFieldDetector({ pack, document, sliceMs: 0, idleTimeoutMs: 1 });
    const published: { removed: number }[] = [];
    detector.onChange((matches) => published.push({ removed: matches.flatMap((m) => m.controls).filter((c) => !c.isConnected).length }));
    await detector.ready;
    for (let i = 0; i < 60; i++) {
      render(extra);
      await new Promise((resolve) => setTimeout(resolve, 5 + (i % 4) * 5));
    }
    // Settled: the form as it is now, on its own controls.
    const settled = () => found()?.join() === 'housing:h,debts:d,rent:r' && detector?.matches().every((m) => m.controls.every((c) => c.isConnected));
    await expect.poll(settled, { timeout: 5_000 }).toBe(true);
    // It kept following the page: more than the first scan's publication.
    expect(published.length).toBeGreaterThan(1);
    expect(published.filter((p) => p.removed > 0)).toEqual([]);
  });
});

describe('a page that renders its form again in other markup', () => {
  // A full collection on demand: Node's gc, switched on for this file.
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as () => void;

  /** The three items as `<label for>` (markup 0) or as wrapping labels (markup 1), every element new. */
  const render = (markup: 0 | 1) => {
    const form = document.createElement('form');
    const row = (id: string, text: string, control: string) =>
      markup === 0 ? `<p><label for="${id}">${text}</label>${control}</p>` : `<p><label>${text} ${control}</label></p>`;
    form.innerHTML = [
      row('h', 'Current housing situation', '<select id="h"></select>'),
      row('d', 'Do you have debts?', '<input id="d">'),
      row('r', 'Monthly rent', '<textarea id="r"></textarea>'),
    ].join('');
    document.querySelector('form')?.replaceWith(form);
    return form;
  };

  it.each([
    { name: 'one form', before: 1 },
    { name: 'three forms', before: 3 },
  ])('lets the $name read before the switch go', async ({ before }) => {
    document.body.innerHTML = '<form></form>';
    detector = createFieldDetector({ pack, document, sliceMs: Infinity, idleTimeoutMs: 1 });
    await detector.ready;
    // Forms added after the first scan: the detector's passes read their `<label for>`.
    const early: WeakRef<HTMLFormElement>[] = [];
    for (let i = 0; i < before; i++) {
      early.push(new WeakRef(render(0)));
      await expect.poll(() => found()?.join()).toBe('housing:h,debts:d,rent:r');
      await expect.poll(() => detector?.matches().every((m) => m.controls.every((c) => c.isConnected))).toBe(true);
    }
    // From now on the page renders wrapping labels only: no label ever names those ids again.
    for (let i = 0; i < 3; i++) {
      const form = render(1);
      await expect.poll(() => detector?.matches()[0]?.control.closest('form') === form).toBe(true);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    collectGarbage();
    expect(early.map((ref) => ref.deref() !== undefined)).toEqual(early.map(() => false));
  });

  it('lets labels the page removed on their own go (the question now in aria-label)', async () => {
    document.body.innerHTML = '<form><p id="captions"></p><p><select id="h"></select></p></form>';
    detector = createFieldDetector({ pack, document, sliceMs: Infinity, idleTimeoutMs: 1 });
    await detector.ready;
    // Only weak references here: the test itself must not keep the captions alive.
    const captions = new WeakRef(document.getElementById('captions')!);
    captions.deref()!.innerHTML = '<label for="h">Current housing situation</label>';
    await expect.poll(() => found()?.join()).toBe('housing:h');
    document.getElementById('h')!.setAttribute('aria-label', 'Current housing situation');
    document.getElementById('captions')!.remove();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(found()?.join()).toBe('housing:h');
    collectGarbage();
    expect(captions.deref()).toBeUndefined();
  });

  it('lets a form of custom elements never defined go, once their checks have ended', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<form></form>';
      detector = createFieldDetector({ pack, document, sliceMs: Infinity, idleTimeoutMs: 1 });
      await detector.ready;
      // Wrappers the page never defines: the detector re-checks them for a while, then stops.
      // Only a weak reference here: the test itself must not keep the form alive.
      const early = new WeakRef(render(0));
      document.querySelector('label[for="h"]')!.closest('p')!.outerHTML = '<case-row><case-caption>Current housing situation</case-caption> <case-help>?</case-help><select id="h" aria-label="Current housing situation"></select></case-row>';
      await vi.advanceTimersByTimeAsync(500);
      expect(found()).toContain('housing:h');
      await vi.advanceTimersByTimeAsync(40_000);
      const plain = render(1);
      await vi.advanceTimersByTimeAsync(500);
      expect(detector.matches()[0]?.control.closest('form')).toBe(plain);
      vi.useRealTimers();
      await new Promise((resolve) => setTimeout(resolve, 20));
      collectGarbage();
      expect(early.deref()).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
